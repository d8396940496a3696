/**
 * A sparse 收入决算表 whose first header lines pdftotext packed onto the names' line (`功能分类科 科目名称 本年收入合计
 * 财政拨款收入 补助`), `本年收入合计` standing left of where the figures start, the shape of
 * synth-410400-gongxinju-2017-final-00035 (pdf78, its lines 84–112). Its rows print at most six of its seven figures,
 * so read by order six columns were taken and the header read without its total word: 财政拨款收入 over the totals,
 * 上级补助收入 over the 拨款 figures. Every such row prints its total first (`1183407.27 1183407.27 0.00 …`), so a
 * reading without a total word is none (`figure-order.ts`), and the columns by position take the seven words
 * (`sparse-cover.ts`). Expected cells read by hand from where the zeros stand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '          项目                               上级 事业 经营 附属    单位 其他',
  ' 功能分类科 科目名称 本年收入合计 财政拨款收入 补助               收入 收入 收入 上缴         收入',
  '  目编码                                                     收入',
  '          合计       35890299.51 35890299.51 0.00 0.00           0.00',
  '201       一般公共服务支出 4557872.39 4557872.39 0.00 0.00 0.00',
  '201 03    政府办公厅（室） 4557872.39 4557872.39 0.00',
  '          及相关机构事务',
  '201 03 01 行政运行       315696.62 315696.62 0.00 0.00             0.00',
  '201 03 08 信访事务      1148068.81 1148068.81            0.00 0.00',
  '201 03 50 事业运行      3094106.96 3094106.96       0.00      0.00 0.00',
  '205       教育支出      1930000.00 1930000.00                      0.00',
  '205 08    进修及培训     1930000.00 1930000.00                 0.00 0.00',
  '205 08 01 教师进修      1930000.00 1930000.00                      0.00',
  '206       科学技术支出    1900345.98 1900345.98       0.00 0.00      0.00',
  '206 03    应用研究       716938.71 716938.71        0.00      0.00 0.00',
  '206 03 99 其他应用研究支出 716938.71 716938.71          0.00           0.00',
  '206 99    其他科学技术支出 1183407.27 1183407.27 0.00        0.00',
  '206 99 99 其他科学技术支出 1183407.27 1183407.27 0.00 0.00        0.00 0.00',
  '208       社会保障和就业支 2668760.18 2668760.18        0.00',
  '          出',
  '208 05    行政事业单位养老 144183.13 144183.13          0.00 0.00',
  '          支出',
  '208 05 06 机关事业单位职业',
  '          年金缴费支出     144183.13 144183.13                  0.00',
  '208 08    抚恤        2524577.05 2524577.05 0.00 0.00',
  '208 08 01 死亡抚恤      2524577.05 2524577.05       0.00 0.00',
  '210       卫生健康支出   12451537.26 12451537.26 0.00                0.00',
  '',
  '                             第4页 共20页',
].join('\n');

describe('a total word drawn left of the figures of a sparse table', () => {
  const { at, header } = readFixture(TEXT);

  it('reads the seven value words, 本年收入合计 first', () => {
    expect(header(1).slice(-7)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads 合计 (line 4) with 0.00 under 上级补助收入, 事业收入 and 其他收入', () => {
    expect(at(4).cells.slice(-7)).toEqual(['35890299.51', '35890299.51', '0.00', '0.00', '', '', '0.00']);
  });

  it('reads 其他科学技术支出 (line 18) with 经营收入 blank', () => {
    expect(at(18).cells.slice(-7)).toEqual(['1183407.27', '1183407.27', '0.00', '0.00', '', '0.00', '0.00']);
  });
});
