/**
 * A 支出决算表 (元) whose second page pdftotext drew with each 项 code alone on its line over the row's name and
 * figures (`210 11 02` over `事业单位医疗 19 …`), and one row's code on its figures line with its name around it
 * (`其他行政事业单位` / `210 11 99 20 …` / `医疗支出`): the page's labels fitted again put those codes in the name
 * column, a label column blank on every line between. Real `pdftotext -layout` output of a generated 焦作 农业农村局
 * 2018 决算, lines 36–57 of the fixture. Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { table, coded } = ingestTextFormFixture('expenditure-codes-in-name-column-next-page.pdftotext.txt', 'final_expenditure');

describe('codes drawn in the name column of a next page, a blank label column between', () => {
  it('reads `210 11 02` over `事业单位医疗 19 156749.85 …` as row 2101102', () => {
    expect(table.rows.find((r) => r.code === '2101102')?.name).toBe('事业单位医疗');
    // 156749.85 = 147344.85 + 9405.00, 项目支出 blank
    expect(coded('2101102')).toEqual({ 本年支出合计: '156749.85', '其中：基本支出/小计': '156749.85', '其中：基本支出/人员经费': '147344.85', '其中：基本支出/公用经费': '9405' });
  });

  it('reads `210 11 99` on its figures line as row 2101199 named by the lines around it', () => {
    expect(table.rows.find((r) => r.code === '2101199')?.name).toBe('其他行政事业单位医疗支出');
    // 198083.90 = 124442.17 + 73641.73; 124442.17 = 116975.63 + 7466.54
    expect(coded('2101199')).toEqual({
      本年支出合计: '198083.9',
      '其中：基本支出/小计': '124442.17',
      '其中：基本支出/人员经费': '116975.63',
      '其中：基本支出/公用经费': '7466.54',
      项目支出: '73641.73',
    });
  });

  it('reads `213 01 08` over `病虫害控制 25 104220.46 … 104220.46` as row 2130108', () => {
    expect(coded('2130108')).toEqual({ 本年支出合计: '104220.46', 项目支出: '104220.46' });
  });

  it('keeps 210 11 行政事业单位医疗 as it reads, no code joined to its name', () => {
    expect(table.rows.find((r) => r.code === '21011')?.name).toBe('行政事业单位医疗');
  });
});
