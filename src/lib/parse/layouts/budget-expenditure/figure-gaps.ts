import { cmp, parseDecimal } from '../../../decimal.ts';
import type { Placement, Slot } from './placement.ts';

/**
 * The spaces between a row's printed figures, as `pdftotext -layout` writes them.
 *
 * The conversion places each figure at its printed x position: two figures of neighbouring columns stand one space
 * apart when the table is squeezed, while a blank column between them leaves at least its own width of spaces. So
 * two figures printed one space apart are in neighbouring columns, and no dropped blank cell lies between them.
 */

const FIGURE = /(?<![^ ])-?\d[\d,]*(?:\.\d+)?(?![^ ])/g;

/**
 * For each printed figure of a row (the non-blank `cells`, in order), whether the next figure stands one space after
 * it. Read from the end of the line as printed: its last figures are the row's values. Null when the line's figures
 * do not match the cells (a figure read from another line, a figure joined to text).
 */
export function oneSpaceAfter(raw: string, cells: readonly Slot[]): boolean[] | null {
  const values = cells.filter((c): c is NonNullable<Slot> => c !== null);
  const found = [...raw.matchAll(FIGURE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  if (found.length < values.length || values.length === 0) return null;
  const figures = found.slice(found.length - values.length);
  for (let i = 0; i < values.length; i++) {
    const d = parseDecimal(figures[i]!.text.replace(/,/g, ''));
    if (!d || cmp(d, values[i]!) !== 0) return null;
  }
  const tail = raw.slice(figures[figures.length - 1]!.end);
  if (tail.trim() !== '') return null;
  return figures.map((f, i) => i + 1 < figures.length && raw.slice(f.end, figures[i + 1]!.start) === ' ');
}

/**
 * The placements that put no blank column between two figures printed one space apart (see `oneSpaceAfter`).
 * `cells` are the row's printed cells (null = blank) the placements index into.
 */
export function byFigureGaps(candidates: readonly Placement[], cells: readonly Slot[], raw: string): Placement[] {
  const tight = oneSpaceAfter(raw, cells);
  if (!tight) return [...candidates];
  // Index among the figures of each non-blank printed cell.
  const figureOf = new Map<number, number>();
  cells.forEach((c, k) => {
    if (c !== null) figureOf.set(k, figureOf.size);
  });
  return candidates.filter((p) => {
    const placed = p.map.map((k, col) => ({ k, col })).filter((x) => x.k >= 0 && figureOf.has(x.k));
    for (let i = 0; i + 1 < placed.length; i++) {
      const a = placed[i]!;
      const b = placed[i + 1]!;
      if (tight[figureOf.get(a.k)!] && b.col - a.col > 1) return false;
    }
    return true;
  });
}
