/**
 * A side-by-side row read by the order of its words. `pdftotext -layout` lays out each PDF page on its own and squeezes
 * narrow columns to one space, so the income and expenditure halves of a 收支总表 stand at other character positions
 * on every page (and a 行次 number may sit beside a label or under another column). What does not change is the order
 * on the line: for each half, its label, its 行次 number (when the half has a 行次 column) and its figures, left to right.
 *
 * A line is read so only when exactly one reading accounts for every word: each half takes a label or none, a 行次
 * number or none, and some of its figures or none; and that reading gives each half all of its figures or none (a
 * half with some blank cells cannot be told apart by order: pdf-rows.ts places it by the page's positions). A half
 * with figures has a label. A half printed with only its 行次 number (an
 * empty row under a longer other half) gives no row. Where a half prints its figures in pairs (funds.ts says when),
 * `readSidesByPair` weighs only the readings that half can print.
 */
import { classifyCell } from '../../tables/cells.ts';
import { cmp, isZero, parseDecimal, type Decimal } from '../../../decimal.ts';
import { DECIMAL_FIGURE_RE } from '../../../text/numbers.ts';

/** The cells of one half of the header: its label column, 行次 columns and figure columns (indices in the header). */
export interface Half {
  labelIdx: number;
  numberIdx: number[];
  valueIdx: number[];
}

export type Word = { text: string; kind: 'text' | 'rowNumber' | 'figure'; start: number };

const ROW_NUMBER_RE = /^\d{1,3}$/;

export function wordsOf(raw: string): Word[] {
  return [...raw.matchAll(/[^\s\u3000]+/g)].flatMap((m) => {
    const glued = GLUED_AMOUNT_RE.exec(m[0]);
    return glued && DECIMAL_FIGURE_RE.test(glued[2]!) ? [wordOf(glued[1]!, m.index), wordOf(glued[2]!, m.index + glued[1]!.length)] : [wordOf(m[0], m.index)];
  });
}

/** A label with an amount pdftotext wrote right after it, no space between (`一、本年支出800.20`): the label and the
 * amount, when the digits after its last Han character are a figure with decimals (no label ends in one). */
const GLUED_AMOUNT_RE = /^(.*\p{Script=Han})(-?[0-9][0-9,.]*)$/u;

function wordOf(text: string, start: number): Word {
  if (ROW_NUMBER_RE.test(text)) return { text, kind: 'rowNumber' as const, start };
  const k = classifyCell(text);
  return { text, kind: k === 'number' || k === 'dash' ? ('figure' as const) : ('text' as const), start };
}

/** How far left of where its half's labels start on the page a label may start, in characters. */
const LABEL_DRIFT = 3;

/** The half a word starting at `start` stands in: the last whose labels start at or left of it (-1: none). */
export function halfAt(start: number, starts: readonly number[]): number {
  let h = -1;
  starts.forEach((s, k) => {
    if (s <= start + LABEL_DRIFT) h = k;
  });
  return h;
}

/** One reading of a half: how many words its label, 行次 and figures take. */
interface Take {
  label: string[];
  /** Where the label starts on the line (-1: no label). */
  start: number;
  number: string | null;
  figures: Word[];
}

/** Every reading of the halves from word `at` on that accounts for all the words (stops counting at `max`). */
function readings(words: Word[], halves: readonly Half[], h: number, at: number, acc: Take[], out: Take[][], starts: readonly number[] | null, max = 2): void {
  if (out.length >= max) return;
  if (h === halves.length) {
    if (at === words.length) out.push([...acc]);
    return;
  }
  const half = halves[h]!;
  // the label: a run of text words (a label may be printed with a space inside); any length, the rest decides
  let textEnd = at;
  while (textEnd < words.length && words[textEnd]!.kind === 'text') textEnd++;
  for (let l = at; l <= textEnd; l++) {
    const label = words.slice(at, l).map((w) => w.text);
    // where the page's labels start, when known: a label stands in its own half
    if (starts && label.length > 0 && halfAt(words[at]!.start, starts) !== h) continue;
    const numberOptions: (string | null)[] = [null];
    if (half.numberIdx.length > 0 && l < words.length && words[l]!.kind === 'rowNumber') numberOptions.push(words[l]!.text);
    for (const number of numberOptions) {
      const f0 = l + (number === null ? 0 : 1);
      // (a half with some figures is a reading too: it makes a line whose 行次 could be a figure ambiguous)
      const counts = label.length > 0 ? Array.from({ length: half.valueIdx.length + 1 }, (_, n) => n) : [0];
      for (const n of counts) {
        const figs = words.slice(f0, f0 + n);
        if (figs.length !== n || figs.some((w) => w.kind === 'text')) continue;
        acc.push({ label, start: label.length > 0 ? words[at]!.start : -1, number, figures: figs });
        readings(words, halves, h + 1, f0 + n, acc, out, starts, max);
        acc.pop();
      }
    }
  }
}

/** A side-by-side line read: its cells on the header's columns, and where each half's label starts (-1: none). */
export interface SidesRead {
  cells: string[];
  starts: number[];
  /** Each half's figures as printed (with where they stand). */
  figures: Word[][];
}

/**
 * The cells of a side-by-side line read by order, laid out on the header's columns (`width` cells: each half's label,
 * 行次 and figures in their header columns), or null when the line has not exactly one reading that accounts for every
 * word, or has a word neither label nor figure. `starts`, where the page's labels of each half start (when known),
 * rules out readings that put a label in the other half.
 */
export function readSidesByOrder(raw: string, halves: Half[], width: number, starts: readonly number[] | null = null): SidesRead | null {
  const words = wordsOf(raw);
  if (words.length === 0 || halves.length < 2) return null;
  const out: Take[][] = [];
  readings(words, halves, 0, 0, [], out, starts);
  if (out.length !== 1 || out[0]!.some((t, h) => t.figures.length !== 0 && t.figures.length !== halves[h]!.valueIdx.length)) return null;
  const cells = new Array<string>(width).fill('');
  out[0]!.forEach((take, h) => {
    const half = halves[h]!;
    cells[half.labelIdx] = take.label.join(' ');
    if (take.number !== null) cells[half.numberIdx[0]!] = take.number;
    take.figures.forEach((f, k) => (cells[half.valueIdx[k]!] = f.text));
  });
  return { cells, starts: out[0]!.map((t) => t.start), figures: out[0]!.map((t) => t.figures) };
}

/** How many readings of a line are weighed when meaning rules some out (a real line has a handful). */
const MAX_READINGS = 16;

/** Every reading of a line, or null when it has none or more than can be weighed. */
function allReadings(raw: string, halves: readonly Half[], starts: readonly number[] | null): Take[][] | null {
  const words = wordsOf(raw);
  if (words.length === 0 || halves.length < 2) return null;
  const out: Take[][] = [];
  readings(words, halves, 0, 0, [], out, starts, MAX_READINGS + 1);
  return out.length === 0 || out.length > MAX_READINGS ? null : out;
}

/** Where each half's label starts on a line (-1: none) when every reading of the line agrees on it, else null. */
export function agreedStarts(raw: string, halves: readonly Half[]): number[] | null {
  const all = allReadings(raw, halves, null);
  if (!all) return null;
  const keys = new Set(all.map((r) => r.map((t) => t.start).join(',')));
  return keys.size === 1 ? all[0]!.map((t) => t.start) : null;
}

/**
 * The left half of a line: its first word when it is text and starts where the left half's labels start (`at`, within
 * LABEL_DRIFT) — the first word of its label (a label printed with a space inside is cut there) — and the left half's
 * figures as every reading of the line has them; null when readings differ on them.
 */
export function leftTake(raw: string, halves: readonly Half[], at: number): { label: string; figures: string[] } | null {
  const all = allReadings(raw, halves, null);
  if (!all) return null;
  const keys = new Set(all.map((r) => r[0]!.figures.map((f) => f.text).join(' ')));
  if (keys.size !== 1) return null;
  const first = wordsOf(raw)[0]!;
  const label = first.kind === 'text' && first.start <= at + LABEL_DRIFT ? first.text : '';
  return { label, figures: all[0]![0]!.figures.map((f) => f.text) };
}

/** True when some reading of a line gives its left half a figure that is not zero (or when it cannot be told). */
export function leftMayHoldMoney(raw: string, halves: readonly Half[]): boolean {
  const all = allReadings(raw, halves, null);
  return !all || all.some((r) => nonZero(r[0]!.figures)?.length !== 0);
}

/**
 * A half whose figures come in equal pairs: on every row its total column and its one column with money hold the
 * same figure, and its other columns nothing but zeros (funds.ts says when).
 */
export interface PairRule {
  half: number;
  /** The header columns of the total and of the one column with money. */
  columns: readonly [number, number];
  /** The other half, and its labels whose rows hold no money but what lines of one reading print (the funds' rows). */
  quiet: { half: number; label: (label: string) => boolean };
  /** Money another column may hold (carried over unsplit): a pair is read only when its figure is more than this. */
  above?: Decimal | null;
}

/** The figures of a take that are not zero, or null when one is no number. */
function nonZero(figures: readonly Word[]): Decimal[] | null {
  const ds = figures.map((f) => parseDecimal(f.text.replace(/^[-—–]+$/, '0')));
  return ds.some((d) => d === null) ? null : ds.filter((d) => !isZero(d!)) as Decimal[];
}

/** True when a half read by a PairRule can print these figures: no figure but zeros, or its pair and zeros. */
function canPrint(figures: readonly Word[], above: Decimal | null): boolean {
  const money = nonZero(figures);
  if (money === null || money.length === 0) return money !== null;
  return money.length === 2 && cmp(money[0]!, money[1]!) === 0 && (above === null || cmp(money[0]!, above) > 0);
}

/**
 * A side-by-side line read by order when one half's figures come in pairs (`rule`): of its readings only those are
 * weighed where that half prints what it can (nothing but zeros, or its pair and zeros — a lone figure or two figures
 * that differ it cannot), and where a row of the other half that the rule names quiet gets no money from a line that
 * reads two ways there (its money is all on lines of one reading). Exactly one such reading is read when every half prints all of its figures or none, or the
 * rule's half exactly its pair (two equal figures, not zero: its total and its one column with money). A zero beside
 * the pair may stand in any of the columns without money: the pair is read and the zeros are returned unplaced, as
 * many as there are such columns at most (the caller reports them).
 */
export function readSidesByPair(
  raw: string,
  halves: readonly Half[],
  width: number,
  rule: PairRule,
  starts: readonly number[] | null = null,
): (SidesRead & { unplaced: Word[] }) | null {
  const all = allReadings(raw, halves, starts);
  if (!all) return null;
  // a line whose other half reads two ways: a row of a fund there gets no money from it
  const q = rule.quiet;
  const agreed = new Set(all.map((r) => JSON.stringify([r[q.half]!.label, r[q.half]!.figures.map((f) => f.text)]))).size === 1;
  const fits = all.filter(
    (r) => canPrint(r[rule.half]!.figures, rule.above ?? null) && (agreed || !q.label(r[q.half]!.label.join('')) || nonZero(r[q.half]!.figures)?.length === 0),
  );
  if (fits.length !== 1) return null;
  const read = fits[0]!;
  const whole = (t: Take, h: number) => t.figures.length === 0 || t.figures.length === halves[h]!.valueIdx.length;
  const idle = halves[rule.half]!.valueIdx.length - 2;
  const pair = (t: Take, h: number) => h === rule.half && nonZero(t.figures)!.length === 2 && t.figures.length <= 2 + idle;
  if (!read.every((t, h) => whole(t, h) || pair(t, h))) return null;
  const cells = new Array<string>(width).fill('');
  const unplaced: Word[] = [];
  read.forEach((take, h) => {
    const half = halves[h]!;
    cells[half.labelIdx] = take.label.join(' ');
    if (take.number !== null) cells[half.numberIdx[0]!] = take.number;
    if (whole(take, h)) take.figures.forEach((f, k) => (cells[half.valueIdx[k]!] = f.text));
    else {
      const money = take.figures.filter((f) => !isZero(parseDecimal(f.text.replace(/^[-—–]+$/, '0'))!));
      money.forEach((f, k) => (cells[rule.columns[k]!] = f.text));
      unplaced.push(...take.figures.filter((f) => !money.includes(f)));
    }
  });
  return { cells, starts: read.map((t) => t.start), figures: read.map((t) => t.figures), unplaced };
}

/**
 * The half each word of a line stands in: where it starts against where each half's labels start on the page; a
 * figure or 行次 number left of a label word of a later half belongs to a half before that one (each half prints its
 * label first), however near that half's labels it starts.
 */
export function halvesOf(words: readonly Word[], starts: readonly number[]): number[] {
  const out = words.map((w) => Math.max(0, halfAt(w.start, starts)));
  let cap = Infinity;
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k]!.kind === 'text') {
      if (out[k]! > 0) cap = Math.min(cap, out[k]! - 1);
    } else out[k] = Math.min(out[k]!, cap);
  }
  return out;
}
