/**
 * A 收入预算表 printing beside 总计 the subtotal of its year's sources (`总计 | 本年收入/合计 | 本年收入/一般公共预算 |
 * 本年收入/事业收入 | 本年收入/其他收入 | 上年结转结余`), pdftotext drawing each unit's last figure under 事业收入: the
 * settle stage sets the subtotal column apart (`subtotal-column.ts`), so that 总计 = the sum of the others holds, and
 * reads each column under 本年收入 as the meaning it names (一般公共预算 the 一般公共预算拨款收入 of the 部门收支总表);
 * the 总表 prints 120.52 其他收入 and no 事业收入, so the figures are 其他收入. pdftotext -layout of
 * synth-410400-nongyeju-2020-budget-00095 (pdf31, 万元), lines 33–90 (its 收支总表 and 收入总表; page numbers left out); values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';

const TEXT = `
                     附表1：部门收支总表
部门：平顶山市农业农村局                                      单位：万元
        收入                      支出
     项目        金额            项目        金额
一、一般公共预算拨款收入 27,627.77 一、一般公共服务        5,289.16
二、政府性基金预算拨款收           二、外交
入
三、国有资本经营预算拨款           三、国防
收入
四、事业收入                 四、公共安全
五、其他收入          120.52 五、教育
                       六、科学技术
                       七、文化旅游体育与传媒
                       八、社会保障和就业       8,647.93
                       九、卫生健康          3,757.98
                       十、节能环保
                       十一、城乡社区
                       十二、农林水          2,865.79
                       十三、交通运输
                       十四、资源勘探工业信息等
                       十五、商业服务业等
                       十六、金融
                       十七、援助其他地区
                       十八、自然资源海洋气象等
                       十九、住房保障         7,187.43
                       二十、粮油物资储备
                       二十一、国有资本经营预算
                       二十二、灾害防治及应急管理
                       二十三、其他
                       二十四、债务还本
                       二十五、债务付息
                       二十六、抗疫特别国债安排的

本年收入合计        27,748.29 本年支出合计    27,748.29
上年结转结余                  年终结转结余
收入总计          27,748.29 支出总计      27,748.29
  注：本表反映部门年度总体收支预算情况。本表金额转换为万元时，因四舍五入可能存在尾差。




                      附表2：部门收入总表
部门：平顶山市农业农村局                                             单位：万元
                                 本年收入               上年
单位代    单位名称      总计
 码                       合计 一般公共预         事业 其他收 结转
                                   算      收入 入 结余
410001 平顶山市农业农村 7,527.797,527.79 7,506.57     21.22
       局本级
410002 平顶山市农业农村 8,492.48 8,492.48 8,470.48     22.00
       信息中心
410003 平顶山市农业农村 4,643.14 4,643.14 4,617.57     25.57
       事务服务中心
410004 平顶山市农业农村 7,084.88 7,084.88 7,033.16     51.73
       培训中心
       总计       27,748.29 27,748.29 27,627.77 120.52
`;

const model = () => parseDocument({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
const row = (name: string) => {
  const table = model().tables.find((t) => t.kind === 'budget_income')!;
  const r = table.rows.find((x) => x.name === name)!;
  return Object.fromEntries(r.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));
};

describe('a 收入预算表 with a 本年收入 subtotal column is settled by the 总表 around that column', () => {
  it('reads 21.22 of 平顶山市农业农村局本级 as 本年收入/其他收入, keeping 本年收入/合计 as printed', () => {
    expect(row('平顶山市农业农村局本级')).toEqual({ 总计: '75277900', '本年收入/合计': '75277900', '本年收入/一般公共预算': '75065700', '本年收入/其他收入': '212200' });
  });

  it('reads the 总计 row 27,748.29 27,748.29 27,627.77 120.52 with 120.52 as 本年收入/其他收入', () => {
    expect(row('总计')).toEqual({ 总计: '277482900', '本年收入/合计': '277482900', '本年收入/一般公共预算': '276277700', '本年收入/其他收入': '1205200' });
  });
});
