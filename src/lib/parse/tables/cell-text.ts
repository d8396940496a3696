import type { Cell, Measure } from '../../model/table.ts';
import { classifyCell, makeCell } from './cells.ts';
import type { TableContext } from './context.ts';
import { cellLabel } from '../../text/clean.ts';
import { cellKey, type SourceLine } from '../../text/lines.ts';

// The cells of a segmented document are clean (src/lib/parse/segment.ts removes conversion markup once).

/** Text of a cell, wrapped CJK joined. */
export function text(l: SourceLine, i: number): string {
  return cellLabel(l.cells[i] ?? '');
}

/** Clean text without any whitespace, for matching labels. */
export function flat(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

export function isBlankCell(raw: string | undefined): boolean {
  return (raw ?? '').trim() === '';
}

/** Printed number, percentage or dash (`-`, `—`): a value slot rather than a label. */
export function isValueCell(raw: string | undefined): boolean {
  const k = classifyCell(raw ?? '');
  return k === 'number' || k === 'percent' || k === 'dash' || k === 'withheld';
}

export function isNumberCell(raw: string | undefined): boolean {
  const k = classifyCell(raw ?? '');
  return k === 'number' || k === 'percent';
}

/**
 * Build a cell of a performance table with its own measure and unit exponent (funds in 万元, scores in 分), and
 * record the printed cell as used for the numeric-coverage report.
 */
export function perfCell(ctx: TableContext, l: SourceLine, idx: number, column: string, measure: Measure, unit: string, exponent = 0): Cell {
  const raw = l.cells[idx] ?? '';
  const { cell, kind } = makeCell(raw, { column, line: l.n, unitExponent: exponent, unit, measure });
  if (kind === 'number' || kind === 'percent') ctx.used.set(cellKey(l, idx), 'value');
  if (kind === 'text') ctx.problem(l, `不是数字的数值单元格「${raw.trim()}」(column ${column})`, 'bad_number', 'warning');
  return cell;
}

/** Measure of a target / actual cell that happens to be a bare number or a percentage. */
export function valueMeasure(raw: string): { measure: Measure; unit: string } {
  return classifyCell(raw) === 'percent' ? { measure: 'percent', unit: '%' } : { measure: 'count', unit: '' };
}
