/**
 * The positioned-text core: text pieces with their start and end column on a line become cells of one column model.
 * The spaced reader (`pdftotext -layout` text) feeds it character columns; a PDF reader with x positions can feed it
 * the same way. Pure and linear in the number of pieces (sorting aside).
 */
import { cleanText } from '../../text/clean.ts';
import type { SourceLine } from '../../text/lines.ts';
import type { Positioned } from './piece.ts';
import { classifyCell } from '../tables/cells.ts';
import { lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import { belongsTo, groupOf, headWord, isGroupOver, isHeaderWord, type HeaderGroup } from './header-groups.ts';
import { alignSqueezed, stackBrokenWords } from './header-stacks.ts';
import { undriftHeader } from './header-drift.ts';

const lookupKey = (word: string) => lookupWord(word)?.key;

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
}

interface Member {
  part: Positioned;
  row: number;
}

/** How many columns two spans share (negative: the gap between them). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function centre(a: { start: number; end: number }): number {
  return (a.start + a.end) / 2;
}

/** An amount-like piece: a number, percentage, dash or withheld mark (pieces are read before markup is cleaned). */
export function isAmountText(text: string): boolean {
  const k = classifyCell(cleanText(text));
  return k === 'number' || k === 'percent' || k === 'dash' || k === 'withheld';
}

/** Group pieces whose spans overlap (one column's cells overlap whatever their alignment); split groups that hold two
 * pieces of one row, using the row with most pieces as anchors (a piece goes to the one anchor it makes a word with,
 * when `joins` says so, else to the nearest). */
function cluster(members: Member[], joins?: (a: Member, b: Member) => boolean): Member[][] {
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
function nearestByCentre(cols: readonly { span: { start: number; end: number } }[], c: number): number {
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
function nearest(spans: { start: number; end: number }[], p: { start: number; end: number }): number {
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

function spanOf(ms: Member[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const m of ms) {
    start = Math.min(start, m.part.start);
    end = Math.max(end, m.part.end);
  }
  return { start, end };
}

/** A column of amounts: most pieces are amounts, and they carry a decimal point or separator or stand right-aligned
 * (codes such as 201 / 2010101 are left-aligned). */
/** A number that may be a classification code (3, 5 or 7 digits from 2 or 3, its parts run together or a space apart:
 * `2080506`, `208 05 06`), a budget unit's code (6 digits), a code part (`03`) or a row number. */
const CODE_LIKE_RE = /^(?:[23]\d{2}(?: ?\d{2}){0,2}|[1-9]\d{5}|0\d+|\d{1,2})$/;

function kindOf(ms: Member[], figuresOnly: ReadonlySet<number> = new Set()): ColumnKind {
  const amounts = ms.filter((m) => isAmountText(m.part.text));
  if (amounts.length * 2 < ms.length) return 'text';
  if (amounts.some((m) => /[.,，%％]/.test(m.part.text))) return 'amount';
  // a column of bare zeros or dashes (`0`, `-`, `—`: whole-number tables, empty cells marked) holds amounts; a code,
  // 行次 or 栏次 is never 0
  if (amounts.length === ms.length && amounts.every((m) => /^(?:0|[-—–－])$/.test(m.part.text))) return 'amount';
  const starts = new Set(amounts.map((m) => m.part.start));
  const ends = new Set(amounts.map((m) => m.part.end));
  // whole numbers all of one width in one place (few rows of a whole-number table): amounts, unless every one reads
  // as a code or a row number (`201`, `30101`, `03`, `12`)
  // (a row of figures only, as a one-row 三公 table, holds no code: its numbers are amounts whatever they look like)
  if (starts.size === 1 && ends.size === 1 && amounts.length === ms.length && !amounts.every((m) => CODE_LIKE_RE.test(m.part.text) && !figuresOnly.has(m.row))) return 'amount';
  // one-digit whole numbers in one place that do not count up row by row (a 行次 does): small amounts of a whole-number
  // table (`8`, `1`, `0` 万元), not codes
  if (starts.size === 1 && ends.size === 1 && amounts.length === ms.length && amounts.every((m) => /^\d$/.test(m.part.text))) {
    const byRow = [...amounts].sort((a, b) => a.row - b.row).map((m) => Number(m.part.text));
    if (byRow.some((v, k) => k > 0 && v <= byRow[k - 1]!)) return 'amount';
  }
  return ends.size < starts.size ? 'amount' : 'text';
}

/**
 * Figures placed as pdftotext places them: in most figure columns (three figures or more) the figures start at one
 * column and end at several (pdftotext gives each word the column after the longest text to its left, so right-aligned
 * figures come out left-aligned). Header words then stand left of their figures, never right.
 */
function startAligned(groups: Member[][]): boolean {
  let yes = 0;
  let no = 0;
  for (const g of groups) {
    const amounts = g.filter((m) => isAmountText(m.part.text) && /[.,]/.test(m.part.text));
    if (amounts.length < 3) continue;
    const starts = new Set(amounts.map((m) => m.part.start)).size;
    const ends = new Set(amounts.map((m) => m.part.end)).size;
    if (starts < ends) yes++;
    else no++;
  }
  return yes > no;
}

/** Two stacked pieces are parts of one wrapped label when they share their centre, start or end (±1 column). */
function aligned(a: Positioned, b: Positioned): boolean {
  return Math.abs(centre(a) - centre(b)) <= 1.5 || Math.abs(a.start - b.start) <= 1 || Math.abs(a.end - b.end) <= 1;
}

/** `b` continues the label whose pieces so far are `parts` (a label wrapped over lines): aligned with the last piece
 * and no longer than the longest (a wrapped label fills its lines to the cell width; a group label stands over
 * longer column labels). */
function continues(parts: Positioned[], b: Positioned): boolean {
  const last = parts[parts.length - 1]!;
  // (a narrow cell wraps a word off its centre: `政府性基金预算` over `财政拨款` is one word the vocabulary knows)
  const word = () => isHeaderWord(joinPieces([...parts.map((p) => p.text), b.text]));
  return (aligned(last, b) || (overlap(last, b) > 0 && word())) && b.end - b.start <= Math.max(...parts.map((p) => p.end - p.start));
}

/** Printed width of a text in columns as the characters around it print: a CJK character a quarter wider than its column. */
function drawnWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1.25 : 1;
  return w;
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
type WorkColumn = { span: { start: number; end: number }; kind: ColumnKind; head: Member[]; rowNumbers?: boolean };

/**
 * Find the columns of a table from its data lines (pieces of one column overlap from row to row: numbers right-aligned
 * end together, labels left-aligned start together) and its header lines (a column with no value in any row is known
 * from its header words), then read the header into one row per level (see `readHeaderLabels`). `columnNumbers` are
 * the numbers of the 栏次 row, when printed: each stands in a value column, never in a label column.
 */
export function buildColumns(header: PositionedLine[], data: PositionedLine[], columnNumbers: Positioned[] = []): ColumnModel {
  const dataMembers: Member[] = [];
  data.forEach((l, row) => {
    for (const part of l.parts) dataMembers.push({ part, row });
  });
  // rows of figures only (no label): their whole numbers are never codes
  const figuresOnly = new Set(data.flatMap((l, row) => (l.parts.every((p) => isAmountText(p.text)) ? [row] : [])));
  const groups = joinRowNumbers(cluster(dataMembers));
  const cols: WorkColumn[] = groups.map((g) => ({
    span: spanOf(g),
    kind: kindOf(g, figuresOnly),
    head: [],
    rowNumbers: g.every(isRowNumber),
  }));
  const headerMembers: Member[] = [];
  // the rest of a word broken inside its cell back under its start, a squeezed line of words over its figures
  // (header-stacks.ts: pdftotext lets header words drift left)
  const stacked = alignSqueezed(stackBrokenWords(undriftHeader(header.map((l) => joinBrokenWords(l.parts)), cols, data.map((l) => l.parts))), cols);
  header.forEach((_, row) => {
    for (const part of joinWithinColumn(stacked[row]!, cols)) headerMembers.push({ part, row });
  });
  const groupsOnTop: Member[][] = [];
  const aligned = alignDriftingHeaders(cols, headerMembers);
  const orphans = placeHeaderStacks(
    cols,
    aligned === null ? headerMembers : headerMembers.filter((m) => !aligned.has(m)),
    header.length - 1,
    groupsOnTop,
    startAligned(groups),
  );
  const leftover = placeBesideStacks(cols, orphans, columnNumbers);
  // What is left is a column blank in every row, known from its header words alone. A group word alone on the top
  // line (`项目` over 科目编码 | 科目名称, in a table without figures too) heads the column nearest it once every column
  // is known (the label columns of a table whose rows are all blank are known from their header words only).
  // (as over data columns: only a word standing over lower words heads a group; 本年收入 alone on the top line beside
  // 本年支出 over 小计, or 行次, heads a column of its own)
  const rest = cluster(leftover, wrappedWord);
  const lower = rest.filter((g) => g.every((m) => m.row > 0)).flat();
  const topGroup = (g: Member[]) =>
    cols.length === 0 &&
    header.length > 1 &&
    g.every((m) => m.row === 0) &&
    (groupOf(joinPieces(g.map((m) => m.part.text)))?.term.role ?? 'row_number') !== 'row_number' &&
    standsOverWords(lower, spanOf(g), joinPieces(g.map((m) => m.part.text)));
  groupsOnTop.push(...rest.filter(topGroup));
  for (const g of rest.filter((g) => !topGroup(g))) cols.push({ span: spanOf(g), kind: 'blank', head: g });
  cols.sort((a, b) => a.span.start - b.span.start);
  for (const g of groupsOnTop) {
    const near = nearestByCentre(cols, centre(spanOf(g)));
    if (near >= 0) cols[near]!.head.push(...g);
    else cols.push({ span: spanOf(g), kind: 'blank', head: g });
  }

  const labels = readHeaderLabels(
    cols.map((c) => ({ span: c.span, kind: c.kind })),
    cols.map((c) => [...c.head].sort((a, b) => a.row - b.row || a.part.start - b.part.start)),
  );
  const depth = Math.max(0, ...labels.map((l) => l.length));
  const headerRows: string[][] = [];
  for (let r = 0; r < depth; r++) headerRows.push(labels.map((l) => l[r] ?? ''));
  return {
    columns: cols.map((c) => ({ start: c.span.start, end: c.span.end, kind: c.kind })),
    header: headerRows,
  };
}

/** Two header pieces on lines one above the other that make a word of the vocabulary read top down (`政府性基金预算`
 * over `财政拨款`, `国有资本经营预` over `算财政拨款`, wrapped in neighbouring cells whose pieces overlap). */
function wrappedWord(a: Member, b: Member): boolean {
  if (Math.abs(a.row - b.row) !== 1) return false;
  const [upper, lower] = a.row < b.row ? [a, b] : [b, a];
  return isHeaderWord(upper.part.text + lower.part.text);
}

/**
 * Pieces of one header line a few spaces apart that are one word broken where its cell wrapped, the lines of the cell
 * written on one line (`上级补助收  入`): neither piece is a header word, joined they are.
 */
function joinBrokenWords(parts: Positioned[]): Positioned[] {
  const out: Positioned[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && p.start - last.end <= 3 && !isHeaderWord(last.text) && !isHeaderWord(p.text) && isHeaderWord(last.text + p.text)) {
      out[out.length - 1] = { text: last.text + p.text, start: last.start, end: p.end };
    } else out.push(p);
  }
  return out;
}

/** A row number (1–999, no leading zero: not a 款/项 code such as 01). */
const isRowNumber = (m: Member) => /^[1-9]\d{0,2}$/.test(m.part.text);

/**
 * Row numbers of one 行次 column a character apart from row to row (`1` ending where `2` starts: short numbers
 * aligned within a character) overlap nowhere and fall into two groups side by side; touching groups of row numbers
 * that share no row are one column.
 */
function joinRowNumbers(groups: Member[][]): Member[][] {
  const out: Member[][] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    if (last && last.every(isRowNumber) && g.every(isRowNumber) && spanOf(last).end === spanOf(g).start && !g.some((m) => last.some((x) => x.row === m.row))) {
      last.push(...g);
    } else out.push(g);
  }
  return out;
}

/**
 * A table of amounts only under a row of column numbers `1 … N` (the horizontal 三公 table: 预算数 and 决算数, each
 * 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费): the numbers, one centred in
 * each column, place the columns; the header's lowest words (every header word a word of the vocabulary, as many as
 * there are columns) are read left to right onto them, since in narrow cells their printed positions drift and their
 * order does not. A group word heads the run of its parts nearest it; block words (预算数 | 决算数) split the columns
 * by the nearer centre. Null when the table is not of this shape (then `buildColumns` reads it).
 */
export function columnsFromNumbers(header: PositionedLine[], numbers: Positioned[] | null, data: PositionedLine[]): ColumnModel | null {
  if (data.length === 0 || !data.every((l) => l.parts.every((p) => isAmountText(p.text)))) return null;
  const words = stackedWords(header.map((l) => joinBrokenWords(l.parts)));
  if (words === null || words.length === 0) return null;
  const leaves = words.filter((p) => groupOf(p.text) === null).sort((a, b) => a.start - b.start);
  const n = leaves.length;
  const columns = numbers ? numberedColumns(numbers, n, data) : figureColumns(leaves, data);
  if (columns === null) return null;
  const centres = columns.map(centre);
  // every figure in a column of its own
  for (const l of data) {
    const taken = new Set(l.parts.map((p) => nearest(columns, p)));
    if (taken.size !== l.parts.length) return null;
  }
  const labels: string[][] = leaves.map((p) => [p.text]);
  for (const p of words.filter((w) => groupOf(w.text)?.kind === 'parts')) {
    const g = groupOf(p.text)!;
    let at = -1;
    leaves.forEach((leaf, j) => {
      if (belongsTo(g, leaf.text) && (at < 0 || Math.abs(centre(leaf) - centre(p)) < Math.abs(centre(leaves[at]!) - centre(p)))) at = j;
    });
    if (at < 0) return null;
    const total = (j: number) => lookupKey(leaves[j]!.text) === 'total';
    let [from, to] = [at, at];
    while (from > 0 && belongsTo(g, leaves[from - 1]!.text) && !(total(from - 1) && [...Array(to - from + 1).keys()].some((k) => total(from + k)))) from--;
    while (to + 1 < n && belongsTo(g, leaves[to + 1]!.text) && !(total(to + 1) && [...Array(to - from + 1).keys()].some((k) => total(from + k)))) to++;
    if (to === from) return null;
    for (let j = from; j <= to; j++) labels[j]!.unshift(p.text);
  }
  const blocks = words.filter((w) => groupOf(w.text)?.kind === 'block').sort((a, b) => a.start - b.start);
  if (words.some((w) => groupOf(w.text)?.kind === 'labels')) return null;
  if (blocks.length > 0) {
    // blocks of one structure (the same words in the same order under each) share the columns equally, whether their
    // words stand centred or left-aligned; else each column goes to the block word nearer its number
    const period = n % blocks.length === 0 ? n / blocks.length : 0;
    const repeats = period > 0 && leaves.every((p, j) => lookupKey(p.text) === lookupKey(leaves[j % period]!.text));
    centres.forEach((c, j) => {
      let b = 0;
      if (repeats) b = Math.floor(j / period);
      else
        blocks.forEach((w, k) => {
          if (Math.abs(centre(w) - c) < Math.abs(centre(blocks[b]!) - c)) b = k;
        });
      labels[j]!.unshift(blocks[b]!.text);
    });
  }
  const depth = Math.max(...labels.map((l) => l.length));
  return { columns, header: Array.from({ length: depth }, (_, r) => labels.map((l) => l[r] ?? '')) };
}

/**
 * Header words of figure columns drifting left over their neighbours (narrow cells, centred words, pdftotext counting a
 * CJK glyph as one column): two words of the vocabulary on one line over one figure column, and figure columns without
 * a word, are read by order instead. The figure columns, left to right, take the words (stacks of pieces read top down,
 * each a word of the vocabulary for a figure: 合计, 事业收入, 一般公共预算 / 拨款收入) in the order they are printed,
 * the words standing at one distance left of the figures' ends (the drift of one header line is alike across it); words
 * left over head blank columns in the gaps between. Adds the chosen words to their columns' heads (blank columns to
 * `cols`) and returns the members placed, or null when the header shows no such conflict.
 */
function alignDriftingHeaders(cols: WorkColumn[], members: Member[]): Set<Member> | null {
  const figures = cols.filter((c) => c.kind === 'amount').sort((a, b) => a.span.start - b.span.start);
  if (figures.length < 2) return null;
  const first = figures[0]!.span.start;
  const word = (st: Member[]) => joinPieces([...st].sort((a, b) => a.row - b.row || a.part.start - b.part.start).map((m) => m.part.text));
  const all = cluster(members, wrappedWord);
  const rows = (st: Member[]) => st.map((m) => m.row);
  // a word with words of other stacks under it heads a group (本年支出 over 小计): not a column's own word
  const over = (st: Member[]) => all.some((o) => o !== st && Math.min(...rows(o)) > Math.max(...rows(st)) && overlap(spanOf(o), spanOf(st)) > 0);
  const words = all.filter((st) => {
    const t = lookupWord(word(st));
    return t !== null && t.role === 'value' && !over(st) && spanOf(st).end > first - 2;
  });
  // (a block word above the others, 支出 centred over its half, heads a group; 预算数 beside 合计 is a column's word)
  const stacks = words.filter((st) => groupOf(word(st))?.kind !== 'block' || !words.some((o) => Math.min(...rows(o)) > Math.max(...rows(st))));
  const conflict = figures.some((c) => {
    const over = stacks.filter((st) => overlap(spanOf(st), c.span) > 0);
    return over.some((a, i) => over.some((b, j) => i < j && a.some((m) => b.some((n) => n.row === m.row))));
  });
  if (!conflict || stacks.length < figures.length) return null;
  const S = [...stacks].sort((a, b) => centre(spanOf(a)) - centre(spanOf(b)));
  const F = figures.length;
  let best: { cost: number; pick: number[] } | null = null;
  for (let d = 0; d <= 16; d++) {
    // cost[i][j]: the first j figure columns matched within the first i words
    const cost: number[][] = S.map(() => Array(F + 1).fill(Infinity));
    const from: number[][] = S.map(() => Array(F + 1).fill(-1));
    const at = (i: number, j: number) => (i < 0 ? (j === 0 ? 0 : Infinity) : cost[i]![j]!);
    for (let i = 0; i < S.length; i++) {
      for (let j = 0; j <= F; j++) {
        const skip = at(i - 1, j);
        const take = j > 0 ? at(i - 1, j - 1) + Math.abs(figures[j - 1]!.span.end - centre(spanOf(S[i]!)) - d) : Infinity;
        cost[i]![j] = Math.min(skip, take);
        from[i]![j] = take < skip ? 1 : 0;
      }
    }
    const total = cost[S.length - 1]![F]!;
    if (best !== null && total >= best.cost) continue;
    const pick: number[] = Array(F).fill(-1);
    for (let i = S.length - 1, j = F; i >= 0 && j > 0; i--) if (from[i]![j] === 1) pick[--j] = i;
    best = { cost: total, pick };
  }
  if (best === null || best.pick.some((i) => i < 0)) return null;
  const placed = new Set<Member>();
  const taken = new Set(best.pick);
  best.pick.forEach((i, j) => {
    figures[j]!.head.push(...S[i]!);
    for (const m of S[i]!) placed.add(m);
  });
  // words left over: blank columns sharing the gap between the figure columns around them
  for (let i = 0; i < S.length; i++) {
    if (taken.has(i)) continue;
    const j = best.pick.filter((k) => k < i).length;
    const lo = j > 0 ? figures[j - 1]!.span.end : spanOf(S[i]!).start - 1;
    const hi = j < F ? figures[j]!.span.start : spanOf(S[i]!).end + 1;
    const group = S.map((_, k) => k).filter((k) => !taken.has(k) && best!.pick.filter((p) => p < k).length === j);
    const k = group.indexOf(i);
    const w = (hi - lo) / group.length;
    const start = Math.round(lo + k * w);
    cols.push({ span: { start, end: Math.max(start + 1, Math.round(lo + (k + 1) * w)) }, kind: 'blank', head: [...S[i]!] });
    for (const m of S[i]!) placed.add(m);
  }
  cols.sort((a, b) => a.span.start - b.span.start);
  return placed;
}

/** Columns placed by the column numbers `1 … n`, one centred in each column; null when they are not `1 … n`. */
function numberedColumns(numbers: Positioned[], n: number, data: PositionedLine[]): Column[] | null {
  if (n < 3 || numbers.length !== n || !numbers.every((p, i) => p.text === String(i + 1))) return null;
  const centres = numbers.map(centre);
  const left = Math.min(numbers[0]!.start, ...data.flatMap((l) => l.parts.map((p) => p.start)));
  const right = Math.max(numbers[n - 1]!.end, ...data.flatMap((l) => l.parts.map((p) => p.end)));
  return centres.map((c, j) => ({
    start: j === 0 ? left : Math.round((centres[j - 1]! + c) / 2),
    end: j === n - 1 ? right : Math.round((c + centres[j + 1]!) / 2),
    kind: 'amount',
  }));
}

/**
 * Without column numbers: the figure columns, left to right, each take the last header word (in order) that starts
 * left of the figures' end — a header drifting left of its right-aligned figures; the words left over head blank
 * columns in the gaps between. Null when the figures are too few or more than the words.
 */
function figureColumns(leaves: Positioned[], data: PositionedLine[]): Column[] | null {
  const members: Member[] = data.flatMap((l, row) => l.parts.map((part) => ({ part, row })));
  const figs = cluster(members).map(spanOf).sort((a, b) => a.start - b.start);
  if (figs.length < 2 || figs.length > leaves.length) return null;
  const owner: number[] = [];
  let next = 0;
  for (const [k, f] of figs.entries()) {
    let best = -1;
    for (let j = next; j <= leaves.length - (figs.length - k); j++) if (leaves[j]!.start <= f.end) best = j;
    if (best < 0) return null;
    owner.push(best);
    next = best + 1;
  }
  const columns: Column[] = [];
  let f = 0;
  for (let j = 0; j < leaves.length; j++) {
    if (owner[f] === j) {
      columns.push({ start: figs[f]!.start, end: figs[f]!.end, kind: 'amount' });
      f++;
      continue;
    }
    // blank columns share the gap between the figure columns around them
    const from = f > 0 ? figs[f - 1]!.end + 1 : Math.min(leaves[j]!.start, (figs[0]?.start ?? 1) - 1);
    const to = f < figs.length ? figs[f]!.start - 1 : Math.max(leaves[j]!.end, from + 1);
    const blanks = (f < figs.length ? owner[f]! : leaves.length) - (f > 0 ? owner[f - 1]! + 1 : 0);
    const k = j - (f > 0 ? owner[f - 1]! + 1 : 0);
    const w = (to - from) / blanks;
    const start = Math.round(from + k * w);
    columns.push({ start, end: Math.max(start + 1, Math.round(from + (k + 1) * w)), kind: 'blank' });
  }
  return columns;
}

/**
 * The words of a header whose every word is one of the vocabulary: a piece, or pieces stacked over consecutive lines
 * (each overlapping the one above) that joined make a word (`因公出国（` / `境）费`). Null when a piece is part of none.
 */
function stackedWords(rows: Positioned[][]): Positioned[] | null {
  const used = rows.map((r) => r.map(() => false));
  const words: Positioned[] = [];
  for (let r = 0; r < rows.length; r++) {
    for (let i = 0; i < rows[r]!.length; i++) {
      if (used[r]![i]) continue;
      const chain: [number, number][] = [[r, i]];
      let best = isHeaderWord(rows[r]![i]!.text) ? 1 : 0;
      for (let rr = r + 1; rr < rows.length; rr++) {
        const [pr, pi] = chain[chain.length - 1]!;
        const next = rows[rr]!.findIndex((q, j) => !used[rr]![j] && overlap(q, rows[pr]![pi]!) > 0);
        if (next < 0) break;
        chain.push([rr, next]);
        if (isHeaderWord(joinPieces(chain.map(([a, b]) => rows[a]![b]!.text)))) best = chain.length;
      }
      if (best === 0) return null;
      const parts = chain.slice(0, best).map(([a, b]) => {
        used[a]![b] = true;
        return rows[a]![b]!;
      });
      words.push({ text: joinPieces(parts.map((p) => p.text)), start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) });
    }
  }
  return words;
}

/**
 * Header words one space apart that stand within one data column are one word broken at a space of the label
 * (`经济分类 科目编码` wrapped as `经济分` / `类 科` / `目编码`); words reaching beyond it, over two columns, or over
 * none (blank columns known only from their headers, which may stand one space apart), stay apart.
 */
function joinWithinColumn(parts: Positioned[], cols: WorkColumn[]): Positioned[] {
  const over = (p: Positioned) => cols.flatMap((c, i) => (overlap(c.span, p) > 0 ? [i] : []));
  const out: Positioned[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    // a word of the vocabulary beside the next label is a label of its own (`财政拨款收入 上级补助收入`), unless joined
    // they are one word (a single character such as 类 is rather the piece of a broken word: `类 科` of 经济分类 科目编码)
    const twoWords = last !== undefined && last.text.length > 1 && isHeaderWord(last.text) && !isHeaderWord(last.text + p.text);
    if (last && p.start - last.end === 1 && !twoWords) {
      const a = over(last);
      const b = over(p);
      const col = a.length === 1 && b.length === 1 && a[0] === b[0] ? cols[a[0]!]!.span : null;
      if (col && last.start >= col.start - 1 && p.end <= col.end + 1) {
        out[out.length - 1] = { text: `${last.text} ${p.text}`, start: last.start, end: p.end };
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** A top-line word (`word`) standing over lower header words (`lower`): one under it, or some on each side of its
 * centre; a group of figures (本年收入) stands over no label word (科目名称 on its left is the label columns' word). */
function standsOverWords(lower: Member[], span: { start: number; end: number }, word: string): boolean {
  const reach = Math.max(16, 2 * (span.end - span.start));
  const figures = groupOf(word)?.term.role === 'value';
  const label = (m: Member) => ['code', 'name', 'row_number'].includes(lookupWord(m.part.text)?.role ?? '');
  const near = lower.filter((m) => Math.abs(centre(m.part) - centre(span)) <= reach && !(figures && label(m)));
  return near.some((m) => overlap(m.part, span) > 0) || (near.some((m) => centre(m.part) < centre(span)) && near.some((m) => centre(m.part) > centre(span)));
}

/**
 * Header words stacked over one another (a label wrapped over lines) go together into the data column they overlap
 * most. Two stacks side by side on one line over one data column are two columns: the one overlapping less is
 * returned. A word alone on the top line over no data column but over lower header words is a group label: it goes
 * to `groupsOnTop`, to head the column nearest its centre once all are known, where `readHeaderLabels` finds it.
 * Returns the words placed nowhere.
 */
function placeHeaderStacks(cols: WorkColumn[], headerMembers: Member[], lastRow: number, groupsOnTop: Member[][], leftDrift = false): Member[] {
  const orphans: Member[] = [];
  const taken = new Map<number, { stack: Member[]; overlap: number }[]>();
  const stacks = cluster(headerMembers, wrappedWord);
  // words under a group label stand in stacks of their own with nothing on the top line (a lower word stacked under
  // another top-line word is the rest of that word, not a sub-label); a block word (收入, 支出) centred over a wide
  // span may stand far from them
  const lowerStacks = stacks.filter((st) => st.every((m) => m.row > 0));
  // (a group label stands over its sub-labels: one under it, or some on each side of its centre; a label with lower
  // words on one side only is the one-line label of a column of its own, `因公出国（境）费` beside `小计` under a group)
  const hasWordsBelow = (stack: Member[]) => standsOverWords(lowerStacks.flat(), spanOf(stack), joinPieces(stack.map((m) => m.part.text)));
  // (a word the vocabulary knows as a column of its own, heading no group — `公务接待费` beside the sub-labels of
  // 公务用车购置及运行费 — is a blank column, not a group label)
  const ownColumn = (stack: Member[]) => {
    const word = joinPieces(stack.map((m) => m.part.text));
    return isHeaderWord(word) && groupOf(word) === null;
  };
  for (const stack of stacks) {
    const span = spanOf(stack);
    // (行次 heads no columns but its own)
    const word = groupOf(joinPieces(stack.map((m) => m.part.text)));
    const group = word && word.term.role !== 'row_number' ? word : null;
    let best = -1;
    let bestOverlap = 0;
    cols.forEach((c, i) => {
      const o = overlap(c.span, span);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = i;
      }
    });
    // figures that start together (pdftotext's columns): a header word over no column, or over the last character of a
    // figure column only, heads the first figure column starting at or right of it, near enough (header words drift
    // left of their figures)
    if (leftDrift && (best < 0 || (cols[best]!.kind !== 'text' && bestOverlap <= 1))) {
      const reach = span.end - span.start + 8;
      const right = cols.findIndex((c) => (c.kind !== 'text' || c.rowNumbers) && c.span.start >= span.start - 1 && c.span.start - span.start <= reach);
      if (right >= 0) {
        best = right;
        bestOverlap = 100 - (cols[right]!.span.start - span.start);
      }
    }
    if (best >= 0) taken.set(best, [...(taken.get(best) ?? []), { stack, overlap: bestOverlap }]);
    else if (lastRow > 0 && stack.every((m) => m.row === 0) && cols.length > 0 && !ownColumn(stack) && (hasWordsBelow(stack) || (lowerStacks.length > 0 && group?.kind === 'block'))) {
      if (group) groupsOnTop.push(stack);
      else {
        // a word that heads no group (行次 on the top line): the data column nearest it
        const near = nearestByCentre(cols, centre(span));
        taken.set(near, [...(taken.get(near) ?? []), { stack, overlap: 0 }]);
      }
    } else orphans.push(...stack);
  }
  // Two words side by side on one line over one figure column, the next figure column without words: pdftotext lets
  // header words drift left of their figures (figures start together; a word after many CJK characters starts early),
  // so the right one heads the next column.
  for (let i = 0; i + 1 < cols.length; i++) {
    const here = taken.get(i);
    if (!here || here.length < 2 || taken.has(i + 1) || cols[i]!.kind === 'text' || cols[i + 1]!.kind === 'text') continue;
    const right = here.reduce((a, b) => (spanOf(b.stack).start > spanOf(a.stack).start ? b : a));
    const rows = new Set(right.stack.map((m) => m.row));
    if (!here.some((st) => st !== right && st.stack.some((m) => rows.has(m.row)))) continue;
    taken.set(i, here.filter((st) => st !== right));
    taken.set(i + 1, [{ stack: right.stack, overlap: 0 }]);
  }
  for (const [i, stacks] of taken) {
    const kept: { stack: Member[]; overlap: number }[] = [];
    for (const st of [...stacks].sort((a, b) => b.overlap - a.overlap)) {
      const rows = new Set(st.stack.map((m) => m.row));
      if (kept.some((k) => k.stack.some((m) => rows.has(m.row) && (m.row !== 0 || (st.stack.every((x) => x.row === 0) && k.stack.every((x) => x.row === 0)))))) orphans.push(...st.stack);
      else kept.push(st);
    }
    for (const k of kept) cols[i]!.head.push(...k.stack);
  }
  return orphans;
}

/**
 * Header stacks standing beside the column they head. A header over short right-aligned numbers stands left of them
 * (centred in a wide cell, or left-aligned; pdftotext also draws CJK words narrower than they print): an amount column
 * (or a 行次 column of row numbers) without header words takes the stack just left of it, never the one on its right (the next column's header when
 * headers are left-aligned). A label header centred over left-aligned labels may stand right of them: a stack between
 * a label column and the next column belongs to the label column unless it stands on a line that column's header
 * already uses (a second label on that line is a column of its own), or stands over a number of the 栏次 row (the
 * header of a value column, blank in every row). Returns the words placed nowhere.
 */
function placeBesideStacks(cols: WorkColumn[], orphans: Member[], columnNumbers: Positioned[]): Member[] {
  const stacks = cluster(orphans, wrappedWord).map((g) => ({ span: spanOf(g), members: g, taken: false }));
  const entries = [...cols.map((c) => ({ col: c, stack: null })), ...stacks.map((st) => ({ col: null, stack: st }))].sort(
    (a, b) => (a.col?.span.start ?? a.stack!.span.start) - (b.col?.span.start ?? b.stack!.span.start),
  );
  entries.forEach((e, k) => {
    // (a 行次 column stands like an amount column: its header centred in a wide cell stands left of its numbers)
    if (!e.col || (e.col.kind !== 'amount' && !e.col.rowNumbers) || e.col.head.length > 0) return;
    const left = entries[k - 1];
    if (left?.stack && !left.stack.taken) {
      left.stack.taken = true;
      e.col.head.push(...left.stack.members);
    }
  });
  const leftover: Member[] = [];
  for (const stack of stacks.filter((st) => !st.taken).map((st) => st.members)) {
    const span = spanOf(stack);
    // (a column of row numbers takes only its own word, 行次, never a money header standing further right)
    const rowNumberWord = lookupWord(joinPieces(stack.map((m) => m.part.text)))?.role === 'row_number';
    const i = cols.findIndex((c, k) => {
      const next = cols[k + 1];
      return c.kind === 'text' && (!c.rowNumbers || rowNumberWord) && c.span.start <= span.start && (next === undefined ? true : span.end <= next.span.start);
    });
    const owner = i >= 0 ? cols[i]! : null;
    const overNumber = columnNumbers.some((n) => overlap(n, span) > 0);
    // (a unit's code heads a column of its own, never the 项 codes left of it: its codes stand on lines without figures)
    const word = joinPieces([...stack].sort((a, b) => a.row - b.row || a.part.start - b.part.start).map((m) => m.part.text));
    const unitCode = lookupWord(word)?.role === 'unit_code' && owner?.head.some((h) => lookupWord(h.part.text)?.role === 'code_part');
    if (owner && !overNumber && !unitCode && !stack.some((m) => owner.head.some((h) => h.row === m.row))) owner.head.push(...stack);
    else leftover.push(...stack);
  }
  return leftover;
}

/**
 * The label of each column, top level first, from the header words it holds (sorted by line, then column).
 * Group labels: the top word of a column with more words below, that does not continue into them (see `continues`),
 * spread over neighbours whose words all stand lower: any label column left of the amounts (`项目` over code and name),
 * other columns only when their words start no higher than this column's next word (a single label centred between
 * the header lines is not taken in). Label columns come before their amounts, so a group never holds an amount column
 * followed by a label column (收入 | 支出 side by side). Two groups on one line split their columns by the nearer
 * centre; groups are read line by line from the top, so a group may stand inside another (支出 / 本年支出 / 小计).
 */
function readHeaderLabels(cols: { span: { start: number; end: number }; kind: ColumnKind }[], heads: Member[][]): string[][] {
  const firstAmount = cols.findIndex((c) => c.kind !== 'text');
  const side = (i: number) => (firstAmount >= 0 && i >= firstAmount ? 'amount' : 'label');
  const text = (j: number) => cols[j]!.kind === 'text';
  const groups: { row: number; text: string }[] = [];
  const groupsOf: number[][] = cols.map(() => []);
  const top = (j: number) => heads[j]![0]?.row ?? Infinity;
  const maxRow = Math.max(-1, ...heads.map((h) => h[h.length - 1]?.row ?? -1));
  for (let row = 0; row <= maxRow; row++) {
    const inRow = (j: number) => groupsOf[j]!.some((g) => groups[g]!.row === row);
    // A top word over lower words of other columns too is a group label even when it lines up with the first of
    // them (公务用车购置及运行维护费 over 公务用车购置 | 公务用车运行维护); else aligned words are one wrapped label.
    const isGroupWord = (i: number) => {
      const h = heads[i]!;
      const topParts = h.filter((m) => m.row === row);
      const below = h.filter((m) => m.row > row);
      if (below.length === 0) return false;
      const overOthers = heads.some((hj, j) => j !== i && hj.some((m) => m.row > row && topParts.some((t) => overlap(t.part, m.part) > 0)));
      // (a group word over a header word of its own, the two not one word, heads a group even when centred over it:
      // 公用经费 over 经济分类科目编码)
      const overWord = groupOf(joinPieces(topParts.map((m) => m.part.text))) !== null && twoLevels(topParts.map((m) => m.part), below);
      return overOthers || !continues(topParts.map((m) => m.part), below[0]!.part) || vocabularyGroup(i) !== null || overWord;
    };
    // A word that the vocabulary knows as a group over the word under it (`收入` over `项目`, `本年支出` over `小计`),
    // standing exactly over its first sub-column, is a group label, not the first line of a wrapped word, when a
    // column beside it starts lower than it, no lower than that word (a one-line label beside a wrapped word is
    // centred on the wrapped word's lines, and on its first line when there are two).
    const vocabularyGroup = (i: number) => {
      const h = heads[i]!;
      if (h.length < 2 || h[0]!.row !== row) return null;
      const rows = [...new Set(h.map((m) => m.row))];
      // the group word may itself be wrapped over its first lines (`公务用车购` / `置及运行维` / `护费` over `小计`)
      for (let k = 1; k < rows.length; k++) {
        const upper = h.filter((m) => m.row < rows[k]!);
        const below = h.filter((m) => m.row >= rows[k]!);
        const word = joinPieces(upper.map((m) => m.part.text));
        const g = groupOf(word);
        if (!g) continue;
        const childTop = rows[k]!;
        const lower = joinPieces(below.filter((m) => m.row === childTop).map((m) => m.part.text));
        const all = joinPieces(below.map((m) => m.part.text));
        // a line between them: not one word wrapped (its lines follow one another), so a group when the word under
        // it belongs to it (`本年收入` … `合计` over 一般公共预算 | 事业收入)
        const apart = childTop > rows[k - 1]! + 1 && belongsTo(g, lower);
        const besides = [i - 1, i + 1].filter((j) => j >= 0 && j < heads.length);
        // the group word wrapped over two lines or more, and a part of it beside starting on the line of the word
        // under it (`本年收` / `入` / `合计` beside `一般公` / `共预算`): a label beside a word wrapped over three lines
        // is centred on its lines, never starting on its last, so the stack is the group over its 合计
        const partBeside = k >= 2 && besides.some((j) => top(j) === childTop && isPartOf(g, headWord(heads[j]!.map((m) => m.part.text), joinPieces)));
        if (!apart && !partBeside && !isGroupOver(word, lower) && !isGroupOver(word, all)) continue;
        if (besides.some((j) => top(j) > row && top(j) <= childTop)) return { g, upper, below };
      }
      return null;
    };
    const candidates = heads
      .map((h, i) => ({ i, h }))
      .filter(({ h, i }) => h.length > 1 && h[0]!.row === row && isGroupWord(i))
      .map(({ i, h }) => ({ i, c: centre(spanOf(vocabularyGroup(i)?.upper ?? h.filter((m) => m.row === row))) }));
    const wordOf = (j: number) => headWord(heads[j]!.map((m) => m.part.text), joinPieces);
    // a group the vocabulary knows takes only the columns that belong to it
    // (a column whose words start below the group's own sub-label stands under a group inside it: position decides)
    const accepts = (i: number, j: number) => {
      const vg = i === j ? null : vocabularyGroup(i);
      if (vg?.g.kind === 'labels' && lookupWord(wordOf(j))?.role === 'value') return false;
      return vg === null || belongsTo(vg.g, wordOf(j)) || top(j) > vg.below[0]!.row;
    };
    // Block labels standing left-aligned over their first column (`收入 … 支出` over `项目 行次 决算数 项目 …`) each
    // head the columns up to the next one; other group labels are centred over their columns: the nearer centre wins.
    // (left-aligned: the label starts where its column starts, or where the column's own word under it starts, when
    // the column's figures are short and right-aligned)
    const leftBlocks = candidates.filter((x) => {
      const start = Math.min(...heads[x.i]!.filter((m) => m.row === row).map((m) => m.part.start));
      const vg = vocabularyGroup(x.i);
      const under = vg?.below.filter((m) => m.row === vg.below[0]!.row) ?? [];
      return vg?.g.kind === 'block' && (Math.abs(start - cols[x.i]!.span.start) <= 1 || under.some((m) => Math.abs(start - m.part.start) <= 1));
    });
    const nearest = (j: number, depth = 0): number => {
      const owner = leftBlocks.filter((x) => x.i <= j && !inRow(x.i)).at(-1);
      if (owner && leftBlocks.length === candidates.length) return owner.i;
      // a column whose words start lower than those of its left neighbour stands under the same group (a group
      // inside it, left-aligned over its first column, spreads to the right)
      if (j > 0 && depth < 64 && top(j) > top(j - 1) && top(j - 1) > row) {
        const left = nearest(j - 1, depth + 1);
        if (left >= 0 && left !== j && vocabularyGroup(left) !== null && accepts(left, j)) return left;
      }
      const cj = centre(cols[j]!.span);
      let best: { i: number; c: number } | null = null;
      for (const x of candidates) if (!inRow(x.i) && accepts(x.i, j) && (best === null || Math.abs(x.c - cj) < Math.abs(best.c - cj))) best = x;
      return best?.i ?? -1;
    };
    for (const { i } of candidates) {
      if (inRow(i)) continue;
      const h = heads[i]!;
      const vg = vocabularyGroup(i);
      const topParts = vg ? vg.upper : h.filter((m) => m.row === row);
      const below = vg ? vg.below : h.filter((m) => m.row > row);
      const childTop = below[0]!.row;
      // under a group the vocabulary knows, a column belongs by its words (基本支出 under 本年支出, not 年末结转和结余)
      // when they stand below the group word
      const upperEnd = Math.max(...topParts.map((m) => m.row));
      // (a column whose words start lower than those of the member beside it stands under a group inside this one)
      const known = (j: number) =>
        vg !== null && top(j) > upperEnd && (belongsTo(vg.g, wordOf(j)) || [j - 1, j + 1].some((m) => members.includes(m) && top(m) > upperEnd && top(j) > top(m)));
      // (a code or name column among the amounts starts a code | name | amount block under the group, its words
      // wrapped over more lines than those beside it: 经济分类 / 科目编 / 码 beside 决算数)
      const blockLabel = (j: number) => text(j) && ['code', 'name'].includes(lookupWord(wordOf(j))?.role ?? '');
      // a label group (项目 over code and name) never heads a column of figures
      const labelsGroup = groupOf(joinPieces(topParts.map((m) => m.part.text)))?.kind === 'labels';
      const fits = (j: number) =>
        !inRow(j) &&
        !(labelsGroup && lookupWord(wordOf(j))?.role === 'value') &&
        nearest(j) === i &&
        top(j) > row &&
        top(j) !== Infinity &&
        ((side(j) === 'label' && side(i) === 'label') || top(j) >= childTop || known(j) || (side(j) === 'amount' && blockLabel(j)));
      const members = [i];
      // A label column after the group's amounts starts the next half (收入 | 支出), unless no group word of its own
      // heads it and this word stands centred over both (公用经费 over two 科目编码 | 科目名称 | 决算数 triplets): the
      // columns from `j` on in direction `step` are taken when they bring the span's centre nearer the word's.
      const crossing = (j: number, step: 1 | -1) => {
        let k = j;
        while (k + step >= 0 && k + step < cols.length && fits(k + step)) k += step;
        // (a whole block, its label columns with it: an amount column alone belongs to the block beside it)
        let labelled = false;
        for (let m = j; m !== k + step; m += step) if (text(m)) labelled = true;
        if (!labelled) return;
        const word = centre(spanOf(topParts));
        const span = (a: number, b: number) => (cols[Math.min(a, b)]!.span.start + cols[Math.max(a, b)]!.span.end) / 2;
        const [first, last] = [members[0]!, members[members.length - 1]!];
        const without = span(first, last);
        const withIt = step > 0 ? span(first, k) : span(k, last);
        if (Math.abs(withIt - word) >= Math.abs(without - word)) return;
        for (let m = j; m !== k + step; m += step) if (step > 0) members.push(m);
        else members.unshift(m);
      };
      let [leftStop, rightStop] = [-1, -1];
      for (let j = i - 1; j >= 0 && fits(j); j--) {
        if (!text(j) && text(members[0]!)) {
          leftStop = j;
          break;
        }
        members.unshift(j);
      }
      for (let j = i + 1; j < cols.length && fits(j); j++) {
        if (text(j) && members.some((m) => !text(m))) {
          rightStop = j;
          break;
        }
        members.push(j);
      }
      // (once the group's own half is known on both sides)
      if (leftStop >= 0) crossing(leftStop, -1);
      if (rightStop >= 0) crossing(rightStop, 1);
      // A group label centred over its columns (not left-aligned over the first) stands over their middle: an outer
      // total that puts it well off the middle, beside the group's own total on the same line, is a column of its own
      // beside the group (`合计` left of `基本支出` over `小计 | 人员经费 | 公用经费`, its word centred lower in a cell
      // spanning the header rows).
      // (where it is drawn: pdftotext writes a CJK character in one column, narrower than it prints)
      const drawn = topParts.map((m) => m.part).sort((a, b) => a.start - b.start);
      const gc = drawn[0]!.start + drawnWidth(drawn.map((p) => p.text).join('')) / 2;
      const mid = (ms: number[]) => (cols[ms[0]!]!.span.start + cols[ms[ms.length - 1]!]!.span.end) / 2;
      if (Math.abs(Math.min(...topParts.map((m) => m.part.start)) - cols[members[0]!]!.span.start) > 1) {
        const off = (ms: number[]) => Math.abs(mid(ms) - gc);
        const isTotal = (j: number) => lookupWord(wordOf(j))?.key === 'total';
        const twoTotals = (j: number) => isTotal(j) && members.some((m) => m !== j && isTotal(m) && top(m) === top(j));
        while (members.length > 2 && members[0] !== i && !text(members[0]!) && twoTotals(members[0]!) && off(members.slice(1)) * 2 < off(members)) members.shift();
      }
      if (members.length < 2) continue;
      const g = groups.length;
      groups.push({ row, text: joinPieces(topParts.map((m) => m.part.text)) });
      for (const j of members) groupsOf[j]!.push(g);
      heads[i] = below;
    }
  }
  return heads.map((h, i) => {
    const levels: Positioned[][] = [];
    let lastRow = -1;
    h.forEach((m, k) => {
      const cur = levels[levels.length - 1];
      if (cur && (m.row === lastRow || (continues(cur, m.part) && !twoLevels(cur, h.slice(k))))) cur.push(m.part);
      else levels.push([m.part]);
      lastRow = m.row;
    });
    return [...groupsOf[i]!.map((g) => groups[g]!.text), ...levels.map((parts) => joinPieces(parts.map((p) => p.text)))];
  });
}

/** A part of the group's own (not its total: `合计` beside is a column of its own). */
function isPartOf(g: HeaderGroup, word: string): boolean {
  return belongsTo(g, word) && normHeaderWord(word) !== '合计' && lookupWord(word)?.key !== 'total';
}

/**
 * Stacked words that are two header levels of one column rather than one wrapped word: the words so far are a
 * header word, so are the words below, and joined they are none (`项目` over `科目` `名称`; but `本年收入` over `合计`
 * is the wrapped `本年收入合计`).
 */
function twoLevels(upper: Positioned[], rest: Member[]): boolean {
  const above = joinPieces(upper.map((p) => p.text));
  const below = joinPieces(rest.map((m) => m.part.text));
  return isHeaderWord(above) && isHeaderWord(below) && !isHeaderWord(above + below);
}

/** Cells of one line under a column model: each piece into the column it overlaps most (else the nearest); a blank cell
 * stays an empty string, so position, not count, decides the column. Two pieces in one column are joined and
 * reported as `crowded` (a value may have landed in the wrong column). */
export function placeParts(
  parts: Positioned[],
  model: ColumnModel,
): { cells: string[]; spans: { start: number; end: number }[]; crowded: boolean } {
  const cells = model.columns.map(() => '');
  const spans = model.columns.map((c) => ({ start: c.start, end: c.end }));
  const used = model.columns.map(() => false);
  const occupant: (Positioned | null)[] = model.columns.map(() => null);
  let crowded = false;
  for (const p of parts) {
    const j = nearest(model.columns, p);
    // columns may overlap (blank columns known from header words wrapped off their centre): the piece already in the
    // column moves to the free column on its left that it also overlaps, rather than two pieces sharing one cell
    const prev = occupant[j];
    if (used[j] && prev && j > 0 && !used[j - 1] && prev.end <= p.start && overlap(model.columns[j - 1]!, prev) > 0) {
      cells[j - 1] = prev.text;
      spans[j - 1] = { start: prev.start, end: prev.end };
      used[j - 1] = true;
      occupant[j - 1] = prev;
      cells[j] = p.text;
      spans[j] = { start: p.start, end: p.end };
      occupant[j] = p;
      continue;
    }
    occupant[j] = p;
    if (used[j]) {
      if (isAmountText(p.text) || isAmountText(cells[j]!)) crowded = true;
      cells[j] = joinPieces([cells[j]!, p.text]);
      spans[j] = { start: Math.min(spans[j]!.start, p.start), end: Math.max(spans[j]!.end, p.end) };
    } else {
      cells[j] = p.text;
      spans[j] = { start: p.start, end: p.end };
      used[j] = true;
    }
  }
  return { cells, spans, crowded };
}

/** True when every piece of the line overlaps a column of the model (used to carry a model across a page break). */
export function fitsModel(parts: Positioned[], model: ColumnModel): boolean {
  return parts.every((p) => model.columns.some((c) => overlap(c, p) > 0));
}
