/**
 * A 收入预算表 whose header pdftotext drew so that position puts a row's second figure under 其他收入 or its first
 * under 上年结转 (`99.4      99.4` read 上年结转 + 其他收入, breaking 合计 = 上年结转 + 一般公共预算拨款收入 + …): the
 * row's totals hold with 99.4 under any of the four sources alike, so the header's totals cannot say where it stands;
 * the settle stage can (the 部门收支总表 prints 762.6 一般公共预算拨款收入 and no other source), so the reader leaves
 * such a row as placed (`placeByTotals` of `row-totals.ts`: a figure other than zero that may stand in a source column
 * of a 收入 table is not refused). pdftotext -layout of synth-410811-jiaotongju-2021-budget-00114 (pdf31, 万元), lines
 * 32–119; line numbers below are the source's.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';

const TEXT = `
  预算01表
                            部门收支总表
部门：焦作市山阳区交通运输局                            单位：万元
       收入                   支出
     项目       金额          项目      金额
一、一般公共预算拨款收入 762.6 一、一般公共服务       356.1
二、政府性基金预算拨款收        二、外交
入
三、国有资本经营预算拨款        三、国防
收入
四、事业收入              四、公共安全
五、其他收入              五、教育
                    六、科学技术
                    七、文化旅游体育与传媒
                    八、社会保障和就业     203.6
                    九、卫生健康         50.6
                    十、节能环保
                    十一、城乡社区
                    十二、农林水
                    十三、交通运输        64.3
                    十四、资源勘探工业信息等
                    十五、商业服务业等
                    十六、金融
                    十七、援助其他地区
                    十八、自然资源海洋气象等
                    十九、住房保障        88.0
                    二十、粮油物资储备
                    二十一、国有资本经营预算
                    二十二、灾害防治及应急管理
                    二十三、其他
                    二十四、债务还本
                    二十五、债务付息
                    二十六、抗疫特别国债安排的
本年收入合计        762.6 本年支出合计        762.6
上年结转结余              年终结转结余

                                -2-
收入总计          762.6 支出总计       762.6
  注：本表反映部门年度总体收支预算情况。本表金额转换为万元时，因四舍五入可能存在尾差。




                           -3-
 预算02表
                            部门收入总表
部门：焦作市山阳区交通运输局                                   单位：万元
          科目编码                    一般公
                         合计 结转 共预算
                               上年        事业 其他
                                  拨款收 收入 收入
                科目名称                入
 类 款 项
                 栏次       1 2 3 4 5
201       一般公共服务支出       356.1     356.1
201 01     人大事务          101.4     101.4
201 01 01   行政运行          99.4      99.4
201 01 02   一般行政管理事务       2.0       2.0
201 03     政府办公厅（室）及相关机构 92.1       92.1
           事务
201 03 01   行政运行          30.5      30.5
201 03 02   一般行政管理事务      50.0      50.0
201 03 08   信访事务          11.6      11.6
201 11     纪检监察事务         44.3      44.3
201 11 02   一般行政管理事务      44.3      44.3
201 32     组织事务          118.3     118.3
201 32 01   行政运行          51.5      51.5
201 32 99   其他组织事务支出      66.8      66.8
208       社会保障和就业支出      203.6    203.6
208 05     行政事业单位养老支出    112.6     112.6
208 05 99   其他行政事业单位养老支出 112.6     112.6
208 08     抚恤             91.0      91.0
208 08 01   死亡抚恤          91.0      91.0
210       卫生健康支出          50.6      50.6
210 11     行政事业单位医疗       50.6      50.6
210 11 01   行政单位医疗        50.6      50.6
214       交通运输支出          64.3      64.3
214 01     公路水路运输         64.3      64.3
214 01 01   行政运行          19.9      19.9
214 01 06   公路养护          44.4      44.4
221       住房保障支出          88.0      88.0


                                -4-
221 02    住房改革支出         88.0   88.0
221 02 03  购房补贴          88.0   88.0
         总计             762.6  762.6
  注：本表反映部门年度总体收入预算情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

const model = () => parseDocument({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
const row = (code: string | null, name: string) => {
  const table = model().tables.find((t) => t.kind === 'budget_income')!;
  const r = table.rows.find((x) => x.name === name && (code === null || x.code === code))!;
  return Object.fromEntries(r.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));
};

describe('a 收入预算表 row its totals place under any source alike is left to the settle stage, not refused', () => {
  it('reads 201 一般公共服务支出 356.1 356.1 as 合计 and 一般公共预算拨款收入, the 总表\'s only source (source line 86)', () => {
    expect(row('201', '一般公共服务支出')).toEqual({ 合计: '3561000', 一般公共预算拨款收入: '3561000' });
  });

  it('reads 总计 762.6 762.6 as 合计 and 一般公共预算拨款收入 (source line 118)', () => {
    expect(row(null, '总计')).toEqual({ 合计: '7626000', 一般公共预算拨款收入: '7626000' });
  });
});
