/**
 * A squeezed header read as an exact cover of vocabulary words. When a classified table's value columns are as narrow
 * as their figures, `pdftotext -layout` breaks every header word over two to four lines and writes the pieces of
 * neighbouring cells on one text line in any order (`本年收入合 （补助）收 财政拨款 上级补 …` over `计 助收入 入 入 …`
 * over `入 收入`): neither the position of a piece nor its order on its line says which word it continues. The
 * characters can: the header's value pieces are split into whole words of the vocabulary (value words, group words
 * such as `其中：基本支出` and block words such as `决算数` among them) so that every piece is used exactly once and
 * every character is accounted for (the exact cover by pieces of `char-cover.ts`; this module keeps the classified
 * table's rules: which words, when two whole words are two cells, groups, orders and totals). A piece that is in no word (the space between two cells lost, `收入位上缴`) is cut
 * into parts that are; a piece drawn into the label columns that is part of no label word but of a value word (the `余`
 * of a narrow `年初结转和结余`, the `合计` of `本年收入合计` beside 行次) is taken with them first: a cover that accounts for
 * it too is the reading, else the pieces over the figures are read without it. Each word is anchored at the piece holding its first character; its other pieces stand near it
 * (on its line or below, or, raised, on the line above; near by the columns written or by where the pieces stand on the page,
 * `Fragment.wide`; when no cover keeps every word near, anywhere in the header's width: pdftotext wrote a piece far from
 * its cell, `上缴` right of the cells beside its `上级`), and two whole words (`本年支出`, `合计`) make one word only
 * when one stands right under the other (by the columns written or where both stand on the page), or, when no reading
 * has as many columns as the figures otherwise, beside the upper's end though another piece of its line stands nearer
 * (`财政拨款` over a `收入` drawn under `上级`). A block word that
 * every word of a run below it already ends with (`收入` over `事业收入` | `经营收入`) heads no run: it is one word's end.
 *
 * A reading is taken only when it is the one reading the pieces allow:
 * - the words that head no others are as many as the figure columns; each group word stands over a run of them that
 *   belong to it, side by side, a total (合计, 小计) only first in a run; the table's own 合计 only first (本年收入 beside
 *   年初结转和结余 is a flow, not a total), a 小计 never outside a group nor the end of a word ended beside it on its line
 *   or below it (a 小计 on a line above a word's end is a cell of its own);
 * - the columns stand in the order of the words' anchors where the anchors decide it: two anchors on one line in
 *   printed order (unless a word's own piece stands left of its anchor past the other: the line pushed it right, and the
 *   word stands at that piece, `pushed-order.ts`);
 *   anchors on different lines drift (a lower line with more text to its left is drawn further left), so a line
 *   holding a piece of every word of its own (one band across the header, written in the columns' order; a piece cut
 *   from one pdftotext glued to another was pushed there) orders them, else a clear distance does — unless a line
 *   where both words have a piece near where each starts (within a wrapped word's reach) puts them the other way and
 *   the wide characters left of the two anchors on their lines (one column of drift per two) account for the
 *   distance: that line, drawn left by the label words it carries, orders them (`出合计 小计 人员经` under `本年支`; a
 *   packed line written out of order, `结余 其他`, whose drift accounts for nothing, does not); nearer, the lines where
 *   both words have pieces do when they all agree (pieces of equal text that two words could swap, `入`, which any
 *   word may end, order nothing). Every order the anchors allow is tried;
 * - every cover, every order and every run of the groups must give the same labels (pieces of equal text are
 *   interchangeable: covers that differ only in which `入` ends which word agree; readings that spell one column two
 *   ways, `财政拨款（补助）收入` and `财政拨款收入（补助）`, agree in the more usual spelling). A group word that is also a
 *   column's word (`本年收入合计` over a `其他收入` drawn below it) may head the words below it or stand beside them:
 *   both are tried, and only readings with as many columns as figures stay. Where several readings remain, the
 *   rows may confirm one: a total is the sum of the columns beside it under the same head (within a last digit per
 *   part), and a reading stays only if no row with every figure printed contradicts it (a 栏次 row `1 … n` is none). Arithmetic chooses among the
 *   readings the characters and positions allow, never a reading they do not; when more than one (or none) agrees
 *   with the figures, nothing is read.
 * Otherwise the header is left as the reading by position had it (its unknown words reported there).
 */
import { VOCABULARY, isTotalWord, lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import { belongsTo, groupOf, isGroupOver } from './header-groups.ts';
import { parseDecimal, type Decimal } from '../../decimal.ts';
import { countsFromOne, lineFragments, onPage, type Fragment } from './piece.ts';
import { readStack, stageRun } from './header-stack.ts';
import { isRowNumberText, isRowNumberWord, numbersRows } from './row-numbers.ts';
import { isAmountText, overlaps } from './columns.ts';
import { pieceCovers, totalWithin, withinReach, type CoverWord } from './char-cover.ts';
import { normChars } from '../../text/clean.ts';
import type { Column, ColumnModel, Positioned, PositionedLine } from './positioned.ts';
import { oneUpToEqualColumns } from './equal-columns.ts';
import { pushedBefore } from './pushed-order.ts';
import { handedInOrder } from './twin-pieces.ts';
import { packedDrift } from './packed-drift.ts';
import { headLabelsByRows } from './label-heads.ts';
import { subtotalBeside } from './subtotal-beside.ts';
import { joinBracketRests } from './bracket-rest.ts';

/** How far (columns) a piece of a word may stand from the word's anchor; how many lines below it. */
const REACH = 16;
/** (a header drawn over ten lines and more, its words wrapped two characters a line in cells stretched by a tall label
 * cell, `年末` over `结转` … nine lines over `余`, keeps a word's pieces within this many lines below its first) */
const ROWS = 12;
/** Anchors on different lines this many columns apart or more are in printed order; nearer, either may come first. */
const CLEAR = 3;
/** How far (columns) the pieces of one wrapped word usually stand from its top piece. */
const WRAPPED = 8;
/** Orders of the columns the anchors allow, listed at most (more: the header is not read so). */
const MAX_ORDERS = 720;
/** How far (columns) a group word's anchor may stand outside the span of the words below it. */
const SLACK = 2;
/** Group and block words standing over others at most (each may head them or be a column of its own). */
const MAX_BLOCKS = 8;
/** Covers listed at most (more: the header is not read so); a header printing one text on many pieces gets more. */
const COVERS = 64;
const REPEATED_COVERS = 512;
/** Pieces of one text that make a header's text repeated (`收入` ending many words, each piece takes any of them). */
const REPEATS = 4;

/** The printed forms of every value word: the word, and the word after `其中：` (a group word over its parts). */
const TARGETS: readonly string[] = (() => {
  const out = new Set<string>();
  for (const t of VOCABULARY) {
    if (t.role !== 'value') continue;
    for (const w of t.words) {
      const n = normChars(w);
      for (const prefix of ['', '其中：', '其中:', '其中']) out.add(prefix + n);
    }
  }
  return [...out].filter((w) => lookupWord(w)?.role === 'value');
})();

/**
 * Every split of `fragments` into whole value words of the vocabulary (`pieceCovers` of the core), each word's pieces
 * within reach of its anchor, two cells that only look like one word (`twoWords`) never one; null when the search
 * runs past its budget.
 */
export function exactCovers(fragments: readonly Fragment[], limit = 64, near = false, reach = REACH, glued = false): CoverWord[][] | null {
  return pieceCovers(fragments, { words: TARGETS, norm: normChars, reach, rows: ROWS, veto: (parts, all) => twoWords(parts, all, near), limit, glued });
}


/** Pieces that are two words, never one: a group word over a word of its own below it (`其中：基本支出` over `小计`),
 * or two whole words of the vocabulary side by side on one line (`合计` and `基本支出` are two cells). */
function twoWords(parts: readonly Fragment[], all: readonly Fragment[], near = false): boolean {
  // (a label word, `项目`, is also the start of a value word, `项目支出`: only value words count as whole here)
  const whole = (f: Fragment) => lookupWord(f.part.text)?.role === 'value';
  if (parts.some((f, k) => parts.some((g, q) => q > k && g.row === f.row && whole(f) && whole(g)))) return true;
  // (two whole words one over the other are one word only when the lower stands under the upper, `本年支出` over `合计`,
  // or beside its start nearer it than any other piece of the upper's line, `本年收入` drawn right of its `合计`)
  const gap = (a: Fragment, b: Fragment) => Math.max(0, Math.max(a.part.start, b.part.start) - Math.min(a.part.end, b.part.end));
  const under = (g: Fragment, u: Fragment) =>
    overlaps(g.part, u.part) || overlaps(onPage(g), onPage(u)) || (gap(g, u) <= 2 && (near || !all.some((x) => x !== u && x.row === u.row && gap(x, g) <= gap(u, g))));
  if (parts.some((g, k) => k > 0 && whole(g) && whole(parts[k - 1]!) && g.row !== parts[k - 1]!.row && !under(g, parts[k - 1]!))) return true;
  // (a piece written on the anchor's line left of it is the middle of a narrow cell's word, never a word of its own —
  // unless the whole word stands on that one line: pdftotext joined a cell's two lines into one and wrote the lower
  // half first, `支出 和结基本` for `基本` over `支出`, as it writes `（补助）收财政拨款`)
  const oneLine = parts.every((g) => g.row === parts[0]!.row);
  if (!oneLine && parts.slice(1).some((g) => g.row === parts[0]!.row && g.part.start < parts[0]!.part.start && whole(g))) return true;
  for (let k = 1; k < parts.length; k++) {
    const upper = parts.slice(0, k);
    const lower = parts.slice(k);
    const joined = (ps: readonly Fragment[]) => ps.map((p) => p.part.text).join('');
    // (a whole word ended on a line and a 小计 beside it on that line are two cells: `本年收` over `入 小计`; a 小计
    // heads a group's parts, it never ends a word wrapped onto the line of its own end; on another line, a whole word
    // and a 小计 | 合计 make one only when the 小计 stands under the word's end, as two whole pieces do)
    const subtotal = ['小计', '合计'].includes(normHeaderWord(joined(lower)));
    if (subtotal && lookupWord(joined(upper))?.role === 'value') {
      if (subtotalBeside(joined(upper), joined(lower), parts[k]!.row === parts[k - 1]!.row)) return true;
      // (nor on a line above the word's end: `小计` over `项目支` / `出` is a cell of its own, however near the wide
      // characters left of it put it; a `合计` may be, `合计` over `本年收入`)
      if (parts[k]!.row < parts[k - 1]!.row && normHeaderWord(joined(lower)) === '小计') return true;
      if (parts[k]!.row !== parts[k - 1]!.row && !under(parts[k]!, parts[k - 1]!)) return true;
    }
    if (Math.min(...lower.map((p) => p.row)) > Math.max(...upper.map((p) => p.row)) && isGroupOver(joined(upper), joined(lower))) return true;
  }
  return false;
}

const anchor = (w: CoverWord) => w.parts[0]!;
const bottom = (w: CoverWord) => Math.max(...w.parts.map((p) => p.row));
const top = (w: CoverWord) => Math.min(...w.parts.map((p) => p.row));

/** The group words of a cover: a word that heads a group of parts (`其中：基本支出`) or a block (`决算数`), standing
 * wholly above words that belong to it. */
function groupWords(words: readonly CoverWord[]): CoverWord[] {
  return words.filter((w) => {
    const g = groupOf(w.text);
    return g !== null && g.kind !== 'labels' && words.some((o) => o !== w && anchor(o).row > bottom(w) && belongsTo(g, o.text));
  });
}

/** Where a piece stands with the drift the wide characters left of it on its line make undone (one column per two). */
const drifted = (f: Fragment) => f.part.start + (f.wide ?? 0) / 2;

/** Orders of `leaves` (indices) that the anchors allow: a pair on one line in printed order (unless a word's own
 * piece stands left of its anchor on that line, past the other anchor), a pair on different lines in the order of a
 * line holding a piece of every word, else in printed order when `CLEAR` columns apart or more (unless a line where
 * both have a piece within `WRAPPED` of their anchors puts them the other way, as the anchors' drift undone does:
 * then in that line's order). With `fromLeftmost` (asked when the anchors allow no order), a word pushed right on its
 * anchor's line is counted from its leftmost piece there against words on other lines too. At most `cap` orders are
 * listed. */
function allowedOrders(leaves: readonly CoverWord[], reach: number, cap = MAX_ORDERS, fromLeftmost = false): number[][] {
  const n = leaves.length;
  // a word with a piece on its anchor's line left of the anchor was pushed right by that line's text: it stands
  // somewhere from that piece to its anchor
  const texts = leaves.flatMap((w) => w.parts.map((p) => normChars(p.part.text)));
  // (pieces of equal text interchangeable: two words that could each take the other's, both within reach of either anchor)
  const swappable = (t: string) => {
    const held = leaves.flatMap((w) => w.parts.filter((p) => normChars(p.part.text) === t).map((p) => ({ w, p })));
    return held.some((a, i) => held.some((b, j) => j > i && (a.w === b.w || (withinReach(b.p, anchor(a.w), reach) && withinReach(a.p, anchor(b.w), reach)))));
  };
  const twins = new Set(texts.filter((t, k) => texts.indexOf(t) !== k && swappable(t)));
  // (a piece of equal text to another, `费`, may end either word: it pushes nothing)
  // (but pieces of equal text that several words anchored on one line each hold on it, left of their anchors, `出` of
  // 项目支出 and of 经营支出 written before the line's upper halves `项目支 上缴上 经营支`, stand in the anchors' order: the
  // line's lower halves and its upper halves are each written in the columns' order, so the k-th such piece from the
  // left pushes the word of the k-th anchor)
  const handed = handedTwins(leaves, twins);
  const from = (w: CoverWord) => Math.min(handed.get(w) ?? Infinity, ...w.parts.filter((p) => p.row === anchor(w).row && (p === anchor(w) || !twins.has(normChars(p.part.text)))).map((p) => p.part.start));
  // a line holding a piece of every word of its own (none of equal text to another, none cut from a piece pdftotext
  // glued, which was pushed there) is one band across the header, written in the columns' order
  const all = leaves.flatMap((w) => w.parts);
  const glued = new Set(all.filter((p) => all.some((q) => q !== p && q.row === p.row && (q.part.end === p.part.start || q.part.start === p.part.end))));
  const own = (w: CoverWord, row: number) => w.parts.filter((p) => p.row === row && !twins.has(normChars(p.part.text)) && !glued.has(p));
  // (nor a line holding a word pushed right of a piece of its own there: written as two runs, lower halves first)
  const pushedOn = (row: number) => leaves.some((w) => anchor(w).row === row && from(w) < anchor(w).part.start);
  const across = [...new Set(all.map((p) => p.row))].find((row) => leaves.every((w) => own(w, row).length > 0) && !pushedOn(row));
  const acrossOrder = (x: CoverWord, y: CoverWord) => {
    if (across === undefined) return 0;
    const [px, py] = [own(x, across), own(y, across)];
    return Math.max(...px.map((p) => p.part.start)) < Math.min(...py.map((p) => p.part.start)) ? -1 : Math.max(...py.map((p) => p.part.start)) < Math.min(...px.map((p) => p.part.start)) ? 1 : 0;
  };
  // (a word stands at its leftmost piece only where no other word's first piece stands over or under that piece: there
  // the other word's cell prints, `出合计` under `本年支` is 本年支出合计's rest, never a rest of `项目支` drawn left)
  const placeTaken = (x: CoverWord) => {
    const leftmost = x.parts.filter((p) => p.row === anchor(x).row && p.part.start === from(x));
    return leftmost.some((p) => leaves.some((w) => w !== x && anchor(w).row !== p.row && overlaps(anchor(w).part, p.part)));
  };
  // (a first piece packed on a line pdftotext drew left, between rests of words anchored on other lines: it stands at
  // least as far right of where it prints as the rest before it, `packed-drift.ts`)
  const home = new Map(leaves.flatMap((w) => w.parts.filter((p) => !twins.has(normChars(p.part.text))).map((p) => [p, anchor(w)] as const)));
  // (a word with a piece printed left of its first on that line, its cell's lower half written first, is on a line
  // joined out of order)
  const inOrder = (w: CoverWord) => !w.parts.some((p) => p !== anchor(w) && p.row === anchor(w).row && p.part.start < anchor(w).part.start);
  const standing = leaves.map((w) => anchor(w).part.start + packedDrift(anchor(w), (f) => home.get(f), all, inOrder(w)));
  const before = (i: number, j: number) => {
    const [a, b] = [anchor(leaves[i]!), anchor(leaves[j]!)];
    if (a.row === b.row) {
      const pushed = (x: CoverWord, y: Fragment) => y.part.start > from(x) && y.part.start < anchor(x).part.start && !placeTaken(x);
      if (pushed(leaves[i]!, b) || pushed(leaves[j]!, a)) return pushedBefore(from(leaves[i]!), a, from(leaves[j]!), b);
      return a.part.start < b.part.start;
    }
    // anchors on different lines: a line across the header orders them; else a clear distance between the anchors,
    // unless the lines where both words have a piece near their starts put them the other way and so do the anchors
    // with their drift undone (a line drawn far left of the others by the wide characters left of it); nearer,
    // the lines where both words have pieces do, when every such line agrees (a line may join pieces of lines printed
    // at other heights, but those keep their order among themselves)
    const side = acrossOrder(leaves[i]!, leaves[j]!);
    if (side !== 0) return side < 0;
    // (when the anchors allow no order at all: a word pushed right on its anchor's line, a piece of its own left of the
    // anchor, stands from that piece, as on one line; a pair `CLEAR` columns apart or more so is in that order, `上缴`
    // drawn right of `属单` beside its `上级`)
    const [fa, fb] = [from(leaves[i]!), from(leaves[j]!)];
    if (fromLeftmost && (fa < a.part.start || fb < b.part.start) && Math.abs(fb - fa) >= CLEAR) return fa < fb;
    const [sa, sb] = [standing[i]!, standing[j]!];
    if ((sa !== a.part.start || sb !== b.part.start) && Math.abs(sb - sa) >= CLEAR && sa < sb !== a.part.start < b.part.start) return sa < sb;
    if (Math.abs(b.part.start - a.part.start) >= CLEAR) {
      const near = sharedLineOrder(leaves[i]!, leaves[j]!, twins, WRAPPED);
      const printed = b.part.start > a.part.start;
      return near !== 0 && printed === near > 0 && drifted(a) < drifted(b) === near < 0 ? near < 0 : printed;
    }
    return sharedLineOrder(leaves[i]!, leaves[j]!, twins) < 0;
  };
  const out: number[][] = [];
  const order: number[] = [];
  const placed = new Set<number>();
  const walk = () => {
    if (out.length >= cap) return;
    if (order.length === n) {
      out.push([...order]);
      return;
    }
    for (let i = 0; i < n; i++) {
      if (placed.has(i)) continue;
      // every leaf that must come before i is placed
      if ([...Array(n).keys()].some((j) => j !== i && !placed.has(j) && before(j, i))) continue;
      placed.add(i);
      order.push(i);
      walk();
      order.pop();
      placed.delete(i);
    }
  };
  walk();
  return out;
}

/** For words anchored on one line that each hold, on that line left of the anchor, a piece of a text several words end
 * with (`twins`), where such a piece pushes the word: the pieces of one text on one line handed out in the anchors'
 * order (`twin-pieces.ts` `handedInOrder`). */
function handedTwins(leaves: readonly CoverWord[], twins: ReadonlySet<string>): Map<CoverWord, number> {
  const out = new Map<CoverWord, number>();
  const heldLeft = (w: CoverWord, t: string) => w.parts.filter((p) => p !== anchor(w) && p.row === anchor(w).row && p.part.start < anchor(w).part.start && normChars(p.part.text) === t);
  for (const t of twins)
    for (const row of new Set(leaves.map((w) => anchor(w).row))) {
      const holders = leaves.filter((w) => anchor(w).row === row && heldLeft(w, t).length > 0).sort((a, b) => anchor(a).part.start - anchor(b).part.start);
      if (holders.length < 2) continue;
      // (one such piece each, or the pieces say nothing of whose is whose)
      if (holders.some((w) => heldLeft(w, t).length !== 1)) continue;
      for (const [w, piece] of handedInOrder(holders, (w) => heldLeft(w, t)[0]!)) out.set(w, Math.min(out.get(w) ?? Infinity, piece.part.start));
    }
  return out;
}

/** -1 when on every line where both words have pieces (within `reach` of their anchors) all of `a`'s stand left of all
 * of `b`'s, 1 when right of them, 0 when they share no line or the lines disagree (or a line interleaves them). */
function sharedLineOrder(a: CoverWord, b: CoverWord, twins: ReadonlySet<string>, reach = Infinity): number {
  let side = 0;
  // (pieces of equal text, `入` ending many words, are interchangeable between the words: they order nothing)
  const own = (w: CoverWord, row: number) => w.parts.filter((p) => p.row === row && !twins.has(normChars(p.part.text)) && Math.abs(p.part.start - anchor(w).part.start) <= reach);
  for (const row of new Set(a.parts.map((p) => p.row))) {
    const pa = own(a, row);
    const pb = own(b, row);
    if (pa.length === 0 || pb.length === 0) continue;
    const here = Math.max(...pa.map((p) => p.part.start)) < Math.min(...pb.map((p) => p.part.start)) ? -1 : Math.max(...pb.map((p) => p.part.start)) < Math.min(...pa.map((p) => p.part.start)) ? 1 : 0;
    if (here === 0 || (side !== 0 && here !== side)) return 0;
    side = here;
  }
  return side;
}

/** Where a group word's own characters start: after a `其中：` printed before it (`其中：基本支出` over `小计` | `人员经费`
 * | `公用经费`: the word of the cell is `基本支出`, the note before it runs left over the column before). */
function ownStart(f: Fragment): number {
  return f.part.start + (/^其中[：:]?/.exec(f.part.text)?.[0].length ?? 0);
}

/** Columns side by side under one head so far: a leaf, or a group word over the run of its members. */
interface Unit {
  /** The word that says what the unit is: the leaf's word, or the group word over the run. */
  text: string;
  /** Indices of the leaves (columns) it spans, in order. */
  leaves: number[];
}

/**
 * The labels of the columns in one order, every way the group words can stand over runs of them: each group word
 * (inner groups, lower down, first) over a run of two or more units side by side that belong to it, a total (合计,
 * 小计) only first in the run, the run not extendable by a neighbour that belongs to it; at most one total per level.
 * Returns every distinct labelling (none: the order does not fit the groups).
 */
function pathsFor(leaves: readonly CoverWord[], groups: readonly CoverWord[]): string[][][] {
  const results: string[][][] = [];
  const inner = [...groups].sort((a, b) => anchor(b).row - anchor(a).row);
  const walk = (units: Unit[], k: number, heads: Map<number, string[]>) => {
    if (k === inner.length) {
      // a total of the whole table stands first; a subtotal (小计) is always under a group
      // (本年收入 | 本年支出 beside 年初结转和结余 … are flows of a balance, not its total: only 合计 | 总计 stand first)
      if (units.some((u, q) => u.leaves.length === 1 && isTotalWord(u.text) && ((q > 0 && lookupWord(u.text)?.key === 'total') || normHeaderWord(u.text) === '小计'))) return;
      results.push(leaves.map((w, i) => [...(heads.get(i) ?? []), w.text]));
      return;
    }
    const g = inner[k]!;
    const group = groupOf(g.text)!;
    // a unit belongs when its word belongs to the group and it stands wholly below the group word (a group's cell is
    // printed over its members' cells: no piece of a member on the group word's lines or above)
    // (or, under a `其中：` group word, one cell high over the parts it lists, a member whose cell is two lines high,
    // its upper line joined by pdftotext to the group word's line right of it, `其中：基本支出   人员` over `小计 经费`:
    // it starts on that line, every piece of it right of the group word's end, and ends below it; a group word printed
    // without `其中：` may be a total's first line, `本年收入` over `合计`, and takes no member from its own line)
    // (or a 小计, which stands under a group only, drawn onto the group word's last line wholly left of it, `行次 小计
    // 本年支出` over `基本支出 项目支出`: pdftotext joined its cell's line to the group word's, the label cells beside
    // both spanning the two)
    const listed = /^其中/.test(g.text);
    const subtotalLeft = (w: CoverWord) => normHeaderWord(w.text) === '小计' && top(w) === bottom(g) && bottom(w) === bottom(g) && w.parts.every((p) => p.part.end < anchor(g).part.start);
    const below = (w: CoverWord) =>
      top(w) > bottom(g) || (listed && top(w) === bottom(g) && bottom(w) > bottom(g) && w.parts.every((p) => p.part.start >= anchor(g).part.end)) || subtotalLeft(w);
    const fits = (u: Unit) => belongsTo(group, u.text) && u.leaves.every((i) => below(leaves[i]!));
    const total = (u: Unit) => u.leaves.length === 1 && isTotalWord(u.text);
    for (let lo = 0; lo < units.length; lo++) {
      for (let hi = lo + 1; hi < units.length; hi++) {
        const run = units.slice(lo, hi + 1);
        if (!run.every(fits) || run.slice(1).some(total)) continue;
        // (a block word that every word of the run already ends with, `收入` over `事业收入` | `经营收入`, is the end
        // of one of them drawn apart, not a head over them)
        if (group.kind === 'block' && run.every((u) => u.leaves.length === 1 && u.text !== g.text && normHeaderWord(u.text).endsWith(normHeaderWord(g.text)))) continue;
        // not extendable: a part on the left that belongs would stand before the run's total (a run without one takes
        // it; a total on the left may be the group's or the table's: both are readings); a unit on the right that
        // belongs is a total, the start of another run
        const left = units[lo - 1];
        const right = units[hi + 1];
        if (left && fits(left) && !total(run[0]!) && !total(left)) continue;
        if (right && fits(right) && !total(right)) continue;
        // (a part of a parts group standing below its word is under it: none is left outside the run, beyond a word
        // of another meaning, `项目支出` drawn after `年末结转和结余`)
        if (group.kind === 'parts' && units.some((u, q) => (q < lo || q > hi) && fits(u) && !total(u))) continue;
        const covered = run.flatMap((u) => u.leaves);
        // the group word stands over its run (centred or left-aligned over it, within a little drift)
        const pieces = covered.flatMap((i) => leaves[i]!.parts);
        const from = Math.min(...pieces.map((p) => p.part.start)) - SLACK;
        const to = Math.max(...pieces.map((p) => p.part.end)) + SLACK;
        if (ownStart(anchor(g)) < from || anchor(g).part.start > to) continue;
        const next = new Map(heads);
        for (const i of covered) next.set(i, [g.text, ...(heads.get(i) ?? [])]);
        walk([...units.slice(0, lo), { text: g.text, leaves: covered }, ...units.slice(hi + 1)], k + 1, next);
      }
    }
  };
  walk(leaves.map((w, i) => ({ text: w.text, leaves: [i] })), 0, new Map());
  return results;
}

/** Figures of one row by column; null for a blank cell or text. */
type FigureRow = readonly (string | null | undefined)[];

/** In every row with the figures printed, each total equals the sum of the columns beside it under the same head. */
export function sumsHold(paths: readonly string[][], allRows: readonly FigureRow[]): boolean {
  // (a 栏次 row numbering the columns 1 … n read among the figures is no row of figures)
  const rows = allRows.filter((r) => !countsFromOne(r));
  const head = (p: readonly string[]) => p.slice(0, -1).join('/');
  for (const [j, p] of paths.entries()) {
    const leaf = p[p.length - 1]!;
    if (!isTotalWord(leaf)) continue;
    // the parts: the other columns with the same head, a nested group counted by its own total when it prints one
    const parts: number[] = [];
    paths.forEach((q, k) => {
      if (k === j) return;
      if (head(q) === head(p)) parts.push(k);
      else if (q.length === p.length + 1 && head(q).startsWith(head(p) === '' ? '' : `${head(p)}/`)) {
        const sub = head(q);
        const subTotal = paths.findIndex((r) => head(r) === sub && isTotalWord(r[r.length - 1]!));
        // the first column of a nested group stands for the group: its total, or every part when none is printed
        if (subTotal === k || (subTotal < 0 && head(paths[k]!) === sub)) parts.push(k);
      }
    });
    if (parts.length === 0) continue;
    for (const row of rows) {
      const cells = [j, ...parts].map((k) => row[k]);
      if (cells.some((c) => c === null || c === undefined)) continue;
      const values = cells.map((c) => parseDecimal(c!));
      if (values.some((v) => v === null)) continue;
      const [total, ...rest] = values as Decimal[];
      // (figures rounded to the unit printed may miss their total by a last digit per part: 尾差)
      if (!totalWithin(total!, rest, rest.length)) return false;
    }
  }
  return true;
}

/** Whether rows print a total column first: every row whose first figure is not zero prints there the sum of its other
 * figures (one such row at least). A header read with no total word over rows that print one is not their header. */
export function totalFirstInRows(rows: readonly FigureRow[]): boolean {
  const totals = rows.filter((r) => r.length > 2 && !/^[0.,-]*$/.test(r[0] ?? ''));
  return (
    totals.length > 0 &&
    totals.every((r) => {
      const values = r.map((c) => (c === null || c === undefined ? null : parseDecimal(c)));
      if (values.some((v) => v === null)) return false;
      const [total, ...rest] = values as Decimal[];
      return totalWithin(total!, rest, rest.length);
    })
  );
}

/** A header stack's paths the figures confirm (`header-stack.ts`): one total, heading the first column alone, each
 * other column a word of its own or under one group word, no word heading parts printed beside it under no group word
 * of their own (`基本支出` before `人员经费`: a group, not a column; never before `项目支出/小计`), the columns of different meanings, and each row's totals the sums of their parts
 * (a row of zeros confirms nothing; with no full row only the shape is checked). */
export function flatTotalsHold(paths: readonly string[][], rows: readonly FigureRow[]): boolean {
  // (the columns of a stage's block word after other stages' columns, `年初预算数 | 全年预算数 | 决算数/…`: the block's
  // run read as a flat header of its own)
  const run = stageRun(paths);
  if (run >= 0) return flatTotalsHold(paths.slice(run).map((p) => p.slice(1)), rows.filter((r) => r.length === paths.length).map((r) => r.slice(run)));
  const leaves = paths.map((p) => p[p.length - 1]!);
  if (paths[0]!.length !== 1 || !isTotalWord(leaves[0]!)) return false;
  if (paths.some((p, k) => k > 0 && p.length === 1 && isTotalWord(p[0]!))) return false;
  const keys = paths.map((p) => lookupWord(p.length > 1 && isTotalWord(p[1]!) ? p[0]! : p[p.length - 1]!)?.key);
  if (new Set(keys).size !== keys.length) return false;
  const heads = (w: string, o: string) => {
    const g = groupOf(w);
    return g !== null && g.kind === 'parts' && belongsTo(g, o);
  };
  // (a later column under a group word of its own is that group's: `项目支出`'s 小计 after 基本支出)
  if (leaves.some((w, k) => k > 0 && paths[k]!.length === 1 && paths.slice(k + 1).some((q) => q.length === 1 && heads(w, q[0]!)))) return false;
  const full = rows.filter((r) => r.length === paths.length);
  const totals = full.filter((r) => !/^[0.,-]*$/.test(r[0] ?? ''));
  return (full.length === 0 || totals.length > 0) && sumsHold(paths, totals);
}

/** What a header word means: its vocabulary key (its text when it has none). */
const meaning = (w: string) => lookupWord(w)?.key ?? w;
/** How unusual the spellings of a reading's words are: the sum of their places in their terms' lists of words. */
const spelling = (paths: readonly string[][]) =>
  paths.flat().reduce((a, w) => a + Math.max(0, lookupWord(w)?.words.findIndex((x) => normChars(x) === normChars(w)) ?? 0), 0);

/** How a header was read by cover, for the `info` problem. */
export interface CoverReading {
  /** Labels of the figure columns, left to right, group words over their members. */
  paths: string[][];
  /** The words read, as printed (pieces joined). */
  words: string[];
  /** The pieces of each column's own word, left to right (a cover's reading only). */
  pieces?: Fragment[][];
  /** Labels of columns whose order the header leaves undecided, their figures the same in every row
   * (`equal-columns.ts`). */
  undecided?: string[];
}

/** Why a header has no reading; the readings the figures confirm when more than one does. */
interface NoReading {
  why: string;
  readings?: CoverReading[];
}

/**
 * The labels of `n` figure columns from a squeezed header's value pieces read as an exact cover of vocabulary words
 * (see the module comment), or null when there is no cover, more than one, or more than one order of its words.
 * `rows`: the figures of full rows, column by column, to confirm totals.
 */
export function coverHeader(fragments: readonly Fragment[], n: number, rows: readonly FigureRow[] = []): CoverReading | null {
  const read = readCover(fragments, n, rows);
  return 'why' in read ? null : read;
}

/** Every reading of the pieces as an exact cover of `n` columns (the figures not consulted), none when there is no cover
 * or the search runs past its budget. */
export function coverReadings(fragments: readonly Fragment[], n: number): CoverReading[] {
  const read = readCover(fragments, n, []);
  return 'why' in read ? (read.readings ?? []) : [read];
}

/** The reading, or why there is none: no cover of the pieces, none with `n` columns, more than one, totals disagree. */
function readCover(fragments: readonly Fragment[], n: number, rows: readonly FigureRow[]): CoverReading | NoReading {
  const near = readNear(fragments, n, rows, REACH);
  // (no cover with every word's pieces near its anchor: pdftotext may write a cell's piece anywhere on a line of the
  // header, `上缴` drawn right of the cells beside its `上级`; any piece of the header may then join any word — the
  // reach is the header's own width — and still only one reading is taken)
  const wide = 'why' in near && near.why === 'no cover' ? readNear(fragments, n, rows, headerWidth(fragments)) : near;
  // (still none: a piece that is in a word may be two cells run together, `单位经营` of 附属单位 and 经营收入; each such
  // piece is cut in two, one at a time, and still only one reading is taken)
  const cut = 'why' in wide && wide.why === 'no cover' ? readNear(fragments, n, rows, REACH, true) : wide;
  // (still none of `n` columns: a word printed with a bracket that pdftotext wrote apart after it, `财政拨款（补助）  收入`,
  // read as one piece, `bracket-rest.ts`)
  if (!('why' in cut) || cut.why !== `count ${n}`) return cut;
  const joined = joinBracketRests(fragments);
  return joined.length === fragments.length ? cut : readCover(joined, n, rows);
}

/**
 * The covers of `exactCovers`, and when it lists more than its budget (the list cut there) and the header prints one text on many
 * pieces (`收入` under six words of a squeezed 收入决算表), those the wider budget lists: pieces of equal text are handed
 * out to the words every way, each way a cover of its own, so such a header has many covers and still one reading.
 */
function coversOf(fragments: readonly Fragment[], near: boolean, reach: number, glued: boolean): CoverWord[][] | null {
  const covers = exactCovers(fragments, COVERS, near, reach, glued);
  return covers !== null && covers.length > COVERS && repeatsText(fragments) ? exactCovers(fragments, REPEATED_COVERS, near, reach, glued) : covers;
}

/** Whether some text is printed on `REPEATS` pieces or more. */
function repeatsText(fragments: readonly Fragment[]): boolean {
  const counts = new Map<string, number>();
  for (const f of fragments) counts.set(normChars(f.part.text), (counts.get(normChars(f.part.text)) ?? 0) + 1);
  return [...counts.values()].some((c) => c >= REPEATS);
}

/** The columns from the header's leftmost piece to the end of its rightmost. */
function headerWidth(fragments: readonly Fragment[]): number {
  return Math.max(...fragments.map((f) => f.part.end)) - Math.min(...fragments.map((f) => f.part.start));
}

/** The reading with each word's pieces within `reach` of its anchor. */
function readNear(fragments: readonly Fragment[], n: number, rows: readonly FigureRow[], reach: number, glued = false): CoverReading | NoReading {
  const strict = readCoverOf(fragments, n, rows, false, reach, glued);
  // (no reading of n columns: a lower whole word beside an upper one's end may join it though another piece of the
  // upper line stands nearer it, `财政拨款` over a `收入` drawn under `上级`; still only one reading)
  return 'why' in strict && strict.why === `count ${n}` ? readCoverOf(fragments, n, rows, true, reach, glued) : strict;
}

function readCoverOf(fragments: readonly Fragment[], n: number, rows: readonly FigureRow[], near: boolean, reach: number, glued = false): CoverReading | NoReading {
  if (fragments.length === 0 || n < 2) return { why: 'nothing' };
  const covers = coversOf(fragments, near, reach, glued);
  if (covers === null) return { why: 'search' };
  if (covers.length === 0) return { why: 'no cover' };
  // every reading: the covers, the choices of block words, the orders the anchors allow, the runs of the groups
  const readings = new Map<string, CoverReading>();
  for (const cover of covers) {
    // a part group word over words that belong to it heads them; a block word (预算数 | 决算数) over words below may
    // also be a column of its own beside them (年初预算数 | 全年预算数 | 决算数 over 小计 …): each choice is tried
    // (a part group word that is also a column's word, `本年收入合计` over a word raised below it, may be either: each
    // choice is tried, and only choices with as many columns as figures stay)
    const candidates = groupWords(cover);
    if (candidates.length > MAX_BLOCKS) return { why: 'blocks' };
    const words = [...cover].sort((a, b) => anchor(a).row - anchor(b).row || anchor(a).part.start - anchor(b).part.start).map((w) => w.parts.map((p) => p.part.text).join(''));
    for (let mask = 0; mask < 1 << candidates.length; mask++) {
      const groups = candidates.filter((_, k) => (mask >> k) & 1);
      const leaves = cover.filter((w) => !groups.includes(w));
      if (leaves.length !== n) continue;
      // (anchors that allow no order, each pair's order by them going round: a word pushed right counted from its
      // leftmost piece on its anchor's line)
      const anchored = allowedOrders(leaves, reach);
      const orders = anchored.length > 0 ? anchored : allowedOrders(leaves, reach, MAX_ORDERS, true);
      // (more orders than listed: not one order)
      if (orders.length >= MAX_ORDERS) return { why: 'orders' };
      for (const order of orders)
        for (const paths of pathsFor(order.map((i) => leaves[i]!), groups)) {
          // (readings that differ only in how a word is spelt, `财政拨款（补助）收入` or `财政拨款收入（补助）` from the
          // same characters, name the same columns: one stays, in the vocabulary's more usual spelling)
          const key = JSON.stringify(paths.map((p) => p.map(meaning)));
          const had = readings.get(key);
          if (!had || spelling(paths) < spelling(had.paths)) readings.set(key, { paths, words, pieces: order.map((i) => leaves[i]!.parts) });
        }
    }
  }
  if (readings.size === 0) return { why: `count ${n}` };
  // the figures confirm one reading: where readings differ, every one but one has a total the rows contradict
  const confirmed = [...readings.values()].filter((r) => sumsHold(r.paths, rows));
  if (confirmed.length === 0) return { why: 'sums' };
  if (confirmed.length > 1) return { why: `ambiguous ${confirmed.slice(0, 2).map((r) => JSON.stringify(r.paths)).join(' ')}`, readings: confirmed };
  const result = confirmed[0]!;
  return result;
}

const LABEL_ROLES: readonly string[] = ['code', 'code_part', 'name', 'row_number', 'unit_code'];

/** A header word that names a label column: a code, a name, a 行次 or a unit code. */
export function isLabelWord(word: string): boolean {
  return LABEL_ROLES.includes(lookupWord(word)?.role ?? '');
}

/** The header words printed over column `j` of a column model, top to bottom. */
export function wordsOver(model: ColumnModel, j: number): string[] {
  return model.header.map((r) => r[j] ?? '').filter((x) => x !== '');
}

/** The one word heading column `j` of a column model and the header line it stands on, when it has exactly one. */
export function onlyWord(model: ColumnModel, j: number): { row: number; text: string } | null {
  const words = model.header.flatMap((r, row) => ((r[j] ?? '') !== '' ? [{ row, text: r[j]! }] : []));
  return words.length === 1 ? words[0]! : null;
}

/** The columns of `model` with column `drop` gone and `word` written over column `into` on header line `row` (a word's
 * rest read as a column of its own joined to its word). */
export function joinedInto(model: ColumnModel, drop: number, into: number, row: number, word: string): ColumnModel {
  return {
    ...model,
    columns: model.columns.filter((_, j) => j !== drop),
    header: model.header.map((r, q) => r.flatMap((w, j) => (j === drop ? [] : j === into && q === row ? [word] : [w]))),
  };
}

/** Whether `rest` completes `word`: `word + rest` is a longer form of `word`'s own term and `rest` alone is not that
 * term (`上级补助` + `收入`, `财政拨款（补助）` + `收入`). */
export function completesWord(word: string, rest: string): boolean {
  const longer = lookupWord(word + rest);
  return longer !== null && lookupWord(word)?.key === longer.key && lookupWord(rest)?.key !== longer.key;
}

/** Whether each of `columns` is headed by words, every one a word of the vocabulary (the reading by position knew them). */
export function headedByKnownWords(model: ColumnModel, columns: readonly number[]): boolean {
  return columns.every((j) => {
    const words = wordsOver(model, j);
    return words.length > 0 && words.every((w) => lookupWord(w) !== null);
  });
}

/** How many columns from the left are label columns: every column up to the last one headed by a label word (code,
 * name, 行次) or holding text; 0 when there is none. `leading`: a label word heads a label column only left of the
 * first figure column no label word heads (right of it, `项目` of a torn `项目支出` over figures is a value word's
 * piece); a text column or a 行次 column is a label column wherever it stands (the 支出 half's names of a side-by-side
 * table, the 行次 column right of its numbers drawn left). */
export function labelColumnCount(model: ColumnModel, leading = false): number {
  let labels = 0;
  let figures = false;
  for (let j = 0; j < model.columns.length; j++) {
    const labelled = wordsOver(model, j).some(isLabelWord);
    // (a 行次 word is no value word's piece: its column is a label column wherever it stands)
    if (model.columns[j]!.kind === 'text' || (labelled && (!(leading && figures) || wordsOver(model, j).some(isRowNumberWord)))) labels = j + 1;
    else if (model.columns[j]!.kind === 'amount' && !labelled) figures = true;
  }
  return labels;
}

/** The header's pieces over the figure columns: right of the label columns ending at `lastEnd`, or reaching out of
 * them without being a label word (`本年收入合` starting over a long row name). */
export function valuePieces(header: readonly PositionedLine[], lastEnd: number): Fragment[] {
  const across = (p: Positioned) => p.start >= lastEnd || (p.end > lastEnd && !isLabelWord(p.text));
  return lineFragments(header, across);
}

/** Every printed form of the label words (科目编码, 科目名称, 类 款 项, 栏次 …), as pieces join. */
const LABEL_TEXTS: readonly string[] = VOCABULARY.filter((t) => LABEL_ROLES.includes(t.role)).flatMap((t) => t.words.map(normChars));

/** Pieces standing over the label columns that are part of no label word but of a value word (`余`, the end of a
 * narrow `年初结转和结余` drawn left into the label columns of a table as narrow as its figures); with them the pieces
 * pdftotext tore off such a piece, one space beside it on its line, that are part of a value word and no label word
 * of their own (`出合计 出`: the rests of 本年支出合计 and 基本支出, the `出` part of label words too, 支出功能分类科目). */
export function strayPieces(header: readonly PositionedLine[], lastEnd: number): Fragment[] {
  const over = (p: Positioned) => p.end <= lastEnd;
  const stray = new Set(header.flatMap((l) => l.parts.filter((p) => over(p) && onlyValueText(p.text))));
  for (const l of header) {
    // (each way from a stray piece along its line, while the next piece is torn off it)
    for (const order of [l.parts, [...l.parts].reverse()])
      order.forEach((p, i) => {
        const prev = order[i - 1];
        if (prev !== undefined && stray.has(prev) && !stray.has(p) && over(p) && tornOff(prev, p)) stray.add(p);
      });
  }
  return lineFragments(header, (p) => stray.has(p));
}

/** Whether `p` stands one space beside the stray piece `q` and is part of a value word, no label word of its own. */
function tornOff(q: Positioned, p: Positioned): boolean {
  const t = normChars(p.text);
  const gap = p.start >= q.end ? p.start - q.end : q.start - p.end;
  return gap <= 1 && !LABEL_TEXTS.includes(t) && TARGETS.some((w) => w.includes(t));
}

/** Text that is part of no label word (nor holds one) but part of a value word: `余`, `本年收`, `小计`. */
export function onlyValueText(text: string): boolean {
  const t = normChars(text);
  return t !== '' && !LABEL_TEXTS.some((w) => w.includes(t) || (w.length > 1 && t.includes(w))) && TARGETS.some((w) => w.includes(t));
}

/** The header's pieces `fragments` read as one stack of `n` column words (`header-stack.ts`), with the strays drawn
 * into the label columns when they read so (as the cover takes them first), else without them. */
export function stackWithStrays(fragments: readonly Fragment[], header: readonly PositionedLine[], lastEnd: number, n: number, confirmed: (paths: readonly string[][]) => boolean): string[][] | null {
  const strays = strayPieces(header, lastEnd).filter((f) => !fragments.some((g) => g.row === f.row && g.part.start === f.part.start));
  return (strays.length === 0 ? null : readStack([...fragments, ...strays], n, confirmed)) ?? readStack(fragments, n, confirmed);
}

/**
 * The squeezed header over the figure columns right of `lastEnd` read as an exact cover (`coverHeader`), with the
 * pieces drawn into the label columns that only a value word can hold (`strayPieces`) when a cover accounts for
 * those too, else without them.
 */
export function coverValuePieces(header: readonly PositionedLine[], lastEnd: number, n: number, rows: readonly FigureRow[] = []): CoverReading | null {
  const pieces = valuePieces(header, lastEnd);
  // (a cover that accounts for the strays too is the reading: without them a value word's piece would stay unread,
  // `合计` of `本年收入合计` drawn left beside 行次)
  const strays = strayPieces(header, lastEnd);
  const withStrays = strays.length === 0 ? null : coverHeader([...pieces, ...strays], n, rows);
  if (withStrays !== null) return withStrays;
  const read = coverHeader(pieces, n, rows);
  if (read !== null) return read;
  // (a label word written right of where the label columns were found, `科目名称` on a line of its own: it is the
  // label columns' word, and the cover must account for every other piece without it)
  return withoutLabelWords(pieces, (kept) => coverHeader(kept, n, rows));
}

/** Label words a cover may leave out, at most (each set of them is tried). */
const MAX_LABEL_PIECES = 4;

/**
 * The cover of `pieces` without the label words among them that the label columns take: the fewest such words left
 * out that lets one cover read the rest, and one set of that many only (a label word's text may be the start of a
 * value word too, `项目` of `项目` / `支出` over the figures: kept when a cover reads it so; two sets of as many each
 * read: none is). Null when no set reads.
 */
function withoutLabelWords(pieces: readonly Fragment[], cover: (kept: Fragment[]) => CoverReading | null): CoverReading | null {
  const labels = pieces.filter((f) => isLabelWord(f.part.text));
  if (labels.length === 0) return null;
  if (labels.length > MAX_LABEL_PIECES) return cover(pieces.filter((f) => !labels.includes(f)));
  const sets = Array.from({ length: (1 << labels.length) - 1 }, (_, k) => k + 1).map((mask) => labels.filter((_, i) => (mask >> i) & 1));
  for (let size = 1; size <= labels.length; size++) {
    const read = sets.filter((left) => left.length === size).flatMap((left) => {
      const r = cover(pieces.filter((f) => !left.includes(f)));
      return r === null ? [] : [r];
    });
    if (read.length === 1) return read[0]!;
    if (read.length > 1) return null;
  }
  return null;
}

/**
 * The squeezed header over the figure columns right of `lastEnd` read as one cover of `n` columns up to columns whose
 * figures are the same in every row (`oneUpToEqualColumns`): `rows` must be every row of the table, each printing
 * every figure. Null when the cover is not one reading so.
 */
export function coverUpToEqualColumns(header: readonly PositionedLine[], lastEnd: number, n: number, rows: readonly (readonly string[])[]): CoverReading | null {
  const read = readCover(valuePieces(header, lastEnd), n, rows);
  if (!('why' in read)) return read;
  return read.readings ? oneUpToEqualColumns(read.readings, rows) : null;
}

/** The columns' words of a cover reading, or of the stack reading when there is none, or when the stack reads the same
 * words in another order: the anchors of a cover order words on different lines by where pdftotext wrote them, which
 * drifts from line to line; the stack takes the pieces of every line in their order on that line. */
function inStackOrder(cover: CoverReading | null, stack: () => CoverReading | null): CoverReading | null {
  const other = stack();
  if (cover === null || other === null) return cover ?? other;
  const same = reordered(cover.paths, other.paths) && cover.paths.every((p) => p.length === 1);
  return same ? { paths: spelledAsCovered(other.paths, cover.paths), words: cover.words } : cover;
}

/** The stack's columns each ending in the cover's word of the same meaning: the cover read every piece (`合计` drawn
 * left into the label columns ends `本年收入合计`), the stack, read without them, only those over the figures. */
function spelledAsCovered(stack: readonly string[][], cover: readonly string[][]): string[][] {
  const left = cover.map((p) => p[p.length - 1]!);
  return stack.map((p) => {
    const k = left.findIndex((w) => meaning(w) === meaning(p[p.length - 1] ?? ''));
    if (k < 0) return [...p];
    const [word] = left.splice(k, 1);
    return [...p.slice(0, -1), word!];
  });
}

/**
 * The words of `m` figure columns right of `lastEnd` from a squeezed header: its value pieces read as one exact cover
 * (`coverValuePieces`), else as one stack of `m` column words (`header-stack.ts`); the stack's order where both read
 * the same words (`inStackOrder`). `rows`: the figures of full rows, to confirm totals.
 */
export function coverStackReading(header: readonly PositionedLine[], lastEnd: number, m: number, rows: readonly FigureRow[]): CoverReading | null {
  const stack = (): CoverReading | null => {
    const paths = stackWithStrays(valuePieces(header, lastEnd), header, lastEnd, m, (p) => flatTotalsHold(p, rows));
    return paths === null ? null : { paths, words: [...new Set(paths.flat())] };
  };
  return inStackOrder(coverValuePieces(header, lastEnd, m, rows), stack);
}

/**
 * A table whose figure columns are mostly blank (no row fills them all, so they cannot be read by order) under a 栏次
 * row numbering them `1 … m`: when the columns found by position carry words the vocabulary does not know, are not
 * `m`, or are the cover's words in another order (a word placed over figures it does not head), and the
 * header's value pieces read as one exact cover of `m` columns, the columns are those the numbers stand in (each from
 * halfway to the number before to halfway to the next, the first from the label columns' end), labelled in order by
 * the cover; the label columns stay as found (and a column after them whose first figures number the rows, its header
 * holding `行次`, is the 行次 column), their words put over the columns the rows fill when pdftotext drew them left of
 * the codes, names and 行次 they head (`headLabelsByRows`). Null when the table is not of this shape or the cover is
 * not one reading.
 */
export function coverOnNumbers(header: readonly PositionedLine[], data: readonly PositionedLine[], model: ColumnModel, numbers: readonly Positioned[]): ColumnModel | null {
  const m = numbers.length;
  if (m < 2 || !countsFromOne(numbers)) return null;
  const labelOf = (j: number) => wordsOver(model, j);
  // (the label columns up to the first figure column no label word heads: a label word torn off a value word right
  // of the figures, `项目` of 项目支出, ends none)
  let labels = labelColumnCount(model, true);
  if (labels === 0 || labels === model.columns.length) return null;
  // (the first figure of every row numbering the rows, 1 2 3 …, in the column after the labels whose header word
  // pdftotext ran into a figure word's piece, `行次计`: the 行次 column, a label column)
  // (or whose 行次 word stands over a column no row fills just left of them: the numbers drawn right of their word)
  const wordLeft = labels >= 2 && model.columns[labels - 1]!.kind === 'blank' && labelOf(labels - 1).some((w) => w.includes('行次'));
  // (or whose numbers a long name pushed left of the others fill a column no word heads just left of them, `行政事业单位
  // 养老支出 8`: the rows' numbers counted from the names' end)
  const pushedLeft = labels >= 2 && model.columns[labels - 1]!.kind === 'text' && labelOf(labels - 1).length === 0 && onlyRowNumbersIn(model.columns[labels - 1]!, data);
  const numbersFrom = model.columns[pushedLeft ? labels - 2 : labels - 1]!.end;
  const rowNumbers = labels < model.columns.length - 1 && numbersRows(data.map((l) => l.parts.find((p) => p.start >= numbersFrom)))
    && (labelOf(labels).some((w) => w.includes('行次')) || wordLeft);
  if (rowNumbers) labels++;
  // (only a header the reading by position could not read: words it does not know, a value column no word heads, or
  // not the columns numbered — or the very words the cover reads, in another order: positions put a word over figures
  // it does not head)
  const values = model.columns.map((_, j) => j).slice(labels);
  // (words put in the order of a header line, `band-order.ts`, are known but not where they stand)
  // (a figure column standing under another column's number, `168885439.62` under `3` read as the fourth column's,
  // is not read: a number standing apart from its neighbours, inside a figure column, says where its column stands;
  // squeezed one space from one of them, it says nothing)
  const standsApart = (i: number) => [numbers[i - 1], numbers[i + 1]].every((q) => q === undefined || Math.max(q.start - numbers[i]!.end, numbers[i]!.start - q.end) > 1);
  // (only a number earlier than the column's place, a column blank in every row, known from the header's words alone,
  // standing before it: that column is the header's pieces read as one of their own; a page drawn apart from its
  // header puts its numbers over other figure columns, not over a column no row fills; figure columns drawn over
  // each other, rows drifting from line to line, show no place a number could contradict)
  const figureColumns = values.filter((j) => model.columns[j]!.kind === 'amount').map((j) => model.columns[j]!);
  const apartColumns = figureColumns.every((c, i) => i === 0 || c.start >= figureColumns[i - 1]!.end);
  const inPlace = !apartColumns || values.every((j, k) => {
    const at = model.columns[j]!.kind === 'amount' ? numberOver(model.columns[j]!, numbers) : -1;
    const blankBefore = values.slice(0, k).some((i) => model.columns[i]!.kind === 'blank');
    return at < 0 || at >= k || !blankBefore || !standsApart(at);
  });
  const known = !model.linesOrdered && values.length === m && inPlace && values.every((j) => labelOf(j).length > 0 && labelOf(j).every((w) => lookupWord(w) !== null));
  const lastEnd = model.columns[labels - 1]!.end;
  if (numbers[0]!.start < lastEnd) return null;
  // (rows with every figure printed confirm the totals)
  const full = data.map((l) => l.parts.filter((p) => p.start >= lastEnd)).filter((ps) => ps.length === m);
  const rows = full.map((ps) => ps.map((p) => p.text));
  const read = coverStackReading(header, lastEnd, m, rows);
  if (read === null || (known && !reordered(values.map(labelOf), read.paths))) return null;
  const centres = numbers.map((p) => (p.start + p.end) / 2);
  const right = Math.max(numbers[m - 1]!.end, ...data.flatMap((l) => l.parts.map((p) => p.end)));
  const amounts: Column[] = centres.map((c, k) => ({
    start: k === 0 ? lastEnd : Math.round((centres[k - 1]! + c) / 2),
    end: k === m - 1 ? right : Math.round((c + centres[k + 1]!) / 2),
    kind: 'amount',
  }));
  // (a 栏次 row squeezed, every number one space from the one before, places no columns its rows cannot hold one
  // figure to a column: its last column reaching the rows' right edge, `1 2 3 4 5` over `82.87    82.46 0.41`; a
  // table's only row shows too little where its columns stand to set its 栏次 numbers aside)
  const squeezed = numbers.every((p, k) => k === 0 || p.start - numbers[k - 1]!.end <= 1);
  const centreIn = (p: Positioned) => amounts.findIndex((c) => (p.start + p.end) / 2 >= c.start && (p.start + p.end) / 2 < c.end);
  const figureRows = data.map((l) => l.parts.filter((p) => p.start >= lastEnd && isAmountText(p.text))).filter((f) => f.length > 0);
  const twoInOne = squeezed && figureRows.length > 1 && figureRows.some((f) => {
    const at = f.map(centreIn).filter((k) => k >= 0);
    return new Set(at).size < at.length;
  });
  // (nor does one over a table's only row printing its figures apart, none one space from the next, and one of them a
  // column or more right of the last number: pdftotext squeezed the numbers, not the row, `1 2 3 4 5 6` over
  // `0.0         0.0`, and where the numbers stand says nothing of the row's columns; nor, when the row prints nothing
  // before its figures (no label, no 行次, from which its spacing could be measured), one printing a gap wider than a
  // space between two of its figures, `0.00    0.00 0.00`; nor, the row printing nothing before its figures, over one
  // printing fewer figures than the numbers, however close: `1 2 3 4 5 6` over `0.00 0.00`, each figure as wide as two
  // numbers and their spaces, stands under no number of its own)
  const apart = (f: readonly Positioned[]) => f.every((p, k) => k === 0 || p.start - f[k - 1]!.end > 1);
  const gapped = (f: readonly Positioned[]) => f.some((p, k) => k > 0 && p.start - f[k - 1]!.end > 1);
  const onlyLine = data.find((l) => l.parts.some((p) => p.start >= lastEnd && isAmountText(p.text)));
  const unled = onlyLine !== undefined && !onlyLine.parts.some((p) => p.start < figureRows[0]![0]!.start);
  const notSqueezed = (f: readonly Positioned[]) => apart(f) || (unled && gapped(f));
  const only = figureRows.length === 1 ? figureRows[0]! : null;
  const beyond = squeezed && only !== null && notSqueezed(only) && only.some((p) => p.start > numbers[m - 1]!.end + 1);
  const unledFewer = squeezed && only !== null && unled && only.length < m;
  if (twoInOne || beyond || unledFewer) return null;
  // (the 行次 column spans its word's blank column and its numbers, one label column)
  const merged = rowNumbers && (wordLeft || pushedLeft) ? labels - 2 : -1;
  const labelColumns = model.columns
    .slice(0, labels)
    .map((c, j) => (rowNumbers && j === labels - 1 ? { ...c, start: merged >= 0 ? model.columns[merged]!.start : c.start, kind: 'text' as const } : c))
    .filter((_, j) => j !== merged);
  const labelWords = model.columns
    .slice(0, labels)
    .map((_, j) => (rowNumbers && j === labels - 1 ? ['行次'] : labelOf(j)))
    .filter((_, j) => j !== merged);
  // (label words pdftotext drew left of the codes, names and 行次 they head put over the columns the rows fill)
  const rowsOfFigures = data.filter((l) => l.parts.some((p) => p.start >= lastEnd && isAmountText(p.text)));
  const byRows = headLabelsByRows(labelColumns, labelWords, model, rowsOfFigures);
  return modelOfCover(byRows?.columns ?? labelColumns, byRows?.words ?? labelWords, amounts, read);
}

/** The index of the one number (of the 栏次 row `numbers`) whose centre stands inside `column`, or -1 (none, or several). */
function numberOver(column: Column, numbers: readonly Positioned[]): number {
  const inside = numbers.flatMap((p, i) => ((p.start + p.end) / 2 >= column.start && (p.start + p.end) / 2 <= column.end ? [i] : []));
  return inside.length === 1 ? inside[0]! : -1;
}

/** Whether every piece a column holds in the rows is a row number (and it holds one at least). */
function onlyRowNumbersIn(column: Column, data: readonly PositionedLine[]): boolean {
  const held = data.flatMap((l) => l.parts.filter((p) => p.start < column.end && p.end > column.start));
  return held.length > 0 && held.every((p) => isRowNumberText(p.text));
}

/** The same column meanings in another order (each column's meaning its last word's). */
function reordered(byPosition: readonly (readonly string[])[], byCover: readonly (readonly string[])[]): boolean {
  const keys = (paths: readonly (readonly string[])[]) => paths.map((p) => meaning(p[p.length - 1] ?? ''));
  const [a, b] = [keys(byPosition), keys(byCover)];
  return a.join('|') !== b.join('|') && [...a].sort().join('|') === [...b].sort().join('|');
}

/**
 * The column model of a header read as one cover over its figure columns: the label columns keep their label words
 * only (a value word found there by position was read into the cover), the figure columns take the cover's paths.
 */
export function modelOfCover(labelColumns: readonly Column[], labelWords: readonly (readonly string[])[], amounts: readonly Column[], read: CoverReading): ColumnModel {
  const all = [...labelWords.map((ws) => ws.filter(isLabelWord)), ...read.paths];
  const depth = Math.max(...all.map((l) => l.length));
  return {
    columns: [...labelColumns, ...amounts],
    header: Array.from({ length: depth }, (_, r) => all.map((l) => l[r] ?? '')),
    figures: amounts.length,
    cover: read.words,
  };
}
