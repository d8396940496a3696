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
 * apart over cells seven apart put two cells' figures under one number: the page is left as it is). Pure.
 */
import type { Positioned } from './piece.ts';
import { runsOf } from './run-starts.ts';
import { squeezedNumbers } from './only-row-numbered.ts';

/** The page's 栏次 numbers when they number `count` value columns 1 … count in order, standing apart (none one space
 * from the one before: numbers squeezed together show nothing of where their cells stand), else null. */
export function valueColumnNumbers(numbers: readonly Positioned[], count: number): readonly Positioned[] | null {
  return numbers.length === count && numbers.every((n, i) => n.text === String(i + 1)) && !squeezedNumbers(numbers) ? numbers : null;
}

/** How far apart the ends of figures standing apart in one cell may be, one after the other (characters). */
const APART = 2;

/** The last number starting left of a figure's last character (its index), or -1. */
const under = (numbers: readonly Positioned[], end: number) => numbers.reduce((c, n, i) => (n.start < end ? i : c), -1);

/**
 * The page's 栏次 numbers (`valueColumnNumbers`) when the figures standing apart on its rows (`rows`: each row's figures,
 * its 行次 left out) stand under them: the ends of the first figures of their runs after the first, grouped (an end
 * within APART of the one before in its group), each group under one number, the groups under numbers one after
 * another; else null.
 */
export function numbersOverPage(rows: readonly (readonly Positioned[])[], numbers: readonly Positioned[] | null): readonly Positioned[] | null {
  if (numbers === null) return null;
  const ends = [...new Set(rows.flatMap((figures) => (figures.length === 0 ? [] : runsOf(figures).slice(1).map((r) => r.end))))].sort((a, b) => a - b);
  let last = -1;
  for (const [i, e] of ends.entries()) {
    const c = under(numbers, e);
    const sameCell = i > 0 && e - ends[i - 1]! <= APART;
    if (sameCell ? c !== last : c <= last) return null;
    last = c;
  }
  return numbers;
}

/**
 * The value column of each of a row's figures (its 行次 left out; 0 = the total column) by the page's 栏次 numbers
 * (`valueColumnNumbers`), or null when the row is one run or its runs do not so read.
 */
export function columnsUnderNumbers(figures: readonly Positioned[], numbers: readonly Positioned[]): number[] | null {
  const runs = runsOf(figures);
  if (runs.length < 2) return null;
  const out: number[] = [];
  let next = 0;
  for (const [i, r] of runs.entries()) {
    const c = under(numbers, r.end);
    if ((i === 0 ? c !== 0 : c < next) || c + r.length > numbers.length) return null;
    for (let j = 0; j < r.length; j++) out.push(c + j);
    next = c + r.length;
  }
  return out;
}
