/**
 * A row whose figures pdftotext wrote on the line below it: `十九、住房保障支出  51` and, alone on the next line,
 * `4604.72 4604.72`. pdftotext starts a new line where text prints lower than the line before, so figures set a little
 * below their row's label come after it, never before; the figures' own positions were laid out on that line alone
 * and place nothing. Such a line of figures only, right under a row whose last half (the half the figures stand in)
 * prints its label and no figure, is read with that row by the order of its words — the row's words, then the
 * figures — and kept only when that reading is the row's own with that half's figures added (all of them, or the pair
 * of a 财政拨款 summary); each figure keeps its own source line. So too a line printing the half's 行次 before its
 * figures (`年末结转和结余` over `60    61.8`), under a row whose half prints no 行次: the reading then also puts that 行次
 * in the half's 行次 column.
 *
 * A line of figures only that no reading by order takes (a half with blank cells: `0.00       0.00      0.00` under
 * `十八、自然资源海洋气象等支出 50`) is placed by where its figures end, on the columns the page's lines of figures
 * below their rows show on their own (`placeFiguresBelow`: those lines laid out alike, apart from the rows' lines).
 */
import type { SourceLine } from '../../../text/lines.ts';
import { halvesOf, wordsOf, type Half, type Word } from './by-order.ts';
import type { RowReading } from './row-reading.ts';

/** Reads a line's text by the order of its words (`by-order.ts`, the page's label starts known), or null. */
export type ReadByOrder = (raw: string) => RowReading | null;

/** A line of figures only (or the half's 行次 and then its figures) right under a row whose last half prints its label
 * and no figure: the row's line and reading, the half, the line's words, and whether it prints the 行次; else null. */
interface Below {
  above: SourceLine;
  row: { cells: string[] } & RowReading;
  half: Half;
  words: Word[];
  numbered: boolean;
}

/** A page of a side-by-side table as its reader has it so far: its lines, their readings (`out`, rewritten), the halves,
 * where each half's labels start, and the last line a row accounts for. */
export interface BelowPage {
  page: readonly SourceLine[];
  out: Map<SourceLine, RowReading>;
  halves: readonly Half[];
  starts: readonly number[];
  lastLine: (l: SourceLine) => number;
}

function belowRow({ page, out, halves, starts, lastLine }: BelowPage, at: number): Below | null {
  const l = page[at]!;
  if (at === 0 || out.get(l)?.how !== 'unread') return null;
  const words = wordsOf(l.raw);
  // (figures only, or the half's 行次 and then its figures, `60                    61.8`)
  const numbered = words.length > 1 && words[0]!.kind === 'rowNumber';
  if (words.length === 0 || words.slice(numbered ? 1 : 0).some((w) => w.kind !== 'figure')) return null;
  const last = halves.length - 1;
  if (halvesOf(words, starts).some((h) => h !== last)) return null;
  const above = page[at - 1]!;
  const row = out.get(above);
  if (l.n !== lastLine(above) + 1 || !row || !('cells' in row) || row.how === 'pieces' || (row.unplaced?.length ?? 0) > 0) return null;
  const half = halves[last]!;
  const blank = (j: number) => (row.cells[j] ?? '').trim() === '';
  if (row.cells[half.labelIdx]?.trim() === '' || !half.valueIdx.every(blank) || (numbered && !half.numberIdx.every(blank))) return null;
  return { above, row, half, words, numbered };
}

/** Places a line's figures on the columns the page's lines of figures below their rows show (`lines`: those lines'
 * words), or null when those show none: a figure column for each figure of a line, or null. */
export type PlaceBelow = (lines: readonly (readonly Word[])[], columns: number) => ((figures: readonly Word[]) => number[] | null) | null;

/**
 * The page's lines of figures only right under a row (see the module comment) that nothing read yet, placed by where
 * their figures end on the columns those lines show on their own (two lines at least; `place`): the row takes the
 * figures in the half's columns, on the figures' line, and the figures' line is read as `joined`. Called before
 * `joinFiguresBelow` reads the lines it can by order, so that those lines' ends count too.
 */
export function placeFiguresBelow(p: BelowPage, place: PlaceBelow): () => void {
  const { page, out } = p;
  const below = page.flatMap((_, at) => {
    const b = belowRow(p, at);
    return b && !b.numbered ? [{ l: page[at]!, ...b }] : [];
  });
  return () => {
    if (below.length < 2) return;
    const placer = place(below.map((b) => b.words), below[0]!.half.valueIdx.length);
    if (placer === null) return;
    for (const { l, above, row, half, words } of below) {
      if (out.get(l)?.how !== 'unread') continue;
      const columns = placer(words);
      if (columns === null) continue;
      const cells = [...row.cells];
      columns.forEach((k, i) => (cells[half.valueIdx[k]!] = words[i]!.text));
      out.set(above, { how: 'placed', cells, lines: cells.map((_, j) => (half.valueIdx.includes(j) ? l.n : above.n)) });
      out.set(l, { how: 'joined' });
    }
  };
}

/**
 * Each unread line of figures only on a page (`out`, rewritten) joined to the row right above it where that reads
 * (see the module comment): the row takes the joined reading, its figure cells on the figures' line (`lines`), and
 * the figures' line is read as `joined`.
 */
export function joinFiguresBelow(p: BelowPage, read: ReadByOrder): void {
  const { page, out } = p;
  page.forEach((l, at) => {
    const b = belowRow(p, at);
    if (b === null) return;
    const { above, row, half, words, numbered } = b;
    // (the cells the line below may fill: the half's figures, and its 行次 when the line prints one)
    const below = (j: number) => half.valueIdx.includes(j) || (numbered && half.numberIdx.includes(j));
    const joined = read(`${above.raw}  ${words.map((w) => w.text).join(' ')}`);
    if (!joined || !('cells' in joined) || (joined.unplaced?.length ?? 0) > 0) return;
    const own = joined.cells.every((c, j) => below(j) || c === (row.cells[j] ?? ''));
    if (!own || (numbered && half.numberIdx.every((j) => (joined.cells[j] ?? '').trim() === ''))) return;
    const lines = joined.cells.map((_, j) => (below(j) ? l.n : above.n));
    out.set(above, { ...joined, lines });
    out.set(l, { how: 'joined' });
  });
}
