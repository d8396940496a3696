/**
 * The columns a squeezed page's whole rows show by where their run-starting figures end. On a page of a squeezed table
 * no other row fills, a row printing a figure in every value column may still print them as several runs (its first
 * figures packed one space apart from the total column on, the last ones each right-aligned in a narrow cell a gap
 * after the figure before): each figure of such a row stands in its own column, so the first figure of each of its
 * runs after the first ends where that column's run-starting figures end on the page, and a gap between two of its runs
 * holds no blank column. Pure.
 */
import type { Positioned } from './columns.ts';
import { APART } from './piece.ts';

/**
 * For the whole rows of one page (each its trailing figures, one per value column), the value column of each end of a
 * figure starting a run after the row's first (a figure more than one space after the one before): a list of
 * `[end, column]`, ascending by end. Null when a whole row prints one run (it shows no column's run start), or two ends
 * within APART of each other fall in different columns, or a later end falls in an earlier column (the rows drift).
 */
export function wholeRowEnds(whole: readonly (readonly Positioned[])[]): [number, number][] | null {
  const pins = new Map<number, number>();
  for (const figures of whole) {
    let runs = 0;
    figures.forEach((f, c) => {
      if (c > 0 && f.start - figures[c - 1]!.end > 1) {
        runs++;
        if (pins.has(f.end) && pins.get(f.end) !== c) runs = -Infinity;
        pins.set(f.end, c);
      }
    });
    if (runs <= 0) return null;
  }
  const sorted = [...pins.entries()].sort((a, b) => a[0] - b[0]);
  const agree = sorted.every(([e, c], i) => {
    if (i === 0) return true;
    const [pe, pc] = sorted[i - 1]!;
    return e - pe <= APART ? c === pc : c > pc;
  });
  return agree ? sorted : null;
}

/** The column a run-starting figure ending at `end` stands in by the pins of `wholeRowEnds` (an end within APART of a
 * pinned one), undefined when no pin is near. */
export function pinnedColumn(pins: readonly [number, number][], end: number): number | undefined {
  return pins.find(([e]) => Math.abs(e - end) <= APART)?.[1];
}
