import type { Decimal } from '../decimal.ts';

/** A column's figures, the total row's first (null for a blank). */
export type ColumnFigures = readonly (Decimal | null)[];

/**
 * One figure column of a table drawn into two by position: a squeezed header repeated on each page, each page's
 * figures a few characters off the page before's (`12.06` ending at 56 on one page, `7.86` at 51 on the next), so
 * the same column read under two of the header's pieces, page by page. Two undecided columns are one when neither
 * holds together (`holds`: its total-row figure the sum of its 类 rows'), no row prints a figure in both, every
 * column between them is blank in every row, and their figures together hold (`12.06` = `4.20` of one page's 类 +
 * `7.86` of the next's). Returns each pair so found (the left column, the right one joined into it), left to right,
 * each column in one pair at most; `apart` the columns that do not hold, `figures` every column's. Pure.
 */
export function columnsDrawnApart(figures: readonly ColumnFigures[], apart: readonly number[], holds: (values: ColumnFigures) => boolean): [number, number][] {
  const printed = (j: number) => figures[j]!.some((v) => v !== null);
  const pairs: [number, number][] = [];
  const used = new Set<number>();
  for (const left of [...apart].sort((a, b) => a - b)) {
    if (used.has(left)) continue;
    let right = left + 1;
    while (right < figures.length && !printed(right)) right += 1;
    if (right >= figures.length || !apart.includes(right) || used.has(right)) continue;
    const a = figures[left]!;
    const b = figures[right]!;
    if (a.some((v, i) => v !== null && (b[i] ?? null) !== null)) continue;
    if (!holds(a.map((v, i) => v ?? b[i] ?? null))) continue;
    pairs.push([left, right]);
    used.add(left).add(right);
  }
  return pairs;
}
