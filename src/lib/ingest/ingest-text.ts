import { parseDocument, type IngestInput } from '../parse-document.ts';
import type { Stages } from '../stages.ts';
import type { DocumentModel } from '../model/document.ts';
import { runChecks } from '../checks/index.ts';
import { combineClaims, extractNarrativeClaims } from '../claims/index.ts';
import { performanceStage } from '../parse/layouts/perf-selfeval/stage.ts';
import { performanceClaims } from '../claims/performance.ts';
import { budgetTargetsStage } from '../parse/layouts/budget-targets/targets-stage.ts';

/**
 * The stages wired into the production ingest. Later issues add performance parsing, narrative claims and the
 * reconciliation catalogue here; each stage is a pure function of the parsed document.
 */
export const STAGES: Stages = {
  // Narrative claims: add further extractors (e.g. performance claims) to this list.
  claims: combineClaims(extractNarrativeClaims, performanceClaims),
  checks: runChecks,
  performance: combinePerformance(performanceStage, budgetTargetsStage),
};

export function ingestText(input: IngestInput): DocumentModel {
  return parseDocument(input, STAGES);
}

type PerformanceStage = NonNullable<Stages['performance']>;

/** Run several performance stages (绩效自评, 绩效目标) and concatenate their evaluations and problems. */
export function combinePerformance(...stages: PerformanceStage[]): PerformanceStage {
  return (ctx) => {
    const out: ReturnType<PerformanceStage> = { evaluations: [], problems: [] };
    for (const s of stages) {
      const r = s(ctx);
      out.evaluations.push(...r.evaluations);
      out.problems.push(...r.problems);
    }
    return out;
  };
}
