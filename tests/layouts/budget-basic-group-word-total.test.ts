/**
 * A 一般公共预算基本支出表 whose header glued its 合计 to the 政府 economic name word beside it (`科目名称合计`), and
 * lost it with that word: the first figure column is headed by the group word 本年一般公共预算基本支出 alone, the
 * group's total, beside 人员经费 and 公用经费 (`公用经` / `费`). Read by meaning, each part under the group word, and the
 * rows whose figures pdftotext drew on the line under their names (lines 15–16, 18–19) keep them. Lines cut from the
 * converted text of a generated PDF (synth-410803-zhujianju-2021-budget-00117, 表六, its lines 285–312; a synthetic
 * department and figures); values read by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

const TEXT = `2021年
焦作市中站区住房和城乡建设局部门预算

部门名称：焦作市中站区住房和城乡建设局                                      单位：万元
                      表六：一般公共预算基本支出表
  部门预算支出经济分类科目 政府预算支出经济分类科目    本年一般公共预算基本支出
科目编       科目名称   科目编       科目名称合计 人员经费 公用经
  码                码                             费
30106 伙食补助费      50101 工资奖金津补贴  498.85 498.85 0.00
30107 绩效工资       50101 工资奖金津补贴    8.08     8.08 0.00
30110 职工基本医疗保险缴费 50102 社会保障缴费   412.51 412.51 0.00
30112 其他社会保障缴费 50102 社会保障缴费     129.76 129.76 0.00
30113 住房公积金      50103 住房公积金    485.72 485.72 0.00
30302 退休费        50905 离退休费     363.54 363.54 0.00
30307 医疗费补助      50999 其他对个人和家庭的补助
                                310.02 310.02 0.00
30310 个人农业生产补贴 50999 其他对个人和家庭的补助412.01 412.01 0.00
30311 代缴社会保险费    50999 其他对个人和家庭的补助
                                 30.80 30.80 0.00
30203 咨询费        50299 其他商品和服务支出 22.23     0.00 22.23
30205 水费         50299 其他商品和服务支出  7.34     0.00 7.34
30209 物业管理费      50299 其他商品和服务支出 10.59     0.00 10.59
30213 维修（护）费     50209 维修（护）费    12.40     0.00 12.40
30217 公务接待费      50206 公务接待费      0.56     0.00 0.56
30218 专用材料费      50299 其他商品和服务支出 30.42     0.00 30.42
30225 专用燃料费      50299 其他商品和服务支出 17.66     0.00 17.66
30231 公务用车运行维护费 50208 公务用车运行维护费   7.03     0.00 7.03
31006 大型修缮       50399 其他资本性支出   26.64     0.00 26.64
31012 拆迁补偿       50399 其他资本性支出   11.68     0.00 11.68
31019 其他交通工具购置 50399 其他资本性支出     13.72     0.00 13.72
39907 国家赔偿费用支出 59999 其他支出        38.16     0.00 38.16
`;

describe('a 基本支出 table whose 合计 was glued to the name word beside it', () => {
  const d = ingestText({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'budget_general_basic')!;
  const values = (code: string) => t.rows.find((r) => r.code === code)?.cells.map((c) => c.value);

  it('reads the group word’s column as the total and the parts under the group word', () => {
    expect(t.columns).toEqual(['本年一般公共预算基本支出/合计', '本年一般公共预算基本支出/人员经费', '本年一般公共预算基本支出/公用经费']);
  });

  it('reads each row’s total, 人员经费 and 公用经费 (lines 9 and 20)', () => {
    expect(values('30106')).toEqual(['4988500', '4988500', '0']);
    expect(values('30203')).toEqual(['222300', '0', '222300']);
  });

  it('gives a row its figures printed on the line under its name (lines 15–16), not to a 合计 row', () => {
    expect(values('30307')).toEqual(['3100200', '3100200', '0']);
    expect(t.rows.filter((r) => r.name === '合计')).toEqual([]);
  });
});
