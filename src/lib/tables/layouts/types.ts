import type { Row } from '../../model/table.ts';
import type { TableBlock } from '../../segment.ts';
import type { TableContext } from '../context.ts';
import type { Grid } from '../grid.ts';

export interface ParsedTable {
  columns: string[];
  rows: Row[];
}

/** A layout parser: one printed layout family → rows. Pure; problems go to the context. */
export type LayoutParser = (grid: Grid, ctx: TableContext, block: TableBlock) => ParsedTable;

/** Columns that carry 行次/栏次 numbers, never values. */
export function isRowNumberColumn(label: string): boolean {
  const last = label.split('/').pop() ?? '';
  return /^(?:行次|栏次|序号)$/.test(last);
}

export function lastSegment(label: string): string {
  return label.split('/').pop() ?? label;
}
