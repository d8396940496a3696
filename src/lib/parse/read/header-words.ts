/**
 * Header words put back together by meaning, for a header whose words `pdftotext -layout` broke over many lines and
 * interleaved: narrow merged cells wrap every label over three or four lines, and the lines of neighbouring cells land
 * on one text line in any order (`拨款收入 预算拨款收 入` is the end of one label, the middle and the end of the next).
 * Where positions alone left a value column with words the vocabulary does not know, the header's pieces are
 * re-read as whole words: each word starts at its top piece and takes the pieces below it (or just after it on the
 * same line, at most three spaces after it) that continue a word of the vocabulary, the longest word winning. A known group word over the words
 * below it (`单位资金` over `合计 | 事业收入 | … | 其他收入`) heads them. The amount columns are then matched to the
 * words in order, by position: under a group the columns are printed with equal widths, so its words are placed
 * evenly between its first and last word (pdftotext draws the words of a crowded header line closer than they print).
 */
import { VOCABULARY, lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import { belongsTo, groupOf, isGroupOver } from './header-groups.ts';
import { isLabelWord, strayPieces } from './header-cover.ts';
import { groupTotalWord, overOneFigureColumn } from './group-total-cell.ts';
import type { ColumnModel, Column, Positioned, PositionedLine } from './positioned.ts';
import type { Fragment } from './piece.ts';
import { isRowNumberWord } from './row-numbers.ts';
import { uncrossRests } from './crossed-rests.ts';
import { orderByLines } from './band-order.ts';
import { subtotalBeside } from './subtotal-beside.ts';

export type { Fragment };

export interface Word {
  text: string;
  parts: Fragment[];
  /** Estimated start column of its cell. */
  at: number;
  group?: string;
}

/** How far (in columns) the pieces of one wrapped word may stand from its top piece. */
const REACH = 8;

const PREFIXES: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const t of VOCABULARY) {
    if (t.role !== 'value') continue;
    for (const w of t.words) {
      const n = normHeaderWord(w);
      for (let k = 1; k <= n.length; k++) s.add(n.slice(0, k));
    }
  }
  return s;
})();

const isValueWord = (w: string) => lookupWord(w)?.role === 'value';

/** Whether a header piece begins a value word of the vocabulary (`合计`, `本年支`): a piece of the value side. */
export const beginsValueWord = (text: string) => PREFIXES.has(normHeaderWord(text));

/** Every run of characters inside a value word of the vocabulary (`结转和结余` of `年初结转和结余`). */
const INFIXES: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const p of PREFIXES) for (let k = 0; k < p.length; k++) s.add(p.slice(k));
  return s;
})();

/** Whether header pieces joined stand inside a value word of the vocabulary, at its start or further in (`结转` over
 * `和结余`: the middle and end of `年初结转和结余`). */
export const withinValueWord = (text: string) => INFIXES.has(normHeaderWord(text));

/** A whole value word drawn over a 行次 column (`行次 合计` over `1   62.61`): 行次 heads the row numbers, never money, so
 * the word is the figures' beside them, read on the value side. */
export const valueWordOverRowNumbers = (p: Positioned, rowNumbers: { start: number; end: number }) =>
  p.start >= rowNumbers.start && p.end <= rowNumbers.end && isValueWord(p.text);

/** Steps of the search for whole words in one header at most (a header of text no table prints stops early). */
const MAX_STEPS = 20_000;

/** Whether piece `p` stands right under a free piece other than `first` (on the line above, starting within it: the
 * rest of a wrapped cell drawn centred under its start, `本年支出` over ` 合计`) that it continues into a value word's
 * beginning: that word's rest rather than `first`'s. */
function claimedBelow(p: Fragment, first: Fragment, chain: readonly Fragment[], free: readonly Fragment[], used: ReadonlySet<Fragment>): boolean {
  return free.some(
    (g) =>
      g !== first &&
      !used.has(g) &&
      !chain.includes(g) &&
      g.row === p.row - 1 &&
      p.part.start >= g.part.start &&
      p.part.start < g.part.end &&
      PREFIXES.has(normHeaderWord(g.part.text) + p.part.text),
  );
}

/** The longest value word of the vocabulary that starts with `first` and continues with free pieces below it;
 * `tied` when another chain as good by every measure below spells another word. */
function longestWord(first: Fragment, free: Fragment[], used: Set<Fragment>, budget: { steps: number }, rowGap: number, reach: number, upward: boolean, rightward: boolean, squeezed: boolean, leftward: boolean): { chain: Fragment[] | null; tied: boolean } {
  let best: Fragment[] | null = null;
  let tied = false;
  const spelt = (chain: readonly Fragment[]) => chain.map((c) => c.part.text).join('');
  // (of two words as long, the one that takes fewer pieces standing right under the start of another word they
  // continue: `合计` under `本年支出` is that word's, and `其中：基本支出` over `合计 小计` takes 小计; then the one that
  // takes fewer pieces beyond the usual reach of a wrapped word)
  const claimed = (chain: readonly Fragment[]) => chain.slice(1).filter((p) => claimedBelow(p, first, chain, free, used)).length;
  // (`leftward`: the pieces of a word measured from their right edges, pdftotext right-aligning a cell's lines)
  const from = (p: Fragment) => (leftward ? Math.abs(p.part.end - first.part.end) : Math.abs(p.part.start - first.part.start));
  const far = (chain: readonly Fragment[]) => chain.filter((p) => from(p) > REACH).length;
  const better = (chain: readonly Fragment[], than: readonly Fragment[]) =>
    chain.length > than.length || (chain.length === than.length && (claimed(chain) < claimed(than) || (claimed(chain) === claimed(than) && far(chain) < far(than))));
  const walk = (chain: Fragment[], text: string) => {
    if (++budget.steps > MAX_STEPS) return;
    if (isValueWord(text)) {
      if (best === null || better(chain, best)) {
        best = [...chain];
        tied = false;
      } else if (!better(best, chain) && spelt(chain) !== spelt(best)) tied = true;
    }
    const last = chain[chain.length - 1]!;
    for (const f of free) {
      if (used.has(f) || chain.includes(f)) continue;
      const below = f.row > last.row && f.row - last.row <= rowGap;
      // (pdftotext may write the middle of a narrow cell's word on the line of its start or the line above, right of it)
      // (`leftward`: or on the line above, ending at or left of where it ends: a right-aligned cell's rest drawn a line
      // up, `经费` over `公用`)
      const raised = (upward && (f.row === last.row - 1 || f.row === last.row) && f.part.start > last.part.start) || (leftward && f.row === last.row - 1 && f.part.end <= last.part.end);
      // (a squeezed header line may print a word's two halves three spaces apart: `上年   结转`)
      const after = f.row === last.row && f.part.start > last.part.end && (squeezed || f.part.start - last.part.end <= 3);
      if (!(below || after || raised) || from(f) > reach || (rightward && f.part.start < first.part.start)) continue;
      // (a whole word of the vocabulary beyond a wrapped word's usual reach is a word of its own, not a rest moved away)
      if (squeezed && from(f) > REACH && lookupWord(f.part.text) !== null) continue;
      // (nor a piece beyond that reach standing right under another word's start that it continues: `合计` under
      // `本年支出`, never the rest of `其中：基本支出` drawn far right of it)
      if (from(f) > REACH && claimedBelow(f, first, chain, free, used)) continue;
      // (a 小计 beside a whole word's end on its line is a cell of its own: `本年收` over `入 小计`)
      if (subtotalBeside(text, f.part.text, f.row === last.row)) continue;
      const next = text + f.part.text;
      if (PREFIXES.has(next)) walk([...chain, f], next);
    }
  };
  walk([first], normHeaderWord(first.part.text));
  return { chain: best, tied };
}

/** Every header piece right of the label columns read into whole words, or null when a piece fits no word. A word's
 * pieces stand at most `rowGap` lines apart (the lines of one wrapped cell follow one another) and `reach` columns
 * from its top piece (`rightward`: never left of it); `upward`, a piece may also continue a word from the line above,
 * right of its start; `unique`, also any distance after the piece before it on its line (a squeezed line draws a
 * word's middle left of its end, `单位补` far before `助支出`), never a whole word of the vocabulary beyond the usual
 * reach, and null when a word's pieces could as well spell another word (nothing guessed). */
export function readWords(fragments: Fragment[], rowGap = Infinity, reach = REACH, upward = false, rightward = false, unique = false, leftward = false): Word[] | null {
  const sorted = [...fragments].sort((a, b) => a.row - b.row || a.part.start - b.part.start);
  const used = new Set<Fragment>();
  const words: Word[] = [];
  const budget = { steps: 0 };
  // (`upward`: a piece that starts no word waits for a word that starts below it to take it)
  for (let pass = 0; pass < (upward ? 2 : 1); pass++) {
    for (const f of sorted) {
      if (used.has(f)) continue;
      const { chain, tied } = longestWord(f, sorted, used, budget, rowGap, reach, upward, rightward, unique, leftward);
      if (budget.steps > MAX_STEPS || (unique && tied)) return null;
      if (!chain) {
        if (upward && pass === 0) continue;
        return null;
      }
      for (const c of chain) used.add(c);
      words.push({ text: chain.map((c) => c.part.text).join(''), parts: chain, at: f.part.start });
    }
  }
  // (two rests of the same text read crossed against their words' other pieces put back in their words' order)
  return uncrossRests(words);
}

/** Group words over the words below them; the words under a group placed evenly between its first and last one. */
/**
 * Words read with a group word over its subtotal as one (`其中：基本支出` over `小计`, which the vocabulary also knows
 * joined, or `本年收入` over a `合计` drawn wholly left of it, see `totalBesideGroup`): the group word and the total
 * under it, two words.
 */
export function splitGroupOverSubtotal(read: readonly Word[]): Word[] {
  return joinLoneTotals(read).flatMap((w): Word[] => {
    for (let k = 1; k < w.parts.length; k++) {
      const upper = w.parts.slice(0, k);
      const lower = w.parts.slice(k);
      const [u, l] = [upper, lower].map((ps) => ps.map((f) => f.part.text).join(''));
      const subtotal = normHeaderWord(l!) === '小计';
      if (!subtotal && partBeside(upper, u!, read)) continue;
      if (lower[0]!.row > upper[upper.length - 1]!.row && lookupWord(l!)?.key === 'total' && ((isGroupOver(u!, l!) && (subtotal || partBelow(upper, u!, read))) || totalBesideGroup(upper, lower, u!, read)))
        return [{ text: u!, parts: upper, at: w.at }, { text: l!, parts: lower, at: lower[0]!.part.start }];
    }
    return [w];
  });
}

/**
 * A group word over its total alone, read as two words (`本年支出` over `合计`, a line between), its parts beside it on
 * its line (`基本支出 项目支出`), joined into the one word the two spell (`本年支出合计`) when the total stands under the
 * group word: the wrapped total word, heading no group (never a 小计, the subtotal of the group it stands under).
 */
function joinLoneTotals(read: readonly Word[]): Word[] {
  const out = [...read];
  for (const g of read) {
    // (parts below it head no group when one of them starts on its line, beside it: `本年收入` beside `财政拨款` over
    // `合计` and the other sources, the wrapped total word, `partBeside`)
    if (groupOf(g.text)?.kind !== 'parts' || !out.includes(g) || (partBelow(g.parts, g.text, out) && !partBeside(g.parts, g.text, out))) continue;
    const line = g.parts[g.parts.length - 1]!.row;
    const start = Math.min(...g.parts.map((f) => f.part.start));
    const end = Math.max(...g.parts.map((f) => f.part.end));
    const under = out.filter((t) => t !== g && t.parts[0]!.row > line && lookupWord(t.text)?.key === 'total' && normHeaderWord(t.text) !== '小计' && t.parts[0]!.part.start >= start && t.parts[0]!.part.start < end);
    if (under.length !== 1 || lookupWord(g.text + under[0]!.text)?.role !== 'value') continue;
    out.splice(out.indexOf(g), 1, { text: g.text + under[0]!.text, parts: [...g.parts, ...under[0]!.parts], at: g.at });
    out.splice(out.indexOf(under[0]!), 1);
  }
  return out;
}

/**
 * Whether a group word heads a part of its own below its line (not its total): a group word over its total alone,
 * its parts beside it on its line (`本年支出` beside `基本支出 项目支出`, `合计` below it), is the first line of the
 * wrapped total word (`本年支出合计`), heading no group.
 */
function partBelow(upper: readonly Fragment[], word: string, read: readonly Word[]): boolean {
  const g = groupOf(word);
  const line = upper[upper.length - 1]!.row;
  return g !== null && read.some((o) => o.parts[0]!.row > line && lookupWord(o.text)?.key !== 'total' && belongsTo(g, o.text));
}

/**
 * Whether a part of a group word's own group starts on the group word's last line, beside it (`本年支出` beside
 * `项目支` over `合计 基本支出 出`): a group heads its parts from a line above them all, so a part drawn on its line is a
 * cell beside it, and the group word is the first line of a cell of its own, the wrapped total word (`本年支出合计`),
 * whatever parts a squeezed line draws under it.
 */
function partBeside(upper: readonly Fragment[], word: string, read: readonly Word[]): boolean {
  const g = groupOf(word);
  if (g === null || g.kind !== 'parts') return false;
  const line = upper[upper.length - 1]!.row;
  const onLine = upper.filter((f) => f.row === line);
  return read.some((o) => o.parts[0]!.row === line && !onLine.includes(o.parts[0]!) && lookupWord(o.text)?.key !== 'total' && belongsTo(g, o.text));
}

/**
 * A total read as the rest of a group word (`本年收入` + `合计`, one word the vocabulary knows) that is the group's own
 * total beside its parts: the total stands wholly left of where the group word starts, and a part of the group starting
 * on a line below the group word's stands right under it, a piece of it under some of the group word's (the lines of
 * one wrapped word stand over one another: `本年收入` over `合计` far left of it, `一般公共预算` under `本年收入` a line
 * below `合计`; or a line above it, `一般公` of a two-line `一般公共预算` beside the one-line `合计` centred lower).
 */
function totalBesideGroup(upper: readonly Fragment[], lower: readonly Fragment[], word: string, read: readonly Word[]): boolean {
  const g = groupOf(word);
  if (g === null || g.kind !== 'parts') return false;
  const start = Math.min(...upper.map((f) => f.part.start));
  const end = Math.max(...upper.map((f) => f.part.end));
  if (lower.some((f) => f.part.end >= start)) return false;
  const row = upper[upper.length - 1]!.row;
  return read.some((o) => o.parts[0]!.row > row && lookupWord(o.text)?.key !== 'total' && belongsTo(g, o.text) && o.parts.some((f) => f.part.start <= end && f.part.end >= start));
}

function placeGroups(read: Word[]): Word[] {
  const words = splitGroupOverSubtotal(read);
  const out = [...words];
  for (const g of words) {
    const group = groupOf(g.text);
    if (!group || group.kind !== 'parts') continue;
    const top = g.parts[g.parts.length - 1]!.row;
    const span = { start: Math.min(...g.parts.map((p) => p.part.start)), end: Math.max(...g.parts.map((p) => p.part.end)) };
    const under = words.filter((w) => w !== g && w.parts[0]!.row > top && belongsTo(group, w.text));
    if (under.length < 2) continue;
    // its members: the run of words that belong to it around its centre, left to right
    const centre = (span.start + span.end) / 2;
    // (every word beside it counts: one standing as high as the group word, or not its part, ends the run)
    const all = words.filter((w) => w !== g).sort((a, b) => a.at - b.at);
    const member = (w: Word) => w.parts[0]!.row > top && belongsTo(group, w.text) && !w.group;
    let k = all.findIndex((w) => w.at > centre);
    if (k < 0) k = all.length;
    let lo = k;
    let hi = k;
    while (lo > 0 && member(all[lo - 1]!)) lo--;
    while (hi < all.length && member(all[hi]!)) hi++;
    const members = all.slice(lo, hi);
    // (a group has one total: a total at the run's left edge whose words start above the line where the run's other
    // total starts, no group word inside the run, is an outer total beside the group, `总计` spanning the header lines
    // beside `本年收入` over `合计 | 一般公共预算`)
    const isTotal = (w: Word) => lookupWord(w.text)?.key === 'total';
    const inner = members.some((m) => groupOf(m.text)?.kind === 'parts');
    const ownTotal = (first: Word) => members.some((m) => m !== first && isTotal(m) && m.parts[0]!.row > first.parts[0]!.row);
    // (nor two totals side by side at the run's left edge, on one line: the group's own total is the one its parts
    // follow, the one before it the table's, `总计` beside `本年收入` over `合计 | 一般公共预算` drawn on one line)
    if (!inner && members.length > 2 && isTotal(members[0]!) && (ownTotal(members[0]!) || isTotal(members[1]!))) members.shift();
    if (members.length < 2) continue;
    // (a group word standing over none of its parts, wholly left or right of them, is a column word of its own:
    // `本年支出合计` over its own figures beside `其中：基本支出` over 小计 | 人员经费 | 公用经费)
    const reach = members.flatMap((m) => m.parts.map((f) => f.part));
    if (span.end <= Math.min(...reach.map((q) => q.start)) || span.start >= Math.max(...reach.map((q) => q.end))) continue;
    const first = members[0]!.at;
    const last = members[members.length - 1]!.at;
    members.forEach((m, i) => {
      m.group = g.text;
      m.at = first + ((last - first) * i) / (members.length - 1);
    });
    out.splice(out.indexOf(g), 1);
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * A group word heading no parts and a total on another line that stand over one figure column of `amounts` and no
 * other, read as one word (`合计` / `本年收入` over the first figures: `本年收入合计`, see `group-total-cell.ts`).
 */
function joinGroupTotals(words: Word[], amounts: readonly Column[]): Word[] {
  const out = [...words];
  for (const g of words) {
    if (g.group || !out.includes(g)) continue;
    const t = out.find(
      (w) =>
        w !== g &&
        !w.group &&
        w.parts.every((f) => g.parts.every((e) => e.row !== f.row)) &&
        groupTotalWord(g.text, w.text) !== null &&
        overOneFigureColumn(g.parts.map((f) => f.part), w.parts.map((f) => f.part), amounts),
    );
    if (!t) continue;
    const joined: Word = { text: groupTotalWord(g.text, t.text)!, parts: [...g.parts, ...t.parts], at: Math.min(g.at, t.at) };
    out.splice(out.indexOf(g), 1, joined);
    out.splice(out.indexOf(t), 1);
  }
  return out;
}

/**
 * Match amount columns to words in order (each column one word, words left blank in between): least total distance
 * between a column's start and its word's estimated start, an amount starting left of its word's cell costing more.
 */
function matchColumns(amounts: Column[], words: Word[]): number[] | null {
  const n = amounts.length;
  const m = words.length;
  if (n === 0 || n > m) return null;
  const cost = (i: number, j: number) => Math.abs(amounts[i]!.start - words[j]!.at) + (amounts[i]!.start < words[j]!.at ? 1 : 0);
  // best[i][j]: least cost of matching amounts 0..i with amount i on word j
  const best: number[][] = amounts.map(() => words.map(() => Infinity));
  const from: number[][] = amounts.map(() => words.map(() => -1));
  for (let j = 0; j < m; j++) best[0]![j] = cost(0, j);
  for (let i = 1; i < n; i++) {
    let low = Infinity;
    let arg = -1;
    for (let j = 0; j < m; j++) {
      if (j > 0 && best[i - 1]![j - 1]! < low) {
        low = best[i - 1]![j - 1]!;
        arg = j - 1;
      }
      if (arg >= 0) {
        best[i]![j] = low + cost(i, j);
        from[i]![j] = arg;
      }
    }
  }
  let j = best[n - 1]!.indexOf(Math.min(...best[n - 1]!));
  if (!Number.isFinite(best[n - 1]![j]!)) return null;
  const out: number[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = j;
    j = from[i]![j]!;
  }
  return out;
}

/**
 * Whether a column's words, top down, put a group word under one of its own parts (`其中：基本支出` over `本年支出` over
 * `小计`): a group heads its parts from above, so the reading by position has drawn the group word over columns it
 * does not head (`本年支出` of the wrapped 本年支出合计 printed a line under `其中：基本支出`).
 */
function groupUnderItsPart(labels: readonly string[]): boolean {
  return labels.some((w, k) => {
    const g = groupOf(w);
    return g !== null && g.kind === 'parts' && labels.slice(0, k).some((above) => belongsTo(g, above));
  });
}

/**
 * The column model re-read by meaning when its value columns carry words the vocabulary does not know, or `always`
 * (amount columns found by the order of their figures, `figure-order.ts`), or when the reading by position puts a group
 * word under one of its own parts; `numbered` when a 栏次 row numbers the columns; null when the model needs no repair
 * or the header cannot be read into whole words.
 */
export function reassembleHeader(header: PositionedLine[], model: ColumnModel, always = false, numbered = false): ColumnModel | null {
  const labelOf = (j: number) => model.header.map((r) => r[j] ?? '').filter((x) => x !== '');
  const unknown = model.columns.some((c, j) => c.kind !== 'text' && labelOf(j).some((w) => !lookupWord(w)));
  const misplaced = model.columns.some((c, j) => c.kind !== 'text' && groupUnderItsPart(labelOf(j)));
  if (!unknown && !misplaced && !always) return null;
  // (a 行次 column among the labels, headed by no value word, stays with them: its numbers are no money; not under a
  // 栏次 row, whose numbers place the columns instead, unless a group word stands under its own part: the words are
  // then read again onto the figure columns alone)
  const rowNumbers = (j: number) => (!numbered || misplaced) && labelOf(j).some((w) => isRowNumberWord(w)) && !labelOf(j).some(isValueWord);
  const isLabel = (j: number) => model.columns[j]!.kind === 'text' || rowNumbers(j);
  const texts = model.columns.flatMap((_, j) => (isLabel(j) ? [j] : []));
  const lastText = texts.length > 0 ? model.columns[texts[texts.length - 1]!]!.end : -Infinity;
  // the value side: right of the label columns (a table with labels on both sides is not re-read)
  if (texts.some((j) => model.columns.slice(0, j).some((_, k) => !isLabel(k)))) return null;
  // (a value word starting over the last label column's end heads values: `本年支出合计` drawn from over a 行次 column)
  const valueSide = (p: Positioned) =>
    p.start >= lastText || (p.end > lastText && beginsValueWord(p.text)) || texts.some((j) => model.columns[j]!.kind !== 'text' && valueWordOverRowNumbers(p, model.columns[j]!));
  const fragments: Fragment[] = header.flatMap((l, row) => l.parts.filter(valueSide).map((part) => ({ part, row })));
  // (with the pieces drawn into the label columns that only a value word can hold, `合计` beside 行次 under its
  // `本年收入`, when each ends a word over the figures; never one standing as a word of its own)
  const strays = strayPieces(header, lastText).filter((f) => !fragments.some((g) => g.row === f.row && g.part.start === f.part.start));
  const withStrays = strays.length === 0 ? null : readWords([...fragments, ...strays]);
  // (a stray standing as a word of its own only where the reading by position put it over figures: `本年支出合计` drawn
  // left of its figures, beside 行次)
  const overFigures = (f: Fragment) => model.columns.some((c, j) => c.kind === 'amount' && labelOf(j).includes(f.part.text));
  const joined = withStrays !== null && withStrays.every((w) => w.parts.length > 1 || !strays.includes(w.parts[0]!) || overFigures(w.parts[0]!));
  const read = joined ? withStrays : readWords(fragments);
  if (!read) return null;
  const amounts = model.columns.filter((c, j) => c.kind === 'amount' && !isLabel(j));
  // (words a line holding one piece of each orders otherwise than their positions: in that line's order)
  const placed = placeGroups(read);
  const ordered = orderByLines(placed);
  const linesOrdered = ordered.some((w, k) => w.text !== placed[k]!.text);
  const words = joinGroupTotals(ordered, amounts);
  const match = matchColumns(amounts, words);
  if (!match) return null;
  // blank columns stand between the amount columns around them, in order
  const columns: Column[] = texts.map((j) => model.columns[j]!);
  // (a value word's piece drawn over the label columns, `年初预` of 年初预算数 over long names, read into that word
  // here: no label column's word too)
  const valuePieces = new Set(read.filter((w) => w.parts.length > 1).flatMap((w) => w.parts.map((f) => f.part.text)).filter((t) => !isLabelWord(t)));
  const labels: string[][] = texts.map((j) => labelOf(j).filter((w) => !valuePieces.has(w)));
  let prevEnd = texts.length > 0 ? model.columns[texts[texts.length - 1]!]!.end : 0;
  words.forEach((w, k) => {
    const i = match.indexOf(k);
    if (i >= 0) {
      columns.push(amounts[i]!);
      prevEnd = amounts[i]!.end;
    } else {
      const nextAmount = match.findIndex((x) => x > k);
      const nextStart = nextAmount >= 0 ? amounts[nextAmount]!.start : Math.max(prevEnd, w.at) + 2;
      const at = Math.min(Math.max(prevEnd, Math.round(w.at)), nextStart);
      columns.push({ start: at, end: at, kind: 'blank' });
      prevEnd = at;
    }
    labels.push(w.group ? [w.group, w.text] : [w.text]);
  });
  const depth = Math.max(...labels.map((l) => l.length));
  return { columns, header: Array.from({ length: depth }, (_, r) => labels.map((l) => l[r] ?? '')), ...(linesOrdered ? { linesOrdered } : {}) };
}
