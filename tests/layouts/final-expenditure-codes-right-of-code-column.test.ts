/**
 * A 支出决算表 whose last page, printed without its header, draws its codes a column right of the table's code column
 * (tests/fixtures/text-forms/final-expenditure-codes-right-of-code-column.pdftotext.txt: the title lines and source lines
 * 141–201 of synth-410800-gongxinju-2015-final-00000, pdf131; fixture line n is source line n + 137 from line 4 on).
 * `221 02 住房改革支出` (line 55) and the codes alone over their names (`221 02 01` on line 56 over `住房公积金` on line
 * 57, and so on) fall into a column no header word names, between 功能分类科目编码 and 科目名称, the code column blank:
 * they are the rows' codes. Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { basicParts, ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { table, coded } = ingestTextFormFixture('final-expenditure-codes-right-of-code-column.pdftotext.txt', 'final_expenditure');

describe('codes drawn a column right of the code column on a page printing no header', () => {
  it('reads 22102 住房改革支出 (line 55): 536.5, 基本支出 536.5 of 456.0 人员经费 and 80.5 公用经费', () => {
    expect(coded('22102')).toEqual(basicParts('5365000', '4560000', '805000'));
  });
  it('reads the codes printed alone over their names: 2210201 住房公积金 197.0, 2210202 提租补贴 131.1, 2210203 购房补贴 208.4', () => {
    expect(coded('2210201')).toEqual(basicParts('1970000', '1675000', '296000'));
    expect(coded('2210202')).toEqual(basicParts('1311000', '1114000', '197000'));
    expect(coded('2210203')).toEqual(basicParts('2084000', '1772000', '313000'));
  });
  it('keeps the names beside their codes and reads no row without one but the 总计', () => {
    expect(table.rows.find((r) => r.code === '2210201')?.name).toBe('住房公积金');
    expect(table.rows.filter((r) => !r.code).map((r) => r.name)).toEqual(['总计']);
  });
});
