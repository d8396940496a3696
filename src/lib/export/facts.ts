import { CHECK_COLUMNS, FACT_COLUMNS, FACT_EXTRA_COLUMNS, type DocumentModel, type IndexEntry } from '../model/document.ts';
import { csvLine, csvRows, fieldEscaper, toCsv } from './csv.ts';

export type FactRow = (string | number)[];

/** One facts.csv row per numeric cell of every table (blank and withheld cells produce no row). */
export function factRows(doc: DocumentModel): FactRow[] {
  const out: FactRow[] = [];
  for (const t of doc.tables) {
    for (const r of t.rows) {
      for (const c of r.cells) {
        if (c.value === null) continue;
        out.push([
          doc.doc_id,
          doc.metadata.department,
          doc.metadata.fiscal_year,
          doc.metadata.doc_kind,
          t.kind,
          t.title,
          r.entity ?? '',
          r.code ?? '',
          r.name,
          c.column,
          c.value,
          c.measure,
          c.unit,
          c.line,
          t.id,
          r.block ?? '',
          otherCodes(r.extra_codes),
          c.placement,
        ]);
      }
    }
  }
  return out;
}

/** Header row of facts.csv (contract columns, then the extra columns), CRLF-terminated. */
export const FACTS_HEADER = csvLine([...FACT_COLUMNS, ...FACT_EXTRA_COLUMNS]) + '\r\n';
/** Header row of checks.csv, CRLF-terminated. */
export const CHECKS_HEADER = csvLine(CHECK_COLUMNS) + '\r\n';

/** facts.csv of several documents (header, then each document's rows in the given order). */
export function factsCsv(docs: readonly DocumentModel[]): string {
  return toCsv([...FACT_COLUMNS, ...FACT_EXTRA_COLUMNS], docs.flatMap(factRows));
}

/**
 * One document's facts.csv (header + rows): the per-document file the combined facts.csv is concatenated from.
 * The same bytes as `toCsv` of factRows (tested); the document, table and row fields are escaped once, not per cell.
 */
export function documentFactsCsv(doc: DocumentModel): string {
  const f = fieldEscaper();
  const parts: string[] = [FACTS_HEADER];
  const docPart = [doc.doc_id, doc.metadata.department, doc.metadata.fiscal_year, doc.metadata.doc_kind].map(f).join(',');
  for (const t of doc.tables) {
    const tablePart = `${docPart},${f(t.kind)},${f(t.title)}`;
    for (const r of t.rows) {
      let rowPart: string | null = null;
      let tail: string | null = null;
      for (const c of r.cells) {
        if (c.value === null) continue;
        rowPart ??= `${tablePart},${f(r.entity ?? '')},${f(r.code ?? '')},${f(r.name)}`;
        tail ??= `${f(t.id)},${f(r.block ?? '')},${f(otherCodes(r.extra_codes))}`;
        parts.push(`${rowPart},${f(c.column)},${f(c.value)},${f(c.measure)},${f(c.unit)},${c.line},${tail},${f(c.placement)}\r\n`);
      }
    }
  }
  return parts.join('');
}

const otherCodes = (codes: Record<string, string>) =>
  Object.entries(codes)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');

/** One document's checks.csv (header + rows). */
export function documentChecksCsv(doc: DocumentModel): string {
  return CHECKS_HEADER + csvRows(checkRows(doc));
}

/** One checks.csv row per check of the document. */
export function checkRows(d: DocumentModel): FactRow[] {
  return d.checks.map((c) => [d.doc_id, c.check_id, c.status, c.title, c.message, c.expected ?? '', c.actual ?? '', c.difference ?? '', c.tolerance ?? '', c.refs.join(';')]);
}

export function checksCsv(docs: readonly DocumentModel[]): string {
  return toCsv(CHECK_COLUMNS, docs.flatMap(checkRows));
}

export function indexEntry(doc: DocumentModel): IndexEntry {
  return {
    doc_id: doc.doc_id,
    source_file: doc.source_file,
    sha256: doc.sha256,
    department: doc.metadata.department,
    region: doc.metadata.region,
    fiscal_year: doc.metadata.fiscal_year,
    doc_kind: doc.metadata.doc_kind,
    status: doc.status,
    problems: doc.problems,
    region_slug: doc.metadata.region_slug,
    department_slug: doc.metadata.department_slug,
    published: doc.metadata.published,
    coverage_ratio: doc.coverage.ratio,
    check_summary: doc.check_summary,
    department_type: doc.metadata.department_type,
    department_type_name: doc.metadata.department_type_name,
    status_reason: doc.status_reason,
  };
}
