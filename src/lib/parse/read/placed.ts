/**
 * A line placed on a table's columns: its cells, each cell's span on the line, and whether a cell holds two figures.
 * The re-placing steps after the first placement (by neighbours, by totals, the total first, an empty table's only
 * row) take one and return another. Pure.
 */
import type { ColumnModel, Positioned } from './columns.ts';

/** A line's cells on a table's columns, with where each stands (a blank cell spans its column): `ambiguous` when some
 * figure was left unread, `bySummary` when some figure was put in the source column most of a squeezed 收入 table's
 * rows allow, for the settle stage to check by the 总表. */
export type Placed = { cells: string[]; spans: { start: number; end: number }[]; crowded: boolean; ambiguous?: boolean; bySummary?: boolean };

/**
 * `placed` with its value cells (the model's columns from `labels` on) filled again: figure `i` of `figures` in value
 * column `fit[i]`, the other value cells blank. `d` is the shift the figures were placed with (their spans stand
 * shifted by it).
 */
export function withFigures(placed: Placed, model: ColumnModel, labels: number, figures: readonly Positioned[], fit: readonly number[], d: number): Placed {
  const cells = placed.cells.slice(0, labels);
  const spans = placed.spans.slice(0, labels);
  for (let j = labels; j < model.columns.length; j++) {
    const f = figures[fit.indexOf(j - labels)];
    const c = model.columns[j]!;
    cells.push(f === undefined ? '' : f.text);
    spans.push(f === undefined ? { start: c.start, end: c.end } : { start: f.start + d, end: f.end + d });
  }
  return { cells, spans, crowded: false };
}

/** Whether `pick` puts a row's `figures` one space apart in neighbouring columns (pdftotext draws a blank cell between
 * two figures as a gap). */
export function touchingAsNeighbours(figures: readonly Positioned[], pick: readonly number[]): boolean {
  return pick.every((j, i) => i === 0 || figures[i]!.start - figures[i - 1]!.end > 1 || j === pick[i - 1]! + 1);
}
