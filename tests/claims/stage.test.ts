/**
 * A figure taken from a sentence is the one its label and the document kind call for: a sentence naming 年初预算
 * and 决算 gives both, and a 决算 document's figure is the 决算 one.
 */
import { describe, expect, it } from 'vitest';
import { readNarrativeClaims } from '../../src/lib/claims/extract.ts';
import { operatingCostsClaim, stageOfClaim } from '../../src/lib/claims/stage.ts';
import { operatingCosts } from '../../src/lib/site/figures.ts';
import { runChecks } from '../../src/lib/checks/index.ts';
import type { Claim } from '../../src/lib/model/document.ts';
import { parseSeed } from '../helpers.ts';

const pick = (cs: Claim[], topic: string) => cs.filter((c) => c.topic === topic).map((c) => c.value);

describe('焦作 2022 决算, 机关运行经费 (line 599)', () => {
  // line 599: “2022年度机关运行经费年初预算为63.14万元，支出决算为104.09万元，完成年初预算的164.86%。”
  const d = parseSeed('jiaozuo2022');

  it('the document\'s 机关运行经费 is the 决算 104.09万元, not the 年初预算 63.14万元', () => {
    expect(operatingCostsClaim(d.narrative.claims, 'final')).toMatchObject({ value: '1040900', line: 599 });
    expect(operatingCosts(d)).toMatchObject({ value: '1040900', line: 599 });
  });

  it('the sentence keeps both figures, each with its stage', () => {
    const budget = d.narrative.claims.find((c) => c.topic === 'operating_costs_budget')!;
    const final = d.narrative.claims.find((c) => c.topic === 'operating_costs')!;
    expect([budget.value, stageOfClaim(budget, 'final')]).toEqual(['631400', 'budget']);
    expect([final.value, stageOfClaim(final, 'final')]).toEqual(['1040900', 'final']);
  });
});

describe('siblings: every sentence naming 年初预算 and 决算', () => {
  it('基本支出年初预算为X，支出决算为Y in a 决算 gives the basic total Y', () => {
    const text = '2022年度基本支出年初预算为500.00万元，支出决算为520.30万元，其中：人员经费400.00万元；公用经费120.30万元。';
    const cs = readNarrativeClaims([{ line: 1, text, heading: '七、一般公共预算财政拨款基本支出决算情况说明' }], [], 'final');
    expect(pick(cs, 'basic_total')).toEqual(['5203000']);
    // and no general total from it: the figures belong to 基本支出, a part
    expect(pick(cs, 'general_initial_budget')).toEqual([]);
    expect(pick(cs, 'general_final')).toEqual([]);
  });

  it('基本支出年初预算为X in a 预算 is the budget figure X', () => {
    const cs = readNarrativeClaims([{ line: 1, text: '基本支出年初预算为500.00万元，其中：人员经费400.00万元。', heading: '基本支出情况说明' }], [], 'budget');
    expect(pick(cs, 'basic_total')).toEqual(['5000000']);
  });

  it('a 决算 说明 giving only a 年初预算 for 基本支出 yields no basic total to compare with the 决算 tables', () => {
    const cs = readNarrativeClaims([{ line: 1, text: '基本支出年初预算为500.00万元，其中：人员经费400.00万元。', heading: '基本支出决算情况说明' }], [], 'final');
    expect(pick(cs, 'basic_total')).toEqual([]);
  });

  it('a 机关运行经费 预算 figure in a 决算 document is 未判定, never 不符', () => {
    const doc = structuredClone(parseSeed('yangquan2022'));
    const c = doc.narrative.claims.find((x) => x.topic === 'operating_costs')!;
    Object.assign(c, { subject: '预算', value: '999' });
    const r = runChecks(doc).find((x) => x.check_id === 'narr.operating_costs')!;
    expect(r.status).toBe('skip');
    expect(r.message).toContain('未判定');
  });
});
