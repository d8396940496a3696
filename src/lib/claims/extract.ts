import type { Claim, Problem } from '../model/document.ts';
import type { StageContext } from '../ingest.ts';
export function extractNarrativeClaims(ctx: StageContext): { claims: Claim[]; problems: Problem[] } {
  void ctx;
  return { claims: [], problems: [] };
}
