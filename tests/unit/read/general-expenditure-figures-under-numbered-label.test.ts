/**
 * A 一般公共预算财政拨款支出决算表 whose first rows pdftotext wrote over two lines each (lines as in 附件1-5 of a generated
 * 决算, trimmed): the code, the name and the row's 行次 on one line (`201       一般公共服务支出     1`, no figure), the
 * row's figures alone on the line under it, drawn from where the 行次 stands (`68.80` starting left of the `1` above);
 * the later rows print their 行次 right before their figures on one line (`4 3.15 3.15 0.00`). The label line's
 * number is the row's 行次, never a figure; the figures below are the row's.
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = `                   一般公共预算财政拨款支出决算表
       项目                  本年支出
功能分类科        科目名称    小计 基本支
                     行次      出 出
                                 项目支
  目编码          栏次      1     2    3
201       一般公共服务支出     1
                     68.80 51.92 16.88
201 01    人大事务         2
                       9.00 0.00 9.00
201 03    政府办公厅（室）及相 3
                     37.16 33.27 3.88
          关机构事务
210       卫生健康支出       4 3.15 3.15 0.00
210 11    行政事业单位医疗     5 3.15 3.15 0.00
          总计           6 121.28 93.65 27.62
`;

describe('a row whose label and 行次 stand on one line and its figures alone on the next (general expenditure)', () => {
  const { at, header, valuesUnder } = readFixture(TEXT);
  const row = (n: number) => valuesUnder(2, n, /行次|本年支出/);

  it('reads a 行次 column after the labels, then 本年支出 over 小计 | 基本支出 | 项目支出', () => {
    expect(header(2).filter((h) => /行次|本年支出/.test(h))).toEqual(['行次', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it("puts the label line's number under 行次 and the figures below under the value columns, on the figures' line", () => {
    expect(at(7).skip).toBe('joined');
    expect(at(8).cells.slice(0, 2)).toEqual(['201', '一般公共服务支出']);
    expect(row(8)).toEqual({ 行次: '1', '本年支出/小计': '68.80', '本年支出/基本支出': '51.92', '本年支出/项目支出': '16.88' });
    expect(row(10)).toEqual({ 行次: '2', '本年支出/小计': '9.00', '本年支出/基本支出': '0.00', '本年支出/项目支出': '9.00' });
    expect(at(12).cells.slice(0, 2)).toEqual(['201 03', '政府办公厅（室）及相关机构事务']);
    expect(row(12)).toEqual({ 行次: '3', '本年支出/小计': '37.16', '本年支出/基本支出': '33.27', '本年支出/项目支出': '3.88' });
    expect(row(14)).toEqual({ 行次: '4', '本年支出/小计': '3.15', '本年支出/基本支出': '3.15', '本年支出/项目支出': '0.00' });
  });
});
