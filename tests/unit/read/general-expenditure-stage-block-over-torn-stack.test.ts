/**
 * A squeezed 一般公共预算财政拨款支出决算表 whose header pdftotext tore and stacked out of order (lines as in 表5 of a
 * generated 决算, trimmed to a few rows): the columns are 年初预算数 | 全年预算数 | 决算数 over 小计, 其中：基本支出 (小计,
 * 人员经费, 公用经费) and 项目支出, seven figures one space apart per full row. The stage's block word `决算数` stands
 * alone on the first line; `年初预` `全年预` over `算数 算数`; the line `算数 算数 小计 小计 人员经 公用经 出` holds one
 * piece of every column in order; the group word `其中：基本支出` is written on the line under its parts, beside the
 * start `项目支` of 项目支出 whose rest `出` stands a line above; `费 费` end 人员经费 and 公用经费.
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = `                表5：一般公共预算财政拨款支出决算表
部门名称：某某局                                           单位：万元
    项目                                    决算数
           行次 年初预     全年预
               算数 算数 小计 小计 人员经 公用经 出
                                       其中：基本支出 项目支
    科目名称                                    费 费
             1 126.97 129.07 131.17 103.00 82.40 20.60 28.17
一般公共服务支出     2 49.12 49.15 49.18 46.97 37.58 9.39 2.21
 纪检监察事务      5 13.87 14.64 15.41 15.41 12.33 3.08
 组织事务        7 28.82 27.79 26.77 24.57 19.65 4.91 2.21
  其他组织事务支出 9 10.99 10.78 10.57 8.36 6.69 1.67 2.21
教育支出        10 15.24 15.30 15.36 3.08 2.47 0.62 12.28
`;

describe('a stage block word over its run of columns in a torn squeezed header (决算数 after 年初预算数 | 全年预算数)', () => {
  const { at, header } = readFixture(TEXT);

  it('reads 年初预算数 | 全年预算数 | 决算数 over 小计, 其中：基本支出 (小计 人员经费 公用经费) and 项目支出', () => {
    expect(header(3).slice(2)).toEqual([
      '年初预算数',
      '全年预算数',
      '决算数/小计',
      '决算数/基本支出/小计',
      '决算数/基本支出/人员经费',
      '决算数/基本支出/公用经费',
      '决算数/项目支出',
    ]);
  });

  it('puts each figure of a row under its column (the unnamed total, line 8; 一般公共服务支出, line 9; 纪检监察事务, line 10)', () => {
    expect(at(8).cells.slice(1)).toEqual(['1', '126.97', '129.07', '131.17', '103.00', '82.40', '20.60', '28.17']);
    expect(at(9).cells).toEqual(['一般公共服务支出', '2', '49.12', '49.15', '49.18', '46.97', '37.58', '9.39', '2.21']);
    expect(at(10).cells).toEqual(['纪检监察事务', '5', '13.87', '14.64', '15.41', '15.41', '12.33', '3.08', '']);
  });
});
