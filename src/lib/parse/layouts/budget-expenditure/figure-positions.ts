import { cmp, parseDecimal, type Decimal } from '../../../decimal.ts';
import { trailingFigures } from '../../read/columns.ts';
import { pieces, type Positioned } from '../../read/piece.ts';
import type { Placement, Slot } from './placement.ts';

/**
 * Where a row's printed figures end, compared with the whole rows of its page (rows printing a figure in every column).
 *
 * `pdftotext -layout` lays out each line on its own: figures one space apart are squeezed together, each pushed
 * against the one before, while a figure standing after a wider gap (after blank cells) is written where it stands
 * on the page. Money is right-aligned in its cell, so the character column where such a figure ends is the end of
 * its column, and the whole row least squeezed on the page (for each column the rightmost end of its figures) tells
 * where each column ends. Of the placements the table identities leave, the one whose free-standing figures end
 * nearest the ends of their columns is the printed one.
 */

/** The pieces of a printed line that are its last `count` figures (its amount pieces after its last word), or null
 * when the line ends with fewer. */
export function lastFigures(raw: string, count: number): Positioned[] | null {
  const figures = trailingFigures(pieces(raw));
  return figures.length >= count && count > 0 ? figures.slice(figures.length - count) : null;
}

/** The positioned figures of a row whose printed values (non-blank `cells`, in order) end its line, or null when the
 * line's last figures are not those values. */
export function rowFigures(raw: string, cells: readonly Slot[]): Positioned[] | null {
  const values = cells.filter((c): c is Decimal => c !== null);
  const figures = lastFigures(raw, values.length);
  if (figures === null) return null;
  for (let i = 0; i < values.length; i++) {
    const d = parseDecimal(figures[i]!.text.replace(/,/g, ''));
    if (!d || cmp(d, values[i]!) !== 0) return null;
  }
  return figures;
}

/** The least difference (characters) by which the nearest placement must beat every other. */
const MARGIN = 2;

/** Where each column ends on a page: for each column the rightmost end of its figure in the page's whole rows (each
 * as many figures as the table has columns). Null without a whole row. */
export function columnEnds(wholeRows: readonly (readonly Positioned[])[]): number[] | null {
  if (wholeRows.length === 0) return null;
  return wholeRows[0]!.map((_, j) => Math.max(...wholeRows.map((r) => r[j]!.end)));
}

/** The columns a placement puts a row's printed figures in, in printed order. */
function figureColumns(p: Placement, cells: readonly Slot[]): number[] {
  return p.map.flatMap((k, col) => (k >= 0 && cells[k] !== null ? [col] : []));
}

/** Which of a row's figures stand free on its line: the first, and each after a gap wider than one space. */
const freeStanding = (figures: readonly Positioned[]) => figures.map((f, i) => i === 0 || f.start - figures[i - 1]!.end > 1);

/** A row already placed on the page: its printed line, its value cells and the placement it took. */
export interface SettledRow {
  raw: string;
  cells: readonly Slot[];
  placement: Placement;
}

/**
 * Where each column ends on a page that prints no whole row, read from the rows placed there already: for each
 * column the rightmost end of the free-standing figures (the first, and each after a gap wider than one space) the
 * placed rows put in it; undefined for a column none of them shows. Null when no column is shown.
 */
export function settledEnds(rows: readonly SettledRow[], width: number): (number | undefined)[] | null {
  const ends: (number | undefined)[] = Array.from({ length: width }, () => undefined);
  for (const r of rows) {
    const figures = rowFigures(r.raw, r.cells);
    const cols = figureColumns(r.placement, r.cells);
    if (figures === null || cols.length !== figures.length) continue;
    const free = freeStanding(figures);
    cols.forEach((col, i) => {
      if (free[i]) ends[col] = Math.max(ends[col] ?? -Infinity, figures[i]!.end);
    });
  }
  return ends.some((e) => e !== undefined) ? ends : null;
}

/**
 * The one placement among `candidates` whose free-standing figures (the first, and each after a gap wider than one
 * space) end nearest the `ends` of their columns (`columnEnds`), nearer by `MARGIN` characters in all than every
 * other; null when the line's figures are not the row's values or the positions cannot decide.
 */
export function byColumnEnds(candidates: readonly Placement[], cells: readonly Slot[], raw: string, ends: readonly (number | undefined)[]): Placement | null {
  if (candidates.length < 2) return null;
  const figures = rowFigures(raw, cells);
  if (figures === null) return null;
  const free = freeStanding(figures);
  // (a free-standing figure put in a column whose end is not known scores the placement out)
  const off = (i: number, col: number) => (!free[i] ? 0 : ends[col] === undefined ? Infinity : Math.abs(figures[i]!.end - ends[col]!));
  const scored = candidates.map((p) => {
    const pick = figureColumns(p, cells);
    const c = pick.length === figures.length ? pick.reduce((sum, col, i) => sum + off(i, col), 0) : Infinity;
    return { p, c };
  });
  scored.sort((a, b) => a.c - b.c);
  return scored[0]!.c < Infinity && scored[1]!.c - scored[0]!.c >= MARGIN ? scored[0]!.p : null;
}
