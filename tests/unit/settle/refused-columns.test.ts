/**
 * A 收入决算表 whose columns the 收入支出决算总表 contradicts and no reading settles: its figures under the columns in
 * question left unread, with a warning (`withColumnsUnread` of `refused-columns.ts`), rather than published under a
 * column the 总表 says they do not belong to. Lines as pdftotext -layout wrote a generated 决算 (万元), the 总表's
 * 八、其他收入 printed 110.85 where the 收入决算表's column read as 附属单位上缴收入 totals 110.84: no column of the
 * 总表 takes 110.84, so no reading agrees (its 本年收入合计 34197.74 as printed). Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';
import type { Table } from '../../../src/lib/model/table.ts';

const NONE_AGREES = `
                   表1 收入支出决算总表
                        2017年度
部门：焦作市山阳区农业农村局                                  单位：万元
        收入                       支出
    项目     行次 决算数            项目       行次 决算数
一、一般公共预算财 1 34086.90 一、一般公共服务支出       32 15368.78
政拨款收入
二、政府性基金预算 2           二、外交支出          33
财政拨款收入
三、国有资本经营预 3           三、国防支出          34
算财政拨款收入
四、上级补助收入 4            四、公共安全支出        35
五、事业收入     5          五、教育支出          36
六、经营收入     6          六、科学技术支出        37
七、附属单位上缴收 7           七、文化旅游体育与传媒支出 38
入
八、其他收入     8   110.85 八、社会保障和就业支出     39 4540.81
           9          九、卫生健康支出        40 6344.18
           10         十、节能环保支出        41
           11         十一、城乡社区支出       42
           12         十二、农林水支出        43 3008.81
           13         十三、交通运输支出       44
           14         十四、资源勘探工业信息等支出 45
           15         十五、商业服务业等支出     46
           16         十六、金融支出         47
           17         十七、援助其他地区支出     48
           18         十八、自然资源海洋气象等支出 49
           19         十九、住房保障支出       50 4935.15
           20         二十、粮油物资储备支出     51
           21         二十一、国有资本经营预算支出 52
           22         二十二、灾害防治及应急管理支出 53
           23         二十三、其他支出        54
           24         二十四、债务还本支出      55
           25         二十五、债务付息支出      56
           26         二十六、抗疫特别国债安排的支出 57

                       第2页 共18页
        收入                     支出
    项目    行次 决算数             项目   行次 决算数
本年收入合计    27 34197.74 本年支出合计      58 34197.74
使用非财政拨款结余 28          结余分配        59
年初结转和结余 29            年末结转与结余     60
          30                      61
收入总计      31 34197.74 支出总计        62 34197.74
  注：本表反映部门本年度的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存
在尾差。
                                  表2 收入决算表
                                    2017年度
部门：焦作市山阳区农业农村局                                            单位：万元
         科目编码                            上级   附属
                       本年收入 财政拨款 补助 事业 经营 单位 其他收
 类 款 项         科目名称      合计       收入 收入 收入 收入 上缴 入
                                              收入
                       34197.74 34086.90         110.84
201       一般公共服务支出     15368.78 15331.66          37.12
201 01    人大事务          3399.46 3399.46
201 01 01 行政运行          1781.90 1781.90
201 01 02 一般行政管理事务      1617.56 1617.56
201 03    政府办公厅（室）及相关机 3574.78 3574.78
          构事务
201 03 01 行政运行           868.65 868.65
201 03 02 一般行政管理事务      1043.05 1043.05
201 03 08 信访事务          1663.08 1663.08
201 11    纪检监察事务        1631.26 1631.26
201 11 01 行政运行           907.00 907.00
201 11 02 一般行政管理事务       724.26 724.26
201 32    组织事务          6763.28 6726.16           37.12
201 32 01 行政运行          2863.05 2848.56           14.48
201 32 99 其他组织事务支出      3900.23 3877.59           22.64

                                    第4页 共18页
         科目编码                            上级   附属
                        本年收入 财政拨款 补助 事业 经营 单位 其他收
 类 款 项          科目名称      合计      收入 收入 收入 收入 上缴 入
                                              收入
208        社会保障和就业支出     4540.81 4512.81         28.00
208 05     行政事业单位养老支出    1155.82 1127.82         28.00
208 05 02 事业单位离退休        1155.82 1127.82         28.00
208 99     其他社会保障和就业支出 3384.99 3384.99
208 99 99 其他社会保障和就业支出 3384.99 3384.99
210        卫生健康支出        6344.18 6316.89         27.30
210 11     行政事业单位医疗      6344.18 6316.89         27.30
210 11 01 行政单位医疗          669.34 650.34          19.00
210 11 02 事业单位医疗         1689.74 1682.06          7.68
210 11 99 其他行政事业单位医疗支出 3985.11 3984.49            0.62
213        农林水支出         3008.81 2995.69         13.12
213 01     农业农村          3008.81 2995.69         13.12
213 01 04 事业运行           1592.46 1579.35         13.12
213 01 08 病虫害控制          1416.35 1416.35
221        住房保障支出        4935.15 4929.84          5.31
221 02     住房改革支出        4935.15 4929.84          5.31
221 02 01 住房公积金          1263.00 1263.00
221 02 02 提租补贴           1577.90 1577.90
221 02 03 购房补贴           2094.25 2088.94          5.31
    注：本表反映部门本年度取得的各项收入情况。本表金额转换为万元时，因四舍五入可能存在尾差。

                                   第5页 共18页
`;

const parse = (text: string) => parseDocument({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
const income = (tables: Table[], name: string) =>
  Object.fromEntries(tables.find((t) => t.kind === 'final_income')!.rows.find((r) => r.name === name)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));

describe('a 收入决算表 column the 总表 contradicts, no reading settling it', () => {
  const model = parse(NONE_AGREES);

  it('leaves its figures unread (合计 110.84, 201 一般公共服务支出 37.12), the columns the 总表 confirms read', () => {
    expect(income(model.tables, '合计')).toEqual({ 本年收入合计: '341977400', 财政拨款: '340869000' });
    expect(income(model.tables, '一般公共服务支出')).toEqual({ 本年收入合计: '153687800', 财政拨款: '153316600' });
  });

  it("keeps each unread figure's printed text, no blank cell", () => {
    const row = model.tables.find((t) => t.kind === 'final_income')!.rows.find((r) => r.name === '一般公共服务支出')!;
    expect(row.cells.find((c) => c.raw === '37.12')).toMatchObject({ value: null, blank: false });
  });

  it("reports the columns left unread with the 合计 row's line and text", () => {
    const p = model.problems.find((x) => x.code === 'columns_unread')!;
    expect(p.severity).toBe('warning');
    expect(p.message).toContain('附属单位上缴收入');
    expect(p.raw).toContain('110.84');
  });
});

describe('a 收入决算表 whose 合计 row the reader placed apart from its rows, the 总表 contradicting', () => {
  // (the 合计 row's 110.84 drawn under the column after the one its 类 rows fill: its column's total-row figure is not
  // the sum of its 类 rows, and no reading agrees with the 总表's 110.85)
  const model = parse(NONE_AGREES.replace('                       34197.74 34086.90         110.84', '                       34197.74 34086.90                   110.84'));
  const table = model.tables.find((t) => t.kind === 'final_income')!;

  it("leaves only the 合计 row's figure unread, its printed text kept", () => {
    const total = table.rows.find((r) => r.is_total)!;
    expect(total.cells.find((c) => c.raw === '110.84')).toMatchObject({ value: null, blank: false });
  });

  it("keeps the rows' figures read (201 一般公共服务支出 37.12)", () => {
    const row = table.rows.find((r) => r.name === '一般公共服务支出')!;
    expect(row.cells.find((c) => c.raw === '37.12')!.value).toBe('371200');
  });

  it("reports it on the 合计 row's line", () => {
    const p = model.problems.find((x) => x.code === 'columns_unread')!;
    expect(p.message).toContain('合计行的 1 个数字未读入');
    expect(p.raw).toContain('110.84');
  });
});
