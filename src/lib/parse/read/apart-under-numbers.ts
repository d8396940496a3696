/**
 * A row with blank cells on a page that prints its 栏次 row (`栏次  1  2  3  4  5  6`, one number per value column,
 * each centred over its cell): pdftotext packs a run of figures one space apart (each but its first drawn left of its
 * cell), but a figure standing more than one space after the piece before it was drawn where its cell is, right-aligned
 * to the cell's right edge. Such a figure is in the column of the last 栏次 number starting left of its last character
 * (the number of the next column starts right of the edge; numbers one space apart show nothing); the figures one space after it fill the columns after it,
 * and the row's first run starts at the total column (`columnsUnderNumbers`). A row of one run, or whose runs so read
 * overlap, leave the last column or do not start at the total, is left as it is. The numbers stand over the cells only
 * when the page's figures standing apart say so: their ends, within two characters of the one before in one cell, each
 * cell's under one number, the cells' under numbers one after another (`numbersOverPage`; 栏次 numbers drawn four
 * apart over cells seven apart put two cells' figures under one number: the page is left as it is). Numbers squeezed
 * one space apart show nothing of where their cells stand; a run of them at the row's end (`5 6 7` after `1  2  3  4`)
 * takes the groups of ends right of where it starts in order, when there are as many groups as its numbers. Pure.
 */
import { APART, countsFromOne, type Positioned } from './piece.ts';
import { runsOf } from './run-starts.ts';


/**
 * A page's 栏次 numbers and where each of its figures' ends stands among them: `columnOf(end)` the value column of a
 * figure standing apart that ends there, -1 when none.
 */
export interface NumbersOnPage {
  numbers: readonly Positioned[];
  columnOf: (end: number) => number;
  /** Whether the numbers end in a run squeezed one space apart, its columns told by the order of the ends. */
  squeezed: boolean;
}

/** The last number starting left of a figure's last character (its index), or -1. */
const under = (numbers: readonly Positioned[], end: number) => numbers.reduce((c, n, i) => (n.start < end ? i : c), -1);

/**
 * Where the page's 栏次 numbers start a run squeezed one space apart that goes on to the last (`5 6 7` after `1  2  3
 * 4`), its index; the count of numbers when there is none; -1 when numbers squeezed together stand anywhere else.
 */
function squeezedTail(numbers: readonly Positioned[]): number {
  const touching = (k: number) => numbers[k]!.start - numbers[k - 1]!.end <= 1;
  const first = numbers.findIndex((_, k) => k > 0 && touching(k));
  if (first < 0) return numbers.length;
  for (let k = first; k < numbers.length; k++) if (!touching(k)) return -1;
  return first - 1;
}

/** The page's 栏次 numbers when they number `count` value columns 1 … count in order, standing apart (none one space
 * from the one before: numbers squeezed together show nothing of where their cells stand), or apart up to a run
 * squeezed one space apart to the last, two apart at least before it; else null. */
export function valueColumnNumbers(numbers: readonly Positioned[], count: number): readonly Positioned[] | null {
  if (numbers.length !== count || !countsFromOne(numbers)) return null;
  return squeezedTail(numbers) >= 2 ? numbers : null;
}

/**
 * The page's 栏次 numbers (`valueColumnNumbers`) when the figures standing apart on its rows (`rows`: each row's figures,
 * its 行次 left out) stand under them: the ends of the first figures of their runs after the first, grouped (an end
 * within APART of the one before in its group), each group under one number, the groups under numbers one after
 * another; a squeezed run of numbers at the end shows nothing of where its cells stand, and the groups ending right of
 * where it starts, as many as its numbers, go to them in order (`5 6 7` at 73, 75, 77 over figures ending 76, 81, 86);
 * else null.
 */
export function numbersOverPage(rows: readonly (readonly Positioned[])[], numbers: readonly Positioned[] | null): NumbersOnPage | null {
  if (numbers === null) return null;
  const ends = [...new Set(rows.flatMap((figures) => (figures.length === 0 ? [] : runsOf(figures).slice(1).map((r) => r.end))))].sort((a, b) => a - b);
  const tail = squeezedTail(numbers);
  const apart = numbers.slice(0, tail);
  // (the groups of ends right of where the squeezed run starts: one per squeezed number, in order)
  const tailGroups: number[][] = [];
  if (tail < numbers.length) {
    for (const e of ends.filter((e) => e > numbers[tail]!.start)) {
      const g = tailGroups.at(-1);
      if (g && e - g[g.length - 1]! <= APART) g.push(e);
      else tailGroups.push([e]);
    }
    // (no figure starting a run ends there: the squeezed numbers place nothing, and none is needed)
    if (tailGroups.length > 0 && tailGroups.length !== numbers.length - tail) return null;
  }
  const columnOf = (end: number) => {
    const g = tailGroups.findIndex((group) => group.includes(end));
    if (g >= 0) return tail + g;
    if (tail < numbers.length && end > numbers[tail]!.start) return -1;
    return under(apart, end);
  };
  let last = -1;
  for (const [i, e] of ends.entries()) {
    const c = columnOf(e);
    const sameCell = i > 0 && e - ends[i - 1]! <= APART;
    if (c < 0 || (sameCell ? c !== last : c <= last)) return null;
    last = c;
  }
  return { numbers, columnOf, squeezed: tail < numbers.length };
}

/**
 * The value column of each of a row's figures (its 行次 left out; 0 = the total column) by the page's 栏次 numbers
 * (`numbersOverPage`), or null when the row is one run or its runs do not so read.
 */
export function columnsUnderNumbers(figures: readonly Positioned[], page: NumbersOnPage): number[] | null {
  const runs = runsOf(figures);
  if (runs.length < 2) return null;
  const out: number[] = [];
  let next = 0;
  for (const [i, r] of runs.entries()) {
    const c = i === 0 ? under(page.numbers, r.end) : page.columnOf(r.end);
    if ((i === 0 ? c !== 0 : c < next) || c + r.length > page.numbers.length) return null;
    for (let j = 0; j < r.length; j++) out.push(c + j);
    next = c + r.length;
  }
  return out;
}
