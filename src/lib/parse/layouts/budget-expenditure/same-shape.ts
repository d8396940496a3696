import type { Placement } from './placement.ts';

/** A row as the placement reads it: its printed value cells and, once settled, its placement and how. */
export interface ShapedRow {
  /** The printed value cells (blank `''`), as placed. */
  raw: readonly string[];
  /** The cell each value was read from, when read in printed order (null: as printed). */
  origin: readonly number[] | null;
  candidates: readonly Placement[];
  chosen: Placement | null;
  /** How the placement was settled (`identities`: the row's own figures left one). */
  how: string | null;
}

/** The row's printed cells, figures and blanks, as a pattern: rows of one shape print their figures in the same cells. */
function shape(r: ShapedRow): string {
  return `${r.origin ? 'o' : 'p'}:${r.raw.map((c) => (c.trim() === '' ? '_' : 'f')).join('')}`;
}

/**
 * The placement of a row its own figures leave open (zeros, which hold every identity in any column: `994.39 0.00
 * 0.00 0.00 0.00 0.00 994.39 924.78 69.61`), taken from the rows of the same table that print their figures in the same
 * cells and were each placed by their own figures alone (their identities, or their identities and spacing: `276.36
 * 374.28` three spaces apart, a blank column between): a table that drops the same blank cells on every row (the two
 * 小计 of 人员经费 and 公用经费, never printed) prints the same columns on every row of that shape. Only when at least two
 * such rows were placed, all of them the same way, and that placement is one the row's identities keep; null otherwise.
 */
export function bySameShape(row: ShapedRow, rows: readonly ShapedRow[]): Placement | null {
  const s = shape(row);
  const like = rows.filter((o) => o !== row && (o.how === 'identities' || o.how === 'gaps') && o.chosen && shape(o) === s);
  if (like.length < 2) return null;
  const key = (p: Placement) => p.map.join(',');
  const maps = new Set(like.map((o) => key(o.chosen!)));
  if (maps.size !== 1) return null;
  const [only] = maps;
  return row.candidates.find((p) => key(p) === only) ?? null;
}
