/**
 * A row with blank cells whose placement by position breaks the header's totals, placed where they hold
 * (`row-totals.ts`, `placeAgainByTotals`, in a table whose other rows the totals confirm):
 * - tests/fixtures/text-forms/expenditure-row-placed-by-totals.pdftotext.txt is the first page of the 支出决算表 of
 *   synth-410700-jiaoyuju-2016-final-00029 (pdf14, source lines 117–147). Its 合计 row prints six figures one space
 *   apart, `111.31 107.54 92.49 15.06 3.77 0.00`, under eight columns; by position 92.49 falls one column right of
 *   人员经费. 111.31 = 107.54 + 3.77 and 107.54 = 92.49 + 15.06 (within a last digit) hold only with the six figures
 *   in the first six columns.
 * - tests/fixtures/text-forms/expenditure-wide-total-row-placed-by-totals.pdftotext.txt is the 支出决算表 of
 *   synth-410100-chengguanju-2017-final-00042 (pdf15, source lines 124–162). Its last row, unlabelled, prints 行次 23
 *   and seven wide figures one space apart, `3,327.04 2,805.65 2,553.14 252.51 521.39 0.00 0.00`, drawn further right
 *   than the narrower rows: by where they stand the first would go under 小计. 3,327.04 = 2,805.65 + 521.39 and
 *   2,805.65 = 2,553.14 + 252.51 hold only with them in the first seven columns.
 * Expected cells are read by hand from those lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a squeezed row whose placement by position breaks the totals is placed where they hold', () => {
  const { at } = readTextFormFixture('expenditure-row-placed-by-totals.pdftotext.txt');
  it('puts 92.49 under 人员经费 and 0.00 under 上缴上级支出 (line 7)', () => {
    expect(at(7).cells).toEqual(['', '合计', '111.31', '107.54', '92.49', '15.06', '3.77', '0.00', '', '']);
  });
  it('leaves a row whose totals hold where its figures stand (line 9)', () => {
    const cells = at(9).cells;
    expect(cells.slice(0, 7)).toEqual(['20103', '政府办公厅（室）及相关机构事务', '16.53', '16.53', '14.22', '2.31', '']);
    // The document prints its two 0.00 under 上缴上级支出 and 对附属单位补助支出; no total can say where a zero
    // stands, so this step leaves both where the reading by position put them (which is not asserted here).
    expect(cells.slice(7).filter((c) => c !== '')).toEqual(['0.00', '0.00']);
  });
});

describe('a row of wide figures drawn right of its columns is placed where the totals hold', () => {
  const { at } = readTextFormFixture('expenditure-wide-total-row-placed-by-totals.pdftotext.txt');
  it('puts 3,327.04 under 本年支出合计, the last column blank (line 38)', () => {
    expect(at(38).cells).toEqual(['', '', '23', '3,327.04', '2,805.65', '2,553.14', '252.51', '521.39', '0.00', '0.00', '']);
  });
});
