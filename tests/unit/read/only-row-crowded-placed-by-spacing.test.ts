/**
 * The only row of an empty table whose placement by position crowded several figures into one cell, placed again by
 * how its figures stand apart (`respaceOnlyRow` of `src/lib/parse/read/only-row-spacing.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML (kept corpus pdf23):
 * - tests/fixtures/text-forms/gov-fund-only-row-crowded-by-position.pdftotext.txt: 政府性基金预算财政拨款收入支出决算表
 *   of synth-140300-caizhengju-2017-final-00038 (its lines 329–337): `合计 0.00    0.00 0.00 0.00 0.00` under six
 *   columns numbered 1 … 6 one space apart; the HTML prints 年初结转和结余, 小计, 基本支出, 项目支出 and
 *   年末结转和结余 0.00, 本年收入 blank. By position the first figure fell under 本年收入 and three figures into the
 *   年末结转和结余 cell; 合计 touching the first figure puts it in the first column, the four-space gap holds one blank
 *   column, the four figures one space apart stand in the four columns after it.
 * Line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readTextFormFixture } from './read-fixture.ts';

describe('an only row crowded into one cell by position', () => {
  it('reads each figure in its own column by the spacing, 本年收入 blank (line 8)', () => {
    const { at } = readTextFormFixture('gov-fund-only-row-crowded-by-position.pdftotext.txt');
    // 年初 0.00 | 本年收入 blank | 小计 0.00 | 基本支出 0.00 | 项目支出 0.00 | 年末 0.00
    expect(at(8).cells.slice(-6)).toEqual(['0.00', '', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reports no crowded or ambiguous row once every figure is decided (line 8)', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/gov-fund-only-row-crowded-by-position.pdftotext.txt'), 'utf8');
    const { problems } = readTextForms(splitLines(text));
    expect(problems.filter((p) => p.line === 8 && (p.code === 'spaced_row_ambiguous' || p.code === 'spaced_column_crowded'))).toEqual([]);
  });
});
