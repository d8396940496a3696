/**
 * The only row of an empty table placed again by how its figures stand apart (`src/lib/parse/read/only-row-spacing.ts`),
 * on real `pdftotext -layout` output of Chromium-printed generator HTML (kept corpus pdf13):
 * - tests/fixtures/text-forms/gov-fund-only-row-spaced.pdftotext.txt: 政府性基金预算财政拨款收入支出决算表 of
 *   synth-410100-fagaiwei-2016-final-00032 (its lines 283–293): `合计 1 0.00    0.00 0.00    0.00` under six columns
 *   and a squeezed 栏次 row; the HTML prints 年初结转和结余 0.00, 本年收入 blank, 小计 0.00, 基本支出 0.00, 项目支出
 *   blank, 年末结转和结余 0.00;
 * - tests/fixtures/text-forms/gov-fund-only-row-spaced-undecided.pdftotext.txt: the same table of
 *   synth-410300-nongyeju-2017-final-00043 (its lines 331–341): `合计 1 0.00 0.00 0.00       0.00`, the HTML printing
 *   年初结转和结余, 本年收入, 小计 and 年末结转和结余 0.00, 基本支出 and 项目支出 blank.
 * Expected cells are read by hand from the HTML tables the PDFs were printed from; line numbers are the fixtures'.
 */
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readFixture, readTextFormFixture } from './read-fixture.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../fixtures/text-forms/${name}`), 'utf8');

describe('an only row of zeros whose gaps say where its blank cells stand', () => {
  it('puts figures one space apart in neighbouring columns and a blank column in each wider gap (gov-fund-only-row-spaced, line 10)', () => {
    const { at } = readTextFormFixture('gov-fund-only-row-spaced.pdftotext.txt');
    // 年初 0.00 | 本年收入 blank | 小计 0.00 | 基本支出 0.00 | 项目支出 blank | 年末 0.00
    expect(at(10).cells.slice(-6)).toEqual(['0.00', '', '0.00', '0.00', '', '0.00']);
  });

  it('reads the figures only one placement fits and reports the one it cannot place (gov-fund-only-row-spaced-undecided, line 9)', () => {
    const text = fixture('gov-fund-only-row-spaced-undecided.pdftotext.txt');
    const { at } = readFixture(text);
    // 年初, 本年收入 and 小计 touch the 行次 and each other; the last 0.00 may stand under 项目支出 or 年末结转和结余
    expect(at(9).cells.slice(-6)).toEqual(['0.00', '0.00', '0.00', '', '', '']);
    const { problems } = readTextForms(splitLines(text));
    expect(problems.some((p) => p.code === 'spaced_row_ambiguous' && p.line === 9 && p.raw.includes('0.00       0.00'))).toBe(true);
  });
});
