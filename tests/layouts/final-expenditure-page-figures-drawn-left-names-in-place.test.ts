/**
 * A 支出决算表 going on over a page break without its header, pdftotext drawing the new page's figures eight
 * characters left of the page before's while its codes and names stand where they stood
 * (tests/fixtures/text-forms/final-expenditure-page-figures-drawn-left-names-in-place.pdftotext.txt: the title lines and
 * source lines 116–147 of synth-410803-nongyeju-2016-final-00027, pdf153; fixture line n is source line n + 112 from
 * line 4 on). The page before ends its first figures at 43 (`12036526.26[32-43]`, line 24), this page at 35
 * (`51539528.41[24-35]`, line 26): the shift that carries the figures onto the table's columns carried the codes and
 * names too, and every row of the page was read a column off (its code as its name, its 行次 as 本年支出合计). Too few
 * of the page's rows fill every column to fit its columns again. Values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { onLine, table } = ingestTextFormFixture('final-expenditure-page-figures-drawn-left-names-in-place.pdftotext.txt', 'final_expenditure');

const row = (line: number) => table.rows.find((r) => r.line === line);

describe('a page whose figures pdftotext drew left of the page before, its names where they stood', () => {
  it('reads line 26 as 213 农林水支出: 51539528.41 = 34032788.72 基本支出 + 17506739.69 项目支出, its two zeros under 经营支出 and 对附属单位补助支出', () => {
    expect(row(26)).toMatchObject({ code: '213', name: '农林水支出' });
    expect(onLine(26)).toEqual({
      本年支出合计: '51539528.41',
      '其中：基本支出/小计': '34032788.72',
      '其中：基本支出/人员经费': '31310165.61',
      '其中：基本支出/公用经费': '2722623.11',
      项目支出: '17506739.69',
      经营支出: '0',
      对附属单位补助支出: '0',
    });
  });
  it('reads line 28 as 2130101 行政运行 with 5717011.16 in 本年支出合计 and 基本支出, its 行次 13 read as no figure', () => {
    expect(row(28)).toMatchObject({ code: '2130101', name: '行政运行' });
    expect(onLine(28)).toMatchObject({ 本年支出合计: '5717011.16', '其中：基本支出/小计': '5717011.16', '其中：基本支出/人员经费': '5259650.26', '其中：基本支出/公用经费': '457360.9' });
  });
  it('reads the 合计 on line 34: 151495527.30 = 126853247.38 + 24642279.92', () => {
    expect(onLine(34)).toMatchObject({ 本年支出合计: '151495527.3', '其中：基本支出/小计': '126853247.38', 项目支出: '24642279.92' });
  });
});
