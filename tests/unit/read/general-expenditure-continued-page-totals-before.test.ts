/**
 * A continued page whose columns are fitted again to its own rows (its header repeated), a row of it leaving one cell
 * blank with its figures one space apart, on real `pdftotext -layout` output: the 一般公共预算财政拨款支出决算表 of
 * synth-140100-wenlvju-2020-final-00091 (pdf25, its lines 229–272, kept as
 * tests/fixtures/text-forms/general-expenditure-continued-page-totals-before.pdftotext.txt). On the second page
 * (fixture lines 37–38) 住房保障支出 prints six figures for seven value columns, `132.57 136.12 139.68 139.68 118.73
 * 20.95`, no 项目支出. Only one placement of them in neighbouring columns holds the header's totals (决算数/小计 =
 * 基本支出/小计 + 项目支出, 基本支出/小计 = 人员经费 + 公用经费): 项目支出 blank. The page's two whole rows alone are too few
 * to confirm the header by its totals, but the rows of the page before, read under the same header, hold them. Values
 * read by hand from the lines and the document's truth; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('general-expenditure-continued-page-totals-before.pdftotext.txt');
const values = (n: number) => at(n).cells.slice(-7);

describe('a continued page fitted again is confirmed by the totals of the pages before', () => {
  it('reads 住房保障支出 (line 37) with 项目支出 blank', () => {
    expect(values(37)).toEqual(['132.57', '136.12', '139.68', '139.68', '118.73', '20.95', '']);
  });
  it('reads 住房改革支出 (line 38) with 项目支出 blank', () => {
    expect(values(38)).toEqual(['132.57', '136.12', '139.68', '139.68', '118.73', '20.95', '']);
  });
  it('reads 住房公积金 (line 39) whole', () => {
    expect(values(39)).toEqual(['66.18', '69.06', '71.93', '71.93', '61.14', '10.79', '0.00']);
  });
});
