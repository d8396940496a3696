import type { Claim } from '../model/document.ts';

/**
 * The stage a claim states (预算 or 决算) is the one its own label gives (`年初预算为63.14万元` → 预算,
 * `支出决算为104.09万元` → 决算); unlabelled figures take the document's. A document's headline figure of a topic is
 * the claim whose stage is the document's own: a 决算 document's 机关运行经费 is the 决算 figure, never the 年初预算
 * printed in the same sentence.
 */
export function stageOfClaim(c: Claim, docKind: 'final' | 'budget'): 'final' | 'budget' {
  if (/_budget$|_initial_budget$/.test(c.topic) || c.subject === '预算') return 'budget';
  if (/_final$|_actual$/.test(c.topic) || c.subject === '决算') return 'final';
  return docKind;
}

/** The 机关运行经费 a document reports for its own stage (null when the 说明 states none). */
export function operatingCostsClaim(claims: readonly Claim[], docKind: 'final' | 'budget'): Claim | null {
  return claims.find((c) => c.topic === 'operating_costs' && c.measure === 'yuan' && stageOfClaim(c, docKind) === docKind) ?? null;
}
