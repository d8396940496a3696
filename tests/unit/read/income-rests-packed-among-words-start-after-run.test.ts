/**
 * Squeezed 收入决算表 headers whose line of lower halves pdftotext packed one space apart, rests among whole words, and
 * wrote one cell's upper half, `经营` / `经营收`, after the run where it prints (`starts-drawn-right.ts`
 * `packedRunRead`). Read by the order of the pieces on that line, 附属单位上缴收入 (its `单位` / `位上缴` in the run)
 * came before 经营收入, whose rest `收入` / `入` stands in the run before it. The run's rests end, in order, the
 * starts above and the one drawn after the run (sorted by where they print): 上级 | 经营 | 附属, and 一般公共预算 |
 * 上级补 | 经营收 | 附属单 | 其他收.
 * - PACKED_A: the shape of synth-410803-jiaoyuju-2017-final-00047 (pdf75, its lines 102–119), a 栏次 row under it;
 * - PACKED_B: the shape of synth-410811-zhujianju-2015-final-00014 (pdf67, its lines 84–100).
 * Expected cells read by hand from where the zeros stand under the 栏次 numbers and the figures' ends.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const PACKED_A = [
  '       项目                                   上级                  附属',
  '                   本年收入合计      一般公共预算拨      补助 事业收入 收入 单位  经营        其他',
  '功能分类       科目名称                   款收入       收入                  上缴   收入',
  '科目编码                                                            收入',
  '             栏次         1           2        3      4       5 6 7',
  '201     一般公共服务支出    63267284.71 63267284.71 0.00      0.00 0.00      0.00',
  '20101 人大事务          17539383.72 17539383.72                0.00',
  '2010101 行政运行         1600000.00 1600000.00            0.00           0.00',
  '2010102 一般行政管理事务    15939383.72 15939383.72 0.00           0.00 0.00',
  '20103 政府办公厅（室）及相 6495105.01 6495105.01 0.00                          0.00',
  '        关机构事务',
  '2010308 信访事务         6495105.01 6495105.01                 0.00      0.00',
  '20111 纪检监察事务        17839036.63 17839036.63 0.00           0.00',
  '2011102 一般行政管理事务    17839036.63 17839036.63 0.00',
  '20132 组织事务          21393759.35 21393759.35                          0.00',
  '2013201 行政运行        21393759.35 21393759.35 0.00      0.00 0.00 0.00 0.00',
  '205     教育支出        51483713.38 51329179.02      154534.36           0.00',
  '20508 进修及培训         51483713.38 51329179.02      154534.36 0.00',
].join('\n');

const PACKED_B = [
  '           项目                                                   附属单 其他收',
  '                                 一般公共预算      上级补',
  '                    本年收入合计 拨款收入 助收入 事业收入 入 位上缴 入          经营收',
  '功能分类         科目名称',
  '科目编码                                                             收入',
  '        总计           33179748.41 33135052.84     44695.57',
  '201     一般公共服务支出     14961531.81 14916836.24     44695.57 0.00',
  '20103 政府办公厅（室）及相关机',
  '        构事务           5123601.62 5123601.62                0.00',
  '2010302 一般行政管理事务      2186051.97 2186051.97                0.00 0.00',
  '2010308 信访事务          2937549.65 2937549.65 0.00     0.00 0.00         0.00',
  '20111 纪检监察事务          5313103.52 5313103.52 0.00     0.00 0.00 0.00',
  '2011101 行政运行          3080508.90 3080508.90                0.00 0.00',
  '2011102 一般行政管理事务      2232594.62 2232594.62 0.00     0.00 0.00 0.00',
  '20132 组织事务            4524826.67 4480131.10      44695.57         0.00',
  '2013201 行政运行           654006.81 654006.81 0.00            0.00 0.00',
  '2013299 其他组织事务支出      3870819.86 3826124.29      44695.57         0.00 0.00',
].join('\n');

const WORDS = ['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

describe('rests packed among whole words, a start drawn after the run', () => {
  it('reads 经营收入 before 附属单位上缴收入 when `经营` follows `补助 事业收入 收入 单位`', () => {
    const { at, header } = readFixture(PACKED_A);
    expect(header(1).slice(-7)).toEqual(WORDS);
    // line 6: 0.00 under 上级补助收入, 事业收入, 经营收入 and 其他收入 (附属单位上缴收入 blank)
    expect(at(6).cells.slice(-7)).toEqual(['63267284.71', '63267284.71', '0.00', '0.00', '0.00', '', '0.00']);
  });

  it('reads 经营收入 before 附属单位上缴收入 when `经营收` is drawn ten characters after `事业收入 入 位上缴 入`', () => {
    const { at, header } = readFixture(PACKED_B);
    expect(header(1).slice(-7)).toEqual(WORDS);
    // line 13: 行政运行, 0.00 under 经营收入 and 附属单位上缴收入
    expect(at(13).cells.slice(-7)).toEqual(['3080508.90', '3080508.90', '', '', '0.00', '0.00', '']);
  });
});
