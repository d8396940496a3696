import { parseDocument, type IngestInput } from '../parse-document.ts';
import type { Stages } from '../stages.ts';
import type { DocumentModel } from '../model/document.ts';
import { runChecks } from '../checks/index.ts';
import { combineClaims, extractNarrativeClaims } from '../claims/index.ts';
import { performanceClaims } from '../claims/performance.ts';
import { settleColumns } from '../settle/settle-columns.ts';

/**
 * The stages wired into the production ingest: columns settled across tables, narrative claims and the
 * reconciliation catalogue; each stage is a pure function of the parsed document. (The 绩效 evaluations are read with their tables by the layout parsers.)
 */
export const STAGES: Stages = {
  settle: settleColumns,
  // Narrative claims: add further extractors (e.g. performance claims) to this list.
  claims: combineClaims(extractNarrativeClaims, performanceClaims),
  checks: runChecks,
};

export function ingestText(input: IngestInput): DocumentModel {
  return parseDocument(input, STAGES);
}
