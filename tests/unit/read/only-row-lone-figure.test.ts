/**
 * An empty table whose unlabelled 合计 prints one figure alone on its line, no 行次 and no 栏次 row, under a header
 * of three value columns (`only-row.ts` `loneFigure`, `coverOnlyRow`): the figure is placed beside the header's words
 * as an only row printing fewer figures than columns is, never into the column the reading by position overlaps most.
 * Real `pdftotext -layout` lines (copied as they are), the 国有资本经营预算财政拨款支出决算表 of
 * - /work/corp3/pdf33 synth-410200-gongxinju-2020-final-00086, lines 376–381: 0.00 under 小计, its end under 小计's;
 * - /work/corp3/pdf32 synth-410803-caizhengju-2021-final-00107, lines 256–259: 0.00 under 基本支出;
 * - /work/corp3/pdf34 synth-140300-zhujianju-2017-final-00048, lines 342–350: 0.00 under 小计, the header's 基本支 and
 *   项目支 broken over two lines, their rests `出 出` drawn right (the left one under 项目支), read by meaning.
 * Expected cells read by hand from the printed tables (the generator's truth); line numbers are the fixtures'.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const SUBTOTAL = [
  '部门：开封市工业和信息化局                                 单位：万元',
  '              国有资本经营预算财政拨款支出决算表',
  '  项目      本年支出',
  '功能',
  '分类 科目 小计 基本 项目',
  '科目 名称      支出 支出',
  '编码',
  '      0.00',
].join('\n');

const BASIC = [
  '         表8 国有资本经营预算财政拨款支出决算表',
  '部门名称：焦作市中站区财政局                        单位：万元',
  '项目 本年支出',
  '科目 小计 基本 项目',
  '名称    支出 支出',
  '       0.00',
].join('\n');

const BROKEN = [
  '部门：阳泉市住房和城乡建设局                             单位：万元',
  '             国有资本经营预算财政拨款支出决算表',
  '                                            公开08表',
  '  项目         本年支出',
  '功能',
  '分类 科目 小计 基本支 项目支',
  '科目 名称         出   出',
  '编码',
  '        0.00',
].join('\n');

describe('the lone figure of an empty table is placed beside its header words', () => {
  it('reads 0.00 under 本年支出/小计 when it ends under 小计 (line 8)', () => {
    const { at, header } = readFixture(SUBTOTAL);
    expect(header(3).slice(2)).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
    expect(at(8).cells).toEqual(['', '', '0.00', '', '']);
  });

  it('reads 0.00 under 本年支出/基本支出 when it stands under 基本 and 支出 (line 6)', () => {
    const { at, header } = readFixture(BASIC);
    expect(header(3).slice(-3)).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
    expect(at(6).cells.slice(-3)).toEqual(['', '0.00', '']);
    expect(at(6).cells.filter((c) => c !== '')).toEqual(['0.00']);
  });

  it('reads 0.00 under 本年支出/小计 under a header of broken words, never refusing it (line 9)', () => {
    const { at, header } = readFixture(BROKEN);
    expect(header(4).slice(2)).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
    expect(at(9).cells).toEqual(['', '', '0.00', '', '']);
  });
});
