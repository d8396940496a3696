/**
 * Spaced tables shaped as `pdftotext -layout` prints a district 预算 in the national forms (merged header cells, centred
 * words, narrow columns). Every fixture is placed by hand (`at`: start column, or end column when negative); values
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { readSpaced } from '../../../src/lib/parse/read/spaced.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines, type SourceLine } from '../../../src/lib/text/lines.ts';
import { at } from './at.ts';

function read(text: string): Map<number, SourceLine> {
  const { lines } = readSpaced(splitLines(text));
  return new Map(lines.map((l) => [l.n, l]));
}
const headerOf = (lines: Map<number, SourceLine>, ...ns: number[]) => flattenHeader(ns.map((n) => lines.get(n)!.cells));

describe('spaced reader: 收入 and 支出 centred over 项目 | 预算数, the amounts right of their header', () => {
  // 财务收支预算总表: 支出 stands between the second 项目 and 预算数, a little nearer the amounts; each 预算数 stands left
  // of its amounts (centred in a wide cell, drawn narrower than it prints).
  const text = [
    at([17, '收入'], [56, '支出']),
    at([12, '项目'], [22, '预算数'], [51, '项目'], [61, '预算数']),
    at([0, '一、一般公共预算拨款收入'], [-36, '1,580.25'], [37, '一、一般公共服务支出'], [-75, '1,200.00']),
    at([0, '二、政府性基金预算拨款收入'], [37, '二、社会保障和就业支出'], [-75, '300.25']),
    at([0, '本年收入合计'], [-36, '1,700.25'], [37, '本年支出合计'], [-75, '1,700.25']),
  ].join('\n');
  const lines = read(text);
  it('reads four columns: 收入/项目, 收入/预算数, 支出/项目, 支出/预算数 (lines 1–2)', () => {
    expect(headerOf(lines, 1, 2)).toEqual(['收入/项目', '收入/预算数', '支出/项目', '支出/预算数']);
  });
  it('puts 300.25 under 支出/预算数 and leaves 收入/预算数 blank on line 4', () => {
    expect(lines.get(4)!.cells).toEqual(['二、政府性基金预算拨款收入', '', '二、社会保障和就业支出', '300.25']);
  });
});

describe('spaced reader: a 三公 table whose 因公出国（境）费 is blank and labelled on the top line only', () => {
  // 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费: the one-line labels
  // stand on the group's line, 小计 starts right of 因公出国（境）费, 因公出国 and 购置费 are blank.
  const text = [
    at([5, '合计'], [18, '因公出国（境）费'], [45, '公务用车购置及运行费'], [76, '公务接待费']),
    at([32, '小计'], [46, '公务用车购置费'], [58, '公务用车运行费']),
    at([-15, '40.00'], [-42, '30.00'], [-73, '30.00'], [-89, '10.00']),
  ].join('\n');
  const lines = read(text);
  it('reads six columns: 因公出国（境）费 a column of its own, not a group over 小计 (lines 1–2)', () => {
    expect(headerOf(lines, 1, 2)).toEqual(['合计', '因公出国（境）费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费']);
  });
  it('puts 40.00 under 合计 and leaves 因公出国（境）费 blank (line 3)', () => {
    expect(lines.get(3)!.cells).toEqual(['40.00', '', '30.00', '', '30.00', '10.00']);
  });
});

describe('spaced reader: a 部门收入预算表 header whose narrow cells wrap over five lines, interleaved', () => {
  // 科目编码 | 科目名称 | 合计 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 | 国有资本经营预算拨款收入 | 财政专户管理资金收入 |
  // 单位资金 (合计 | 事业收入 | 事业单位经营收入 | 上级补助收入 | 附属单位上缴收入 | 其他收入) | 上年结转结余, as pdftotext
  // prints it: the lines of neighbouring cells share text lines (`预算拨款收 入` is the middle and the end of one word,
  // `入 位经营` the ends of two), words of the crowded line drawn closer than the amounts below them.
  const text = [
    at([47, '政府性基金'], [53, '国有资本经'], [59, '财政专户管'], [80, '单位资金']),
    at([1, '科目编码'], [15, '科目名称'], [28, '合计'], [37, '一般公共预算'], [53, '营预算拨款'], [59, '理资金收入'], [65, '合计'], [68, '事业收'], [72, '事业单'], [86, '附属单'], [90, '其他收'], [94, '上年结转']),
    at([38, '拨款收入'], [43, '预算拨款收'], [49, '入'], [54, '收入'], [74, '入'], [76, '位经营']),
    at([82, '上级补']),
    at([82, '助收入'], [86, '位上缴'], [90, '入'], [92, '结余']),
    at([79, '收入'], [86, '收入']),
    at([10, '合计'], [-36, '1,700.25'], [-45, '1,580.25'], [-71, '120.00'], [-78, '100.00'], [-96, '20.00']),
    at([0, '201'], [10, '一般公共服务支出'], [-36, '1,200.00'], [-45, '1,100.00'], [-71, '100.00'], [-78, '100.00']),
  ].join('\n');
  const lines = read(text);
  it('reads every header word whole, 单位资金 over its six parts (lines 1–6)', () => {
    expect(headerOf(lines, 1, 2)).toEqual([
      '科目编码', '科目名称', '合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '财政专户管理资金收入',
      '单位资金/合计', '单位资金/事业收入', '单位资金/事业单位经营收入', '单位资金/上级补助收入', '单位资金/附属单位上缴收入', '单位资金/其他收入', '上年结转结余',
    ]);
  });
  it('puts 120.00 under 单位资金/合计, 100.00 under 事业收入 and 20.00 under 其他收入 (line 7)', () => {
    expect(lines.get(7)!.cells).toEqual(['', '合计', '1,700.25', '1,580.25', '', '', '', '120.00', '100.00', '', '', '', '20.00', '']);
  });
});

describe('spaced reader: 合计 centred lower than the group 其中：基本支出 beside it', () => {
  // 项目 over 科目编码 | 科目名称; 合计 spans both header rows and, centred, stands on the second line with 小计 …;
  // 其中：基本支出 is centred over 小计 | 人员经费 | 公用经费 (values invented).
  const text = [
    at([12, '项目'], [61, '其中：基本支出']),
    at([2, '功能分类科目编码'], [21, '科目名称'], [36, '合计'], [53, '小计'], [64, '人员经'], [77, '公用经'], [89, '项目支出']),
    at([64, '费'], [77, '费']),
    '',
    at([14, '合计'], [-43, '31242132.91'], [-59, '25787830.03'], [-73, '23982681.88'], [-85, '1805148.15'], [-97, '5454302.88']),
    at([2, '201'], [14, '一般公共服务支出'], [-43, '8219260.10'], [-59, '3838459.96'], [-73, '3339460.15'], [-85, '498999.81'], [-97, '4380800.14']),
  ].join('\n');
  const lines = read(text);
  it('keeps 合计 a column of its own, not the 合计 of 其中：基本支出 (lines 1–3)', () => {
    expect(headerOf(lines, 1, 2)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出']);
  });
});

describe('spaced reader: a side-by-side 收支总表 whose numbered labels wrap, rows with blank amounts among them', () => {
  const text = [
    at([11, '收入'], [39, '支出']),
    at([4, '项目'], [18, '预算数'], [36, '项目'], [49, '预算数']),
    '',
    at([1, '一、一般公共预算'], [-25, '11030.58'], [29, '一、一般公共服务'], [-52, '1716.88']),
    at([1, '拨款收入']),
    at([1, '二、政府性基金预'], [29, '二、外交']),
    at([1, '算拨款收入']),
    at([1, '五、单位资金'], [-25, '55.75'], [29, '五、教育'], [-52, '324.37']),
    at([1, '（一）事业收入'], [29, '六、科学技术']),
    at([1, '（二）事业单位经'], [29, '七、文化旅游体育与传媒']),
    at([1, '营收入']),
    at([1, '（五）其他收入'], [-25, '55.75'], [29, '八、社会保障和就业'], [-52, '3939.00']),
  ].join('\n');
  const lines = read(text);
  it('joins each wrapped label to its own row: 一、一般公共预算拨款收入, 二、政府性基金预算拨款收入, （二）事业单位经营收入', () => {
    expect(lines.get(4)!.cells[0]).toBe('一、一般公共预算拨款收入');
    expect(lines.get(6)!.cells[0]).toBe('二、政府性基金预算拨款收入');
    expect(lines.get(10)!.cells[0]).toBe('（二）事业单位经营收入');
    expect([5, 7, 11].map((n) => lines.get(n)!.skip)).toEqual(['joined', 'joined', 'joined']);
  });
  it('keeps 55.75 of （五）其他收入 on its row (line 12)', () => {
    expect(lines.get(12)!.cells).toEqual(['（五）其他收入', '55.75', '八、社会保障和就业', '3939.00']);
  });
});

describe('spaced reader: 支出 centred over wide columns, no word under it within eight columns', () => {
  // 财政拨款收支预算总表 in 元: 支出 over 项目 | 合计 | 一般公共预算拨款 | 政府性基金预算 | 国有资本经营预算, its nearest
  // lower words eleven and nine columns away (values invented).
  const text = [
    at([15, '收入'], [67, '支出']),
    at([6, '项目'], [23, '金额'], [40, '项目'], [56, '合计'], [75, '一般公共预'], [85, '政府性基'], [96, '国有资本']),
    at([76, '算拨款'], [85, '金预算'], [96, '经营预算']),
    '',
    at([1, '一、本年收入'], [-31, '40,042,646.14'], [37, '一、本年支出'], [-64, '40,042,646.14'], [-84, '40,042,646.14'], [-89, '0.00'], [-100, '0.00']),
    at([1, '（一）一般公共预算拨款'], [-31, '40,042,646.14'], [37, '一般公共服务'], [-64, '8,584,389.40'], [-84, '8,584,389.40'], [-89, '0.00'], [-100, '0.00']),
  ].join('\n');
  const lines = read(text);
  it('reads 支出 as the group over its five columns, not as a column of its own (lines 1–3)', () => {
    expect(headerOf(lines, 1, 2)).toEqual(['收入/项目', '收入/金额', '支出/项目', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算']);
  });
});

describe('spaced reader: 单位资金 centred over blank parts, an amount column far on its right', () => {
  // Only 合计, 一般公共预算拨款收入 and 上年结转结余 have figures; 单位资金 stands over its six blank parts, nearer them
  // than any column with figures (as the generator's budget-district family prints it; values invented).
  const text = [
    '          项目                        一般公      政府性      国有资      财政专                                单位资金',
    '                            合计      共预算      基金预      本经营      户管理                事业收        事业单       上级补         附属单        其他收   上年结',
    '功能分类科目编码       科目名称                 拨款收      算拨款      预算拨      资金收     合计          入         位经营       助收入         位上缴         入    转结余',
    '                                     入       收入       款收入       入                            收入                    收入',
    '',
    '             合计           631.20   628.20                                                                                           3.00',
    '201          一般公共服务支出     153.24   153.24',
  ].join('\n');
  const lines = read(text);
  it('heads its six parts with 单位资金 and leaves 上年结转结余 out of it (lines 1–4)', () => {
    const h = headerOf(lines, 1, 2);
    expect(h.filter((x) => x.startsWith('单位资金/'))).toEqual(['单位资金/合计', '单位资金/事业收入', '单位资金/事业单位经营收入', '单位资金/上级补助收入', '单位资金/附属单位上缴收入', '单位资金/其他收入']);
    expect(h.at(-1)).toBe('上年结转结余');
  });
  it('puts 3.00 under 上年结转结余 (line 6)', () => {
    expect(lines.get(6)!.cells.at(-1)).toBe('3.00');
  });
});
