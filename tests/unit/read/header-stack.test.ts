/**
 * A squeezed 收入决算表 header read as one monotone stack (`read/header-stack.ts`): the header lines written as
 * `pdftotext -layout` writes narrow cells (the shapes of the 收入决算表 of synth-410700-nongyeju-2015-final-00009 and
 * synth-410803-shengtaiju-2015-final-00007), words of different columns one space apart and interleaved over four
 * lines. The figures are written by hand, every row's 本年收入合计 the sum of the columns beside it, and different in
 * each column, so that a reading in another order puts them under the wrong words.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';
import { frags } from './fragments.ts';
import { readStack } from '../../../src/lib/parse/read/header-stack.ts';
import { flatTotalsHold } from '../../../src/lib/parse/read/header-cover.ts';
import { EXPENDITURE_COLUMNS as EXPENDITURE_NAMES } from '../../helpers.ts';

const FLAT = [
  '          项目                一般公共     上级             附属',
  '                   本年收入 预算拨款 补助 事业 经营 单位 其他',
  ' 功能分类科 科目名称         合计       收入      收入   收入 收入 上缴 收入',
  '  目编码                                               收入',
  '             栏次       1        2      3 4 5 6 7',
  '201       一般公共服务支出 28.00 1.00 2.00 3.00 4.00 5.00 13.00',
  '201 01    人大事务       21.00 1.00 2.00 3.00 4.00 5.00 6.00',
  '201 01 01 行政运行       15.00 5.00 4.00 3.00 2.00 1.00 0.00',
].join('\n');

// (the lines of a two-line cell beside three-line ones written out of order: 收入 of 事业收入 and of 经营收入 on the
// line above 事业 and 经营)
const OUT_OF_ORDER = [
  '               项目                                               附属',
  '                           本年收入合 财政拨款收 上级        补助 收入 收入 单位',
  '                                                      事业   经营        其他',
  ' 功能分类科            科目名称        计          入       收入             上缴   收入',
  '  目编码                                                           收入',
  '                   栏次          1         2        3 4 5 6 7',
  '          合计               1299.00 1000.00 200.00 50.00 30.00 10.00 9.00',
  '201       一般公共服务支出          190.00 100.00 40.00 20.00 15.00 10.00 5.00',
].join('\n');

// (no row fills every column: the columns are those the 栏次 numbers stand in; the shape of the 收入决算表 of
// synth-140100-caizhengju-2016-final-00021)
const NUMBERED = [
  '        项目                    一般公                   附属',
  '                       本年收 共预算 上级    补助 收入 收入 单位',
  '                                          事业   经营        其他',
  '功能分类科          科目名称    入合计    拨款收    收入             上缴   收入',
  '  目编码                          入                    收入',
  '                栏次       1      2     3 4 5 6 7',
  '201       一般公共服务支出      96.07 95.19 0.00            0.00 0.88',
  '201 03    政府办公厅（室）及相关机 96.07 95.19        0.00           0.88',
].join('\n');

const INCOME = ['本年收入合计', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

describe('a squeezed 收入决算表 header read as one stack of its pieces in column order', () => {
  it('reads lines 1–4 as 本年收入合计 | 一般公共预算拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入, the order the pieces stand in on each line', () => {
    const { at, header } = readFixture(FLAT);
    const labels = header(1).slice(-7);
    expect(labels).toEqual([INCOME[0], '一般公共预算拨款收入', ...INCOME.slice(1)]);
    // line 6: 上级补助收入 2.00, 事业收入 3.00, 经营收入 4.00, 附属单位上缴收入 5.00, 其他收入 13.00
    expect(at(6).cells.slice(-7)).toEqual(['28.00', '1.00', '2.00', '3.00', '4.00', '5.00', '13.00']);
  });

  it('reads lines 1–5 whose 事业收入 and 经营收入 pdftotext wrote 收入 above 事业 and 经营: the one reading that puts each column\'s pieces together', () => {
    const { at, header } = readFixture(OUT_OF_ORDER);
    expect(header(1).slice(-7)).toEqual([INCOME[0], '财政拨款收入', ...INCOME.slice(1)]);
    // line 8: 财政拨款收入 100.00, 上级补助收入 40.00, 事业收入 20.00, 经营收入 15.00, 附属单位上缴收入 10.00, 其他收入 5.00
    expect(at(8).cells.slice(-7)).toEqual(['190.00', '100.00', '40.00', '20.00', '15.00', '10.00', '5.00']);
  });

  it('reads lines 1–5 onto the seven columns the 栏次 numbers of line 6 stand in when no row fills them all', () => {
    const { at, header } = readFixture(NUMBERED);
    expect(header(1).slice(-7)).toEqual([INCOME[0], '一般公共预算拨款收入', ...INCOME.slice(1)]);
    // line 7 (as printed): 本年收入合计 96.07, 一般公共预算拨款收入 95.19, 上级补助收入 0.00, 附属单位上缴收入 0.00 (under 6),
    // 其他收入 0.88
    expect(at(7).cells.slice(-7)).toEqual(['96.07', '95.19', '0.00', '', '', '0.00', '0.88']);
  });
});

describe('readings the vocabulary allows told apart by where the pieces stand', () => {
  // the value pieces of a 收入决算表 header (synth-140100-gongxinju-2015-final-00001, lines 82–87), as pdftotext wrote
  // them: line 1 squeezed one space apart, 经营 on line 2 left of 附属 on line 0, 收入 of 经营收入 on the line above 经营
  const pieces = frags(
    '上级@0:52 附属@0:69 本年收入合计@1:25 助）收入@1:32 补助@1:37 事业收入@1:40 收入@1:45 单位@1:48 财政拨款（补@2:38 经营@2:64 上缴@3:70 收入@3:73 其他@4:75 收入@5:58 收入@5:77',
  );
  it('puts 经营收入 before 附属单位上缴收入: 附属 and 上缴 standing right of 经营 would cross two pairs of columns, 经营 over 单位 one', () => {
    expect(readStack(pieces, 7, (paths) => flatTotalsHold(paths, []))).toEqual(['本年收入合计', '财政拨款收入（补助）', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map((w) => [w]));
  });

  it('reads nothing when no reading heads the columns counted (eight columns from these pieces)', () => {
    expect(readStack(pieces, 8, (paths) => flatTotalsHold(paths, []))).toBeNull();
  });
});

// The eight value columns of a 支出决算表 whose 基本支出 stands over 小计 | 人员经费 | 公用经费.
const EXPENDITURE_COLUMNS = [
  ['本年支出合计'],
  ['基本支出', '小计'],
  ['基本支出', '人员经费'],
  ['基本支出', '公用经费'],
  ['项目支出'],
  ['上缴上级支出'],
  ['经营支出'],
  ['对附属单位补助支出'],
];
// A row as printed on line 129 of synth-410400-chengguanju-2016-final-00025: 418.01 = 321.08 + 96.93 + 0 + 0 + 0,
// 321.08 = 298.60 + 22.48; and the same row with its 公用经费 changed so that 小计 is not the sum of its parts.
const LINE_129 = [['418.01', '321.08', '298.60', '22.48', '96.93', '0.00', '0.00', '0.00']];
const LINE_129_BROKEN = [['418.01', '321.08', '298.60', '20.00', '96.93', '0.00', '0.00', '0.00']];

describe('a group word printed whole over its parts in a squeezed stack', () => {
  // the value pieces of a 支出决算表 header (synth-410400-chengguanju-2016-final-00025, lines 125–128): 其中：基本支出
  // over 小计 | 人员经费 | 公用经费, line 2 squeezed one space apart
  const pieces = frags(
    '其中：基本支出@0:32 对附@0:65 本年支@1:22 项目支@1:49 上缴@1:55 经营@1:60 属单@1:65 出合计@2:14 小计@2:18 人员经@2:21 公用经@2:25 出@2:29 上级@2:31 支出@2:55 支出@2:60 位补助支@2:63 费@3:37 费@3:39 出@3:65',
  );
  it('reads the eight columns with 基本支出 over the run that starts at its 小计, the row of line 129 confirming both totals', () => {
    expect(readStack(pieces, 8, (paths) => flatTotalsHold(paths, LINE_129))).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads nothing when the row contradicts the totals (基本支出 小计 not the sum of its parts)', () => {
    expect(readStack(pieces, 8, (paths) => flatTotalsHold(paths, LINE_129_BROKEN))).toBeNull();
  });
});

// (the 支出决算表 of synth-410400-chengguanju-2016-final-00025, lines 125–136: a 行次 column one space after the names,
// drawn right under the long name of line 7, so the label columns found from the rows reach over 出合计 and 小计)
const ROW_NUMBERS = [
  '      项目                        其中：基本支出                          对附',
  '                      本年支                        项目支   上缴   经营   属单',
  '功能分类科 科目名称 行次 出合计 小计 人员经 公用经 出 上级                      支出   支出 位补助支',
  '  目编码                                费 费                         出',
  '          合计        1 418.01 321.08 298.60 22.48 96.93 0.00 0.00 0.00',
  '201       一般公共服务支出 2 148.75 63.83 59.36 4.47 84.93 0.00 0.00 0.00',
  '201 03    政府办公厅（室） 3 62.01 0.00 0.00 0.00 62.01 0.00 0.00 0.00',
  '          及相关机构事务',
  '201 03 02 一般行政管理事务 4 55.44 0.00 0.00 0.00 55.44 0.00 0.00 0.00',
  '201 03 08 信访事务      5 6.57 0.00 0.00 0.00 6.57 0.00 0.00 0.00',
  '201 32    组织事务      6 86.74 63.83 59.36 4.47 22.92 0.00 0.00 0.00',
  '201 32 01 行政运行      7 21.05 21.05 19.58 1.47 0.00 0.00 0.00 0.00',
].join('\n');

describe('a stack whose pieces start over the label columns found from the rows', () => {
  it('reads lines 1–4 from where the header\'s own label words end (行次 on line 3): 本年支出合计, 基本支出 over 小计 | 人员经费 | 公用经费, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出', () => {
    const { at, header } = readFixture(ROW_NUMBERS);
    expect(header(1).slice(-8)).toEqual(EXPENDITURE_NAMES);
    // line 5, the 合计 row: 418.01 = 321.08 + 96.93, 321.08 = 298.60 + 22.48
    expect(at(5).cells.slice(-8)).toEqual(['418.01', '321.08', '298.60', '22.48', '96.93', '0.00', '0.00', '0.00']);
  });
});

describe('several group words printed whole in one squeezed stack', () => {
  // the value pieces of a 支出决算表 header (the shape of synth-410400-chengguanju-2016-final-00025, lines 125–128, with
  // 本年支出合计 and 项目支出 printed whole on line 1): three words that may head groups, 本年支出合计, 其中：基本支出
  // and 项目支出, only 其中：基本支出 standing over parts of its own
  const pieces = frags(
    '其中：基本支出@0:32 对附@0:65 本年支出合计@1:14 项目支出@1:49 上缴@1:55 经营@1:60 属单@1:65 小计@2:18 人员经@2:21 公用经@2:25 上级@2:31 支出@2:55 支出@2:60 位补助支@2:63 费@3:37 费@3:39 出@3:65',
  );
  it('reads 其中：基本支出 over the run from its 小计, the one group whose reading the row\'s totals confirm', () => {
    expect(readStack(pieces, 8, (paths) => flatTotalsHold(paths, LINE_129))).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads nothing when the row breaks the group\'s total (小计 not 人员经费 + 公用经费)', () => {
    expect(readStack(pieces, 8, (paths) => flatTotalsHold(paths, LINE_129_BROKEN))).toBeNull();
  });
});
