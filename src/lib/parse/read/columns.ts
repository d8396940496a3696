/**
 * The shapes the positioned-text readers share: a line's pieces, a table's column model, and the geometry of spans
 * (overlap, nearest span, clusters of overlapping pieces). Pure.
 */
import { cleanText } from '../../text/clean.ts';
import type { SourceLine } from '../../text/lines.ts';
import { countsFromOne, type Positioned } from './piece.ts';
import { classifyCell } from '../tables/cells.ts';

export type { Positioned } from './piece.ts';

/** The pieces of one source line. */
export interface PositionedLine {
  line: SourceLine;
  parts: Positioned[];
}

/** `amount`: numbers (right-aligned money); `text`: labels and codes; `blank`: a column known only from its header. */
export type ColumnKind = 'amount' | 'text' | 'blank';

export interface Column {
  start: number;
  end: number;
  kind: ColumnKind;
}

/** The columns of one table, left to right, and its header read into rows of labels (one row per header level). */
export interface ColumnModel {
  columns: Column[];
  header: string[][];
  /** Set when the amount columns were found by the order of the figures in full rows (`figure-order.ts`): how many
   * figures such a row holds; a line with that many is placed by order. */
  figures?: number;
  /** Set when the header was read as an exact cover of vocabulary words (`header-cover.ts`): the words read, as
   * printed; the reader reports how. */
  cover?: string[];
  /** Labels of columns whose order that cover left undecided, their figures the same in every row. */
  coverUndecided?: string[];
  /** Set when no row fills the columns and each row's figures are placed by how they stand apart and by the header's
   * totals (`squeezed-rows.ts`), not by position. */
  squeezed?: boolean;
  /** The widest figure a squeezed table's rows print (`squeezed-rows.ts`): how wide its cells are at least. */
  squeezedCell?: number;
  /** Set on a squeezed 收入 table (`squeezed-rows.ts`) some of whose figures other than zero may stand in several
   * columns whose meanings the settle stage reads from the 总表: the value columns (by index among them) in the order
   * such a figure is put in them, the column most rows' such figures may stand in first (then the leftmost), so that
   * the rows put them alike, for the settle stage to place again by the 总表's totals (a column it contradicts and
   * cannot settle is left unread there). */
  figuresBySummary?: number[];
  /** Set when the only row's value columns (this many, the last columns) were laid out from how its figures stand
   * apart, not found by position (`only-row.ts`): the row is placed by that spacing alone (`only-row-spacing.ts`). */
  spacedOnlyRow?: number;
  /** Set when the only row's figures were placed beside the header's words (`only-row.ts`), every column of the
   * header's cover kept, the blank ones as empty spans: the columns stand at the figures, and no spacing moves them. */
  besideOnlyRow?: boolean;
  /** Set when the header's words were put in the order of a line holding one piece of each, against where their top
   * pieces stand (`band-order.ts`): their order is read, the value columns' places are not. */
  linesOrdered?: boolean;
  /** Set when a page's value columns were fitted to its own rows that fill every column but those blank in every row
   * where the table's columns were read (`page-fit.ts`): the page's rows show those columns blank too, so no run of
   * figures is moved into one of them (`row-placing.ts`). */
  blankOnPage?: boolean;
}

export interface Member {
  part: Positioned;
  row: number;
}

/** How many columns two spans share (negative: the gap between them). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Whether two spans share a column. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return overlap(a, b) > 0;
}

export function centre(a: { start: number; end: number }): number {
  return (a.start + a.end) / 2;
}

/** An amount-like piece: a number, percentage, dash or withheld mark (pieces are read before markup is cleaned). */
export function isAmountText(text: string): boolean {
  const k = classifyCell(cleanText(text));
  return k === 'number' || k === 'percent' || k === 'dash' || k === 'withheld';
}

/** Whether a line's first figure stands one space or less after the word before it (`word`): a long name pushed it
 * left, off its column (`政府办公厅（室）及相关机 104.87`, `机关事业单位基本养老保 336.26`). */
export function pushedByName(word: { text: string; end: number } | undefined, first: { start: number }): boolean {
  return word !== undefined && !isAmountText(word.text) && first.start - word.end <= 1;
}

/** The figures a line ends with: its amount pieces after its last word. */
export function trailingFigures<P extends { text: string }>(parts: readonly P[]): P[] {
  let k = parts.length;
  while (k > 0 && isAmountText(parts[k - 1]!.text)) k--;
  return parts.slice(k);
}

/** Group pieces whose spans overlap (one column's cells overlap whatever their alignment); split groups that hold two
 * pieces of one row, using the row with most pieces as anchors (a piece goes to the one anchor it makes a word with,
 * when `joins` says so, else to the nearest). */
export function cluster(members: Member[], joins?: (a: Member, b: Member) => boolean): Member[][] {
  const sorted = [...members].sort((a, b) => a.part.start - b.part.start || a.part.end - b.part.end);
  const groups: Member[][] = [];
  let end = -Infinity;
  for (const m of sorted) {
    if (groups.length > 0 && m.part.start < end) {
      groups[groups.length - 1]!.push(m);
      end = Math.max(end, m.part.end);
    } else {
      groups.push([m]);
      end = m.part.end;
    }
  }
  return groups.flatMap((g) => splitConflicts(g, joins));
}

function splitConflicts(group: Member[], joins?: (a: Member, b: Member) => boolean): Member[][] {
  const perRow = new Map<number, Member[]>();
  for (const m of group) perRow.set(m.row, [...(perRow.get(m.row) ?? []), m]);
  let anchorRow: Member[] = [];
  for (const ms of perRow.values()) if (ms.length > anchorRow.length) anchorRow = ms;
  if (anchorRow.length <= 1) return [group];
  const sorted = [...anchorRow].sort((a, b) => a.part.start - b.part.start);
  const anchors = sorted.map((m) => m.part);
  const out: Member[][] = anchors.map(() => []);
  for (const m of group) {
    const words = joins && m.row !== sorted[0]!.row ? sorted.flatMap((a, k) => (joins(a, m) ? [k] : [])) : [];
    out[words.length === 1 ? words[0]! : nearest(anchors, m.part)]!.push(m);
  }
  return out.filter((g) => g.length > 0);
}

/** Index of the column whose centre is nearest `c` (the first of equals), -1 when there is none. */
export function nearestByCentre(cols: readonly { span: { start: number; end: number } }[], c: number): number {
  let near = -1;
  cols.forEach((col, i) => {
    if (near < 0 || Math.abs(centre(col.span) - c) < Math.abs(centre(cols[near]!.span) - c)) near = i;
  });
  return near;
}

/**
 * Index of the span that best holds `p`: the largest overlap, else the smallest gap. `spans` are sorted by start and
 * do not overlap one another, so only the spans around the binary-search position can win (logarithmic per piece).
 */
export function nearest(spans: { start: number; end: number }[], p: { start: number; end: number }): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < p.end) lo = mid + 1;
    else hi = mid;
  }
  // spans[lo - 1] is the last span starting before p ends; earlier spans may still overlap p when p is wide.
  let best = Math.min(Math.max(lo - 1, 0), spans.length - 1);
  let bestScore = -Infinity;
  const score = (i: number) => {
    const o = overlap(spans[i]!, p);
    return o > 0 ? o : o - Math.abs(centre(spans[i]!) - centre(p)) / 1000;
  };
  for (let i = Math.min(lo, spans.length - 1); i >= 0; i--) {
    const sc = score(i);
    if (sc > bestScore) {
      bestScore = sc;
      best = i;
    }
    if (spans[i]!.end <= p.start && i < lo - 1) break;
  }
  return best;
}

export function spanOf(ms: Member[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const m of ms) {
    start = Math.min(start, m.part.start);
    end = Math.max(end, m.part.end);
  }
  return { start, end };
}

/** Join the pieces of a wrapped label: no space between CJK pieces, one space between Latin words. */
export function joinPieces(texts: string[]): string {
  let out = '';
  for (const t of texts) {
    if (out === '') out = t;
    else if (/[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(t)) out += ` ${t}`;
    else out += t;
  }
  return out;
}

/** `rowNumbers`: every piece a row number (1–999, no leading zero: not a 款/项 code such as 01), a 行次 column. */
export type WorkColumn = { span: { start: number; end: number }; kind: ColumnKind; head: Member[]; rowNumbers?: boolean };

/** The middle of some numbers (the mean of the two middle ones when their count is even). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
}

/** The middle of some numbers, the lower of the two middles when their count is even (a column position, whole). */
export function lowerMedian(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

/**
 * The placement of a row's figures, fewer than its `count` columns, that `cost` rates strictly best: figures left to
 * right, each in a column of its own, figures printed one space apart (squeezed together) in neighbouring columns.
 * Null when no placement costs less by a character (1) than every other: the positions cannot decide.
 */
export function strictlyBestPlacement(figures: readonly Positioned[], count: number, cost: (pick: readonly number[]) => number): number[] | null {
  const k = figures.length;
  let best: number[] | null = null;
  let bestCost = Infinity;
  let second = Infinity;
  const pick: number[] = [];
  const walk = (i: number, from: number) => {
    if (i === k) {
      const c = cost(pick);
      if (c < bestCost) {
        second = bestCost;
        bestCost = c;
        best = [...pick];
      } else second = Math.min(second, c);
      return;
    }
    for (let j = from; j <= count - (k - i); j++) {
      if (i > 0 && figures[i]!.start - figures[i - 1]!.end <= 1 && j !== pick[i - 1]! + 1) continue;
      pick.push(j);
      walk(i + 1, j + 1);
      pick.pop();
    }
  };
  walk(0, 0);
  return best !== null && second - bestCost >= 1 ? best : null;
}

/** The word (0-based, in printed order) each figure column takes by the 栏次 row: its numbers 1 to `words`, one over
 * each figure column, increasing left to right, none of those squeezed against a neighbour (one space apart: drawn
 * where pdftotext had room, not over its column); null when the row does not say so. */
export function byColumnNumbers(figures: readonly { start: number; end: number }[], words: number, columnNumbers: readonly Positioned[]): number[] | null {
  if (columnNumbers.length !== words || !countsFromOne(columnNumbers)) return null;
  const squeezed = (k: number) => (k > 0 && columnNumbers[k]!.start - columnNumbers[k - 1]!.end <= 1) || (k + 1 < words && columnNumbers[k + 1]!.start - columnNumbers[k]!.end <= 1);
  const pick = figures.map((c) => {
    const over = columnNumbers.flatMap((n, k) => (overlaps(n, c) ? [k] : []));
    return over.length === 1 && !squeezed(over[0]!) ? over[0]! : -1;
  });
  return pick.every((k, j) => k >= 0 && (j === 0 || k > pick[j - 1]!)) ? pick : null;
}
