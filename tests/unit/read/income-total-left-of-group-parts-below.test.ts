/**
 * A group word 本年收入 over its own 合计 drawn wholly left of it, a part of the group (一般公共预算) standing under it only
 * on a line below the 合计's, in real `pdftotext -layout` output of the 部门收入总表 by unit. The lines of one wrapped
 * word stand over one another, so 本年收入 + 合计 is no wrapped 本年收入合计: 合计 is the group's own total. And where
 * pdftotext drew 事业收 right of 其他收入 on the line above, its rest 入 stands left of 其他收入 on their line: one line
 * keeps the printed order, so 事业收入 comes before 其他收入. Header and cells read by hand from the lines below.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

// synth-410700-caizhengju-2020-budget-00089 (pdf31), lines 63–68: 事业收入 blank in every row
const squeezed = [
  '                                             本年收入',
  '单位代      单位名称         总计                                          上年结转结',
  ' 码                             合计                   事业收',
  '                                        一般公共预算 入 其他收入                余',
  '410001 新乡市财政局本级 41495044.59 41285780.19 41149592.45     136187.74 209264.40',
  '       总计       41495044.59 41285780.19 41149592.45     136187.74 209264.40',
].join('\n');

// synth-410100-zhujianju-2019-budget-00082 (pdf31), lines 71–75 and 78: 事业 over 收入, its rest left of 其他收入
const restLeft = [
  '                                                       本年收入                    上年',
  ' 单位代            单位名称            总计                                             结转',
  '   码                                        合计                   事业',
  '                                                     一般公共预算 收入 其他收入 结余',
  '                             29257368.72 29257368.72 29192452.69 0.00 64916.03',
  '410003 郑州市住房和城乡建设培训中心        11622810.99 11622810.99 11594727.85      28083.14 0.00',
].join('\n');

const columns = ['单位代码', '单位名称', '总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余'];

describe('a group word over its own total drawn wholly left of it, its parts under it a line lower', () => {
  it('reads 本年收入 over 合计 | 一般公共预算 | 事业收入 | 其他收入, not the wrapped 本年收入合计 (lines 63–66)', () => {
    const { header } = readFixture(squeezed);
    expect(header(1)).toEqual(columns);
  });

  it('puts 136187.74 under 其他收入 and 209264.40 under 上年结转结余, 事业收入 left blank (line 67)', () => {
    const { at } = readFixture(squeezed);
    expect(at(5).cells).toEqual(['410001', '新乡市财政局本级', '41495044.59', '41285780.19', '41149592.45', '', '136187.74', '209264.40']);
  });

  it('reads the same group, 事业收入 before 其他收入, where 事业 stands right of 其他收入 (lines 71–74)', () => {
    const { header } = readFixture(restLeft);
    expect(header(1)).toEqual(columns);
  });

  it('puts the total row 0.00 under 事业收入 and 64916.03 under 其他收入 (line 75)', () => {
    const { at } = readFixture(restLeft);
    expect(at(5).cells.slice(2)).toEqual(['29257368.72', '29257368.72', '29192452.69', '0.00', '64916.03', '']);
  });

  it('puts 28083.14 under 其他收入 and 0.00 under 上年结转结余 (line 78)', () => {
    const { at } = readFixture(restLeft);
    expect(at(6).cells.slice(2)).toEqual(['11622810.99', '11622810.99', '11594727.85', '', '28083.14', '0.00']);
  });
});
