import { z } from 'zod';

/** Semantic table kinds (open-data contract), independent of the printed 公开NN表 / 预算NN表 number. */
export const FINAL_TABLE_KINDS = [
  'final_summary',
  'final_income',
  'final_expenditure',
  'final_fiscal_summary',
  'final_general_expenditure',
  'final_general_basic',
  'final_gov_fund',
  'final_state_capital',
  'final_three_public',
  'final_disclosure_stats',
] as const;

export const BUDGET_TABLE_KINDS = [
  'budget_summary',
  'budget_income',
  'budget_expenditure',
  'budget_fiscal_summary',
  'budget_general_expenditure',
  'budget_general_basic',
  'budget_general_basic_detail',
  'budget_economic_summary',
  'budget_three_public',
  'budget_gov_fund',
  'budget_state_capital',
  'budget_projects',
  'budget_operating_costs',
] as const;

export const PERF_TABLE_KINDS = [
  'perf_overall_selfeval',
  'perf_project_selfeval',
  'perf_overall_targets',
  'perf_project_targets',
] as const;

export const TABLE_KINDS = [...FINAL_TABLE_KINDS, ...BUDGET_TABLE_KINDS, ...PERF_TABLE_KINDS, 'other'] as const;

/** A table kind from the open-data contract; `other` for a table that fits none (always reported as a problem). */
export const TableKind = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKind>;

/** What a numeric value measures: money in 元, a count (vehicles, people), a score (分) or a percentage. */
export const Measure = z.enum(['yuan', 'count', 'score', 'percent']);
export type Measure = z.infer<typeof Measure>;

/** One printed cell of a table row. */
export const Cell = z.object({
  /** Column label: multi-level headers joined top to bottom with `/` (e.g. `基本支出/人员经费/工资福利支出`). */
  column: z.string(),
  /** The cell text exactly as printed (after conversion-noise cleaning). Empty string for a blank cell. */
  raw: z.string(),
  /**
   * Exact decimal string of the value in its measure: 元 for money (万元 multiplied exactly), the number for
   * counts, scores and percentages. `null` when the cell is blank, withheld or not a number. Blank is not zero.
   */
  value: z.string().nullable(),
  /** What the value measures. */
  measure: Measure,
  /** Unit as printed for this cell (`万元`, `元`, `分`, `%`, `辆`, …). */
  unit: z.string(),
  /** True when the printed cell is empty. */
  blank: z.boolean(),
  /** True when the value is withheld (涉密 … `XXXX`): not zero, not missing — not published. */
  withheld: z.boolean().default(false),
  /** 1-based line of the cell in the source text. */
  line: z.number().int().positive(),
  /** How the cell was placed when the text conversion dropped blank cells (`printed` when it was not moved). */
  placement: z.enum(['printed', 'inferred']).default('printed'),
});
export type Cell = z.infer<typeof Cell>;

/** One printed row of a table (after unpivoting side-by-side layouts, each printed label is its own row). */
export const Row = z.object({
  /** Classification code as printed, digits only (split 类/款/项 columns joined: 215 05 17 → 2150517); null when none. */
  code: z.string().nullable(),
  /** Row label as printed, markup removed. */
  name: z.string(),
  /** For unit-by-unit tables: `<code> <name>` of the budget unit; for per-project tables: the project name. */
  entity: z.string().nullable().default(null),
  /** For side-by-side layouts: which printed block the row came from (`收入`, `支出`, `人员经费` …). */
  block: z.string().nullable().default(null),
  /** Other classification codes kept from the row (e.g. 政府预算经济分类 next to 部门预算经济分类). */
  extra_codes: z.record(z.string(), z.string()).default({}),
  /** True for a total/subtotal row (合计, 总计, 小计, 人员经费合计 …). */
  is_total: z.boolean().default(false),
  /**
   * Level in the classification hierarchy: 1 类, 2 款, 3 项 — from the code length, or, for a table printed without
   * codes, from the label's indentation. null when the table has no hierarchy (or for a total row).
   */
  level: z.number().int().min(1).nullable().default(null),
  /** Source line of the row's parent in the hierarchy (the 类 row of a 款 row …); null for top-level and total rows. */
  parent_line: z.number().int().positive().nullable().default(null),
  /** 1-based source line of the row. */
  line: z.number().int().positive(),
  cells: z.array(Cell),
});
export type Row = z.infer<typeof Row>;

/** One table of a disclosure, merged across page breaks. */
export const Table = z.object({
  /** Stable id within the document: `<kind>` or `<kind>-<n>` when a kind repeats (e.g. one per project). */
  id: z.string(),
  kind: TableKind,
  /** Title as printed (markup removed). */
  title: z.string(),
  /** Printed table number (`公开01表`, `预算03表`), null when unnumbered. */
  number: z.string().nullable(),
  /** Unit as printed (`万元`, `元`). */
  unit: z.string(),
  /** Multiplier from the printed unit to 元 as a power of ten (万元 → 4, 元 → 0). */
  unit_exponent: z.number().int(),
  /** Printed precision in 元, as an exact decimal string (0.01万元 → "100", 0.1万元 → "1000", 0.01元 → "0.01"). */
  precision: z.string(),
  /** Flattened column labels, in printed order (行次/栏次 columns excluded). */
  columns: z.array(z.string()),
  rows: z.array(Row),
  /** True when the table holds no data (only zero totals or nothing). */
  empty: z.boolean(),
  /** The printed "本表无数据" statement when present. */
  empty_statement: z.string().nullable(),
  /** Printed notes (注：…, 说明：…). */
  notes: z.array(z.string()),
  /** Department / unit named on the table's 部门： line. */
  printed_department: z.string().nullable(),
  /** First and last source line of the table (title to last row or note). */
  start_line: z.number().int().positive(),
  end_line: z.number().int().positive(),
  /** Lines where a page break repeated the title/header and the table continues. */
  continuation_lines: z.array(z.number().int().positive()),
});
export type Table = z.infer<typeof Table>;
