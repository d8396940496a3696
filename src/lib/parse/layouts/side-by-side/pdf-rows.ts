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
 *    halves the same way; when that places nothing, on the ends of the page's figures that start a run (pdftotext
 *    squeezes figures of neighbouring narrow columns to one space apart); a figure one space after the one before it
 *    (or after the 行次 number) stands in the next column (the first), wherever it ends;
 * 4. the header repeated at the top of a page (its words all pieces of the header's own words) is not a row;
 * 5. a line of figures only right under a row that prints none in that half is read with it (figures-below.ts).
 *
 * A page this leaves a line of unread may be two or three blocks pdftotext laid out apart, each read on its own, or
 * bands of rows each laid out its own way (page-blocks.ts).
 *
 * A line read none of these ways is returned as unread (its caller reports it).
 */
import type { SourceLine } from '../../../text/lines.ts';
import { normHeaderWord } from '../../tables/vocabulary.ts';
import { median } from '../../read/columns.ts';
import { sideOfShift, wholeLinesAgree } from './shifted-ends.ts';
import { readInBlocks } from './page-blocks.ts';
import { joinFiguresBelow, placeFiguresBelow, type PlaceBelow } from './figures-below.ts';
import { agreedStarts, halfAt, halvesOf, readSidesByOrder, readSidesByPair, wordsOf, type Half, type PairRule, type Word } from './by-order.ts';
import type { RowReading } from './row-reading.ts';

export type { RowReading } from './row-reading.ts';

/** Where a figure column's figures end on a page: from `lo` to `hi` (one line: both the same). */
type Span = readonly [lo: number, hi: number];

interface Calibration {
  /** Where each half's label starts. */
  starts: number[];
  /** Per half: the page's lines that print all of its figures (their place on the page, each figure column's end, and
   * whether each figure starts a run: more than one space before it, not pulled off its place by a squeeze). */
  whole: { at: number; ends: Span[]; apart: boolean[] }[][];
  /** Per half, for a page with no such line: the page's figure ends in exactly as many groups as it has columns. */
  groups: (Span[] | null)[];
  /** Per half: the ends of the page's figures that start a run, in as many groups as it has columns (`runStartGroups`). */
  runs: (Span[] | null)[];
  /** Per half: those groups when every line of the page places its figures on them (`runStartGroups`, checked). */
  checked: (Span[] | null)[];
  /** Per half: whether its first figure column is the 合计 of the funds after it (`totalOverFunds`): a line printing
   * money in a fund column prints its 合计, so a placing leaving the 合计 blank beside money is none. */
  totals: readonly boolean[];
  /** Per half: each line's words in that half, by its place on the page. */
  lines: Word[][][];
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

/** How far an end stands from a span (0 inside it). */
function distance(end: number, span: Span): number {
  return end < span[0] ? span[0] - end : end > span[1] ? end - span[1] : 0;
}

/** True when a word has more than one space before it on its line (`words`): no squeeze pulled it off its place. */
function startsRun(w: Word, words: readonly Word[]): boolean {
  const before = words.filter((o) => o.start < w.start).at(-1);
  return !before || w.start - (before.start + before.text.length) > 1;
}

/**
 * The figure columns of a half's figures on one set of column ends, or null: a figure one space after the one before
 * it is in the next column, a figure one space after the 行次 number in the first (pdftotext squeezes figures of
 * neighbouring narrow columns to one space, pulling the later ones off their column's place); any other figure goes to
 * the column whose end is within TOLERANCE and nearer than any other, in column order.
 */
function columnsOn(figures: readonly Word[], after: Word | null, ends: readonly Span[]): number[] | null {
  const out: number[] = [];
  let prev = after;
  for (const f of figures) {
    const end = f.start + f.text.length;
    const last = out.length > 0 ? out[out.length - 1]! : -1;
    if (prev !== null && f.start - (prev.start + prev.text.length) === 1) {
      if (last + 1 >= ends.length) return null;
      out.push(last + 1);
      prev = f;
      continue;
    }
    const dist = ends.map((e) => distance(end, e));
    const best = dist.indexOf(Math.min(...dist));
    if (dist[best]! > TOLERANCE || dist.some((d, j) => j !== best && d <= dist[best]!)) return null;
    if (best <= last) return null;
    out.push(best);
    prev = f;
  }
  return out;
}

/** The end of a column no figure on the page tells: no figure is placed by its end there. */
const UNKNOWN: Span = [Infinity, Infinity];

/**
 * A whole line's column ends, a figure squeezed one space after the one before it (pulled off its column's place)
 * taking its column's end from the page's run-start figures (`runs`, checked against every line) where those tell it — unless a squeezed figure
 * would then end at or left of the end of the column before it: those groups are not the line's (a block of lines
 * pdftotext shifted on the page ran into them), and the line keeps its own ends.
 */
function ownEnds(w: { ends: Span[]; apart: boolean[] }, runs: readonly Span[] | null): Span[] {
  const taken = (j: number) => !w.apart[j] && runs !== null && runs[j]![0] !== Infinity;
  // (a squeezed figure still ends right of the column before it ends: groups it would end left of are not its page's)
  const fits = w.ends.every((e, j) => !taken(j) || j === 0 || runs![j - 1]![0] === Infinity || e[1] > runs![j - 1]![1]);
  return fits ? w.ends.map((e, j) => (taken(j) ? runs![j]! : e)) : w.ends;
}

/** Sets of column ends to place a line on; `between`: the places of the whole lines above and below it that gave them. */
type EndSets = { sets: Span[][]; between?: readonly [number, number] };

/**
 * The sets of column ends a line at `at` on its page is placed on, for half `h`, in turn: the median of the page's
 * whole lines, their squeezed figures' ends taken from the run-start groups (`ownEnds`) (when they agree: pdftotext may shift the columns part way down a page, `shifted-ends.ts`); else its
 * nearest whole lines above and below, which must agree, or the side of the shift the lines between them show; with no
 * whole line, the groups; last, the groups of the figures that start a run. A half of one figure column needs none.
 */
function endsFor(cal: Calibration, h: number, at: number, columns: number): EndSets[] {
  // (a half of one figure column takes its figure wherever it stands)
  if (columns === 1) return [{ sets: [[[-Infinity, Infinity]]] }];
  const whole = cal.whole[h]!;
  const runs = cal.runs[h] ? [{ sets: [cal.runs[h]!] }] : [];
  if (whole.length === 0) return [...(cal.groups[h] ? [{ sets: [cal.groups[h]!] }] : []), ...runs];
  const own = (w: (typeof whole)[number]) => ownEnds(w, cal.checked[h] ?? null);
  const above = whole.filter((w) => w.at < at).at(-1);
  const below = whole.find((w) => w.at > at);
  // (each column's median over the whole lines whose figure there starts a run, or takes its end from the run-start
  // groups, when some do: a figure squeezed one space after the one before, or after the 行次, tells nothing of where
  // its column ends, and the median of a spread line's end and a squeezed one's stands at no column's end)
  const told = (w: (typeof whole)[number], j: number) => w.apart[j] === true || own(w)[j]![1] !== w.ends[j]![1];
  const middle = whole[0]!.ends.map((_, j) => {
    const telling = whole.filter((w) => told(w, j));
    return median((telling.length > 0 ? telling : whole).map((w) => own(w)[j]![1]));
  });
  const nearest: EndSets = {
    sets: [above, below].filter((w) => w !== undefined).map(own),
    ...(above && below ? { between: [above.at, below.at] as const } : {}),
  };
  return [...(wholeLinesAgree(whole, TOLERANCE) ? [{ sets: [middle.map((e) => [e, e] as const)] }] : []), nearest, ...runs];
}

/** A half's label, 行次 number and figures on a line (its words in that half), or null when they are not in that order. */
function takeOf(ws: readonly Word[], half: Half): { label: string[]; number: Word | null; figures: Word[] } | null {
  let k = 0;
  const label: string[] = [];
  while (k < ws.length && ws[k]!.kind === 'text') label.push(ws[k++]!.text);
  let number: Word | null = null;
  if (half.numberIdx.length > 0 && k < ws.length && ws[k]!.kind === 'rowNumber') number = ws[k++]!;
  const figures = ws.slice(k);
  if (figures.some((w) => w.kind === 'text') || figures.length > half.valueIdx.length) return null;
  return { label, number, figures };
}

/** A placing of a half's figures, or null when it leaves the half's 合计 blank beside money in a fund column. */
function soundPlacing(cal: Calibration, h: number, figures: readonly Word[], placing: number[] | null): number[] | null {
  if (placing === null || !cal.totals[h] || placing[0] === 0) return placing;
  return figures.every((f) => /^-?[0.,]+$/.test(f.text)) ? placing : null;
}

/** The figure columns of a half's figures on line `at` (see `endsFor`), or null. */
function placeFigures(cal: Calibration, half: Half, h: number, at: number, figures: readonly Word[], number: Word | null): number[] | null {
  for (const { sets, between } of endsFor(cal, h, at, half.valueIdx.length)) {
    const placings = sets.map((ends) => soundPlacing(cal, h, figures, columnsOn(figures, number, ends)));
    const found = placings.filter((c) => c !== null);
    if (found.length === 0) continue;
    if (new Set(found.map((c) => c.join(','))).size === 1) return found[0]!;
    if (!between) return null;
    // (placed differently on the whole lines above and below: the columns shifted between them)
    const fits = (k: number) => {
      const t = takeOf(cal.lines[h]![k] ?? [], half);
      return sets.map((ends) => t === null || soundPlacing(cal, h, t.figures, columnsOn(t.figures, t.number, ends)) !== null) as [boolean, boolean];
    };
    const side = sideOfShift(at, between[0], between[1], fits);
    return side === null ? null : placings[side]!;
  }
  return null;
}

/**
 * A line placed on the page's calibration, or null when a word cannot be placed soundly. Each half's figures are placed
 * on the page's median ends of the lines that print all of that half's figures, else on the ends of the nearest
 * such lines above and below (pdftotext may shift the columns within a page), whose placings must agree or be told
 * apart by the lines between them (`placeFigures`).
 */
function place(raw: string, halves: readonly Half[], width: number, cal: Calibration, at: number): string[] | null {
  const words = wordsOf(raw);
  const byHalf: Word[][] = halves.map(() => []);
  halvesOf(words, cal.starts).forEach((h, k) => byHalf[h]!.push(words[k]!));
  const cells = new Array<string>(width).fill('');
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h]!;
    const take = takeOf(byHalf[h]!, half);
    if (take === null) return null;
    const { label, number, figures } = take;
    if (number !== null) cells[half.numberIdx[0]!] = number.text;
    if (figures.length > 0 && label.length === 0) return null;
    cells[half.labelIdx] = label.join(' ');
    if (figures.length === 0) continue;
    const placed = placeFigures(cal, half, h, at, figures, number);
    if (!placed) return null;
    placed.forEach((j, i) => (cells[half.valueIdx[j]!] = figures[i]!.text));
  }
  return cells;
}

/**
 * A half's column ends from every figure end on a page (`ends`), when they fall in exactly `n` groups: ends within
 * TOLERANCE of each other join a group, and a group spans no more than TOLERANCE; else null. With `lone`, when there
 * are more groups than columns, a group of one end is left out first: a figure standing apart from every other is no
 * evidence of a column (more than TOLERANCE from every group left, its line is then not placed).
 */
export function endGroups(ends: readonly number[], n: number, lone = false): Span[] | null {
  const kept = narrowGroups(ends, n, lone);
  return kept !== null && kept.length === n ? kept : null;
}

/** The groups of `endGroups` however many they are (a lone end left out only with `lone` and more groups than `n`), or
 * null when a group spans more than TOLERANCE. */
function narrowGroups(ends: readonly number[], n: number, lone: boolean): Span[] | null {
  const sorted = [...ends].sort((a, b) => a - b);
  const groups: { span: [number, number]; size: number }[] = [];
  for (const e of sorted) {
    const g = groups.at(-1);
    if (g && e - g.span[1] <= TOLERANCE) {
      g.span[1] = e;
      g.size++;
    } else groups.push({ span: [e, e], size: 1 });
  }
  const kept = lone && groups.length > n ? groups.filter((g) => g.size > 1) : groups;
  return kept.every(({ span: [lo, hi] }) => hi - lo <= TOLERANCE) ? kept.map((g) => g.span) : null;
}

/**
 * A half's column ends from the figures on a page that start a run (`lines`: each line's words of that half), when
 * those fall in `n` groups or fewer (`narrowGroups`, a lone end left out); else null. pdftotext squeezes figures of
 * neighbouring narrow columns to one space apart, pulling the later ones off their column's place; a figure with more
 * room before it stands where its column is. Fewer groups than columns (a column whose figures are all squeezed against
 * the one before) are put over the columns the one way every line of the page allows (`groupsOverColumns`), the other
 * columns' ends unknown; with `checked`, no end left out and as many groups as columns too, kept only when every such
 * line places its figures on them.
 */
export function runStartGroups(lines: readonly (readonly Word[])[], n: number, checked = false): Span[] | null {
  const ends: number[] = [];
  for (const ws of lines) {
    ws.forEach((w, k) => {
      const prev = ws[k - 1];
      if (w.kind === 'figure' && (!prev || w.start - (prev.start + prev.text.length) > 1)) ends.push(w.start + w.text.length);
    });
  }
  const groups = narrowGroups(ends, n, !checked);
  if (groups === null || groups.length > n || groups.length === 0) return null;
  return groups.length === n && !checked ? groups : groupsOverColumns(groups, lines, n);
}

/** Every way to pick `k` of `n` columns in order. */
function choices(n: number, k: number, from = 0): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let c = from; c <= n - k; c++) for (const rest of choices(n, k - 1, c + 1)) out.push([c, ...rest]);
  return out;
}

/**
 * Fewer groups of run-start ends than columns put over the columns: of every way to give each group a column in order
 * (the rest unknown), the one under which every line whose run-start figures all stand in a group places its figures
 * (a figure squeezed one space after the one before in the next column, none past the last); null unless exactly one.
 */
function groupsOverColumns(groups: readonly Span[], lines: readonly (readonly Word[])[], n: number): Span[] | null {
  const checked = lines.flatMap((ws) => {
    const first = ws.findIndex((w) => w.kind === 'figure');
    if (first < 0) return [];
    const figures = ws.filter((w) => w.kind === 'figure');
    const runs = figures.filter((f) => startsRun(f, ws)).map((f) => f.start + f.text.length);
    if (!runs.every((e) => groups.some((g) => distance(e, g) <= TOLERANCE))) return [];
    const before = ws[first - 1];
    return [{ figures, after: before?.kind === 'rowNumber' ? before : null }];
  });
  const fitting = choices(n, groups.length)
    .map((cols) => {
      const ends = new Array<Span>(n).fill(UNKNOWN);
      cols.forEach((c, i) => (ends[c] = groups[i]!));
      return ends;
    })
    .filter((ends) => checked.every((l) => columnsOn(l.figures, l.after, ends) !== null));
  return fitting.length === 1 ? fitting[0]! : null;
}

/** The columns the page's lines of figures below their rows show on their own: their figure ends in exactly as many
 * narrow groups as the half has columns (`endGroups`, a lone end left out), each line placed on them (`columnsOn`). */
const figuresBelowColumns: PlaceBelow = (lines, columns) => {
  const ends = lines.flatMap((ws) => ws.map((w) => w.start + w.text.length));
  const groups = endGroups(ends, columns, true);
  return groups === null ? null : (figures) => columnsOn(figures, null, groups);
};

/** True for a line of the header repeated at the top of a page: its words are structure or pieces of column names. */
export function isRepeatedHeader(raw: string, names: readonly string[]): boolean {
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
  totals: readonly boolean[] = halves.map(() => false),
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
  const readPage = (page: readonly SourceLine[], atTop: boolean, runsOnly = false): Map<SourceLine, RowReading> => {
    const out = new Map<SourceLine, RowReading>();
    const cal: Calibration = { starts: halves.map(() => Infinity), whole: halves.map(() => []), groups: halves.map(() => null), runs: halves.map(() => null), checked: halves.map(() => null), totals, lines: halves.map(() => []) };
    const labelStarts: number[][] = halves.map(() => []);
    const read = new Map<SourceLine, ReturnType<typeof byOrder>>();
    page.forEach((l, at) => {
      const r = byOrder(l.raw, null);
      read.set(l, r);
      if (!r) return;
      // the figures of a half read whole calibrate its columns
      r.starts.forEach((s, h) => s >= 0 && labelStarts[h]!.push(s));
      halves.forEach((half, h) => {
        const figs = r.figures[h]!;
        if (figs.length !== half.valueIdx.length) return;
        const ends = figs.map((f) => [f.start + f.text.length, f.start + f.text.length] as const);
        cal.whole[h]!.push({ at, ends, apart: figs.map((f) => startsRun(f, wordsOf(l.raw))) });
      });
    });
    // (no line read by order: where the labels start when every reading of a line agrees on it)
    if (labelStarts.some((s, h) => h > 0 && s.length === 0)) {
      for (const l of page) agreedStarts(l.raw, halves)?.forEach((s, h) => s >= 0 && labelStarts[h]!.push(s));
    }
    // (the left half starts at the line's start)
    cal.starts = labelStarts.map((s, h) => (h === 0 ? 0 : s.length > 0 ? median(s) : NaN));
    const calibrated = cal.starts.every((s) => !Number.isNaN(s));
    if (calibrated) {
      halves.forEach((half, h) => {
        if (half.valueIdx.length < 2) return;
        const inHalf = page.map((l) => {
          const ws = wordsOf(l.raw);
          const hs = halvesOf(ws, cal.starts);
          return ws.filter((_, k) => hs[k] === h);
        });
        cal.lines[h] = inHalf;
        cal.runs[h] = runStartGroups(inHalf, half.valueIdx.length);
        cal.checked[h] = runStartGroups(inHalf, half.valueIdx.length, true);
        const ends = inHalf.flatMap((ws) => ws.filter((w) => w.kind === 'figure').map((w) => w.start + w.text.length));
        const groups = endGroups(ends, half.valueIdx.length, true);
        // (a whole line pdftotext squeezed to one run, its figures one space apart, that ends a figure off the page's
        // figure ends where those fall in as many groups as columns, was drawn off its columns: it calibrates nothing)
        if (groups !== null) cal.whole[h] = cal.whole[h]!.filter((w) => !(w.apart.every((a, j) => a === (j === 0)) && w.ends.some((e, j) => distance(e[1], groups[j]!) > TOLERANCE)));
        if (cal.whole[h]!.length > 0 || runsOnly) return;
        cal.groups[h] = groups;
      });
    }
    let top = atTop;
    page.forEach((l, at) => {
      // a line with two readings by order may have one once its labels must stand in their halves
      const r = read.get(l) ?? (calibrated ? byOrder(l.raw, cal.starts) : null);
      if (r) {
        out.set(l, asRead(r));
        top = false;
        return;
      }
      if (top && isRepeatedHeader(l.raw, names)) {
        out.set(l, { how: 'header' });
        return;
      }
      const words = wordsOf(l.raw);
      if (words.some((w) => w.kind !== 'text')) top = false;
      const cells = calibrated ? place(l.raw, halves, width, cal, at) : null;
      const pair = cells ? null : byOrder(l.raw, calibrated ? cal.starts : null, true);
      if (cells) out.set(l, { how: words.every((w) => w.kind === 'text') ? 'pieces' : 'placed', cells });
      else out.set(l, pair ? asRead(pair) : { how: 'unread' });
    });
    if (calibrated) {
      const below = { page, out, halves, starts: cal.starts, lastLine: lastLineOf };
      const placeBelow = placeFiguresBelow(below, figuresBelowColumns);
      joinFiguresBelow(below, (raw) => {
        const r = byOrder(raw, cal.starts);
        return r ? asRead(r) : null;
      });
      placeBelow();
    }
    return out;
  };
  const out = new Map<SourceLine, RowReading>();
  for (const page of pages(rows.filter((l) => l.form === 'spaced'))) {
    for (const [l, r] of readInBlocks(page, halves, readPage)) out.set(l, r);
  }
  return out;
}
