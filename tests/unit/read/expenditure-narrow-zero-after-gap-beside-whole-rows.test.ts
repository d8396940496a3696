/**
 * A 支出决算表 page with whole rows (a figure in every value column, pdftotext packing them one space apart) and rows
 * with blank cells whose narrow `0.00` stands a wide gap after the figures before it: right-aligned in a wide cell, the
 * zero starts many characters after the figure in the column before it with no blank column between (`2061376.74`
 * ending at 基本支出, then `0.00` in 项目支出), and it ends right of where the whole rows, squeezed left, end that
 * column's figures (`0.00` of 上缴上级支出 ending under the whole rows' 经营支出). Read by position or by the whole
 * neighbours, such a zero falls one column right. The first figures of the page's runs end at one position per column
 * (`run-starts.ts`); with no placement leaving a blank column behind every wide gap and each column's run-starting
 * figures ending together, every run may start next to the run before. Lines as pdftotext writes them (cut from a
 * generated 决算); expected cells read by hand (行次 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 |
 * 对附属单位补助支出); line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '                            表3 支出决算表',
  '     项目                                               上缴上   经营支   对附属',
  '              行次 本年支出合计 基本支出 项目支出 级支出 出 单位补',
  '    科目名称                                                          助支出',
  '                 1 32115124.68 25821300.80 6293823.88              0.00',
  '一般公共服务支出         2 12759538.29 8459281.43 4300256.86         0.00',
  ' 纪检监察事务          3 3749473.37 1649962.61 2099510.76 0.00 0.00 0.00',
  '  行政运行           4 1649962.61 1649962.61               0.00 0.00 0.00',
  '  行政运行           7 2061376.74 2061376.74         0.00 0.00 0.00',
  '  其他组织事务支出       8 6948688.18 4747942.08 2200746.10          0.00 0.00',
  '卫生健康支出          12 8869673.98 8869673.98               0.00',
  ' 行政事业单位医疗       13 8869673.98 8869673.98         0.00',
  '  事业单位医疗        14 4003242.01 4003242.01               0.00',
  ' 公路水路运输         17 3706743.69 2988437.18 718306.51 0.00 0.00 0.00',
  '  行政运行          18 2988437.18 2988437.18                           0.00',
  '  公路养护          19 718306.51                718306.51',
  '住房保障支出          20 2166281.15 2166281.15         0.00 0.00         0.00',
  ' 住房改革支出         21 2166281.15 2166281.15               0.00 0.00',
].join('\n');

describe('a narrow zero a wide gap after the figures before it, on a page of whole rows', () => {
  const { at } = readFixture(TABLE);
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads a zero after a wide gap in the column next to the figures before it (lines 9, 12, 17)', () => {
    expect(values(9)).toEqual(['7', '2061376.74', '2061376.74', '0.00', '0.00', '0.00', '']);
    expect(values(12)).toEqual(['13', '8869673.98', '8869673.98', '0.00', '', '', '']);
    expect(values(17)).toEqual(['20', '2166281.15', '2166281.15', '0.00', '0.00', '', '0.00']);
  });

  it('reads a lone zero ending right of the whole rows’ figures of its column in that column (lines 6, 11, 13, 18)', () => {
    expect(values(6)).toEqual(['2', '12759538.29', '8459281.43', '4300256.86', '', '0.00', '']);
    expect(values(11)).toEqual(['12', '8869673.98', '8869673.98', '', '0.00', '', '']);
    expect(values(13)).toEqual(['14', '4003242.01', '4003242.01', '', '0.00', '', '']);
    expect(values(18)).toEqual(['21', '2166281.15', '2166281.15', '', '0.00', '0.00', '']);
  });

  it('leaves the whole rows and the rows the positions already read as they were (lines 7, 8, 10, 15, 16)', () => {
    expect(values(7)).toEqual(['3', '3749473.37', '1649962.61', '2099510.76', '0.00', '0.00', '0.00']);
    expect(values(8)).toEqual(['4', '1649962.61', '1649962.61', '', '0.00', '0.00', '0.00']);
    expect(values(10)).toEqual(['8', '6948688.18', '4747942.08', '2200746.10', '', '0.00', '0.00']);
    expect(values(15)).toEqual(['18', '2988437.18', '2988437.18', '', '', '', '0.00']);
    expect(values(16)).toEqual(['19', '718306.51', '', '718306.51', '', '', '']);
  });
});
