/**
 * The value columns of a block of a page's lines from where all their figures end. pdftotext may draw one page in
 * blocks of lines, each setting the columns after the total its own way: on one page the 项目支出 of the upper rows ends
 * at 53 and of the lower rows at 57, where the upper rows' 上缴上级支出 ends at 58, so no one set of columns, and no
 * whole row of the other block, places the lower rows' figures standing after blank cells. Money is right-aligned in
 * its cell, so within one block every figure of a column that starts a run (after a gap wider than one space, or
 * first on its line) ends at one place, give or take a character or two; a figure packed one space after another is
 * pulled left of its cell's edge and marks no place. A run of consecutive lines whose run-starting figures end in
 * exactly as many places as the table has value columns (ends within APART of their place's first, places more than
 * APART apart) shows every column where it ends: each place is a column, in order; every line prints its total, its
 * first figure ending at the first place (a line whose first figure ends elsewhere, its total blank or the line drawn
 * otherwise, starts the next run of lines); each run of a line starts in the column of its place, its packed figures in the columns after it, each ending at or left of its column's place, the
 * runs of a line one after another. The run of lines is taken line by line from the top of the page: a line that would
 * make more places than columns, or that does not read on the places, starts the next. It is read so only when at
 * least BLOCK_LINES of its lines print two figures or more and two lines at least show each place (one line alone
 * ending a run at a place may be drawn its own way: a block's first line, drawn as the page's upper rows, made two
 * places no other line showed, and the rows below were read a column off). Pure.
 */
import type { Positioned } from './columns.ts';
import { APART } from './piece.ts';
import { runsOf } from './run-starts.ts';

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

/** The place an end falls in (index into `places`). */
function placeOf(places: readonly number[], end: number): number {
  let k = 0;
  while (k + 1 < places.length && places[k + 1]! <= end) k++;
  return k;
}

/** A line's columns on `places`: its first figure in the total column (the first place), each later run's first
 * figure in the column of the place it ends at, the figures packed after it in the columns after that, each ending at
 * or left of its column's place (a packed figure is pulled left of its cell's edge, never right); null when the line's
 * first figure ends at another place, or the runs overlap or run past the last place. */
function lineColumns(figures: readonly Positioned[], places: readonly number[]): number[] | null {
  const columns: number[] = [];
  for (const run of runsOf(figures)) {
    const first = placeOf(places, run.end);
    // (every line prints its total first, at the first place: a line whose first figure ends elsewhere is drawn
    // otherwise, a block of its own)
    if (columns.length === 0 ? first !== 0 : first <= columns[columns.length - 1]!) return null;
    const ends = [run.end, ...(run.packedEnds ?? [])];
    for (let i = 0; i < ends.length; i++) {
      const c = first + i;
      if (c >= places.length || (i > 0 && ends[i]! > places[c]! + APART)) return null;
      columns.push(c);
    }
  }
  return columns;
}

/** The places the lines' run-starting figures end in, when at most `count` and every line reads on them; else null. */
function holdsColumns(lines: readonly (readonly Positioned[])[], count: number): number[] | null {
  const places = placesOf(lines.flatMap((fs) => runsOf(fs).map((run) => run.end)));
  if (places === null || places.length > count) return null;
  return lines.every((fs) => lineColumns(fs, places) !== null) ? places : null;
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
    // (every place shown by two lines at least: where one line alone ends a run may be that line's own drawing)
    const shownBy = (place: number) => block.filter((fs) => runsOf(fs).some((run) => placeOf(places, run.end) === place)).length;
    if (places.some((_, p) => shownBy(p) < 2)) return;
    for (let k = from; k < to; k++) if (page[k]!.length > 0) out[k] = lineColumns(page[k]!, places);
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
