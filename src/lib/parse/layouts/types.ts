import type { z } from 'zod';
import type { Evaluation } from '../../model/performance.ts';
import type { Row } from '../../model/table.ts';
import type { TableBlock } from '../segment.ts';
import type { TableContext } from '../tables/context.ts';
import type { Grid } from '../tables/grid.ts';
import type { SourceLine } from '../../text/lines.ts';

/** Evaluation as a layout parser builds it: defaulted fields may be omitted (Evaluation.safeParse fills them). */
export type EvaluationInput = z.input<typeof Evaluation>;

/** Everything a layout parser read from one table block, in one pass over its grid. */
export interface ParsedTable {
  columns: string[];
  rows: Row[];
  /**
   * The 绩效 evaluations the same reading found (a self-evaluation form, the targets of a 绩效目标表). Their
   * `table_id` is left empty: the ingest sets it once the tables are numbered, and validates each one.
   */
  evaluations?: EvaluationInput[];
  /**
   * A reader that refused columns it could not tell apart (their header words run together): the table read again,
   * into a fresh context, with those columns' figures kept under the printed words, their meaning undecided. The
   * ingest writes that reading only when a document-level stage settles its columns by another table.
   */
  readUndecided?: (ctx: TableContext) => ParsedTable;
}

/** The other table blocks of the document (for parsers that compare sibling tables, e.g. budget dropped cells). */
export interface DocBlocks {
  blocks: readonly TableBlock[];
  /** The document's lines as read (index = line number − 1), for a parser that rereads lines a reader joined away. */
  lines?: readonly SourceLine[];
}

/** A layout parser: one printed layout family → rows (and evaluations). Pure; problems go to the context. */
export type LayoutParser = (grid: Grid, ctx: TableContext, block: TableBlock, doc?: DocBlocks) => ParsedTable;

/** The last source line of a block (its title line when it has no other line). A loop: a huge block must not be spread. */
export function blockEndLine(block: TableBlock): number {
  let last = block.titleLine;
  for (const l of block.lines) if (l.n > last) last = l.n;
  return last;
}

/** Columns that carry 行次/栏次 numbers, never values. */
export function isRowNumberColumn(label: string): boolean {
  const last = label.split('/').pop() ?? '';
  return /^(?:行次|栏次|序号)$/.test(last);
}

export function lastSegment(label: string): string {
  return label.split('/').pop() ?? label;
}

/** Width of the printed header (cells beyond it in a data row are "too many cells"); data width when no header. */
export function headerWidth(grid: { header: string[][]; rows: { cells: string[] }[] }): number {
  if (grid.header.length > 0) return Math.max(...grid.header.map((r) => r.length));
  return grid.rows.reduce((m, r) => Math.max(m, r.cells.length), 0); // no spread: rows can be many
}
