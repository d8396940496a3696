import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index.ts';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import { parseSeed } from '../helpers.ts';

const clone = (d: DocumentModel): DocumentModel => JSON.parse(JSON.stringify(d));

describe('honest statuses', () => {
  it('a wrong printed value is a fail; the same with a parse problem inside the table is 未判定 (skip)', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    const t = doc.tables.find((x) => x.kind === 'final_three_public')!;
    // 预算数 合计 18.20 → 28.20: 0.00 + 13.96 + 4.23 = 18.19 is now 10 万元 off.
    t.rows[0]!.cells.find((c) => c.column === '预算数/合计')!.value = '282000';
    const fail = runChecks(doc).find((c) => c.check_id === 'three_public.total' && c.refs.some((r) => r.includes('预算数/合计')));
    expect(fail).toMatchObject({ status: 'fail', expected: '282000', actual: '181900' });

    doc.problems.push({ severity: 'warning', line: t.start_line + 1, message: 'cell could not be placed', raw: '', code: 'test' });
    const guarded = runChecks(doc).find((c) => c.check_id === 'three_public.total' && c.refs.some((r) => r.includes('预算数/合计')));
    expect(guarded!.status).toBe('skip');
    expect(guarded!.message).toContain('未判定');
  });

  it('a withheld (涉密) cell makes its identity skip, never pass', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    const t = doc.tables.find((x) => x.kind === 'final_three_public')!;
    const c = t.rows[0]!.cells.find((x) => x.column === '预算数/公务接待费')!;
    Object.assign(c, { value: null, withheld: true, raw: 'XXXX' });
    const r = runChecks(doc).find((x) => x.check_id === 'three_public.total' && x.refs.some((r) => r.includes('预算数/合计')));
    expect(r!.status).toBe('skip');
  });

  it('without the performance evaluation the 说明 93.7 comparison skips instead of passing', () => {
    const doc = clone(parseSeed('pingdingshan2023'));
    doc.performance = [];
    const r = runChecks(doc).find((x) => x.check_id === 'narr.perf_score');
    expect(r!.status).toBe('skip');
  });

  it('when the 预算执行 points of a 90-point 合计 cannot be told, the 说明 score comparison is 未判定, never 不符', () => {
    const doc = clone(parseSeed('pingdingshan2023'));
    const e = doc.performance.find((x) => x.kind === 'perf_overall_selfeval')!;
    for (const f of e.funds) Object.assign(f, { execution_rate: null });
    const r = runChecks(doc).find((x) => x.check_id === 'narr.perf_score');
    expect(r!.status).toBe('skip');
    expect(r!.message).toContain('未判定');
  });

  it('a 说明 收入总计 that includes 年初结转和结余 agrees with the 总计, not the 本年收入 (阳泉 公开08表, line 416)', () => {
    // 合计 row: 年初结转和结余 10,000,000.00 + 本年收入 85,000,000.00 = 收入总计 95,000,000.00; a 说明 saying
    // “政府性基金预算财政拨款收入总计95,000,000.00元” is right, and was once compared with 本年收入 alone (a false 不符).
    const doc = clone(parseSeed('yangquan2022'));
    const c = doc.narrative.claims.find((x) => x.topic === 'gov_fund_income')!;
    Object.assign(c, { value: '95000000', text: '政府性基金预算财政拨款收入总计95,000,000.00元' });
    const r = runChecks(doc).find((x) => x.check_id === 'narr.fiscal_total' && x.refs.includes(`narrative:L${c.line}`) && x.message.includes('收入总计'))!;
    expect(r).toMatchObject({ status: 'pass', expected: '95000000', actual: '95000000' });
  });

  it('a 收入总计 equal to neither the 总计 nor the 本年收入 is a 不符', () => {
    const doc = clone(parseSeed('yangquan2022'));
    const c = doc.narrative.claims.find((x) => x.topic === 'gov_fund_income')!;
    Object.assign(c, { value: '90000000' });
    const r = runChecks(doc).find((x) => x.check_id === 'narr.fiscal_total' && x.refs.includes(`narrative:L${c.line}`) && x.message.includes('收入总计'))!;
    expect(r).toMatchObject({ status: 'fail', expected: '95000000', actual: '90000000' });
  });

  it('a budget 说明 一般公共预算收支预算 is compared with the 一般公共预算 part, not the 财政拨款 总计 (郑州 2022 line 183)', () => {
    // line 183: “一般公共预算收支预算 107,259.2 万元”; 财政拨款收支总体情况表 line 485 “（一）一般公共预算拨款 107,259.2”,
    // line 484 本年支出 一般公共预算 107,259.2. With a 政府性基金 拨款 added to the 总计 the comparison must not change.
    const doc = clone(parseSeed('zhengzhou2022'));
    const F = doc.tables.find((t) => t.kind === 'budget_fiscal_summary')!;
    for (const r of F.rows.filter((x) => /总计/.test(x.name))) for (const c of r.cells) if (c.value !== null) c.value = String(Number(c.value) + 5000000);
    const r = runChecks(doc).filter((x) => x.check_id === 'narr.fiscal_total' && x.refs.includes('narrative:L183'));
    expect(r.map((x) => [x.status, x.expected])).toEqual([
      ['pass', '1072592000'],
      ['pass', '1072592000'],
    ]);
    expect(r.map((x) => x.lines[1])).toEqual([485, 484]);
  });
});
