/**
 * The only row of a table placed again by how its figures stand apart. An empty table's 合计 row of zeros under a
 * squeezed header prints its figures one space apart where their cells touch and leaves a wider gap where blank cells
 * stand between: one blank cell in a gap no wider than a figure and its space, one or more in a wider gap; pdftotext draws a crowded header left of where it prints, never right, so a figure placed by
 * position stands in its column or one right of it, never left. When the placement by position puts figures one space
 * apart into columns that are not neighbours, or figures a gap apart into neighbours, the figures are placed again:
 * every placement in order that keeps touching figures in neighbouring columns, figures a gap apart with a column
 * between (one column in a narrow gap), a 行次 or the row's label (`合计`) before the first figure measured alike (one
 * space before it: the first figure column), and each figure at or left of its column by position; a figure every such placement puts in
 * one column is read there, any other is left unread and the row reported (`ambiguous`); when no figure is so decided
 * the placement by position stands. Only a row whose figures are all as wide (their gaps then measure the cells), two
 * of them, or its lead and first figure, one space apart (the row squeezed), under more figure and blank columns than
 * it prints figures, each headed by known words of its own, right of the label columns (text, or headed by label words:
 * a row printing no label but its 行次 too). Under columns laid out from the spacing itself
 * (`spacedOnlyRow`, `only-row.ts`) no position bounds the figures, and a row none of whose figures is decided is left
 * unread.
 */
import { trailingFigures, type ColumnModel } from './columns.ts';
import type { Positioned } from './piece.ts';
import { placements } from './figure-order.ts';
import { agreedColumns } from './row-totals.ts';
import { headedByKnownWords, labelColumnCount } from './header-cover.ts';
import type { Placed } from './placed.ts';
import { isRowNumberText } from './row-numbers.ts';

/** Spaces between two pieces at most for their cells to touch (a blank cell between leaves a wider gap). */
const TOUCHING = 1;

/**
 * The piece printed just before the row's figures, in a label cell: its 行次, or the last piece of its label (`合计`).
 * A lead touching the first figure (one space apart) puts it in the first figure column: no cell stands between.
 */
export function leadOf(parts: readonly Positioned[], figures: readonly Positioned[]): Positioned | null {
  const k = parts.indexOf(figures[0]!);
  return k > 0 ? parts[k - 1]! : null;
}

/**
 * A placement in order (`pick`, each figure's value column) keeping how the figures stand apart: a lead touching the
 * first figure puts it in the first column, figures one space apart stand in neighbouring columns, figures a gap apart
 * with a column between, one only when the gap is no wider than a figure and its space (a lead and the first figure
 * alike).
 */
export function keepsSpacing(pick: readonly number[], figures: readonly Positioned[], lead: Positioned | null): boolean {
  const width = figures[0]!.text.length;
  // (columns a gap apart: one blank column between when the gap is no wider than a figure and its space, one or more
  // when wider)
  const apart = (gap: number, step: number) => (gap <= TOUCHING ? step === 1 : gap <= width + TOUCHING ? step === 2 : step >= 2);
  return pick.every((c, i) => {
    if (i === 0) return lead === null || apart(figures[0]!.start - lead.end, c + 1);
    return apart(figures[i]!.start - figures[i - 1]!.end, c - pick[i - 1]!);
  });
}

/**
 * A placement in order (`pick`) spacing the row's blank cells evenly: of the gaps wider than touching and a space
 * (between two figures, or between the row's label and its first figure; a 行次 number's cell may be as wide as it
 * likes, so not after it), two within one character of each other hold as many blank cells, and a gap wider by two or
 * more holds no fewer (`合计       0.00        0.00`: gaps of 7 and 8 hold two blank cells each, never one and two).
 * The cells of one row are laid out alike; how wide one is differs from table to table, so only the row's gaps measure
 * each other.
 */
export function keepsEvenGaps(pick: readonly number[], figures: readonly Positioned[], lead: Positioned | null): boolean {
  const gaps: { gap: number; blanks: number }[] = [];
  if (lead !== null && !isRowNumberText(lead.text)) gaps.push({ gap: figures[0]!.start - lead.end, blanks: pick[0]! });
  figures.forEach((f, i) => {
    if (i > 0) gaps.push({ gap: f.start - figures[i - 1]!.end, blanks: pick[i]! - pick[i - 1]! - 1 });
  });
  const wide = gaps.filter((g) => g.gap > TOUCHING + 1);
  return wide.every((a) => wide.every((b) => (Math.abs(a.gap - b.gap) <= 1 ? a.blanks === b.blanks : a.gap > b.gap || a.blanks <= b.blanks)));
}

/** Whether pdftotext may have pushed the row's figure `i` right: it stands one space after the figure before it (the
 * first figure, after the row's lead). A figure written clear of the piece before it stands where it prints. */
export function pushedFigure(figures: readonly Positioned[], lead: Positioned | null, i: number): boolean {
  const before = i === 0 ? lead : figures[i - 1]!;
  return before !== null && figures[i]!.start - before.end <= TOUCHING;
}

/** Whether the row is squeezed: two of its figures, or its lead and first figure, one space apart. */
export function squeezedRow(figures: readonly Positioned[], lead: Positioned | null): boolean {
  const touching = (a: Positioned, b: Positioned) => b.start - a.end <= TOUCHING;
  return figures.some((f, i) => i > 0 && touching(figures[i - 1]!, f)) || (lead !== null && touching(lead, figures[0]!));
}

/** Each figure's column in every placement keeping the spacing, at most `bound` (by position) when given, and at least
 * `floor` when given; -1 where those placements differ (or none keeps it). */
export function decidedBySpacing(columns: number, figures: readonly Positioned[], lead: Positioned | null, bound?: readonly number[], floor?: readonly number[]): number[] {
  const within = (p: readonly number[]) => (bound === undefined || p.every((c, i) => c <= bound[i]!)) && (floor === undefined || p.every((c, i) => c >= floor[i]!));
  const candidates = placements(columns, figures.length).filter((p) => keepsSpacing(p, figures, lead) && within(p));
  return candidates.length > 0 ? agreedColumns(candidates) : figures.map(() => -1);
}

/** The row placed again (see the module comment), or null when its placement by position stands. */
export function respaceOnlyRow(placed: Placed, parts: readonly Positioned[], model: ColumnModel): Placed | null {
  if (model.spacedOnlyRow) return placeBySpacing(placed, parts, model);
  if (model.besideOnlyRow) return null;
  // (the label columns: text, or headed by label words, 行次 too, however blank the row leaves them)
  const labels = labelColumnCount(model);
  const values = model.columns.map((_, j) => j).filter((j) => j >= labels);
  if (labels === 0 || values.length < 2) return null;
  // (columns the header names apart, by words the vocabulary knows: no two figure columns under the same words)
  const paths = values.map((j) => model.header.map((r) => r[j] ?? '').join('/'));
  if (new Set(paths).size !== paths.length || !headedByKnownWords(model, values)) return null;
  const trailing = trailingFigures(parts);
  const filled = values.filter((j) => placed.cells[j] !== '');
  // (figures the placement by position crowded into one cell, `0.00 0.00 0.00`, each taken by that cell's column)
  const printed = filled.flatMap((j) => placed.cells[j]!.split(' '));
  const taken = filled.flatMap((j) => placed.cells[j]!.split(' ').map(() => values.indexOf(j)));
  const figures = trailing.slice(trailing.length - printed.length);
  // (only under columns that leave room for blank cells: more of them than the row prints figures)
  // (every figure the cells print among the row's trailing figures: a cell holding a piece that is none, a 行次 read
  // into it, is not respaced)
  if (figures.length === 0 || figures.length !== printed.length || figures.length >= values.length || figures.some((f, i) => f.text !== printed[i])) return null;
  if (figures.some((f) => f.text.length !== figures[0]!.text.length)) return null;
  // (a 行次 or the row's label printed before the figures, in a label cell)
  const lead = leadOf(parts, figures);
  // (a squeezed row: two of its figures, or its lead and first figure, one space apart, cells as wide as their figures)
  if (!squeezedRow(figures, lead)) return null;
  if (keepsSpacing(taken, figures, lead)) return null;
  const decided = decidedBySpacing(values.length, figures, lead, taken);
  // (no figure decided: the row stands as placed by position)
  if (decided.every((c) => c < 0)) return null;
  return withDecided(placed, values, figures, decided);
}

/** The cells of the row with each decided figure in its value column, the others left unread (`ambiguous`). */
function withDecided(placed: Placed, values: readonly number[], figures: readonly Positioned[], decided: readonly number[]): Placed {
  const cells = placed.cells.map((c, j) => (values.includes(j) ? '' : c));
  const spans = [...placed.spans];
  decided.forEach((c, i) => {
    if (c < 0) return;
    cells[values[c]!] = figures[i]!.text;
    spans[values[c]!] = { start: figures[i]!.start, end: figures[i]!.end };
  });
  // (figures crowded into one cell by position each stand in a cell of their own now, or are left unread)
  const crowded = placed.crowded && !values.some((j) => placed.cells[j]!.includes(' '));
  return { cells, spans, crowded, ambiguous: decided.some((c) => c < 0) };
}

/** The only row under columns laid out from its figures' spacing, not found by position (`only-row.ts`): each figure
 * where every placement keeping the spacing puts it, the others left unread. */
function placeBySpacing(placed: Placed, parts: readonly Positioned[], model: ColumnModel): Placed {
  const values = model.columns.map((_, j) => j).slice(model.columns.length - model.spacedOnlyRow!);
  const figures = trailingFigures(parts).slice(-values.filter((j) => placed.cells[j] !== '').length);
  if (figures.length === 0) return placed;
  return withDecided(placed, values, figures, decidedBySpacing(values.length, figures, leadOf(parts, figures)));
}
