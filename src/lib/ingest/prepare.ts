import { gzipSync } from 'node:zlib';
import { documentChecksCsv, documentFactsCsv, indexEntry } from '../export/facts.ts';
import type { CsvKind, DocFileKind } from '../export/layout.ts';
import { storeDocument } from '../export/stored.ts';
import type { DocumentModel, IndexEntry, Problem } from '../model/document.ts';

/** What the report needs about a document (kept in the cache next to the outputs). */
export interface DocSummary {
  index: IndexEntry;
  tables: number;
  coverage: string;
  errors: Problem[];
  warnings: number;
  failing: { check_id: string; title: string; message: string }[];
}

/** One document as the output needs it, without its files (which go straight to disk): ids and report summary. */
export interface Prepared {
  docId: string;
  sourceFile: string;
  sha256: string;
  summary: DocSummary;
  /** True when it came from the cache (not parsed in this run). */
  cached: boolean;
  /** The document's shard key (src/lib/ingest/shard.ts) when a sharded run read it: kept in the cache entry. */
  shardKey?: string;
}

/** The bytes of a document's output files: `<doc_id>.json`, its facts and checks CSVs (with header rows, gzip-compressed). */
export type DocFiles = Record<DocFileKind, string | Uint8Array>;

/** A freshly parsed document: what is kept plus the text of its files. */
export interface Parsed extends Prepared {
  files: DocFiles;
  /** The facts and checks CSVs uncompressed (with header rows): what the combined CSVs are concatenated from. */
  csv: Record<CsvKind, string>;
}

export function summarise(doc: DocumentModel): DocSummary {
  return {
    index: indexEntry(doc),
    tables: doc.tables.length,
    coverage: doc.coverage.ratio,
    errors: doc.problems.filter((p) => p.severity === 'error').slice(0, 50),
    warnings: doc.problems.filter((p) => p.severity === 'warning').length,
    failing: doc.checks.filter((c) => c.status === 'fail').map((c) => ({ check_id: c.check_id, title: c.title, message: c.message })),
  };
}

/** A parsed document's summary and output files (compact JSON: it is for programs; see docs/open-data.md). */
export function prepare(doc: DocumentModel): Parsed {
  return {
    docId: doc.doc_id,
    sourceFile: doc.source_file,
    sha256: doc.sha256,
    summary: summarise(doc),
    cached: false,
    ...files(documentFactsCsv(doc), documentChecksCsv(doc), JSON.stringify(storeDocument(doc)) + '\n'),
  };
}

function files(facts: string, checks: string, json: string): Pick<Parsed, 'files' | 'csv'> {
  return { files: { json, facts: gzipCsv(facts), checks: gzipCsv(checks) }, csv: { facts, checks } };
}

/** A per-document CSV as written: gzip (deterministic: no name, no time in the header). */
export const gzipCsv = (csv: string): Uint8Array => gzipSync(Buffer.from(csv, 'utf8'), { level: 6 });

/** The Prepared part of a Parsed document (its files dropped). */
export const withoutFiles = ({ files: _files, csv: _csv, ...p }: Parsed): Prepared => p;
