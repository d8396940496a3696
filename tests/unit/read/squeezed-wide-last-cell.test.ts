/**
 * A squeezed table's last cell wider than the others: pdftotext packs neighbouring figures one space apart, so a gap
 * between two figures leaves a blank column, but the last column (其他收入, its header word printed whole, the others
 * torn over three lines) is wider, its figure right-aligned in it: a figure alone in the last column stands a gap
 * after the figure in the column before it (`fits` of `run-starts.ts`). Lines as pdftotext -layout wrote a generated
 * 收入决算表; values read by hand (the rows sum across: 5539550.52 = 5522119.56 + 17430.96).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = `                               收入决算表
      项目                                   上级 事业 经营 附属
              行次 本年收入合计 财政拨款收入 补助 收入 收入 单位              上缴   其他收入
     科目名称                                  收入           收入
总计               1 31024457.53 30987629.80    0.00 0.00 0.00 36827.73
一般公共服务支出         2 1846717.81 1846717.81 0.00      0.00 0.00     0.00
 政府办公厅（室）及相关机 5 520000.00 520000.00 0.00 0.00           0.00     0.00
卫生健康支出         10 5539550.52 5522119.56            0.00 0.00 17430.96
 行政事业单位医疗       11 5539550.52 5522119.56 0.00 0.00 0.00      17430.96
农林水支出          14 8332939.25 8325630.32       0.00            7308.93
 农业农村          15 8332939.25 8325630.32                       7308.93
  事业运行         17 4700062.01 4700062.01            0.00 0.00     0.00
 住房改革支出        20 12333079.78 12320991.94     0.00 0.00 0.00 12087.84
`;

describe('a squeezed table whose last cell is wider than the others', () => {
  const { at } = readFixture(TEXT);
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads a figure a gap after the column before the last as the last column, 其他收入 (line 6: 0.00)', () => {
    expect(values(6)).toEqual(['1846717.81', '1846717.81', '0.00', '', '0.00', '0.00', '0.00']);
  });

  it('reads 7308.93 under 其他收入 (lines 10 and 11)', () => {
    expect(values(10)).toEqual(['8332939.25', '8325630.32', '', '0.00', '', '', '7308.93']);
    expect(values(11)).toEqual(['8332939.25', '8325630.32', '', '', '', '', '7308.93']);
  });

  it('reads a row of six figures, the 上级补助收入 cell blank (line 5: 总计)', () => {
    expect(values(5)).toEqual(['31024457.53', '30987629.80', '', '0.00', '0.00', '0.00', '36827.73']);
  });
});
