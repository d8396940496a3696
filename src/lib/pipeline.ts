import { parseDocument, type IngestInput, type Stages } from './ingest.ts';
import type { DocumentModel } from './model/document.ts';

/**
 * The stages wired into the production ingest. Later issues add performance parsing, narrative claims and the
 * reconciliation catalogue here; each stage is a pure function of the parsed document.
 */
export const STAGES: Stages = {};

export function ingestText(input: IngestInput): DocumentModel {
  return parseDocument(input, STAGES);
}
