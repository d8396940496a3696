/**
 * The positioned-text core: text pieces with their start and end column on a line become cells of one column model.
 * The spaced reader (`pdftotext -layout` text) feeds it character columns; a PDF reader with x positions can feed it
 * the same way. Pure and linear in the number of pieces (sorting aside).
 */
import { isAmountText, joinPieces, nearest, overlaps, type ColumnModel, type Positioned } from './columns.ts';

export { isAmountText, joinPieces, overlap, overlaps, pushedByName, type Column, type ColumnKind, type ColumnModel, type Positioned, type PositionedLine } from './columns.ts';
export { buildColumns } from './column-build.ts';
export { columnsFromNumbers } from './numbered-columns.ts';

/** Cells of one line under a column model: each piece into the column it overlaps most (else the nearest), never left
 * of the column of the piece printed before it; a blank cell stays an empty string, so position, not count, decides the column. Two pieces in one column are joined and
 * reported as `crowded` (a value may have landed in the wrong column). */
export function placeParts(
  parts: Positioned[],
  model: ColumnModel,
): { cells: string[]; spans: { start: number; end: number }[]; crowded: boolean } {
  const cells = model.columns.map(() => '');
  const spans = model.columns.map((c) => ({ start: c.start, end: c.end }));
  const used = model.columns.map(() => false);
  const occupant: (Positioned | null)[] = model.columns.map(() => null);
  let crowded = false;
  // (pieces come in printed order: none goes into a column left of the piece before it, which overlapping columns
  // would otherwise allow; it shares that piece's column, or takes it with that piece moved left)
  let last = 0;
  for (const p of parts) {
    const j = Math.max(nearest(model.columns, p), last);
    // columns may overlap (blank columns known from header words wrapped off their centre): the piece already in the
    // column moves to the free column on its left that it also overlaps, rather than two pieces sharing one cell
    const prev = occupant[j];
    if (used[j] && prev && j > 0 && !used[j - 1] && prev.end <= p.start && overlaps(model.columns[j - 1]!, prev)) {
      cells[j - 1] = prev.text;
      spans[j - 1] = { start: prev.start, end: prev.end };
      used[j - 1] = true;
      occupant[j - 1] = prev;
      cells[j] = p.text;
      spans[j] = { start: p.start, end: p.end };
      occupant[j] = p;
      last = j;
      continue;
    }
    occupant[j] = p;
    last = j;
    if (used[j]) {
      if (isAmountText(p.text) || isAmountText(cells[j]!)) crowded = true;
      cells[j] = joinPieces([cells[j]!, p.text]);
      spans[j] = { start: Math.min(spans[j]!.start, p.start), end: Math.max(spans[j]!.end, p.end) };
    } else {
      cells[j] = p.text;
      spans[j] = { start: p.start, end: p.end };
      used[j] = true;
    }
  }
  return { cells, spans, crowded };
}

/** True when every piece of the line overlaps a column of the model (used to carry a model across a page break). */
export function fitsModel(parts: Positioned[], model: ColumnModel): boolean {
  return parts.every((p) => model.columns.some((c) => overlaps(c, p)));
}

