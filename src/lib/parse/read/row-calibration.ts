/**
 * A row with blank cells placed by where its figures end, calibrated on the whole rows next to it. pdftotext lays out
 * each line on its own: a whole row of wide figures is squeezed left, a row with blank cells is not, so the columns
 * of one page drift from line to line and one set of columns per page misplaces a figure standing after blank cells.
 * Money is right-aligned in its cell, so the character column where a figure ends is compared with where the figures
 * of the nearest whole row above and the nearest below (same page) end, column by column. Pure.
 */
import { strictlyBestPlacement, trailingFigures, type ColumnModel, type Positioned } from './columns.ts';
import { withFigures, type Placed } from './placed.ts';
import { headedByRowNumberWord } from './row-numbers.ts';
import { lookupWord } from '../tables/vocabulary.ts';
import { countsFromOne } from './piece.ts';

/**
 * `valueColumnCount`, a column no row prints in counted too when it stands among the value columns headed by a value
 * word of its own that no other value column's words mean (`经营收入` between 事业收入 and 附属单位上缴收入, its zeros
 * drawn between the columns found by position, some row's figures standing over it), or when it is the last value
 * column and some row's figure ends where it starts (其他收入 after the column its figures clustered into): the value
 * columns a page's run starts are placed on (`figures`: the table's lines' trailing figures). Null as
 * `valueColumnCount` otherwise.
 */
export function namedValueColumnCount(model: ColumnModel, figures: readonly (readonly Positioned[])[]): number | null {
  const count = valueColumnCount(model);
  if (count !== null) return count;
  const labels = labelColumnsEnd(model);
  if (labels === null || labels === model.columns.length) return null;
  const values = model.columns.map((_, j) => j).slice(labels);
  const meaningOf = (j: number) => {
    const words = model.header.map((r) => r[j] ?? '').filter((w) => w !== '');
    const word = lookupWord(words[words.length - 1] ?? '');
    return word?.role === 'value' ? word.key + '|' + words.slice(0, -1).join('/') : null;
  };
  const meanings = values.map(meaningOf);
  const named = (j: number, k: number) => meanings[k] !== null && meanings.filter((m) => m === meanings[k]).length === 1;
  const amounts = values.filter((j) => model.columns[j]!.kind === 'amount');
  // (each such column between two figure columns, every value column a figure or such a blank one)
  const between = (j: number) => amounts.some((a) => a < j) && amounts.some((a) => a > j);
  // (and only where some row prints a figure over it: a column the rows leave blank by position and by print alike,
  // `事业收入` of a 收入总表 funded from one source, is no column the run starts may place a figure in; or where its
  // word stands with no room at all, where two figure columns meet, `一般公共预算拨款收入` squeezed out between the
  // totals and the figures after them: no figure could be printed over it, so none printed says nothing)
  const squeezedOut = (j: number) => model.columns[j]!.start >= model.columns[j]!.end;
  // (a figure over the column; `touching`, one ending where it starts counts too)
  const figureOver = (j: number, touching = false) =>
    figures.some((f) => f.some((p) => p.start < model.columns[j]!.end && (touching ? p.end >= model.columns[j]!.start : p.end > model.columns[j]!.start)));
  const printedUnder = (j: number) => squeezedOut(j) || figureOver(j);
  // (or the last value column, a figure column before it, some row's figure ending where it starts: the figures of two
  // columns clustered into the one before it, `0.00` of 附属单位上缴收入 and `1968.67` of 其他收入 ending at 79)
  const last = values[values.length - 1]!;
  const closing = (j: number) => j === last && amounts.some((a) => a < j) && figureOver(j, true);
  if (amounts.length < 2 || !values.every((j, k) => model.columns[j]!.kind === 'amount' || (model.columns[j]!.kind === 'blank' && named(j, k) && ((between(j) && printedUnder(j)) || closing(j))))) return null;
  return values.length;
}

/** How many value columns the model ends with (after its last text column and the 行次 column right after it, the
 * numbers counting the rows no money), or null when a value column stands between label columns (halves side by
 * side) or is known only from its header (whole rows never fill it). */
export function valueColumnCount(model: ColumnModel): number | null {
  const labels = labelColumnsEnd(model);
  if (labels === null || labels === model.columns.length || model.columns.slice(labels).some((c) => c.kind !== 'amount')) return null;
  return model.columns.length - labels;
}

/** How many label columns the model starts with: up to its last text column, and the 行次 columns right after it (the
 * numbers counting the rows, no money); null when it has no text column or a value column stands among them. */
export function labelColumnsEnd(model: ColumnModel): number | null {
  const kinds = model.columns.map((c) => c.kind);
  const rowNumbers = (j: number) => headedByRowNumberWord(model.header, j);
  let labels = kinds.lastIndexOf('text') + 1;
  while (labels > 0 && labels < kinds.length && rowNumbers(labels)) labels++;
  if (labels === 0 || kinds.slice(0, labels).some((k, j) => k !== 'text' && !rowNumbers(j))) return null;
  return labels;
}

/** `valueColumnCount`, unless the table's 栏次 row (`numbers`, its numbers without the word) numbers fewer columns
 * (1 … n in order, n less): the header was read into a column the 栏次 row leaves unnumbered (a broken piece of a
 * header word read as a column of its own, `算数` beside `年初预算数`), so the rows' value columns are not counted. */
export function numberedValueCount(model: ColumnModel, numbers: readonly { text: string }[]): number | null {
  const count = valueColumnCount(model);
  const numbered = numbers.length > 0 && countsFromOne(numbers);
  return count !== null && numbered && numbers.length < count ? null : count;
}

/** The words heading each value column of `model` (its `figures` last columns when read by order, else its amount
 * columns after the labels, `valueColumnCount`), top down; null when it has no such columns. */
export function valuePaths(model: ColumnModel): string[][] | null {
  const count = model.figures ?? valueColumnCount(model);
  if (count === null) return null;
  const labels = model.columns.length - count;
  return model.columns.slice(labels).map((_, k) => model.header.map((r) => r[labels + k] ?? '').filter((x) => x !== ''));
}

/** How far right of its whole neighbours a row with blank cells may stand as a whole (characters). */
const MAX_SHIFT = 6;
/** The most placements tried for one line (a wider choice keeps the reading by the page's columns). */
const MAX_PLACEMENTS = 5000;

/** How many ways `k` figures go into `n` columns in order (stops counting past `MAX_PLACEMENTS`). */
function placements(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k && c <= MAX_PLACEMENTS; i++) c = (c * (n - k + i)) / i;
  return c;
}

/** How far the figures of a line stand from their columns' figures in whole neighbour rows, placed so (`pick`: the
 * value column of each figure): the sum of the distances of their ends at the line's best shift. */
export function neighbourCost(figures: readonly Positioned[], neighbours: readonly (readonly Positioned[])[]): (pick: readonly number[]) => number {
  const far = (d: number) => Math.max(d, -2 * d);
  return (pick) => {
    let least = Infinity;
    for (let s = 0; s <= MAX_SHIFT; s++) {
      let sum = 0;
      pick.forEach((j, i) => {
        for (const n of neighbours) sum += far(figures[i]!.end - s - n[j]!.end);
      });
      least = Math.min(least, sum);
    }
    return least;
  };
}

/**
 * The value columns (0 = the first value column) of a line's figures, fewer than the `count` value columns, from the
 * ends of the figures of its whole neighbour rows (each `count` figures): left to right, each in a column of its own,
 * figures one space apart (squeezed together) in neighbouring columns, the placement whose figures end nearest the
 * ends of the neighbours' figures in the same columns, the line taken as a whole up to `MAX_SHIFT` characters right
 * of them (a whole row of wide figures is squeezed left of where a row with blank cells prints; a figure ending left
 * of a column's whole-row figures counts twice). Null without a neighbour, or when no placement is nearer by a
 * character than every other (the positions cannot decide; the caller keeps its own reading).
 */
export function placeByNeighbours(figures: readonly Positioned[], neighbours: readonly (readonly Positioned[])[], count: number): number[] | null {
  const k = figures.length;
  if (k === 0 || k >= count || neighbours.length === 0 || neighbours.some((n) => n.length !== count)) return null;
  if (placements(count, k) > MAX_PLACEMENTS) return null;
  return strictlyBestPlacement(figures, count, neighbourCost(figures, neighbours));
}

/**
 * For each line of one page's run (its pieces), the nearest whole rows above and below it (lines ending with
 * exactly `count` figures), as their figures; empty for a whole row itself.
 */
export function wholeNeighbours(run: readonly (readonly Positioned[])[], count: number): Positioned[][][] {
  const figures = run.map(trailingFigures);
  const whole = figures.map((f) => f.length === count);
  return run.map((_, i) => {
    if (whole[i]) return [];
    const out: Positioned[][] = [];
    for (let a = i - 1; a >= 0; a--)
      if (whole[a]) {
        out.push(figures[a]!);
        break;
      }
    for (let b = i + 1; b < run.length; b++)
      if (whole[b]) {
        out.push(figures[b]!);
        break;
      }
    return out;
  });
}

/**
 * Of a line's two whole neighbours drawn as two blocks (their totals ending more than two characters apart: pdftotext
 * drew the rows from one of them on elsewhere), the one every figure of the line ends at (within a character) when the
 * other is not so; both otherwise (a line matching one only in part tells nothing: packed figures end where a packed
 * row's do, figures after a gap where a row standing apart puts them).
 */
function sameDrawing(figures: readonly Positioned[], neighbours: readonly (readonly Positioned[])[]): (readonly Positioned[])[] {
  if (neighbours.length !== 2) return [...neighbours];
  const [above, below] = neighbours as [readonly Positioned[], readonly Positioned[]];
  if (Math.abs(above[0]!.end - below[0]!.end) <= 2) return [...neighbours];
  const all = (n: readonly Positioned[]) => figures.every((f) => n.some((g) => Math.abs(g.end - f.end) <= 1));
  const [a, b] = [all(above), all(below)];
  return a === b ? [...neighbours] : [a ? above : below];
}

/**
 * A line's placement with its figures moved to the value columns its whole neighbours say (`placeByNeighbours`), when
 * a neighbour is squeezed (two of its figures one space apart) and the placement holds exactly the line's figures in its value columns (in order, two in one cell counted too); null
 * when the neighbours cannot decide or the placement is of another shape. `d` is the shift the placement was made
 * with (its spans stand shifted by it).
 */
export function recalibrate(placed: Placed, parts: readonly Positioned[], neighbours: readonly (readonly Positioned[])[], model: ColumnModel, d = 0): Placed | null {
  const count = valueColumnCount(model);
  if (count === null || placed.cells.length !== model.columns.length) return null;
  // (only beside a squeezed whole row, figures one space apart: where the page's columns drift from line to line)
  const squeezed = neighbours.filter((n) => n.some((f, i) => i > 0 && f.start - n[i - 1]!.end <= 1));
  if (squeezed.length === 0) return null;
  const figures = trailingFigures(parts);
  const alike = sameDrawing(figures, squeezed);
  const fit = placeByNeighbours(figures, alike, count);
  if (fit === null) return null;
  const labels = model.columns.length - count;
  const held = placed.cells.slice(labels).filter((c) => c !== '').join(' ').split(/\s+/);
  if (held.join(' ') !== figures.map((f) => f.text).join(' ')) return null;
  // (a reading with each figure in a cell of its own is overturned only when the neighbours place the figures nearer
  // by two characters: a line of hand-aligned text drifts a character or two either way)
  const own = placed.cells.slice(labels).flatMap((c, j) => (c !== '' ? [j] : []));
  const cost = neighbourCost(figures, alike);
  if (own.length === figures.length && cost(own) - cost(fit) < 2) return null;
  return withFigures(placed, model, labels, figures, fit, d);
}
