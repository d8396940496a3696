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
 */
import type { SourceLine } from '../../../text/lines.ts';
import { halvesOf, wordsOf, type Half } from './by-order.ts';
import type { RowReading } from './row-reading.ts';

/** Reads a line's text by the order of its words (`by-order.ts`, the page's label starts known), or null. */
export type ReadByOrder = (raw: string) => RowReading | null;

/**
 * Each unread line of figures only on a page (`out`, rewritten) joined to the row right above it where that reads
 * (see the module comment): the row takes the joined reading, its figure cells on the figures' line (`lines`), and
 * the figures' line is read as `joined`.
 */
export function joinFiguresBelow(
  page: readonly SourceLine[],
  out: Map<SourceLine, RowReading>,
  halves: readonly Half[],
  starts: readonly number[],
  lastLine: (l: SourceLine) => number,
  read: ReadByOrder,
): void {
  page.forEach((l, at) => {
    if (at === 0 || out.get(l)?.how !== 'unread') return;
    const words = wordsOf(l.raw);
    // (figures only, or the half's 行次 and then its figures, `60                    61.8`)
    const numbered = words.length > 1 && words[0]!.kind === 'rowNumber';
    if (words.length === 0 || words.slice(numbered ? 1 : 0).some((w) => w.kind !== 'figure')) return;
    const last = halves.length - 1;
    if (halvesOf(words, starts).some((h) => h !== last)) return;
    const above = page[at - 1]!;
    const row = out.get(above);
    if (l.n !== lastLine(above) + 1 || !row || !('cells' in row) || row.how === 'pieces' || (row.unplaced?.length ?? 0) > 0) return;
    const half = halves[last]!;
    const blank = (j: number) => (row.cells[j] ?? '').trim() === '';
    if (row.cells[half.labelIdx]?.trim() === '' || !half.valueIdx.every(blank) || (numbered && !half.numberIdx.every(blank))) return;
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
