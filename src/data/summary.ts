/**
 * Per-page projections of a document model. Index pages (home, compare, quality, methodology) and the department
 * page read a `DocSummary`: the document's metadata, checks with their first reference already resolved, problems,
 * glossary, key figures and compare row — never its tables, cells or narrative. Pure.
 */
import type { CheckResult, DocumentModel, Problem } from '../lib/model/document.ts';
import { resolveRef, type RefLink } from '../lib/site/checks.ts';
import { checkValueText } from '../lib/site/quality.ts';
import { compareRow, type CompareRow } from '../lib/site/compare.ts';
import { keyFigures, type Figure } from '../lib/site/figures.ts';

/** Bump when the projection changes: every stored summary is then projected again. */
export const SUMMARY_VERSION = 'summary-2';

export interface DocSummary {
  doc_id: string;
  sha256: string;
  source_file: string;
  status: DocumentModel['status'];
  status_reason: DocumentModel['status_reason'];
  metadata: DocumentModel['metadata'];
  /** Status of every check, in order: what a badge counts. */
  checks: Pick<CheckResult, 'status' | 'rounding'>[];
  /** The failing and warning checks, whole, as index pages list them. */
  flagged: FlaggedCheck[];
  /** Problems worth showing (warnings and errors; info left out). */
  problems: Problem[];
  glossary: DocumentModel['glossary'];
  /** The key figures of the department-year page (收入总计, 本年支出合计, 三公经费 …) with their source lines. */
  figures: Figure[];
  /** The row of this document on the compare page. */
  compare: CompareRow;
}

export interface FlaggedCheck {
  check: CheckResult;
  /** Its first reference resolved to an anchor on the department-year page (null without refs). */
  link: RefLink | null;
  /** Expected, actual and difference as shown (with the document's printed unit), `—` when absent. */
  text: { expected: string; actual: string; difference: string };
}

export function summarize(doc: DocumentModel): DocSummary {
  return {
    doc_id: doc.doc_id,
    sha256: doc.sha256,
    source_file: doc.source_file,
    status: doc.status,
    status_reason: doc.status_reason,
    metadata: doc.metadata,
    checks: doc.checks.map((c) => ({ status: c.status, rounding: c.rounding })),
    flagged: doc.checks
      .filter((c) => c.status === 'fail' || c.status === 'warn')
      .map((c) => ({
        check: c,
        link: c.refs[0] ? resolveRef(doc, c.refs[0]) : null,
        text: { expected: checkValueText(doc, c, c.expected), actual: checkValueText(doc, c, c.actual), difference: checkValueText(doc, c, c.difference) },
      })),
    problems: doc.problems.filter((p) => p.severity !== 'info'),
    glossary: doc.glossary,
    figures: keyFigures(doc),
    compare: compareRow(doc),
  };
}

/** The failing and warning checks of some documents, each with its document and resolved first reference. */
export function flaggedChecks<D extends DocSummary>(docs: readonly D[]): { d: D; c: CheckResult; link: RefLink | null; text: FlaggedCheck['text'] }[] {
  return docs.flatMap((d) => d.flagged.map((f) => ({ d, c: f.check, link: f.link, text: f.text })));
}
