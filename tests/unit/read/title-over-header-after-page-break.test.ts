/**
 * The header of a table whose title names another table is its header, never the wrapped labels of the table the page
 * before ended. The page before ends the two-sided 收入支出决算总表 at a page break; the next page prints the title
 * 附表2 收入决算表 over a header of its own whose broken words (`本年收 财政拨 上级   补助 …`) all happen to stand in
 * the label columns of the page before once shifted. Read as rows of that table, the header was lost and the income
 * rows' figures were cut into the total table's columns, every figure under one garbled column. The lines are those
 * pdftotext -layout writes for a generated 2016 部门决算 (开封市农业农村局), shortened; the values are read by hand
 * from lines 37–41 (万元): every row prints its 本年收入合计 and its 财政拨款收入, the other five columns blank:
 *
 * ```
 * 一般公共服务支出            37.02 37.02
 *  政府办公厅（室）及相关机构事务    24.51 24.51
 * ```
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  "                          2016年度",
  "部门名称：开封市农业农村局                                      单位：万元",
  "                   附表1 收入支出决算总表",
  "           收入                            支出",
  "        项目       行次 决算数           项目       行次 决算数",
  "        栏次            1           栏次            2",
  "一、一般公共预算财政拨款收入 1 167.85 一、一般公共服务支出         32 37.02",
  "二、政府性基金预算财政拨款收入 2          二、外交支出          33",
  "                 24        二十四、债务还本支出      55",
  "                 25        二十五、债务付息支出      56",
  "                 26        二十六、抗疫特别国债安排的支出 57",
  "本年收入合计           27 167.85 本年支出合计          58 167.85",
  "使用非财政拨款结余        28        结余分配            59",
  "年初结转和结余          29        年末结转与结余         60",
  "                 30                        61",
  "收入总计             31 167.85 支出总计            62 167.85",
  "",
  "                            -2-",
  "                开封市农业农村局2016年度部门决算",
  "",
  "注：本表反映部门本年度的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。",
  "",
  "",
  "",
  "",
  "                        -3-",
  "                   开封市农业农村局2016年度部门决算",
  "",
  "                         2016年度",
  "部门名称：开封市农业农村局                                    单位：万元",
  "                     附表2 收入决算表",
  "        项目                               附属",
  "                   本年收 财政拨 上级   补助 事业 经营 单位 其他",
  "        科目名称       入合计 款收入 收入 收入 收入 上缴 收入",
  "                                         收入",
  "         栏次          1     2     3 4 5 6 7",
  "一般公共服务支出            37.02 37.02",
  " 人大事务                1.95 1.95",
  "  一般行政管理事务           1.95 1.95",
  " 政府办公厅（室）及相关机构事务    24.51 24.51",
  "  行政运行              15.14 15.14",
  "  一般行政管理事务           9.37 9.37",
  " 组织事务               10.56 10.56",
  "  其他组织事务支出          10.56 10.56",
  "社会保障和就业支出           73.47 73.47",
  " 行政事业单位养老支出         45.44 45.44",
  "  行政单位离退休           19.69 19.69",
  "  事业单位离退休           13.00 13.00",
  "  机关事业单位基本养老保险缴费支出 12.75 12.75",
  " 抚恤                 25.21 25.21",
  "  死亡抚恤              25.21 25.21",
  " 其他社会保障和就业支出         2.82 2.82",
  "  其他社会保障和就业支出        2.82 2.82",
].join('\n');

describe('the header under a title naming another table is read as a header, not as wrapped labels of the table before', () => {
  const { at, header } = readFixture(TEXT);
  it('keeps the last row of the total table on its own columns (line 16: 收入总计 31 167.85 | 支出总计 62 167.85)', () => {
    expect(at(16).cells).toEqual(['收入总计', '31', '167.85', '支出总计', '62', '167.85']);
  });
  it('reads the income header as its seven columns (本年收入合计 … 其他收入)', () => {
    expect(header(32).slice(1)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads 一般公共服务支出 under 本年收入合计 and 财政拨款收入, the rest blank (line 37: 37.02 | 37.02)', () => {
    expect(at(37).cells).toEqual(['一般公共服务支出', '37.02', '37.02', '', '', '', '', '']);
  });
  it('reads a long indented name the same way (line 40: 24.51 | 24.51)', () => {
    expect(at(40).cells).toEqual(['政府办公厅（室）及相关机构事务', '24.51', '24.51', '', '', '', '', '']);
  });
});
