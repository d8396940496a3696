/**
 * The only row of a table placed again by how its figures stand apart. An empty table's 合计 row of zeros under a
 * squeezed header prints its figures one space apart where their cells touch and leaves a gap at least as wide as a figure
 * where a blank cell stands between; pdftotext draws a crowded header left of where it prints, never right, so a figure placed by
 * position stands in its column or one right of it, never left. When the placement by position puts figures one space
 * apart into columns that are not neighbours, or figures a gap apart into neighbours, the figures are placed again:
 * every placement in order that keeps touching figures in neighbouring columns, figures a gap apart with a column
 * between, a 行次 one space before the first figure with it in the first figure column, and each figure at or left of
 * its column by position; a figure every such placement puts in one column is read there, any other is left unread
 * and the row reported (`ambiguous`); when no figure is so decided the placement by position stands. Only a row whose figures are all as wide (their gaps then measure the cells), two
 * of them one space apart (the row squeezed), under
 * more figure and blank columns than it prints figures, each headed by known words of its own.
 */
import { trailingFigures, type ColumnModel } from './columns.ts';
import type { Positioned } from './piece.ts';
import { placements } from './figure-order.ts';
import { headedByKnownWords } from './header-cover.ts';
import type { Placed } from './placed.ts';

/** Spaces between two pieces at most for their cells to touch (a blank cell between stands as wide as a figure). */
const TOUCHING = 1;

/** The row placed again (see the module comment), or null when its placement by position stands. */
export function respaceOnlyRow(placed: Placed, parts: readonly Positioned[], model: ColumnModel): Placed | null {
  const kinds = model.columns.map((c) => c.kind);
  const lastText = kinds.lastIndexOf('text');
  const values = kinds.map((_, j) => j).filter((j) => j > lastText);
  if (lastText < 0 || values.length < 2) return null;
  // (columns the header names apart, by words the vocabulary knows: no two figure columns under the same words)
  const paths = values.map((j) => model.header.map((r) => r[j] ?? '').join('/'));
  if (new Set(paths).size !== paths.length || !headedByKnownWords(model, values)) return null;
  const trailing = trailingFigures(parts);
  const filled = values.filter((j) => placed.cells[j] !== '');
  const figures = trailing.slice(trailing.length - filled.length);
  // (only under columns that leave room for blank cells: more of them than the row prints figures)
  if (figures.length < 2 || figures.length >= values.length || figures.some((f, i) => f.text !== placed.cells[filled[i]!])) return null;
  if (figures.some((f) => f.text.length !== figures[0]!.text.length)) return null;
  // (a 行次 printed before the figures, in a label cell)
  const lead = trailing.length > figures.length ? trailing[trailing.length - figures.length - 1]! : null;
  const taken = filled.map((j) => values.indexOf(j));
  const width = figures[0]!.text.length;
  const gap = (i: number) => figures[i]!.start - figures[i - 1]!.end;
  // (a squeezed row: two of its figures one space apart, cells as wide as their figures)
  if (!figures.some((_, i) => i > 0 && gap(i) <= TOUCHING)) return null;
  const fits = (pick: readonly number[]) =>
    pick.every((c, i) => {
      if (i === 0) return lead === null || figures[0]!.start - lead.end > TOUCHING || c === 0;
      if (gap(i) <= TOUCHING) return c === pick[i - 1]! + 1;
      return gap(i) < width || c > pick[i - 1]! + 1;
    });
  if (fits(taken)) return null;
  const candidates = placements(values.length, figures.length).filter((p) => fits(p) && p.every((c, i) => c <= taken[i]!));
  const decided = figures.map((_, i) => (candidates.length > 0 && candidates.every((p) => p[i] === candidates[0]![i]) ? candidates[0]![i]! : -1));
  // (no figure decided: the row stands as placed by position)
  if (decided.every((c) => c < 0)) return null;
  const cells = placed.cells.map((c, j) => (values.includes(j) ? '' : c));
  const spans = [...placed.spans];
  decided.forEach((c, i) => {
    if (c < 0) return;
    cells[values[c]!] = figures[i]!.text;
    spans[values[c]!] = { start: figures[i]!.start, end: figures[i]!.end };
  });
  return { cells, spans, crowded: placed.crowded, ambiguous: decided.some((c) => c < 0) };
}
