import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { toString } from '../../../src/lib/decimal.ts';
import type { DocumentModel } from '../../../src/lib/model/document.ts';
import { budgetSummaryIncomeTotals } from '../../../src/lib/settle/budget-income-sources.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';
import { withoutColumnNumbers } from './fixtures/column-numbers.ts';

// pdftotext -layout of a generated 部门预算 (部门收支总表 and 部门收入总表, 元): the 收入总表's header words are
// printed two lines deep; read without its 栏次 row, the reader places each row's 一般公共预算拨款收入 figure under
// 事业收入 (with it, under the number 3 it stands beneath).
const TEXT = `
2018年部门预算表                                                 部门收支总表
           收入                          支出
        项目           金额              项目        金额
 一、一般公共预算拨款收入     1,467,824.26 一、一般公共服务       221,119.25
 二、政府性基金预算拨款收入                 二、外交
 三、国有资本经营预算拨款收入                三、国防
 四、事业收入                        四、公共安全
 五、其他收入                        五、教育
                               六、科学技术
                               七、文化旅游体育与传媒
                               八、社会保障和就业      741,162.99
                               九、卫生健康         146,069.39
                               十、节能环保         302,224.17
                               十一、城乡社区
                               十二、农林水
                               十三、交通运输
                               十四、资源勘探工业信息等
                             十五、商业服务业等
                             十六、金融
                             十七、援助其他地区
                             十八、自然资源海洋气象等
                             十九、住房保障           61,226.15
                             二十、粮油物资储备
                             二十一、国有资本经营预算
                             二十二、灾害防治及应急管理
                             二十三、其他
                             二十四、债务还本
                             二十五、债务付息
                             二十六、抗疫特别国债安排的
本年收入合计          1,467,824.26 本年支出合计          1,471,801.95
上年结转结余              3,977.69 年终结转结余
收入总计            1,471,801.95 支出总计            1,471,801.95
  注：本表反映部门年度总体收支预算情况。
部门名称：阳泉市生态环境局                                                               金额单位：元
2018年部门预算表                                                                  部门收入总表
           科目编码
                                   合计       上年结转 一般公共预算拨 事业 其他
                                                   款收入 收入 收入
                    科目名称
类 款 项
                     栏次              1           2         3        4   5
              总计                 1,471,801.95 3,977.69 1,467,824.26
201           一般公共服务支出             221,119.25            221,119.25
201 32        组织事务                 221,119.25            221,119.25
201 32   99   其他组织事务支出             221,119.25            221,119.25
208           社会保障和就业支出            741,162.99            741,162.99
208 05        行政事业单位养老支出           438,665.54            438,665.54
208 05   01   行政单位离退休              190,000.00            190,000.00
208 05   05   机关事业单位基本养老保险缴费支出     131,083.39            131,083.39
208 05   99   其他行政事业单位养老支出         117,582.15            117,582.15
208 08        抚恤                   163,498.84            163,498.84
208 08   01   死亡抚恤                 163,498.84            163,498.84
208 99        其他社会保障和就业支出          138,998.61            138,998.61
208 99   99   其他社会保障和就业支出          138,998.61            138,998.61
210       卫生健康支出         146,069.39            146,069.39
210 11    行政事业单位医疗       146,069.39            146,069.39
210 11 99 其他行政事业单位医疗支出   146,069.39            146,069.39
211       节能环保支出         302,224.17 3,977.69   298,246.48
211 01    环境保护管理事务       302,224.17 3,977.69   298,246.48
211 01 99 其他环境保护管理事务支出   302,224.17 3,977.69   298,246.48
221       住房保障支出          61,226.15             61,226.15
221 02    住房改革支出          61,226.15             61,226.15
221 02 01 住房公积金           61,226.15             61,226.15
   注：本表反映部门年度总体收入预算情况。
`;

const read = (text: string): DocumentModel => parseDocument({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
const income = (model: DocumentModel, name: string) =>
  Object.fromEntries(model.tables.find((t) => t.kind === 'budget_income')!.rows.find((r) => r.name === name)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));
const codes = (model: DocumentModel) => model.problems.map((p) => p.code);
// (the 总计 row's last two figures drawn two spaces apart: its figures one space apart would put 1,467,824.26 beside
// 上年结转, and the sums down the classification every row with it, before settling)
const APART = TEXT.replace('总计                 1,471,801.95 3,977.69 1,467,824.26', '总计                 1,471,801.95 3,977.69  1,467,824.26');

describe('a 收入预算表 settled column by column by the budget\'s 收支总表', () => {
  it('the 收支总表 prints 1,467,824.26 一般公共预算拨款收入, 3,977.69 上年结转结余 and 1,471,801.95 收入总计; the sources it leaves blank or does not print received nothing', () => {
    const summary = parseDocument({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }).tables.find((t) => t.kind === 'budget_summary')!;
    const totals = Object.fromEntries([...budgetSummaryIncomeTotals(summary)].map(([k, v]) => [k, toString(v)]));
    expect(totals).toMatchObject({ fiscal_grant: '1467824.26', carryover_start: '3977.69', total: '1471801.95', business_income: '0', other_income: '0', superior_grant: '0' });
  });

  it('the 总计 row 1,471,801.95 | 3,977.69 | 1,467,824.26 equals the 收支总表 only with the third figure 一般公共预算拨款收入: the column so named', () => {
    const model = read(withoutColumnNumbers(APART));
    expect(income(model, '总计')).toEqual({ 合计: '1471801.95', 上年结转: '3977.69', 一般公共预算拨款收入: '1467824.26' });
    expect(income(model, '节能环保支出')).toEqual({ 合计: '302224.17', 上年结转: '3977.69', 一般公共预算拨款收入: '298246.48' });
    expect(codes(model)).toContain('columns_settled');
  });

  it('a 收入 side that does not add up (本年收入合计 printed 1,467,825.26): a source it does not print may hold the figure, several readings agree, nothing is settled', () => {
    const model = read(withoutColumnNumbers(APART).replace('本年收入合计          1,467,824.26', '本年收入合计          1,467,825.26'));
    expect(income(model, '总计')).toEqual({ 合计: '1471801.95', 上年结转: '3977.69', 事业收入: '1467824.26' });
    expect(codes(model)).toContain('columns_unsettled_several_agree');
  });

  it('printed with its 栏次 row (`1 2 3 4 5`, 3 over 1,467,824.26), the figures are read under 一般公共预算拨款收入 by the reader, nothing left to settle', () => {
    const model = read(APART.replace('本年收入合计          1,467,824.26', '本年收入合计          1,467,825.26'));
    expect(income(model, '总计')).toEqual({ 合计: '1471801.95', 上年结转: '3977.69', 一般公共预算拨款收入: '1467824.26' });
    expect(codes(model).filter((c) => c.startsWith('columns_'))).toEqual([]);
  });
});

// The same for a 收入预算表 printed one row per unit, its 本年收入 group (合计 and its sources) beside 总计.
const BY_UNIT = `
2018年部门预算表                                                    部门收支总表
             收入                           支出
     项目              金额              项目          金额
一、一般公共预算拨款收入      1,441,554.46 一、一般公共服务         132,714.09
二、政府性基金预算拨款收                   二、外交
入
三、国有资本经营预算拨款           0.00 三、国防
收入
四、事业收入                     四、公共安全                     0.00
五、其他收入                0.00 五、教育                       0.00
                           六、科学技术                     0.00
                           七、文化旅游体育与传媒
                           八、社会保障和就业            287,709.74
                           九、卫生健康               330,216.38
                           十、节能环保
                           十一、城乡社区
                           十二、农林水                     0.00
                           十三、交通运输                    0.00
                           十四、资源勘探工业信息等         218,499.16
                           十五、商业服务业等
                           十六、金融                      0.00
                           十七、援助其他地区
                           十八、自然资源海洋气象等               0.00
                           十九、住房保障              476,882.14
                           二十、粮油物资储备                  0.00
                           二十一、国有资本经营预算               0.00
                           二十二、灾害防治及应急管理
                           二十三、其他                     0.00
                           二十四、债务还本
                           二十五、债务付息
                           二十六、抗疫特别国债安排的               0.00
本年收入合计        1,441,554.46 本年支出合计              1,446,021.51
上年结转结余            4,467.05 年终结转结余
收入总计          1,446,021.51 支出总计                1,446,021.51
  注：本表反映部门年度总体收支预算情况。




                                   第2页 共10页
部门：阳泉市商务局                                                                   金额单位：元
2018年部门预算表                                                                  部门收入总表
 单位代                                        本年收入                 上年结转
   码     单位名称      总计           合计        一般公共预算 入     事业收 其他收    结余
                                                            入
                1,446,021.51 1,441,554.46 1,441,554.46      0.00 4,467.05
140001 阳泉市商务局本级 1,446,021.51 1,441,554.46 1,441,554.46           4,467.05
   注：本表反映部门年度总体收入预算情况。
`;

describe('a 收入预算表 printing 本年收入/合计 beside 总计', () => {
  it('the subtotal falls outside the rule (总计 = 本年收入 + 上年结转结余): the table is left as read, no warning', () => {
    const model = read(BY_UNIT);
    expect(income(model, '阳泉市商务局本级')).toEqual({ 总计: '1446021.51', '本年收入/合计': '1441554.46', '本年收入/一般公共预算': '1441554.46', 上年结转结余: '4467.05' });
    expect(codes(model).filter((c) => c?.startsWith('columns_'))).toEqual([]);
  });
});

// The same in 万元, each figure rounded: 704.13 + 3.87 = 708.00 against a printed 本年收入合计 of 708.01; the reader
// places the 事业收入 figures under 其他收入.
const ROUNDED = `
部门：焦作市科学技术局                                单位：万元
  预算01表
                        部门收支总表
        收入                   支出
     项目      金额           项目      金额
一、一般公共预算拨款收入 704.13 一、一般公共服务      135.37
二、政府性基金预算拨款收        二、外交
入
三、国有资本经营预算拨款        三、国防
收入
四、事业收入         3.87 四、公共安全
五、其他收入              五、教育
                    六、科学技术         36.51
                    七、文化旅游体育与传媒
                    八、社会保障和就业     288.49
                    九、卫生健康        175.06
                    十、节能环保
                    十一、城乡社区
                    十二、农林水
                    十三、交通运输
                    十四、资源勘探工业信息等
                    十五、商业服务业等
                    十六、金融
                    十七、援助其他地区
                    十八、自然资源海洋气象等
                    十九、住房保障        72.57
                    二十、粮油物资储备
                    二十一、国有资本经营预算
                    二十二、灾害防治及应急管理
                    二十三、其他
                    二十四、债务还本
                    二十五、债务付息
                    二十六、抗疫特别国债安排的
本年收入合计       708.01 本年支出合计        708.01
上年结转结余              年终结转结余

                          第2页 共15页
                  焦作市科学技术局2019年部门预算

          收入              支出
     项目       金额          项目    金额
收入总计          708.01 支出总计       708.01
  注：本表反映部门年度总体收支预算情况。本表金额转换为万元时，因四舍五入可能存在尾差。

部门：焦作市科学技术局                                单位：万元
  预算02表
                          部门收入总表
       项目                    一般公
                   合计 上年  结转
                             共预算 事业 其他
                             拨款收 收入 收入
功能分类科 科目名称                    入
  目编码
              栏次     1     2   3     4 5
                   708.01    704.13 3.87
201       一般公共服务支出 135.37    134.80 0.57
201 01    人大事务      27.26     27.26
201 01 02 一般行政管理事务 27.26      27.26
201 03    政府办公厅（室） 72.78      72.50 0.28
          及相关机构事务
201 03 01 行政运行      20.69     20.40 0.28
201 03 02 一般行政管理事务 43.36      43.36
201 03 50 事业运行       8.74      8.74
201 11    纪检监察事务    35.33     35.03 0.29
201 11 01 行政运行       9.29      9.00 0.29
201 11 02 一般行政管理事务 26.03      26.03
206       科学技术支出    36.51     36.51
206 99    其他科学技术支出 36.51      36.51
206 99 01 科技奖励      36.51     36.51
208       社会保障和就业支 288.49    285.20 3.30
          出
208 05    行政事业单位养老 109.64    108.55 1.10
          支出
208 05 02 事业单位离退休 59.69       59.29 0.39
208 05 99 其他行政事业单位 49.96      49.25 0.70
          养老支出
208 08    抚恤       106.31    105.81 0.49
208 08 01 死亡抚恤     106.31    105.81 0.49
208 99    其他社会保障和就 72.54      70.84 1.71
          业支出
208 99 99 其他社会保障和就 72.54      70.84 1.71
          业支出
210       卫生健康支出   175.06    175.06

                            第4页 共15页
                  焦作市科学技术局2019年部门预算

      项目                     一般公
                   合计 上年  结转
                             共预算 事业 其他
                             拨款收 收入 收入
功能分类科 科目名称                    入
  目编码
             栏次      1     2   3    4 5
210 11    行政事业单位医疗 175.06    175.06
210 11 01 行政单位医疗    98.51     98.51
210 11 03 公务员医疗补助 76.55       76.55
221       住房保障支出    72.57     72.57
221 02    住房改革支出    72.57     72.57
221 02 02 提租补贴      29.90     29.90
221 02 03 购房补贴      42.67     42.67
   注：本表反映部门年度总体收入预算情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

describe('a 收支总表 in 万元 whose sources add up to 本年收入合计 within their rounding', () => {
  it('the 合计 row 708.01 | 704.13 | 3.87 equals the 总表 only with 3.87 事业收入 (其他收入 not printed by the 总表): the column so named', () => {
    const model = read(withoutColumnNumbers(ROUNDED));
    expect(income(model, '合计')).toEqual({ 合计: '7080100', 一般公共预算拨款收入: '7041300', 事业收入: '38700' });
    expect(income(model, '一般公共服务支出')).toEqual({ 合计: '1353700', 一般公共预算拨款收入: '1348000', 事业收入: '5700' });
    expect(codes(model)).toContain('columns_settled');
  });
});

