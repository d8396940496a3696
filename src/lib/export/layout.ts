/**
 * Where each file of the ingest output lives, relative to the output directory (data/out). Per document:
 * `<doc_id>.json`, `facts/<doc_id>.csv.gz`, `checks/<doc_id>.csv.gz` (each a gzip-compressed CSV with its header
 * row: per-document downloads, and what a re-ingest links instead of rewriting); for the collection:
 * `index.json`, the combined `facts.csv` and `checks.csv` (concatenations of the per-document files, in doc_id
 * order) and the JSON Schemas.
 */
export const DOC_FILE_KINDS = ['json', 'facts', 'checks'] as const;
export type DocFileKind = (typeof DOC_FILE_KINDS)[number];

export function docFilePath(kind: DocFileKind, docId: string): string {
  return kind === 'json' ? `${docId}.json` : `${kind}/${docId}.csv.gz`;
}

/** The per-document files that the combined CSVs are made of. */
export type CsvKind = 'facts' | 'checks';

/** The combined CSVs and the per-document kind they are concatenated from. */
export const COMBINED = [
  { file: 'facts.csv', kind: 'facts' },
  { file: 'checks.csv', kind: 'checks' },
] as const;

/** Code-point order of doc_ids: the order of documents in index.json and the combined CSVs. */
export const byDocId = (a: { docId: string }, b: { docId: string }) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0);
