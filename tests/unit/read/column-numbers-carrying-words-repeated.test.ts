/**
 * A 栏次 row carrying the last line of a label word (`目编码  栏次  1 … 5`, the word standing low in its tall cell), its
 * header repeated inside the run (a page break the text does not mark): the 部门收入总表 of a generated document
 * (bench/pdf-accuracy.ts, lines 64–90 as `pdftotext -layout` wrote them). The repeated 栏次 row is the 栏次 row again,
 * not a row of figures whose numbers place the table's columns: the columns stand where the 栏次 numbers and the
 * rows' figures put them (合计 | 上年结转 | 一般公共预算拨款收入 | 事业收入 | 其他收入), and the repeated header reads as the
 * header did, `目编码` with its word. Expected cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const { at } = readFixture(`部门：焦作市中站区发展和改革委员会                                                         金额单位：元
                                表2：部门收入总表
                项目               合计       上年结转 一般公共预算           事业收 其他收
功能分类科                科目名称                            拨款收入        入   入
 目编码                  栏次          1          2          3        4   5
                              47461530.81 130000.00 47331530.81
201         一般公共服务支出           9185575.02            9185575.02
201 03      政府办公厅（室）及相关机构事务    2196456.59            2196456.59
201 03 02   一般行政管理事务            602796.35             602796.35
201 03 08   信访事务               1593660.24            1593660.24
201 11      纪检监察事务             6989118.43            6989118.43
201 11 01   行政运行               4703953.93            4703953.93
201 11 02   一般行政管理事务           2285164.50            2285164.50
206         科学技术支出             8422043.51 130000.00 8292043.51
206 03      应用研究                518422.61             518422.61
206 03 99   其他应用研究支出            518422.61             518422.61
206 99      其他科学技术支出           7903620.90 130000.00 7773620.90
206 99 01   科技奖励                297853.51             297853.51
206 99 99   其他科学技术支出           7605767.39 130000.00 7475767.39
            项目                合计        上年结转 一般公共预算 事业收 其他收
功能分类科            科目名称                          拨款收入        入 入
  目编码             栏次            1         2        3       4 5
208       社会保障和就业支出        17693896.57       17693896.57
208 05 行政事业单位养老支出          10823109.57        10823109.57
208 05 02 事业单位离退休           4420000.00         4420000.00
208 05 05 机关事业单位基本养老保险缴费支出 1287025.13          1287025.13
208 05 99 其他行政事业单位养老支出      5116084.44         5116084.44
`);

describe('a 部门收入总表 whose 栏次 row, carrying `目编码`, is repeated inside the run (lines 3–27)', () => {
  it('reads the unlabelled total of line 6 as 合计 47461530.81 = 上年结转 130000.00 + 一般公共预算拨款收入 47331530.81', () => {
    expect(at(6).cells).toEqual(['', '', '47461530.81', '130000.00', '47331530.81', '', '']);
  });
  it('reads line 7 as 201 一般公共服务支出 under 合计 and 一般公共预算拨款收入', () => {
    expect(at(7).cells).toEqual(['201', '一般公共服务支出', '9185575.02', '', '9185575.02', '', '']);
  });
  it('reads the repeated header of lines 20–22 as the header was read, its 栏次 row numbering the five columns', () => {
    expect(at(21).cells.slice(0, 2)).toEqual(['功能分类科目编码', '科目名称']);
    expect(at(22).cells).toEqual(['', '栏次', '1', '2', '3', '4', '5']);
  });
});
