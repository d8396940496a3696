/**
 * The value columns of a block of a page's lines from where all their figures end. pdftotext may draw one page in
 * blocks of lines, each setting the columns after the total its own way: on one page the 项目支出 of the upper rows ends
 * at 53 and of the lower rows at 57, where the upper rows' 上缴上级支出 ends at 58, so no one set of columns, and no
 * whole row of the other block, places the lower rows' figures standing after blank cells. Money is right-aligned in
 * its cell, so within one block every figure of a column ends at one place, give or take a character or two (a figure
 * packed one space after another ends a little left of its cell's edge). A run of consecutive lines every figure of
 * which ends in one of exactly as many places as the table has value columns (ends within APART of their place's
 * first, places more than APART apart), no line putting two figures in one place, shows every column where it ends:
 * each place is a column, in order, and the lines' figures are placed there. The run is taken line by line from the
 * top of the page: a line whose figures would make more places than columns, or two of its figures one place, starts
 * the next run. A run is read so only when at least BLOCK_LINES of its lines print two figures or more. Pure.
 */
import type { Positioned } from './columns.ts';

/** How far apart the ends of one column's figures may stand in one block (characters). */
const APART = 2;
/** The fewest lines of two figures or more a run of lines must hold to show its columns. */
const BLOCK_LINES = 3;

/** The places the ends fall in (ascending, each the first end of its place), or null when some place's ends spread
 * further than APART from its first. */
function placesOf(ends: readonly number[]): number[] | null {
  const sorted = [...new Set(ends)].sort((a, b) => a - b);
  const places: number[] = [];
  sorted.forEach((e, i) => {
    if (i === 0 || e - sorted[i - 1]! > APART) places.push(e);
  });
  return sorted.every((e) => e - places[placeOf(places, e)]! <= APART) ? places : null;
}

/** The place each end falls in (index into `places`). */
function placeOf(places: readonly number[], end: number): number {
  let k = 0;
  while (k + 1 < places.length && places[k + 1]! <= end) k++;
  return k;
}

/** Whether the lines' figures make at most `count` places, each line's figures in places of their own. */
function holdsColumns(lines: readonly (readonly Positioned[])[], count: number): number[] | null {
  const places = placesOf(lines.flatMap((fs) => fs.map((f) => f.end)));
  if (places === null || places.length > count) return null;
  for (const fs of lines) {
    const at = fs.map((f) => placeOf(places, f.end));
    if (at.some((p, i) => i > 0 && p <= at[i - 1]!)) return null;
  }
  return places;
}

/**
 * For each line of one page (its trailing figures), the value column of each of its figures (0 = the total column) by
 * the places its block's figures end, or null when the line stands in no run of lines showing every column (or has no
 * figures). `count`: the table's value columns.
 */
export function placeByEndGroups(page: readonly (readonly Positioned[])[], count: number): (number[] | null)[] {
  const out: (number[] | null)[] = page.map(() => null);
  let from = 0;
  const close = (to: number) => {
    const block = page.slice(from, to).filter((fs) => fs.length > 0);
    const places = holdsColumns(block, count);
    if (places === null || places.length !== count || block.filter((fs) => fs.length >= 2).length < BLOCK_LINES) return;
    for (let k = from; k < to; k++) if (page[k]!.length > 0) out[k] = page[k]!.map((f) => placeOf(places, f.end));
  };
  for (let k = 0; k < page.length; k++) {
    if (page[k]!.length === 0) continue;
    const block = page.slice(from, k + 1).filter((fs) => fs.length > 0);
    if (holdsColumns(block, count) !== null) continue;
    close(k);
    from = k;
  }
  close(page.length);
  return out;
}
