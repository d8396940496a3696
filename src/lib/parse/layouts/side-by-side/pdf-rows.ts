/**
 * The rows of a side-by-side table on the PDF path, page by page. `pdftotext -layout` lays out every page on its own,
 * so the character positions of one page say nothing about the next; within a page they hold. Each page (a run of
 * rows with no skipped line between them: a page break always leaves page furniture or blank lines) is read so:
 *
 * 1. every line whose words have one reading by order (by-order.ts) is read so — or, in a table whose spending half
 *    prints its figures in pairs (funds.ts), one reading once the pairs rule the others out;
 * 2. those lines calibrate the page: where each half's label starts, and where each figure column's figures end
 *    (figures are right-aligned in their cells);
 * 3. a line with some figures of a half blank is placed on that calibration: its words go to the half whose label
 *    starts at or left of them, and each figure to the figure column whose calibrated end is nearest — within two
 *    characters, nearer than any other column, and in the columns' order; a line of label pieces only goes to the
 *    halves the same way;
 * 4. the header repeated at the top of a page (its words all pieces of the header's own words) is not a row.
 *
 * A line read none of these ways is returned as unread (its caller reports it).
 */
import type { SourceLine } from '../../../text/lines.ts';
import { normHeaderWord } from '../../tables/vocabulary.ts';
import { median } from '../../read/columns.ts';
import { halfAt, readSidesByOrder, readSidesByPair, wordsOf, type Half, type PairRule, type Word } from './by-order.ts';

export type RowReading =
  | { how: 'order' | 'pair' | 'placed' | 'pieces'; cells: string[]; unplaced?: string[] }
  | { how: 'header' }
  | { how: 'unread' };

interface Calibration {
  /** Where each half's label starts. */
  starts: number[];
  /** Per half, per figure column: the ends of the figures read by order. */
  ends: number[][][];
}

/** How far a figure may end from its column's calibrated end, in characters. */
const TOLERANCE = 2;
/** Words of a header that are not column names. */
const STRUCTURE = new Set(['收入', '支出', '项目', '行次', '栏次', '金额单位', '单位']);


/** The last line a row accounts for: its own, or the last line the reader joined into it (a wrapped label). */
function lastLineOf(l: SourceLine): number {
  return Math.max(l.n, ...(l.joined ?? []));
}

/**
 * Rows split into pages: a new page where a page starts (pdftotext's form feed, a page number), or where a line was
 * skipped between two rows (a line the reader joined into the row above, a wrapped label, is not skipped).
 */
function pages(rows: readonly SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  rows.forEach((l, k) => {
    if (k === 0 || l.n - lastLineOf(rows[k - 1]!) > 1 || l.pageStart === true) out.push([]);
    out[out.length - 1]!.push(l);
  });
  return out;
}

/** A line placed on the page's calibration, or null when a word cannot be placed soundly. */
function place(raw: string, halves: readonly Half[], width: number, cal: Calibration): string[] | null {
  const words = wordsOf(raw);
  const byHalf: Word[][] = halves.map(() => []);
  for (const w of words) {
    const h = Math.max(0, halfAt(w.start, cal.starts));
    byHalf[h]!.push(w);
  }
  const cells = new Array<string>(width).fill('');
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h]!;
    const ws = byHalf[h]!;
    let k = 0;
    const label: string[] = [];
    while (k < ws.length && ws[k]!.kind === 'text') label.push(ws[k++]!.text);
    if (half.numberIdx.length > 0 && k < ws.length && ws[k]!.kind === 'rowNumber') cells[half.numberIdx[0]!] = ws[k++]!.text;
    const figures = ws.slice(k);
    if (figures.some((w) => w.kind === 'text') || figures.length > half.valueIdx.length) return null;
    if (figures.length > 0 && label.length === 0) return null;
    cells[half.labelIdx] = label.join(' ');
    const ends = cal.ends[h]!.map((e) => (e.length > 0 ? median(e) : null));
    let last = -1;
    for (const f of figures) {
      const end = f.start + f.text.length;
      const dist = ends.map((e) => (e === null ? Infinity : Math.abs(e - end)));
      const best = dist.indexOf(Math.min(...dist));
      if (dist[best]! > TOLERANCE || dist.some((d, j) => j !== best && d <= dist[best]!) || best <= last) return null;
      cells[half.valueIdx[best]!] = f.text;
      last = best;
    }
  }
  return cells;
}

/** True for a line of the header repeated at the top of a page: its words are structure or pieces of column names. */
function isRepeatedHeader(raw: string, names: readonly string[]): boolean {
  const words = raw.split(/[\s\u3000]+/).map((w) => normHeaderWord(w)).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (words[0] === '栏次') return words.every((w) => w === '栏次' || /^\d{1,2}$/.test(w));
  return words.length > 1 && words.every((w) => STRUCTURE.has(w) || names.some((n) => n.includes(w)));
}

/** Every spaced row of a side-by-side table read (see the module comment); rows of other forms are left out. */
export function readPdfRows(
  rows: readonly SourceLine[],
  halves: readonly Half[],
  width: number,
  names: readonly string[],
  pairs: PairRule | null = null,
): Map<SourceLine, RowReading> {
  // (a pair read beside zeros it cannot place only when the page's positions place nothing)
  const byOrder = (raw: string, starts: readonly number[] | null, zeros = false) => {
    const r = readSidesByOrder(raw, [...halves], width, starts);
    if (r) return { ...r, pair: false, unplaced: [] as Word[] };
    const p = pairs ? readSidesByPair(raw, halves, width, pairs, starts) : null;
    return p && (zeros || p.unplaced.length === 0) ? { ...p, pair: true } : null;
  };
  const asRead = (r: NonNullable<ReturnType<typeof byOrder>>): RowReading =>
    r.pair ? { how: 'pair', cells: r.cells, unplaced: r.unplaced.map((w) => w.text) } : { how: 'order', cells: r.cells };
  const out = new Map<SourceLine, RowReading>();
  for (const page of pages(rows.filter((l) => l.form === 'spaced'))) {
    const cal: Calibration = { starts: halves.map(() => Infinity), ends: halves.map((h) => h.valueIdx.map(() => [])) };
    const labelStarts: number[][] = halves.map(() => []);
    const read = new Map<SourceLine, ReturnType<typeof byOrder>>();
    for (const l of page) {
      const r = byOrder(l.raw, null);
      read.set(l, r);
      if (!r) continue;
      // the figures of a half read whole calibrate its columns
      r.starts.forEach((s, h) => s >= 0 && labelStarts[h]!.push(s));
      halves.forEach((half, h) => {
        if (r.figures[h]!.length === half.valueIdx.length) r.figures[h]!.forEach((f, k) => cal.ends[h]![k]!.push(f.start + f.text.length));
      });
    }
    // (the left half starts at the line's start)
    cal.starts = labelStarts.map((s, h) => (h === 0 ? 0 : s.length > 0 ? median(s) : NaN));
    const calibrated = cal.starts.every((s) => !Number.isNaN(s));
    let top = true;
    for (const l of page) {
      // a line with two readings by order may have one once its labels must stand in their halves
      const r = read.get(l) ?? (calibrated ? byOrder(l.raw, cal.starts) : null);
      if (r) {
        out.set(l, asRead(r));
        top = false;
        continue;
      }
      if (top && isRepeatedHeader(l.raw, names)) {
        out.set(l, { how: 'header' });
        continue;
      }
      const words = wordsOf(l.raw);
      if (words.some((w) => w.kind !== 'text')) top = false;
      const cells = calibrated ? place(l.raw, halves, width, cal) : null;
      const pair = cells ? null : byOrder(l.raw, calibrated ? cal.starts : null, true);
      if (cells) out.set(l, { how: words.every((w) => w.kind === 'text') ? 'pieces' : 'placed', cells });
      else out.set(l, pair ? asRead(pair) : { how: 'unread' });
    }
  }
  return out;
}
