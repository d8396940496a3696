/**
 * A 支出决算表 continued over pages, each page top repeating its header, whose first line prints a label column's word
 * beside a word heading figures (`科目编码   其中：基本支出`): that line repeated at the page tops is the header's, no
 * running head. Removed as one, the page's header reads without 其中：基本支出 and its rows are placed wrong.
 * Lines laid out as pdftotext wrote them (synth-410400-nongyeju-2020-final-00095 of pdf33, its lines 157–212, cut
 * down); expected cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const HEAD = [
  '              科目编码                                其中：基本支出',
  '                                     本年支                          项目支 上缴上 经营支 对附属',
  '                     科目名称   行次       出合计      小计 人员经        公用经 出 级支出 出 单位补   助支出',
  '类 款 项                                                 费      费',
  '                   栏次                  1        2      3     4      5    6  7  8',
];
const TEXT = [
  '                                                   支出决算表',
  ...HEAD,
  '201           一般公共服务支出           1   412.61   274.95 208.96 65.99 137.66       0.00',
  '201 01        人大事务               2    37.34    11.90 9.05 2.86 25.44 0.00',
  '201 01 01     行政运行               3    11.90    11.90 9.05 2.86 0.00            0.00',
  '',
  '                                                   第1页 共3页',
  ...HEAD,
  '201 32        组织事务           4 163.58 119.58       90.88   28.70   44.00          0.00',
  '201 32   01   行政运行           5 90.09 90.09         68.47   21.62    0.00          0.00',
  '',
  '                                                   第2页 共3页',
  ...HEAD,
  '221 02 01 住房公积金         6 93.00 93.00 70.68 22.32                 0.00 0.00',
  '221 02 03 购房补贴          7 43.24 43.24 32.86 10.38 0.00            0.00 0.00',
  '          合计            8 911.21 657.76 499.90 157.86 253.45 0.00',
  '                                                   第3页 共3页',
].join('\n');

describe('a header whose first line prints a label word beside a value word, repeated at each page top', () => {
  const { at } = readFixture(TEXT);

  it('keeps that line at the later page tops as the header, no running head (lines 12 and 21)', () => {
    expect(at(12).skip ?? false).toBe(false);
    expect(at(21).skip ?? false).toBe(false);
  });

  it('places the last page\'s 合计 row under 本年支出合计 | 小计 | 人员经费 | 公用经费 | 项目支出 | 上缴上级支出 (line 28)', () => {
    expect(at(28).cells).toEqual(['', '合计', '', '8', '911.21', '657.76', '499.90', '157.86', '253.45', '0.00', '', '']);
  });
});
