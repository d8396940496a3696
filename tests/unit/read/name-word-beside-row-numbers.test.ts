/**
 * A name word printed right of the name column it heads: the 一般公共预算财政拨款支出决算表 of
 * synth-140100-gongxinju-2015-final-00001 (bench:pdf seed 15) as `pdftotext -layout` wrote it. The names are short,
 * so the name column found from the rows ends where `科目名称` starts (line 4), left of the 行次 numbers; the header
 * words drift left of their figures, but a code or name word never heads the 行次 or a figure column by that drift.
 * Expected cells are read by hand from the printed HTML (项目 over 功能分类科目编码 | 科目名称, 行次, 本年支出 over
 * 小计 | 基本支出 | 项目支出); line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                           附表5 一般公共预算财政拨款支出决算表',
  '               项目                            本年支出',
  '功能分类科                       行次',
  ' 目编码                科目名称           小计        基本支出        项目支出',
  '            总计                1 25445930.43 14490689.67 10955240.76',
  '201         一般公共服务支出          2 2817139.60 2817139.60          0.00',
  '201 01      人大事务              3 2817139.60 2817139.60          0.00',
  '201 01 01   行政运行              4 2817139.60 2817139.60          0.00',
  '205         教育支出              5 4573892.47 4274927.92 298964.55',
  '205 08      进修及培训             6 4573892.47 4274927.92 298964.55',
  '205 08 03   培训支出              7 4573892.47 4274927.92 298964.55',
  '206         科学技术支出            8 7169201.83 612489.09 6556712.74',
  '206 03      应用研究              9 2470000.00               2470000.00',
  '206 03 99   其他应用研究支出         10 2470000.00               2470000.00',
  '206 99      其他科学技术支出         11 4699201.83 612489.09 4086712.74',
  '206 99 01   科技奖励             12 1890406.01               1890406.01',
  '',
].join('\n');

const { at } = readFixture(TEXT);

describe('a name word standing right of a short name column, beside a 行次 column', () => {
  it('heads the name column with 科目名称 and the 行次 column with 行次 (lines 2–4)', () => {
    expect(flattenHeader([at(2).cells, at(3).cells])).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      '项目/行次',
      '本年支出/小计',
      '本年支出/基本支出',
      '本年支出/项目支出',
    ]);
  });

  it("keeps each row's name in the name column and its 行次 in the 行次 column (lines 5, 6 and 13)", () => {
    expect(at(5).cells).toEqual(['', '总计', '1', '25445930.43', '14490689.67', '10955240.76']);
    expect(at(6).cells).toEqual(['201', '一般公共服务支出', '2', '2817139.60', '2817139.60', '0.00']);
    expect(at(13).cells).toEqual(['206 03', '应用研究', '9', '2470000.00', '', '2470000.00']);
  });
});
