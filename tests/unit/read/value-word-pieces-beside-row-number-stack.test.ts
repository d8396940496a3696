/**
 * Pieces of two value words drawn left into the label columns, beside 行次, are read with their words, by the cover
 * and by the stack alike. In a 收入决算表 with narrow figure columns pdftotext writes `入合计` (the end of
 * `本年收入合计`) and `拨款收` (the third line of `一般公共预算拨款收入`) right after `行次`; `拨款收` holds `款`, a
 * label word of one character (类 款 项), and was never taken as such a piece, so the first two columns were named
 * `本年收入` and `一般公共预算` (a fund, not the appropriation). Taken by the cover alone, the cover's order of the words
 * put 其他收入 before 附属单位上缴收入 (the stack, reading each line in order, did not have those pieces and read other
 * words): the stack takes them too. The lines are those pdftotext -layout writes for a generated 2017 部门决算
 * (平顶山市工业和信息化局), shortened; the values are read by hand (万元):
 *
 * ```
 * 201       一般公共服务支出 1 275.21 273.84 0.00 1.37 0.00 0.00 0.00
 * ```
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  "                           表二 收入决算表",
  "                               2017年度",
  "部门名称：平顶山市工业和信息化局                                               单位：万元",
  "      项目                     一般公 上级                附属",
  "                      本年收 共预算 补助 事业 经营 单位 其他",
  "功能分类科 科目名称 行次 入合计 拨款收         入     收入 收入 收入 上缴    收入",
  "                                                        收入",
  "  目编码",
  "              栏次        1      2     3 4 5 6 7",
  "201       一般公共服务支出 1 275.21 273.84 0.00 1.37 0.00 0.00 0.00",
  "201 01    人大事务      2 139.76 139.46 0.00 0.30 0.00 0.00 0.00",
  "201 01 01 行政运行      3 83.70 83.41 0.00 0.30 0.00 0.00 0.00",
  "201 01 02 一般行政管理事务 4 56.06 56.06 0.00 0.00 0.00 0.00 0.00",
  "201 03    政府办公厅（室） 5 72.52 72.52 0.00 0.00 0.00 0.00 0.00",
  "          及相关机构事务",
  "201 03 50 事业运行      6 72.52 72.52 0.00 0.00 0.00 0.00 0.00",
  "201 32    组织事务      7 62.93 61.85 0.00 1.08 0.00 0.00 0.00",
  "201 32 99 其他组织事务支出 8 62.93 61.85 0.00 1.08 0.00 0.00 0.00",
  "205       教育支出      9 162.04 162.04 0.00 0.00 0.00 0.00 0.00",
].join('\n');

describe('value word pieces drawn beside 行次 are read with their words by the cover and the stack', () => {
  const { at, header } = readFixture(TEXT);
  it('names the seven figure columns in printed order, 本年收入合计 and 一般公共预算拨款收入 whole', () => {
    expect(header(4).slice(-7)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads 一般公共服务支出 one figure to a column (line 10: 275.21 | 273.84 | 0.00 | 1.37 | 0.00 | 0.00 | 0.00)', () => {
    expect(at(10).cells.slice(-7)).toEqual(['275.21', '273.84', '0.00', '1.37', '0.00', '0.00', '0.00']);
  });
});
