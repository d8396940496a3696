/**
 * The only row of an empty table placed by how its figures stand apart (`src/lib/parse/read/only-row-spacing.ts`
 * `respaceOnlyRow`, `keepsSpacing`) when its label columns print nothing but the 行次, and when a gap narrower than a
 * figure parts two figures, on real `pdftotext -layout` output of Chromium-printed generator HTML (kept corpus pdf20):
 * - tests/fixtures/text-forms/gov-fund-only-row-blank-labels.pdftotext.txt: 政府性基金预算财政拨款收入支出决算表 of
 *   synth-140100-zhujianju-2016-final-00031 (its lines 367–375): `1    0.00 0.00 0.00 0.00` under six columns, the
 *   code and name cells blank, the 行次 four spaces before the first figure; the HTML prints 年初结转和结余 blank,
 *   本年收入, 小计, 基本支出 and 项目支出 0.00, 年末结转和结余 blank;
 * - tests/fixtures/text-forms/gov-fund-only-row-narrow-gap.pdftotext.txt: the same table of
 *   synth-410700-nongyeju-2015-final-00009 (its lines 278–283): `合计 0.00   0.00 0.00 0.00`, three spaces after the
 *   first figure; the HTML prints 年初结转和结余 0.00, 本年收入 blank, 小计, 基本支出 and 项目支出 0.00,
 *   年末结转和结余 blank.
 * Expected cells are read by hand from the HTML tables the PDFs were printed from; line numbers are the fixtures'.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

describe('an only row of zeros whose label columns print only its 行次, or whose gap is narrower than a figure', () => {
  it('reads a row that prints no label by its spacing too: a gap no wider than a figure after the 行次 holds one blank column (gov-fund-only-row-blank-labels, line 9)', () => {
    const { at, header } = readTextFormFixture('gov-fund-only-row-blank-labels.pdftotext.txt');
    expect(header(4).slice(3)).toEqual(GOV_FUND_COLUMNS);
    // 行次 1 | 年初 blank | 本年收入 0.00 | 小计 0.00 | 基本支出 0.00 | 项目支出 0.00 | 年末 blank
    expect(at(9).cells.slice(2)).toEqual(['1', '', '0.00', '0.00', '0.00', '0.00', '']);
  });

  it('puts one blank column in a gap of three spaces between two figures (gov-fund-only-row-narrow-gap, line 6)', () => {
    const { at } = readTextFormFixture('gov-fund-only-row-narrow-gap.pdftotext.txt');
    // 年初 0.00 | 本年收入 blank | 小计 0.00 | 基本支出 0.00 | 项目支出 0.00 | 年末 blank
    expect(at(6).cells).toEqual(['合计', '0.00', '', '0.00', '0.00', '0.00', '']);
  });
});
