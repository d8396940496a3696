import type { Claim, Problem } from '../model/document.ts';
import type { StageContext } from '../stages.ts';
import { extractNarrativeClaims } from './extract.ts';

export type ClaimExtractor = (ctx: StageContext) => { claims: Claim[]; problems: Problem[] };

/** Concatenate several claim extractors into one `Stages.claims` (each runs independently; order kept). */
export function combineClaims(...extractors: ClaimExtractor[]): ClaimExtractor {
  return (ctx) => {
    const claims: Claim[] = [];
    const problems: Problem[] = [];
    for (const x of extractors) {
      const r = x(ctx);
      claims.push(...r.claims);
      problems.push(...r.problems);
    }
    return { claims, problems };
  };
}

export { extractNarrativeClaims };

export { operatingCostsClaim, stageOfClaim } from './stage.ts';
