/**
 * Reconciliation outcomes on the five seeds. Every expected value below was read by hand from the seed text (line
 * numbers given); every `fail` is a real discrepancy in the published document, explained here.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult, DocumentModel } from '../../src/lib/model/document.ts';
import { parseSeed } from '../helpers.ts';

const fails = (d: DocumentModel) => d.checks.filter((c) => c.status === 'fail');
const warns = (d: DocumentModel) => d.checks.filter((c) => c.status === 'warn');
const find = (d: DocumentModel, id: string, pred: (c: CheckResult) => boolean = () => true) => d.checks.filter((c) => c.check_id === id && pred(c));

describe('焦作市工业和信息化局 2022 决算', () => {
  const d = parseSeed('jiaozuo2022');

  it('三公 预算 合计 18.20 vs 0.00 + 13.96 + 4.23 = 18.19 → pass (尾差)', () => {
    // 公开09表 line 485: 18.20 0.00 13.96 0.00 13.96 4.23 | 17.22 0.00 13.96 0.00 13.96 3.25
    const [budget] = find(d, 'three_public.total', (c) => c.refs.some((r) => r.includes('预算数/合计')));
    expect(budget).toMatchObject({ status: 'pass', rounding: true, expected: '182000', actual: '181900', difference: '-100' });
    // 决算 合计 17.22 vs 0.00 + 13.96 + 3.25 = 17.21 → also 尾差
    const [actual] = find(d, 'three_public.total', (c) => c.refs.some((r) => r.includes('决算数/合计')));
    expect(actual).toMatchObject({ status: 'pass', rounding: true, expected: '172200', actual: '172100' });
  });

  it('收支总表: 收入总计 2,183.20 = 2,182.91 + 0.00 + 0.29 and 支出总计 2,183.20 = 2,182.77 + 0.00 + 0.43', () => {
    expect(find(d, 'final.summary.income_grand')[0]).toMatchObject({ status: 'pass', rounding: false, expected: '21832000', actual: '21832000' });
    expect(find(d, 'final.summary.expenditure_grand')[0]).toMatchObject({ status: 'pass', expected: '21832000', actual: '21832000' });
  });

  it('05 基本支出 1,861.75 = 06 人员经费合计 1,753.39 + 公用经费合计 108.36', () => {
    expect(find(d, 'x.basic_total')[0]).toMatchObject({ status: 'pass', rounding: false, expected: '18617500', actual: '18617500' });
  });

  it('06 公务用车运行维护费 (30231) 13.96 ≤ 三公 决算 运行维护费 13.96; 公务接待费 (30217) 1.47 ≤ 3.25', () => {
    const r = find(d, 'x.three_public_vs_basic');
    expect(r.map((c) => [c.actual, c.expected, c.status])).toEqual(
      expect.arrayContaining([
        ['139600', '139600', 'pass'],
        ['14700', '32500', 'pass'],
      ]),
    );
  });

  it('说明 vs 报表: 收入合计 2,182.91, 财政拨款收入占 99.99%, 自评 92.08 分 = 自评表总分', () => {
    expect(find(d, 'narr.income', (c) => c.refs.includes('narrative:L497'))[0]).toMatchObject({ status: 'pass' });
    expect(find(d, 'narr.share', (c) => c.message.includes('99.99'))[0]).toMatchObject({ status: 'pass' });
    expect(find(d, 'narr.perf_score')[0]).toMatchObject({ status: 'pass', expected: '92.08', actual: '92.08' });
    // 说明 line 577: 三公 预算 18.20, 决算 17.22, 完成预算的 94.62% (17.22 / 18.20 = 94.615…%)
    expect(find(d, 'narr.completion', (c) => c.message.includes('94.62'))[0]).toMatchObject({ status: 'pass' });
  });

  it('机关运行经费 has no table in this document → skipped with the reason, never passed', () => {
    const r = find(d, 'narr.operating_costs');
    expect(r.length).toBe(1);
    expect(r[0]!.status).toBe('skip');
  });

  it('has no fail and no warn', () => {
    expect(fails(d)).toEqual([]);
    expect(warns(d)).toEqual([]);
  });
});

describe('平顶山市工业和信息化局 2023 决算', () => {
  const d = parseSeed('pingdingshan2023');

  it('说明 93.7分 agrees with the 自评表: its 合计 83.7 covers the 90 indicator points, + 10 of 预算执行 at 100 % = 93.7 → pass', () => {
    // line 604: “部门整体支出绩效自评结果为93.7分”; line 768: “分值及得分合计 … 90 83.7” (投入管理 30 + 产出 25 + 效益 35);
    // line 712: 部门预算总额 … 分值 10, 预算执行率 100% → 10 points; 83.7 + 10 = 93.7. Not a discrepancy.
    const [r] = find(d, 'narr.perf_score');
    expect(r).toMatchObject({ status: 'pass', expected: '93.7', actual: '93.7' });
    expect(r!.refs).toContain('narrative:L604');
    expect(r!.lines).toEqual([604, 768]);
  });

  it('自评表 预算执行 row prints the full score 93.7 in its 得分 cell (分值 10) → warn as a form anomaly, never fail', () => {
    // line 712: “部门预算总额 858.9 2175.87 2175.87 10 100% 93.7” — the form's total (83.7 + 10) typed into the
    // 预算执行 row's 得分 cell; the row's own points are 10 × 100 % = 10.
    const r = find(d, 'perf.score_within_weight', (c) => c.status !== 'pass' && c.refs.some((x) => x.startsWith('perf_overall_selfeval')));
    expect(r.length).toBe(1);
    expect(r[0]).toMatchObject({ status: 'warn', expected: '10', actual: '93.7', lines: [712] });
    expect(r[0]!.message).toContain('格式异常');
  });

  it('has no fail', () => {
    expect(fails(d)).toEqual([]);
  });

  it('the printed total 83.7 / 90 covers the indicators only (分值 90 = 100 − 10 of 预算执行) → Σ passes', () => {
    expect(find(d, 'perf.score_sum', (c) => c.refs.some((r) => r.startsWith('perf_overall_selfeval')))[0]).toMatchObject({ status: 'pass', expected: '83.7', actual: '83.7' });
    expect(find(d, 'perf.weight_sum', (c) => c.refs.some((r) => r.startsWith('perf_overall_selfeval')))[0]).toMatchObject({ status: 'pass', expected: '90', actual: '90' });
  });

  it('说明 人员经费1,497.20万元 vs 公开06表 人员经费合计 1,497.21万元 → warn (two presentations of one figure)', () => {
    // line 548 vs the 06 table total (301 1,173.72 + 303 323.49 = 1,497.21)
    const w = warns(d).filter((c) => c.check_id !== 'perf.score_within_weight');
    expect(w.length).toBe(1);
    expect(w[0]).toMatchObject({ check_id: 'narr.basic', expected: '14972100', actual: '14972000', difference: '-100' });
  });

  it('三公 合计 29.59 vs 0.00 + 28.94 + 0.66 = 29.60 → pass (尾差)', () => {
    expect(find(d, 'three_public.total').every((c) => c.status === 'pass' && c.rounding)).toBe(true);
  });

  it('exactly two warns: the 人员经费 尾差 and the 预算执行 得分 cell holding the total', () => {
    expect(warns(d).map((c) => c.check_id).sort()).toEqual(['narr.basic', 'perf.score_within_weight']);
  });
});

describe('焦作市解放区科技和工业信息化局 2024 预算', () => {
  const d = parseSeed('jiefang2024');

  it('目录 lists five tables the body does not contain → fail', () => {
    // 目录 lines 24, 26, 30, 32, 33; the body (lines 185–478) has none of them.
    const [r] = find(d, 'comp.toc_in_body');
    expect(r!.status).toBe('fail');
    for (const t of ['部门收入预算表', '财政拨款收支预算表', '支出经济分类汇总表', '政府性基金支出预算表', '国有资本经营支出预算表']) expect(r!.message).toContain(t);
    expect(r!.lines).toEqual([24, 26, 30, 32, 33]);
  });

  it('required 预算 tables missing: 部门收入表, 财政拨款收支总表, 政府性基金, 国有资本经营 → fail', () => {
    const [r] = find(d, 'comp.required_tables');
    expect(r!.status).toBe('fail');
    expect(r!.refs.sort()).toEqual(['budget_fiscal_summary', 'budget_gov_fund', 'budget_income', 'budget_state_capital']);
  });

  it('tables reconcile: 收入总计 393.52 = 支出总计; 项目 193.00 = 3+3+40+41+41+15+50; 运行经费 9.74 = 3.67+0.10+0.50+3.52+1.95', () => {
    expect(find(d, 'budget.summary.balance').every((c) => c.status === 'pass')).toBe(true);
    expect(find(d, 'budget.projects.total')[0]).toMatchObject({ status: 'pass', expected: '1930000', actual: '1930000' });
    expect(find(d, 'budget.operating_costs.total')[0]).toMatchObject({ status: 'pass', expected: '97400', actual: '97400' });
  });

  it('说明 科学技术支出 344.53 万元，占 87.55% (344.53 / 393.52 = 87.551…%) → pass', () => {
    expect(find(d, 'narr.share', (c) => c.message.includes('87.55'))[0]).toMatchObject({ status: 'pass' });
    expect(find(d, 'narr.general_classes', (c) => c.actual === '3445300')[0]).toMatchObject({ status: 'pass', expected: '3445300' });
  });

  it('财政拨款收支总表 is absent → the checks that need it skip, never pass', () => {
    expect(find(d, 'budget.fiscal.balance')[0]!.status).toBe('skip');
    expect(find(d, 'narr.fiscal_total').every((c) => c.status === 'skip')).toBe(true);
  });

  it('exactly the two completeness fails', () => {
    expect(fails(d).map((c) => c.check_id).sort()).toEqual(['comp.required_tables', 'comp.toc_in_body']);
  });
});

describe('阳泉市工业和信息化局 2022 决算 (元)', () => {
  const d = parseSeed('yangquan2022');

  it('06 表 312 对企业补助 402,101,986.44 vs items 10,000,000.00 + 302,101,986.44 = 312,101,986.44 → fail', () => {
    // lines 361–367 (4th block of 公开06表): 312 对企业补助 402101986.44; 31201 资本金注入 blank; 31203 blank; 31204 费用补贴 10000000.00;
    // 31205 blank; 31299 其他对企业补助 302101986.44. The class total is right (公用经费合计 457,775,974.16 =
    // 302 1,902,504.97 + 309 50,000,000.00 + 310 3,771,482.75 + 312 402,101,986.44, and 05 项目支出 456,495,673.38 +
    // 基本 1,280,300.78 = 457,775,974.16): the items omit 90,000,000.00 元 — a real gap in the published table.
    const r = fails(d);
    expect(r.length).toBe(1);
    expect(r[0]).toMatchObject({ check_id: 'econ.class_items', expected: '402101986.44', actual: '312101986.44', difference: '-90000000' });
  });

  it('03 表 prints 215 as 资源勘探工业信息支出 (without 等): matched by code, amounts agree', () => {
    expect(find(d, 'x.expenditure_classes').every((c) => c.status === 'pass')).toBe(true);
  });

  it('执行率为189% where 706,804,492.61 / 372,951,496.4 = 189.52% → warn (truncated, not rounded)', () => {
    const w = warns(d).filter((c) => c.check_id === 'narr.completion');
    expect(w.length).toBe(1);
    expect(w[0]!.actual).toBe('189');
  });

  it('说明 政府性基金 收入总计85,000,000.00 is the 本年收入 alone: a wording slip (warn), not a 不符', () => {
    // line 546: “政府性基金预算财政拨款收入总计85,000,000.00元、支出总计95,000,000.00元”; 公开08表 line 416 合计:
    // 年初结转和结余 10,000,000.00, 本年收入 85,000,000.00, 本年支出 95,000,000.00 → 收入总计 = 95,000,000.00.
    const r = find(d, 'narr.fiscal_total', (c) => c.refs.includes('narrative:L546'));
    expect(r.map((c) => [c.status, c.expected, c.actual])).toEqual([
      ['warn', '95000000', '85000000'],
      ['pass', '95000000', '95000000'],
    ]);
    expect(r[0]!.message).toContain('不含年初结转和结余');
  });

  it('exactly two warns: the truncated 189% and the 收入总计 wording', () => {
    expect(warns(d).map((c) => c.check_id).sort()).toEqual(['narr.completion', 'narr.fiscal_total']);
  });

  it('机关运行经费 1,280,300.78 = 行政单位 1,101,787.40 + 参公事业单位 178,513.38 (公开10表)', () => {
    expect(find(d, 'narr.operating_costs')[0]).toMatchObject({ status: 'pass', expected: '1280300.78', actual: '1280300.78' });
  });

  it('政府采购 110,567.00 = 40,867.00 + 69,700.00 + 0 (说明 and 公开10表)', () => {
    expect(find(d, 'final.stats.procurement')[0]).toMatchObject({ status: 'pass', expected: '110567' });
    expect(find(d, 'narr.procurement').every((c) => c.status === 'pass')).toBe(true);
  });

  it('同比 percentages recomputed from the 说明 itself (line 546: 基金 收入 85,000,000 减少 337,000,000 下降 79.86%; 支出 95,000,000 减少 327,000,000 下降 77.49%)', () => {
    // 337 / (85 + 337) = 79.858%; 327 / (95 + 327) = 77.488%
    const r = find(d, 'narr.yoy', (c) => c.refs.includes('narrative:L546'));
    expect(r.map((c) => [c.actual, c.status])).toEqual([
      ['79.86', 'pass'],
      ['77.49', 'pass'],
    ]);
  });

  it('the empty 三公 table (说明：本表无数据) → item checks skip; the empty statement is found', () => {
    expect(find(d, 'three_public.total').every((c) => c.status === 'skip')).toBe(true);
    expect(find(d, 'comp.empty_statement', (c) => c.refs.includes('final_three_public'))[0]!.status).toBe('pass');
  });
});

describe('郑州市工业和信息化局 2022 预算', () => {
  const d = parseSeed('zhengzhou2022');

  it('项目支出表 has 涉密 projects printed as XXXX → the total cannot be checked: skip, never pass', () => {
    const [r] = find(d, 'budget.projects.total');
    expect(r!.status).toBe('skip');
    expect(r!.message).toContain('涉密');
  });

  it('说明 基本支出 6,886.2 万元 占 6.4% of 107,259.2 (6.420…%) → pass; 人员经费 5,044.7 占 73.3% of 6,886.2 → pass', () => {
    expect(find(d, 'narr.share', (c) => c.message.includes('人员经费'))[0]).toMatchObject({ status: 'pass' });
    expect(find(d, 'narr.share', (c) => c.message.includes('基本支出占支出合计'))[0]).toMatchObject({ status: 'pass' });
  });

  it('三公 预算 85.4 = 0 + 79.5 + 5.9', () => {
    expect(find(d, 'three_public.total')[0]).toMatchObject({ status: 'pass', expected: '854000', actual: '854000' });
  });

  it('no fail: the tables the parser could not read cleanly are reported as 未判定 (skip), not as discrepancies', () => {
    expect(fails(d)).toEqual([]);
  });
});
