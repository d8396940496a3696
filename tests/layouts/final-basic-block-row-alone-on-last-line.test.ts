/**
 * A 基本支出决算明细表 in 万元 printing three blocks of (经济分类科目编码, 科目名称, 决算数) side by side, its code word
 * wrapped as `经济分` / `类科` / `目编码`. The second block runs one row longer than the others: its last row,
 * `30299 其他商品和服务支出 0.0`, stands alone on its line, drawn right over the second block, code, name and figure one
 * space apart. Such a line was no line of amounts (its code counted as an amount piece, so its figure did not stand
 * last after a label), the table's run ended above it, and the blocks could not be read by their triplets. A line
 * whose last pieces are figures one space apart after its words is a line of amounts, whatever digits stand before
 * those words. The table runs over a page break, its header repeated. Fixture from `pdftotext -layout` output; values
 * read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2016年度\n测试市生态环境局部门决算`,
  `
                        一般公共预算财政拨款基本支出决算明细表
                                                                      公开06表
                                    2016年度
部门名称：测试市生态环境局                                                        单位：万元
经济分                        经济分             决算   经济分                    决算
 类科         科目名称    决算数 类 科         科目名称    数    类科           科目名称      数
目编码                        目编码                  目编码
301 工资福利支出           269.3 302 商品和服务支出     41.9 307 债务利息及费用支出            0.0
30101 基本工资             0.0 30201 办公费        0.0 30701 国内债务付息             0.0
30102 津贴补贴            21.3 30202 印刷费        0.0 30702 国外债务付息             0.0
30103 奖金               0.0 30203 咨询费        0.0 310 资本性支出               29.0
30106 伙食补助费            0.0 30204 手续费        0.0 31001 房屋建筑物购建            8.6
30107 绩效工资             0.0 30205 水费         0.0 31002 办公设备购置             0.0
30108 机关事业单位基本养老保险缴费 62.5 30206 电费          1.7 31003 专用设备购置             0.0
30109 职业年金缴费          59.1 30207 邮电费        0.0 31005 基础设施建设             0.0
30110 职工基本医疗保险缴费      28.6 30208 取暖费        7.6 31006 大型修缮               0.0
30111 公务员医疗补助缴费       32.8 30209 物业管理费      0.0 31007 信息网络及软件购置更新        0.0
30112 其他社会保障缴费        28.2 30211 差旅费        0.0 31008 物资储备               0.0
30113 住房公积金           36.8 30212 因公出国（境）费用 0.0 31009 土地补偿                0.0
                                     16/22
                           测试市生态环境局2016年度部门决算
经济分                        经济分             决算   经济分                      决算
 类科         科目名称    决算数 类 科         科目名称    数 目编码类 科          科目名称        数
目编码                        目编码
30114 医疗费              0.0 30213 维修（护）费     0.0 31010 安置补助                0.0
30199 其他工资福利支出         0.0 30214 租赁费        0.0 31011 地上附着物和青苗补偿          7.7
303 对个人和家庭的补助        167.9 30215 会议费        0.0 31012 拆迁补偿                0.0
30301 离休费              0.0 30216 培训费        0.0 31013 公务用车购置              0.0
30302 退休费              0.0 30217 公务接待费      0.0 31019 其他交通工具购置            0.0
30303 退职（役）费           0.0 30218 专用材料费      0.0 31021 文物和陈列品购置            0.0
30304 抚恤金             55.2 30224 被装购置费      6.4 31022 无形资产购置              1.1
30305 生活补助            32.1 30225 专用燃料费      0.0 31099 其他资本性支出            11.7
30306 救济费              0.0 30226 劳务费        9.9 399 其他支出                  0.3
30307 医疗费补助            9.2 30227 委托业务费      0.0 39907 国家赔偿费用支出            0.0
30308 助学金              0.0 30228 工会经费       0.0 39908 对民间非营利组织和群众性自治组织补贴 0.0
30309 奖励金             21.8 30229 福利费        0.0 39909 经常性赠与               0.0
30310 个人农业生产补贴         0.0 30231 公务用车运行维护费 4.8 39910 资本性赠与                0.0
30311 代缴社会保险费          0.0 30239 其他交通费用    11.4 39999 其他支出                0.3
30399 其他对个人和家庭的补助     49.6 30240 税金及附加费用    0.0
                           30299 其他商品和服务支出 0.0

                                   17/22
                       测试市生态环境局2016年度部门决算
经济分                     经济分        决算 经济分                决算
类科      科目名称     决算数 类 科    科目名称    数 类科         科目名称     数
目编码                     目编码           目编码
   人员经费合计         437.2                   公用经费合计         71.2
 注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`,
);
const t = doc.tables.find((x) => x.kind === 'final_general_basic')!;
const row = (code: string) => t.rows.find((r) => r.code === code);
const amount = (code: string) => row(code)?.cells.find((c) => c.column === '决算数')?.value ?? null;

describe('a block row alone on the last line of a side-by-side 基本支出 table', () => {
  it('reads every block under 决算数, none under a piece of the code word', () => {
    expect(t.columns).toEqual(['决算数']);
  });
  it('reads the second block: 302 商品和服务支出 41.9, 30202 印刷费 0.0', () => {
    expect(amount('302')).toBe('419000');
    expect(amount('30202')).toBe('0');
  });
  it('reads the third block: 307 债务利息及费用支出 0.0, 310 资本性支出 29.0', () => {
    expect(amount('307')).toBe('0');
    expect(amount('310')).toBe('290000');
  });
  it('reads 30299 其他商品和服务支出, alone on the last line (line 44): 0.0', () => {
    expect(row('30299')?.line).toBe(44);
    expect(amount('30299')).toBe('0');
  });
  it('reads the first block: 301 工资福利支出 269.3', () => {
    expect(amount('301')).toBe('2693000');
  });
});
