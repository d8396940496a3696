import type { DocumentModel } from './model/document.ts';
import { PARSER_VERSION } from './version.ts';

/** The model of a document that could not be read at all (empty, binary, undecidable encoding, HTML). */
export function failedDocument(a: {
  docId: string;
  sourceFile: string;
  sha256: string;
  message: string;
  code: string;
  /** 1-based line of the offending byte or tag (0: the whole file). */
  line?: number;
}): DocumentModel {
  return {
    parser_version: PARSER_VERSION,
    doc_id: a.docId,
    source_file: a.sourceFile,
    sha256: a.sha256,
    status: 'failed',
    status_reason: a.message,
    metadata: {
      department: '未知部门',
      region: { province: null, city: null, county: null, code: null },
      fiscal_year: 0,
      doc_kind: 'final',
      published: null,
      budget_units: [],
      staffing: [],
      region_slug: 'unknown',
      department_slug: a.docId,
      department_type: null,
      department_type_name: null,
    },
    parts: [],
    toc: [],
    tables: [],
    narrative: { paragraphs: [], claims: [] },
    glossary: [],
    performance: [],
    checks: [],
    check_summary: { ran: 0, pass: 0, rounding: 0, warn: 0, fail: 0, skip: 0 },
    problems: [{ severity: 'error', line: a.line ?? 0, message: a.message, raw: '', code: a.code }],
    coverage: { numeric_tokens: 0, cells: 0, accounted_other: 0, unaccounted: [], ratio: '100.00' },
  };
}
