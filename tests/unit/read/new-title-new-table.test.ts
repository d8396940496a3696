/**
 * A page that opens with the title of another table is a new table, never the page before continued. The page before
 * ends the two-sided 部门收支总表 at a page break; the next page prints its running head with a new title, 部门收入总表,
 * over a header of its own whose words happen to fit the columns of the page before when shifted. Read as a
 * continuation, its rows were cut into the four columns of 收支总表 (`7.76 17722.28` in one cell, the code joined to
 * the name). The lines are those pdftotext -layout writes for a generated 2017 部门预算 (焦作市中站区科学技术局),
 * shortened; the values are read by hand from lines 28–31 (万元):
 *
 * ```
 *          总计       17730.04 7.76 17722.28 0.00
 *  20101 人大事务        2640.10 0.00 2640.10       0.00
 * ```
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  "2017年部门预算表                                   部门收支总表",
  "          收入                    支出",
  "       项目      金额            项目         金额",
  " 一、一般公共预算拨款收入 17722.28 一、一般公共服务         4593.76",
  " 二、政府性基金预算拨款收     0.00 二、外交",
  " 入",
  " 三、国有资本经营预算拨款          三、国防",
  " 收入",
  "                       二十六、抗疫特别国债安排的       0.00",
  " 本年收入合计       17722.28 本年支出合计          17730.04",
  " 上年结转结余           7.76 年终结转结余",
  " 收入总计         17730.04 支出总计            17730.04",
  "",
  "                     第2页 共13页",
  '\f' + "  注：本表反映部门年度总体收支预算情况。本表金额转换为万元时，因四舍五入可能存在尾",
  "差。",
  "",
  "",
  "",
  "",
  "                  第3页 共13页",
  '\f' + "部门：焦作市中站区科学技术局                                        单位：万元",
  "2017年部门预算表                                           部门收入总表",
  "          项目               上年   一般公共 事业 其他",
  " 功能分类 科目名称         合计 结转 预算拨款 收入 收入",
  " 科目编码                            收入",
  "             栏次      1      2      3      4 5",
  "         总计       17730.04 7.76 17722.28 0.00",
  " 201     一般公共服务支出 4593.76 0.00 4593.76 0.00",
  " 20101 人大事务        2640.10 0.00 2640.10       0.00",
  " 2010101 行政运行      2551.98       2551.98      0.00",
  " 2010102 一般行政管理事务    88.12 0.00 88.12 0.00",
].join('\n');

describe('a new table title after a page break starts a new table (部门收入总表 after 部门收支总表)', () => {
  const { at } = readFixture(TEXT);
  it('keeps the last row of the page before on its own columns (line 12: 收入总计 17730.04 | 支出总计 17730.04)', () => {
    expect(at(12).cells).toEqual(['收入总计', '17730.04', '支出总计', '17730.04']);
  });
  it('reads the 栏次 row on the new columns, one number to a column (line 27: 1 2 3 4 5)', () => {
    expect(at(27).cells.filter((c) => /^\d$/.test(c))).toEqual(['1', '2', '3', '4', '5']);
  });
  it('reads 总计 with one figure to a column (line 28: 17730.04 | 7.76 | 17722.28 | 0.00, 其他收入 blank)', () => {
    expect(at(28).cells).toEqual(['', '总计', '17730.04', '7.76', '17722.28', '0.00', '']);
  });
  it('keeps the code apart from the name and a blank cell blank (line 30: 20101 人大事务, 事业收入 blank)', () => {
    expect(at(30).cells).toEqual(['20101', '人大事务', '2640.10', '0.00', '2640.10', '', '0.00']);
  });
  it('leaves 上年结转 and 事业收入 blank where nothing is printed (line 31: 2010101 行政运行)', () => {
    expect(at(31).cells).toEqual(['2010101', '行政运行', '2551.98', '', '2551.98', '', '0.00']);
  });
});
