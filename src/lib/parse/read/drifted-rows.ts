/**
 * Rows drawn right from a line on. pdftotext sometimes lays out the lower part of a page a few characters right of its
 * upper part: from one line on, every row's first figure (its total, right-aligned in the total column) ends the same
 * few characters right of where every row above it on the page ends its own, and the columns after the total move
 * together by a step of their own (the total, right-aligned in a wide cell, by a little less). The columns the page was
 * read with stand where the upper rows are; the lower rows are read with them moved right by the step their second
 * figures show (the total then stands within two characters of its column). Pure.
 */
import type { Positioned } from './piece.ts';

/** How far apart the first figures of one part of a page may end and still stand in one column (characters). */
const TOGETHER = 2;
/** The narrowest step read as the lower rows drawn right: pdftotext's own jitter moves the figures of two parts of one
 * page three or four characters apart when nothing drifted (right-aligned figures in wide cells rounded each way). */
const MIN_STEP = 5;
/** The widest step read as the lower rows drawn right (a wider one is another column, not a drift). */
const MAX_STEP = 6;
/** The fewest rows on each side of the step. */
const LEAST_ROWS = 2;

/**
 * For each line of one page (its trailing figures, empty for a line of no figures), how far right of the page's
 * columns it was drawn: 0, or, for every line from the one where the step is on, the step, when the page's lines
 * with figures fall into an upper part and a lower part (two lines at least each), each part's first figures ending
 * within two characters of each other, the lower part's ending three to six characters right of the upper part's
 * (the step: from where the upper part's second figures end, their middle, to where the lower part's do; the first
 * figures' when either part prints no second figure or the two steps differ by more than two characters), five
 * characters at least, and short of where the upper rows end their second figures by more than two characters (else
 * the lower rows leave their first cells blank).
 * Every line 0 when the page reads otherwise (a row whose total is blank ends its first figure elsewhere, and the page
 * is left to its columns).
 */
export function driftedRows(page: readonly (readonly Positioned[])[]): number[] {
  const none = page.map(() => 0);
  const parts = twoParts(page);
  if (parts === null) return none;
  const { upperRows, lowerRows } = parts;
  const upper = upperRows.map((r) => r.first.end);
  const lower = lowerRows.map((r) => r.first.end);
  const step = Math.min(...lower) - Math.max(...upper);
  if (step <= TOGETHER || Math.max(...lower) - Math.min(...upper) > MAX_STEP) return none;
  // (lower rows whose first figures end near where upper rows end their second are rows whose first cells are blank)
  const seconds = upperRows.flatMap((r) => (r.second === undefined ? [] : [r.second.end]));
  if (seconds.some((e) => Math.max(...lower) >= e - TOGETHER)) return none;
  const lowerSeconds = lowerRows.flatMap((r) => (r.second === undefined ? [] : [r.second.end]));
  const first = median(lower) - median(upper);
  const second = seconds.length > 0 && lowerSeconds.length > 0 ? median(lowerSeconds) - median(seconds) : first;
  const at = Math.abs(second - first) <= TOGETHER ? second : first;
  if (at < MIN_STEP) return none;
  return page.map((_, i) => (i >= lowerRows[0]!.i ? at : 0));
}

/**
 * Where a page whose upper rows' figures pdftotext drew right of the rest breaks (the header and first rows laid out
 * five or six characters right, the names where the lower rows print theirs): the index of the first lower line, when
 * the page's lines with figures fall into an upper part and a lower part (two lines at least each), each part's first
 * figures ending within two characters of each other, the upper part's five or six characters right of the lower
 * part's, and no upper row's first figure ends near where a lower row's second figure starting a run ends (an upper row
 * printing no total; a second figure packed against the total is pulled left of its cell and shows no column); else
 * -1. Each part is a page of its own to the run starts; the rows keep their places (only their figures moved).
 */
export function upperRowsDrawnRight(page: readonly (readonly Positioned[])[]): number {
  const parts = twoParts(page);
  if (parts === null) return -1;
  const { upperRows, lowerRows } = parts;
  const upper = upperRows.map((r) => r.first.end);
  const lower = lowerRows.map((r) => r.first.end);
  const step = Math.min(...upper) - Math.max(...lower);
  if (step <= TOGETHER || Math.max(...upper) - Math.min(...lower) > MAX_STEP || median(upper) - median(lower) < MIN_STEP) return -1;
  const apartSeconds = lowerRows.flatMap((r) => (r.second !== undefined && r.second.start - r.first.end > 1 ? [r.second.end] : []));
  if (apartSeconds.some((e) => Math.max(...upper) >= e - TOGETHER)) return -1;
  return lowerRows[0]!.i;
}

/** A line of a page with figures: its index on the page, its first figure and its second (when it prints one). */
interface FigureRow {
  i: number;
  first: Positioned;
  second?: Positioned;
}

/**
 * A page's lines with figures cut into an upper and a lower part, at the first line from which each part holds
 * LEAST_ROWS lines at least and ends its first figures within TOGETHER of each other; null when no cut does.
 */
function twoParts(page: readonly (readonly Positioned[])[]): { upperRows: FigureRow[]; lowerRows: FigureRow[] } | null {
  const rows: FigureRow[] = page.flatMap((figures, i) => (figures.length > 0 ? [{ i, first: figures[0]!, ...(figures[1] ? { second: figures[1] } : {}) }] : []));
  const together = (part: readonly FigureRow[]) => Math.max(...part.map((r) => r.first.end)) - Math.min(...part.map((r) => r.first.end)) <= TOGETHER;
  for (let j = LEAST_ROWS; j <= rows.length - LEAST_ROWS; j++) {
    const upperRows = rows.slice(0, j);
    const lowerRows = rows.slice(j);
    if (together(upperRows) && together(lowerRows)) return { upperRows, lowerRows };
  }
  return null;
}

/** The middle of some character positions (the lower middle of an even count). */
function median(ends: readonly number[]): number {
  const sorted = [...ends].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
