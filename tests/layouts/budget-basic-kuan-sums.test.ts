/**
 * A 一般公共预算基本支出表 printing 款 rows only (`30217 公务接待费`, no 类 row 301, 302 …), continued on a page that
 * `pdftotext -layout` drew apart from the page before: there each row prints its total and one part, the part standing
 * nearer the 人员经费 column of the page before's full line. The 合计 row is the sum of the 款 rows, column by column, when
 * no 类 is printed, and every row that prints a figure prints its total: only one choice of the part's column for the
 * rows that leave a gap before it makes the sums hold. Lines cut from the converted text of a generated PDF
 * (synth-410300-kejiju-2018-budget-00053, its lines 218–249; a synthetic department and figures); values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

const TEXT = `2018年
洛阳市科学技术局部门预算

                                                — 10 —
部门：洛阳市科学技术局                                                                     金额单位：元
2018年部门预算表                                                                 一般公共预算基本支出表
   部门预算支出经济分类科目      政府预算支出经济分类科目           本年一般公共预算基本支出
 科目编       科目名称   科目编       科目名称        合计         人员经费        公用经费
   码                码
 合计                                 122548851.73 113970432.07 8578419.66
 30102 津贴补贴       50101 工资奖金津补贴      16162229.45 16162229.45
 30106 伙食补助费      50101 工资奖金津补贴       3806806.11 3806806.11
 30107 绩效工资       50101 工资奖金津补贴      14976776.67 14976776.67
 30108 机关事业单位基本养老 50102 社会保障缴费       14576060.23 14576060.23
       保险缴费
 30110 职工基本医疗保险缴费 50102 社会保障缴费       14158647.28 14158647.28
 30112 其他社会保障缴费 50102 社会保障缴费         12505692.00 12505692.00
 30199 其他工资福利支出 50199 其他工资福利支出         1101970.18 1101970.18
 30301 离休费        50905 离退休费          6578428.10 6578428.10
 30303 退职（役）费     50999 其他对个人和家庭的补助 16446070.25 16446070.25
 30304 抚恤金        50999 其他对个人和家庭的补助 7713791.32 7713791.32
 30307 医疗费补助      50999 其他对个人和家庭的补助 4925472.89 4925472.89
 30311 代缴社会保险费    50999 其他对个人和家庭的补助 1018487.59 1018487.59
 30207 邮电费        50299 其他商品和服务支出     1947048.44              1947048.44
 30209 物业管理费      50299 其他商品和服务支出     1200679.87              1200679.87
 30215 会议费        50202 会议费            895642.28               895642.28

                                                  — 11 —
30217 公务接待费     50206 公务接待费          4088.07         4088.07
30228 工会经费      50299 其他商品和服务支出    910785.99       910785.99
30231 公务用车运行维护费 50208 公务用车运行维护费     44096.00        44096.00
31008 物资储备      50399 其他资本性支出     1494900.53      1494900.53
31009 土地补偿      50399 其他资本性支出     1877820.09      1877820.09
31022 无形资产购置    50399 其他资本性支出      203358.39       203358.39
   注：本表反映部门年度一般公共预算基本支出情况。
`;

describe('a 基本支出 table of 款 rows only, continued on a page drawn apart', () => {
  const d = ingestText({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'budget_general_basic')!;
  const values = (code: string) => t.rows.find((r) => r.code === code)?.cells.map((c) => c.value);

  it('puts the continued page’s parts under 公用经费 (lines 29–34), where the 合计 row’s sums hold', () => {
    expect(values('30217')).toEqual(['4088.07', null, '4088.07']);
    expect(values('30228')).toEqual(['910785.99', null, '910785.99']);
    expect(values('31022')).toEqual(['203358.39', null, '203358.39']);
  });

  it('keeps the rows placed on the page before (lines 11 and 24)', () => {
    expect(values('30102')).toEqual(['16162229.45', '16162229.45', null]);
    expect(values('30207')).toEqual(['1947048.44', null, '1947048.44']);
  });
});
