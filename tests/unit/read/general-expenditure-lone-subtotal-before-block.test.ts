/**
 * A 一般公共预算财政拨款支出决算表 header printing `年初预算数 全年预算数 小计 决算数` on one line and `基本支出 项目支出`
 * under 决算数 only, the shape of synth-410100-gongxinju-2018-final-00052 (pdf63, its lines 236–250). The 小计 is
 * 决算数's first part, drawn on the block word's line beside it (`header-subtotals.ts` `loneSubtotal`): read before as a
 * column of its own under no word. Expected cells read by hand: 2,578.75 = 2,282.75 + 296.00.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '            科目编码          年初预算数 全年预算数 小计                  决算数',
  '  类 款 项          科目名称                                     基本支出     项目支出',
  '                  栏次          1         2         3         4         5',
  ' 201       一般公共服务支出         2,486.05 2,532.40 2,578.75 2,282.75 296.00',
  ' 201 01    人大事务             2,057.30 2,103.65 2,150.00 1,854.00 296.00',
  ' 201 01 01 行政运行             1,761.30 1,807.65 1,854.00 1,854.00         0.00',
  ' 201 01 02 一般行政管理事务           296.00 296.00 296.00            0.00 296.00',
  ' 201 11    纪检监察事务             304.36 304.36 304.36 304.36               0.00',
  ' 201 11 01 行政运行               304.36 304.36 304.36 304.36               0.00',
  ' 201 32    组织事务               124.39 124.39 124.39 124.39               0.00',
  ' 201 32 01 行政运行               124.39 124.39 124.39 124.39               0.00',
  ' 205       教育支出             3,111.49 3,177.58 3,243.67 204.19 3,039.48',
  ' 205 08    进修及培训            3,111.49 3,177.58 3,243.67 204.19 3,039.48',
  ' 205 08 01 教师进修             1,498.01 1,572.09 1,646.17        0.00 1,646.17',
  ' 205 08 03 培训支出             1,613.47 1,605.49 1,597.50 204.19 1,393.31',
].join('\n');

describe('a lone 小计 right before the columns a block word heads', () => {
  const { at, header } = readFixture(TEXT);

  it('puts the 小计 under 决算数', () => {
    expect(header(1).slice(-5)).toEqual(['年初预算数', '全年预算数', '决算数/小计', '决算数/基本支出', '决算数/项目支出']);
  });

  it('reads 一般公共服务支出 (line 4) with 2,578.75 under 决算数/小计', () => {
    expect(at(4).cells.slice(-5)).toEqual(['2,486.05', '2,532.40', '2,578.75', '2,282.75', '296.00']);
  });
});
