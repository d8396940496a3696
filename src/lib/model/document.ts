import { z } from 'zod';
import { Table } from './table.ts';
import { Evaluation } from './performance.ts';

/** A problem found while reading a document: never dropped silently. */
export const Problem = z.object({
  /** `error` makes the document `failed` or `partial`; `warning` and `info` are reported only. */
  severity: z.enum(['error', 'warning', 'info']),
  /** 1-based line in the source text (0 when the problem concerns the whole file). */
  line: z.number().int().nonnegative(),
  message: z.string(),
  /** The raw text of the line (truncated to 300 characters). */
  raw: z.string().default(''),
  /** Machine-readable problem code (e.g. `unknown_table`, `bad_number`, `row_too_long`). */
  code: z.string().default('other'),
});
export type Problem = z.infer<typeof Problem>;

export const Region = z.object({
  province: z.string().nullable(),
  city: z.string().nullable(),
  county: z.string().nullable(),
  /** GB/T 2260 administrative division code of the most specific level, when known. */
  code: z.string().nullable(),
});
export type Region = z.infer<typeof Region>;

export const Metadata = z.object({
  /** 部门 name as printed on the cover. */
  department: z.string(),
  region: Region,
  fiscal_year: z.number().int(),
  /** `final` for 决算, `budget` for 预算. */
  doc_kind: z.enum(['final', 'budget']),
  /** Publication month as YYYY-MM (from 二〇二三年九月), null when not printed. */
  published: z.string().nullable(),
  /** Budget units covered (纳入决算编制范围的单位 / 预算单位构成), as printed. */
  budget_units: z.array(z.object({ code: z.string().nullable(), name: z.string() })),
  /** Staffing where printed (编制数, 实有人数 …). */
  staffing: z.array(z.object({ label: z.string(), value: z.string(), line: z.number().int() })),
  /** Short stable slugs for URLs: ASCII, [a-z0-9-] only. */
  region_slug: z.string(),
  department_slug: z.string(),
  /**
   * Department type: a stable ASCII key shared by the same kind of bureau across places (工业和信息化局, 工信局 and
   * 经济和信息化局 are all `industry-it`), null when the name matches no known type.
   */
  department_type: z.string().nullable().default(null),
  /** Chinese name of the department type (e.g. 工业和信息化), null when unknown. */
  department_type_name: z.string().nullable().default(null),
});
export type Metadata = z.infer<typeof Metadata>;

/** A part of the document (封面, 目录, 概况, 表, 情况说明, 名词解释, 附件). */
export const Part = z.object({
  name: z.enum(['cover', 'toc', 'overview', 'tables', 'narrative', 'glossary', 'attachments']),
  title: z.string(),
  start_line: z.number().int().positive(),
  end_line: z.number().int().positive(),
});

/** A table promised by the 目录. */
export const TocEntry = z.object({
  title: z.string(),
  /** The kind the title maps to, `other` when none. */
  kind: z.string(),
  line: z.number().int().positive(),
});

/** A numeric claim made in the narrative (情况说明). */
export const Claim = z.object({
  /** What the claim is about, a stable key (e.g. `income_total`, `expenditure_basic_share`, `three_public_budget`). */
  topic: z.string(),
  /** The phrase it was read from. */
  text: z.string(),
  /** Exact decimal value: 元 for money, the number for percent/count/score. */
  value: z.string(),
  measure: z.enum(['yuan', 'count', 'score', 'percent']),
  /** Unit as printed. */
  unit: z.string(),
  /** Classification code or label the claim refers to, when any. */
  subject: z.string().nullable().default(null),
  line: z.number().int().positive(),
});
export type Claim = z.infer<typeof Claim>;

export const CheckResult = z.object({
  check_id: z.string(),
  status: z.enum(['pass', 'warn', 'fail', 'skip']),
  /** True for a pass whose difference is within rounding (shown as 尾差). */
  rounding: z.boolean().default(false),
  title: z.string(),
  message: z.string(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  difference: z.string().nullable(),
  tolerance: z.string().nullable(),
  /** What was compared: `table_kind`, `table_kind:row`, `table_kind:row:column`, or `narrative:L<line>`. */
  refs: z.array(z.string()),
  /** Source lines involved, for linking. */
  lines: z.array(z.number().int()).default([]),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const Coverage = z.object({
  /** Numeric tokens found inside table regions. */
  numeric_tokens: z.number().int().nonnegative(),
  /** Of those, how many became cell values. */
  cells: z.number().int().nonnegative(),
  /** Of those, how many are accounted for otherwise (行次/栏次, codes, dates, percentages in text cells). */
  accounted_other: z.number().int().nonnegative(),
  /** Tokens not accounted for, each with line and raw text. */
  unaccounted: z.array(z.object({ line: z.number().int(), raw: z.string() })),
  /** (cells + accounted_other) / numeric_tokens as a percentage string ("100.00"). */
  ratio: z.string(),
});

export const GlossaryEntry = z.object({ term: z.string(), definition: z.string(), line: z.number().int() });

export const DocumentModel = z.object({
  /** Parser version that produced this model. */
  parser_version: z.string(),
  doc_id: z.string(),
  /** The path as read. */
  source_file: z.string(),
  sha256: z.string(),
  status: z.enum(['ok', 'partial', 'failed']),
  /** Why the status is not `ok` (one sentence in Chinese), null when `ok`. */
  status_reason: z.string().nullable().default(null),
  metadata: Metadata,
  parts: z.array(Part),
  toc: z.array(TocEntry),
  tables: z.array(Table),
  narrative: z.object({
    paragraphs: z.array(z.object({ line: z.number().int(), text: z.string(), heading: z.string().nullable() })),
    claims: z.array(Claim),
  }),
  glossary: z.array(GlossaryEntry),
  performance: z.array(Evaluation),
  checks: z.array(CheckResult),
  check_summary: z.object({
    ran: z.number().int(),
    pass: z.number().int(),
    rounding: z.number().int(),
    warn: z.number().int(),
    fail: z.number().int(),
    skip: z.number().int(),
  }),
  problems: z.array(Problem),
  coverage: Coverage,
});
export type DocumentModel = z.infer<typeof DocumentModel>;

/** One entry of index.json. */
export const IndexEntry = z.object({
  doc_id: z.string(),
  source_file: z.string(),
  sha256: z.string(),
  department: z.string(),
  region: Region,
  fiscal_year: z.number().int(),
  doc_kind: z.enum(['final', 'budget']),
  status: z.enum(['ok', 'partial', 'failed']),
  problems: z.array(Problem),
  /** Extra (contract grows): slugs, coverage ratio, check summary, publication month. */
  region_slug: z.string(),
  department_slug: z.string(),
  published: z.string().nullable(),
  coverage_ratio: z.string(),
  check_summary: DocumentModel.shape.check_summary,
  /** As in the document metadata: the department type key and its Chinese name (null when unknown). */
  department_type: z.string().nullable().default(null),
  department_type_name: z.string().nullable().default(null),
  /** Why the status is not `ok` (one sentence in Chinese), null when `ok`. */
  status_reason: z.string().nullable().default(null),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

export const Index = z.object({ documents: z.array(IndexEntry) });

/** One row of facts.csv, in contract column order. */
export const FACT_COLUMNS = [
  'doc_id',
  'department',
  'fiscal_year',
  'doc_kind',
  'table_kind',
  'table_title',
  'entity',
  'row_code',
  'row_name',
  'column',
  'value',
  'measure',
  'unit',
  'source_line',
] as const;

/** Extra facts.csv columns (added after the contract's, never before). */
export const FACT_EXTRA_COLUMNS = ['table_id', 'row_block', 'other_code', 'placement'] as const;

export const CHECK_COLUMNS = [
  'doc_id',
  'check_id',
  'status',
  'title',
  'message',
  'expected',
  'actual',
  'difference',
  'tolerance',
  'refs',
] as const;
