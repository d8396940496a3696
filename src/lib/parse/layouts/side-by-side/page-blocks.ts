/**
 * A page of a side-by-side table that pdftotext laid out in two blocks. pdftotext -layout places each block of text on
 * its own, so the first rows (set with the header) or the last may end their figures some characters off the rest of
 * the page: the page's calibration then holds for neither and leaves lines unread. Such a page is read as two blocks,
 * each calibrated on its own lines, at a place where both blocks read every line and each block's figures that start a
 * run (more than one space before them: not pulled off their column by a squeeze) end, column by column, within
 * TOLERANCE of each other, each half of the two blocks one shift apart (pdftotext shifts a block of one half, not the
 * other); where several places do so and read a line differently,
 * that line is not read.
 */
import type { SourceLine } from '../../../text/lines.ts';
import { wordsOf, type Half } from './by-order.ts';
import type { RowReading } from './row-reading.ts';

/**
 * Reads a run of a page's lines on their own calibration; `atTop`: the run starts the page (a repeated header may stand
 * there); `runsOnly`: columns only from whole lines and figures that start a run, never from the ends of every figure
 * (a figure squeezed against the one before ends off its column: on a few lines such ends make as many groups as
 * columns by chance).
 */
export type ReadLines = (lines: readonly SourceLine[], atTop: boolean, runsOnly?: boolean) => Map<SourceLine, RowReading>;

/** How far apart the figures of one column, or the shifts of two columns, may end in one block, in characters. */
const TOLERANCE = 2;

/** True when a reading leaves a line of the run unread. */
function leavesUnread(lines: readonly SourceLine[], read: Map<SourceLine, RowReading>): boolean {
  return lines.some((l) => read.get(l)?.how === 'unread');
}

function sameReading(a: RowReading, b: RowReading): boolean {
  if (a.how !== b.how) return false;
  if (!('cells' in a) || !('cells' in b)) return true;
  return a.cells.join('\u0000') === b.cells.join('\u0000') && (a.unplaced ?? []).join(' ') === (b.unplaced ?? []).join(' ');
}

/**
 * Where each figure of a read line that starts a run stands (start, end), by the cell it was read into: the line's
 * figures in order are its filled figure cells in order (halves left to right, each half's columns in order); a line
 * whose reading left figures aside tells nothing.
 */
function runSpans(l: SourceLine, r: RowReading, halves: readonly Half[]): Map<number, readonly [number, number]> {
  const out = new Map<number, readonly [number, number]>();
  if (!('cells' in r) || (r.unplaced?.length ?? 0) > 0) return out;
  const words = wordsOf(l.raw);
  const filled = halves.flatMap((h) => h.valueIdx.filter((j) => (r.cells[j] ?? '').trim() !== ''));
  const figures = words.filter((w) => w.kind === 'figure');
  if (figures.length !== filled.length) return out;
  figures.forEach((f, i) => {
    const before = words.filter((o) => o.start < f.start).at(-1);
    if (!before || f.start - (before.start + before.text.length) > 1) out.set(filled[i]!, [f.start, f.start + f.text.length]);
  });
  return out;
}

/** Where the figures of a read line that start a run end, by the cell they were read into (`runSpans`). */
export function runEnds(l: SourceLine, r: RowReading, halves: readonly Half[]): Map<number, number> {
  return new Map([...runSpans(l, r, halves)].map(([j, s]) => [j, s[1]] as const));
}

/**
 * True when, in each half, every figure starting a run that a band reads into a column starts right of every such
 * figure it reads into an earlier column, a space between: one layout holds the band's lines, so no cell of a later
 * column stands over an earlier column's figures (two columns closer than that are one column pdftotext shifted
 * between two blocks of lines). A figure squeezed one space after the one before is off its place and tells nothing.
 */
function columnsApart(lines: readonly SourceLine[], read: Map<SourceLine, RowReading>, halves: readonly Half[]): boolean {
  const spans = new Map<number, (readonly [number, number])[]>();
  for (const l of lines) for (const [j, s] of runSpans(l, read.get(l)!, halves)) spans.set(j, [...(spans.get(j) ?? []), s]);
  return halves.every((h) => {
    const cols = h.valueIdx.filter((j) => spans.has(j));
    return cols.every((j, p) => cols.slice(p + 1).every((k) => Math.min(...spans.get(k)!.map((s) => s[0])) > Math.max(...spans.get(j)!.map((s) => s[1]))));
  });
}

/** Each column's run-start ends in a block, or null when a column's ends lie more than TOLERANCE apart. */
function blockEnds(lines: readonly SourceLine[], read: Map<SourceLine, RowReading>, halves: readonly Half[]): Map<number, number[]> | null {
  const out = new Map<number, number[]>();
  for (const l of lines) {
    for (const [j, e] of runEnds(l, read.get(l)!, halves)) out.set(j, [...(out.get(j) ?? []), e]);
  }
  for (const ends of out.values()) if (Math.max(...ends) - Math.min(...ends) > TOLERANCE) return null;
  return out;
}

/**
 * True when, in each half, the columns both blocks place run-start figures in are one shift apart (within TOLERANCE),
 * or when each block places run-start figures in every column of the half and each column of either block ends nearer
 * the same column of the other than any other column: each block's columns then stand on its own figures alone, each
 * moved by its own amount, none past a neighbour.
 */
function oneShift(upper: Map<number, number[]>, lower: Map<number, number[]>, halves: readonly Half[]): boolean {
  return halves.every((h) => {
    if (h.valueIdx.every((j) => upper.has(j) && lower.has(j)) && ownColumns(upper, lower, h) && ownColumns(lower, upper, h)) return true;
    const both = h.valueIdx.filter((j) => upper.has(j) && lower.has(j));
    const shifts = both.map((j) => Math.min(...lower.get(j)!) - Math.min(...upper.get(j)!));
    return shifts.length === 0 || Math.max(...shifts) - Math.min(...shifts) <= TOLERANCE;
  });
}

/** True when each column of the half in block `a` ends (its run-start ends' middle) nearer the same column in block `b`
 * than any other column there, or as near as another column that stands on its own side of it (left of it when it
 * comes before it): pdftotext moved some columns of one block by as much as two columns stand apart, none past a
 * neighbour (`60 | 64` under `62`: the 政府性基金 column moved two characters left, 国有资本经营 four). */
function ownColumns(a: Map<number, number[]>, b: Map<number, number[]>, h: Half): boolean {
  const mid = (ends: readonly number[]) => (Math.min(...ends) + Math.max(...ends)) / 2;
  return h.valueIdx.every((j, p) => {
    const at = mid(a.get(j)!);
    const d = Math.abs(at - mid(b.get(j)!));
    return h.valueIdx.every((k, q) => {
      if (k === j) return true;
      const other = mid(b.get(k)!);
      return Math.abs(at - other) > d || (Math.abs(at - other) === d && (q < p ? other < at : other > at));
    });
  });
}

/** A run of lines read on its own calibration: its readings and each column's run-start ends, when it reads every
 * line and its columns hold together (`blockEnds`); else null. */
interface Block {
  read: Map<SourceLine, RowReading>;
  ends: Map<number, number[]>;
}

function blockOf(lines: readonly SourceLine[], atTop: boolean, halves: readonly Half[], read: ReadLines, runsOnly = false): Block | null {
  const r = read(lines, atTop, runsOnly);
  if (leavesUnread(lines, r) || (runsOnly && !columnsApart(lines, r, halves))) return null;
  const ends = blockEnds(lines, r, halves);
  return ends === null ? null : { read: r, ends };
}

/**
 * A page read whole (`read`), or, when that leaves a line unread, in two blocks: every cut of the page whose upper and
 * lower runs each read all of their lines on their own calibration, each block's columns consistent and the two one
 * shift apart; each line as all such cuts read it, as the page read whole where they differ. With no such cut, in three blocks the
 * same way (the first rows set with the header, the middle rows and the last ones each laid out apart: a middle block
 * of two lines at least, one shift from each of its neighbours), a line those cuts read differently keeping the page's
 * reading whole. With no such cut either, in bands (`readInBands`).
 */
export function readInBlocks(page: readonly SourceLine[], halves: readonly Half[], read: ReadLines): Map<SourceLine, RowReading> {
  const whole = read(page, true);
  if (!leavesUnread(page, whole)) return whole;
  const uppers = new Map<number, Block>();
  const lowers = new Map<number, Block>();
  for (let c = 1; c < page.length; c++) {
    const upper = blockOf(page.slice(0, c), true, halves, read);
    if (upper) uppers.set(c, upper);
    const lower = blockOf(page.slice(c), false, halves, read);
    if (lower) lowers.set(c, lower);
  }
  const cuts: Map<SourceLine, RowReading>[] = [];
  for (const [c, upper] of uppers) {
    const lower = lowers.get(c);
    if (lower && oneShift(upper.ends, lower.ends, halves)) cuts.push(new Map([...upper.read, ...lower.read]));
  }
  // (a line the cuts read differently keeps the page's reading whole)
  if (cuts.length > 0) return keepWhole(page, agreed(page, cuts), whole);
  const threes: Map<SourceLine, RowReading>[] = [];
  for (const [c1, upper] of uppers) {
    for (const [c2, lower] of lowers) {
      if (c2 - c1 < 2) continue;
      const middle = blockOf(page.slice(c1, c2), false, halves, read);
      if (!middle || !oneShift(upper.ends, middle.ends, halves) || !oneShift(middle.ends, lower.ends, halves)) continue;
      threes.push(new Map([...upper.read, ...middle.read, ...lower.read]));
    }
  }
  if (threes.length === 0) return readInBands(page, halves, read, whole);
  // (a line the cuts of three blocks read differently keeps the page's reading whole)
  return keepWhole(page, agreed(page, threes), whole);
}

/** The cuts' reading of a page, a line they read differently (unread) keeping the page's reading whole. */
function keepWhole(page: readonly SourceLine[], cuts: Map<SourceLine, RowReading>, whole: Map<SourceLine, RowReading>): Map<SourceLine, RowReading> {
  return new Map(page.map((l) => [l, cuts.get(l)!.how === 'unread' ? whole.get(l)! : cuts.get(l)!]));
}

/**
 * A page no cut in two or three blocks one shift apart reads: read in bands, runs of lines each read whole on its own
 * calibration with its columns holding together (`blockOf`), however many and however far apart (pdftotext lays out
 * each block of cells its own way: a sparse page's blank cells break a column into blocks, each shifted by its own
 * amount). A band's columns come only from its whole lines and its figures that start a run (`runsOnly`). A line the
 * page read whole left unread (or read as a pair beside zeros it could not place, `placesPairZeros`) takes the reading
 * every band holding it agrees on — every band, not only those of one cut of the page: a band that reads a line
 * otherwise (two blocks taken for one) leaves it as it was; a line no band reads stays unread.
 */
function readInBands(page: readonly SourceLine[], halves: readonly Half[], read: ReadLines, whole: Map<SourceLine, RowReading>): Map<SourceLine, RowReading> {
  const n = page.length;
  const blocks = new Map<string, Block | null>();
  const block = (i: number, j: number): Block | null => {
    const key = `${i}:${j}`;
    if (!blocks.has(key)) blocks.set(key, blockOf(page.slice(i, j), i === 0, halves, read, true));
    return blocks.get(key)!;
  };
  const readings = page.map(() => [] as RowReading[]);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j <= n; j++) {
      const b = block(i, j);
      if (!b) continue;
      // (a band that reads a line as a pair beside zeros it cannot place says nothing of where they stand, nor one whose
      // columns that line's figures alone tell)
      const band = page.slice(i, j);
      for (const l of band) if (!leavesZeros(b.read.get(l)!) && tiedTo(l, band, b.read, halves)) readings[page.indexOf(l)]!.push(b.read.get(l)!);
    }
  }
  return new Map(
    page.map((l, k) => {
      const own = whole.get(l)!;
      const rs = readings[k]!;
      if (rs.length === 0 || !rs.every((r) => sameReading(r, rs[0]!)) || !(own.how === 'unread' || placesPairZeros(own, rs[0]!))) return [l, own];
      return [l, rs[0]!];
    }),
  );
}

/**
 * True when a line's place in a band is told by other lines too: a figure of it that starts a run ends in its column
 * within TOLERANCE of where another line of the band ends one (a line printing no figure needs none). A line whose
 * figures alone make their columns' groups (a band of lines printing one or two figures each, every end once) is
 * placed on its own ends: that says nothing.
 */
function tiedTo(l: SourceLine, band: readonly SourceLine[], read: Map<SourceLine, RowReading>, halves: readonly Half[]): boolean {
  if (!wordsOf(l.raw).some((w) => w.kind === 'figure')) return true;
  const own = runEnds(l, read.get(l)!, halves);
  return band.some((o) => o !== l && [...runEnds(o, read.get(o)!, halves)].some(([j, e]) => own.has(j) && Math.abs(own.get(j)! - e) <= TOLERANCE));
}

/** True when `band` reads a line a pair reading (`own`) left zeros of aside: every cell the pair filled as the pair
 * does, and every figure of the line placed. */
function placesPairZeros(own: RowReading, band: RowReading): boolean {
  if (!leavesZeros(own) || !('cells' in own) || !('cells' in band)) return false;
  return own.cells.every((c, j) => c.trim() === '' || c === band.cells[j]);
}

/** True for a line read as a pair beside zeros the reading could not place. */
function leavesZeros(r: RowReading): boolean {
  return r.how === 'pair' && (r.unplaced?.length ?? 0) > 0;
}

/** Each line as every cut reads it, unread where they differ. */
function agreed(page: readonly SourceLine[], cuts: readonly Map<SourceLine, RowReading>[]): Map<SourceLine, RowReading> {
  const out = new Map<SourceLine, RowReading>();
  for (const l of page) {
    const readings = cuts.map((m) => m.get(l)!);
    out.set(l, readings.every((r) => sameReading(r, readings[0]!)) ? readings[0]! : { how: 'unread' });
  }
  return out;
}
