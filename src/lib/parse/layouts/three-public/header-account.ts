/**
 * The header of a horizontal “三公”经费 table read by its characters, for conversions (`pdftotext -layout`) that break
 * the narrow header words over lines and reorder the pieces.
 *
 * 1. Account: the header's characters (quotes and spaces aside) must be exactly the characters of a set of known
 *    words — the items (合计, 因公出国（境）费, 公务用车购置及运行费 with 小计 / 公务用车购置费 / 公务用车运行费, 公务接待费),
 *    printed once, or twice under 预算数 and 决算数 — plus filler words (项目, 栏次, 其中). Every character is accounted
 *    for (the exact cover by characters of `read/char-cover.ts`); when two different sets of words account for them,
 *    the header is ambiguous and not read (reported by the caller).
 * 2. Order: each item has characters no other item has (合 三 经 for 合计, 因 出 国 境 for 出国, 小 for 小计, 接 待 for
 *    接待, 购 置 and 运 for the vehicle items outside the group word). On every header line these marker characters
 *    stand in the item order (repeated per 预算数/决算数 half). A piece also stands for the items whose word contains
 *    it (`用车`: 购置费 or 运行费), a weaker sign: a line no marker-order fits that way is set aside. A line holding an
 *    item more often than once per half has pieces drawn away from their cells (`出国` after the last column): it fits
 *    an order when some choice of one per half does (`inPlace`). When the lines so leave no order, a line may also
 *    fit with its neighbouring pieces that spell one word's part read as that word's (`公务` `接待`). The order is the
 *    one permutation of the items that every line agrees with. When the lines leave pairs of items open, only those
 *    pairs are decided by the items' mean marker columns (a column apart at least), and only if one order remains;
 *    else the order is not known and not assumed. A row with a figure in every column narrows the open orders first
 *    to those under which its figures keep the table's identities (`orderItems`' `admits`); the tie-breaks then
 *    choose among these only.
 */
import { characterCovers, countChars, takeChars } from '../../read/char-cover.ts';
import { normChars } from '../../../text/clean.ts';
import { orderByNumbers, placedMarkers } from './numbered-order.ts';
import type { HeaderLine, HeaderPiece, Marker, TpItem } from './header-types.ts';

export type { HeaderLine, HeaderPiece, Marker, TpItem };

/** The words an account found: each item's printed word (null when absent), the halves and the measure words. */
export interface HeaderAccount {
  words: Partial<Record<TpItem, string>>;
  /** 1 (one set of items) or 2 (预算数 and 决算数 halves). */
  halves: 1 | 2;
  /** The measure words printed, in the halves' order when two (预算数 before 决算数). */
  measures: string[];
}

const ITEM_WORDS: Readonly<Record<TpItem, readonly string[]>> = {
  total: ['三公经费合计', '合计'],
  abroad: ['因公出国（境）费', '因公出国（境）费用'],
  vehicles: ['公务用车购置及运行费', '公务用车购置及运行维护费', '公务用车购置和运行维护费', '公务用车购置及运行（维护）费'],
  subtotal: ['小计'],
  purchase: ['公务用车购置费'],
  running: ['公务用车运行费', '公务用车运行维护费', '公务用车运行（维护）费'],
  reception: ['公务接待费'],
};
const ITEMS = Object.keys(ITEM_WORDS) as TpItem[];
const BUDGET_WORDS = ['预算数', '预算'];
const FINAL_WORDS = ['决算数', '决算'];
const FILLERS = ['项目', '栏次', '其中', '金额'];

/**
 * The most characters an account can hold: every item in its longest spelling under both measures, the longest
 * measure words, each filler once per half. A header of more characters is no 三公 header (and is not searched: the
 * work of reading a header by its characters grows with them).
 */
export const MAX_ACCOUNT_CHARS =
  2 * Object.values(ITEM_WORDS).reduce((s, ws) => s + Math.max(...ws.map((w) => normHeaderText(w).length)), 0) +
  Math.max(...BUDGET_WORDS.map((w) => w.length)) +
  Math.max(...FINAL_WORDS.map((w) => w.length)) +
  2 * FILLERS.reduce((s, w) => s + w.length, 0);

/** Characters that carry no meaning in the account: quotes, colons, spaces (`normChars`, quotes then dropped).
 * Half-width brackets read as full-width. */
export function normHeaderText(s: string): string {
  return normChars(s).replace(/["‘’'：:]/g, '');
}

/**
 * Every set of known words whose characters are exactly the header's (normalised) characters: the core's
 * `characterCovers` over the items (each item at most once, in one spelling, taken once per half). Fillers are taken
 * as often as their characters occur (their characters are in no item word).
 */
export function accountHeader(text: string): HeaderAccount[] {
  const base = countChars(normHeaderText(text));
  for (const f of FILLERS) {
    const k = base.get([...f][0]!) ?? 0;
    if (k > 0 && !takeChars(base, f, k)) return [];
  }
  const found: HeaderAccount[] = [];
  const measureSets: { halves: 1 | 2; words: string[] }[] = [
    { halves: 1, words: [] },
    ...[...BUDGET_WORDS, ...FINAL_WORDS].map((w) => ({ halves: 1 as const, words: [w] })),
    ...BUDGET_WORDS.flatMap((b) => FINAL_WORDS.map((f) => ({ halves: 2 as const, words: [b, f] }))),
  ];
  const terms = ITEMS.map((i) => ITEM_WORDS[i]);
  for (const ms of measureSets) {
    const c = new Map(base);
    if (!ms.words.every((w) => takeChars(c, w, 1))) continue;
    for (const cover of characterCovers(c, terms, { times: ms.halves })) {
      const words: Partial<Record<TpItem, string>> = {};
      for (const p of cover) words[ITEMS[p.term]!] = p.word;
      found.push({ words, halves: ms.halves, measures: ms.words });
    }
  }
  return found;
}

/**
 * The columns of one half, left to right, once the order is known: the vehicles group heads 小计 / 购置费 / 运行费 and
 * is a column of its own only when printed without them.
 */
export function leafItems(a: HeaderAccount): TpItem[] {
  const w = a.words;
  const split = w.subtotal || w.purchase || w.running;
  return ITEMS.filter((i) => w[i] && (i !== 'vehicles' || !split));
}

const MARKERS: Readonly<Record<string, TpItem>> = {
  三: 'total', 经: 'total', 合: 'total',
  因: 'abroad', 出: 'abroad', 国: 'abroad', 境: 'abroad',
  小: 'subtotal', 接: 'reception', 待: 'reception',
};

/**
 * The marker characters of each header line, left to right. 购 置 mark 公务用车购置费 and 运 marks 公务用车运行费 only
 * outside the group word: when every printed group word keeps 购置及 (resp. 及运) in one piece, pieces holding 及 are
 * the group's and the others' 购 置 (运) are the item's; else those characters mark nothing. A group word that is a
 * column of its own is marked by 及.
 */
export function markersOf(lines: readonly HeaderLine[], a: HeaderAccount): Marker[][] {
  const leaves = new Set(leafItems(a));
  const pieces = lines.flatMap((l) => l.pieces);
  const groupPieces = pieces.filter((p) => p.text.includes('及')).length;
  const chains = groupChains(lines, a);
  const purchaseClean = chains !== null || (a.words.vehicles ? pieces.filter((p) => normHeaderText(p.text).includes('购置及')).length === a.halves && groupPieces === a.halves : true);
  const runningClean = chains !== null || (a.words.vehicles ? pieces.filter((p) => normHeaderText(p.text).includes('及运')).length === a.halves && groupPieces === a.halves : true);
  return lines.map((l) => {
    const out: Marker[] = [];
    l.pieces.forEach((p, pi) => {
      const group = chains ? chains.has(p) : p.text.includes('及');
      [...p.text].forEach((ch, k) => {
        let item: TpItem | undefined = MARKERS[ch];
        if (!item && !group && purchaseClean && (ch === '购' || ch === '置')) item = 'purchase';
        if (!item && !group && runningClean && ch === '运') item = 'running';
        if (!item && group && ch === '及' && leaves.has('vehicles')) item = 'vehicles';
        if (!item || !leaves.has(item)) return;
        // Consecutive marks of one item are one mark (因公 出国 is one item's two pieces).
        if (out.at(-1)?.item === item) return;
        out.push({ item, col: p.start + k, piece: pi });
      });
    });
    return out;
  });
}

/**
 * The pieces of the printed group words (公务用车购置及运行费 over 小计 / 购置费 / 运行费), when each can be told: from
 * each piece holding 及, the pieces stacked above and below it (the nearest, a line apart and a few columns at most) that continue
 * the group word, until the whole word is spelled (`公务用车购` / `置及运行维` / `护费`), or a piece holding the whole word
 * run together with a neighbouring cell's piece (`公务用车购置及运行维护费公务`). Null when a group word is not
 * spelled so, or the group is absent.
 */
export function groupChains(lines: readonly HeaderLine[], a: HeaderAccount): Set<HeaderPiece> | null {
  if (!a.words.vehicles) return null;
  const group = normHeaderText(a.words.vehicles);
  const out = new Set<HeaderPiece>();
  // The piece of a line that continues the word: of those that spell on, the nearest by centre, within a few columns
  // (pdftotext drifts a line by some characters).
  const centre = (p: HeaderPiece) => p.start + p.text.length / 2;
  const next = (line: readonly HeaderPiece[], at: HeaderPiece, spells: (t: string) => boolean) => {
    const near = line.filter((x) => spells(normHeaderText(x.text)) && Math.abs(centre(x) - centre(at)) <= 10);
    return near.sort((x, y) => Math.abs(centre(x) - centre(at)) - Math.abs(centre(y) - centre(at)))[0];
  };
  let words = 0;
  for (const [li, l] of lines.entries())
    for (const p of l.pieces) {
      if (!p.text.includes('及')) continue;
      let text = normHeaderText(p.text);
      const chain = [p];
      for (let up = li - 1, top = p; up >= 0; up--) {
        const q = next(lines[up]!.pieces, top, (t) => group.includes(t + text));
        if (!q) break;
        text = normHeaderText(q.text) + text;
        chain.unshift((top = q));
      }
      for (let down = li + 1, bottom = p; down < lines.length; down++) {
        const q = next(lines[down]!.pieces, bottom, (t) => group.includes(text + t));
        if (!q) break;
        text += normHeaderText(q.text);
        chain.push((bottom = q));
      }
      // A piece holding the whole word and more is the word run together with a neighbouring cell's piece.
      if (text !== group && !(chain.length === 1 && text.includes(group))) return null;
      words++;
      for (const q of chain) out.add(q);
    }
  return words === a.halves ? out : null;
}

/**
 * Each header line as a sequence of item sets, left to right: a piece stands for the leaf items whose word contains
 * it (`用车` → 公务用车购置费 or 公务用车运行费; `小计` → 小计). Pieces of the group word (holding 及, or a part of the
 * group word left over by its 及 pieces, e.g. `行费` under `公务用车购置及运`) say nothing, unless the group is a column
 * of its own. A piece no item word contains (two words run together: `国（境）因公出`) gives its marker characters.
 * With `joinSpelled`, two neighbouring pieces that together spell a part of an item's word are read as that word's
 * pieces even when the second alone is part of a word too (`公务` `接待`, `运行维护` `费`: pdftotext wrote a cell's
 * wrapped lines on one line).
 */
export function pieceSets(lines: readonly HeaderLine[], a: HeaderAccount, markers: readonly Marker[][], joinSpelled = false): TpItem[][][] {
  const leaves = leafItems(a);
  const wordOf = (i: TpItem) => normHeaderText(a.words[i]!);
  const group = a.words.vehicles ? normHeaderText(a.words.vehicles) : null;
  // What the group word's 及 pieces leave of it, before and after.
  const rests: string[] = [];
  if (group)
    for (const p of lines.flatMap((l) => l.pieces)) {
      const t = normHeaderText(p.text);
      if (!t.includes('及')) continue;
      const at = group.indexOf(t);
      if (at < 0) rests.push(group);
      else rests.push(group.slice(0, at), group.slice(at + t.length));
    }
  if (group && rests.length === 0) rests.push(group);
  const chains = groupChains(lines, a);
  return lines.map((l, li) => {
    const out: TpItem[][] = [];
    // The text of the last piece read into `out` by its word (two pieces that join into one word's part are one, when
    // the second alone is part of no word).
    let run = '';
    l.pieces.forEach((p, pi) => {
      const t = normHeaderText(p.text);
      if (t === '') return;
      if (t.includes('及')) {
        if (leaves.includes('vehicles')) out.push(['vehicles']);
        run = '';
        return;
      }
      if (group && !leaves.includes('vehicles') && (chains ? chains.has(p) : rests.some((r) => r.includes(t)))) return;
      const set = leaves.filter((i) => wordOf(i).includes(t));
      // (or, the two spelling an item's whole word, its wrapped rest drawn beside it on its line: `公务接待 费`)
      const joined = run && (set.length === 0 || joinSpelled) ? leaves.filter((i) => wordOf(i).includes(run + t)) : run ? leaves.filter((i) => wordOf(i) === run + t) : [];
      if (joined.length > 0) {
        out[out.length - 1] = joined;
        run += t;
        return;
      }
      run = set.length > 0 ? t : '';
      const marks = set.length > 0 ? [set] : markers[li]!.filter((m) => m.piece === pi).map((m) => [m.item]);
      for (const m of marks) {
        const last = out.at(-1);
        // Consecutive pieces of one item are one mark (因公 出国).
        if (m.length === 1 && last?.length === 1 && last[0] === m[0]) continue;
        out.push(m);
      }
    });
    return out;
  });
}

/** Can `seq` (item sets) be matched, in order, by items of `order` repeated `times` times? Earliest match first. */
function within(seq: readonly (readonly TpItem[])[], order: readonly TpItem[], times: number): boolean {
  let k = 0;
  const full = Array.from({ length: times }, () => order).flat();
  for (const s of seq) {
    while (k < full.length && !s.includes(full[k]!)) k++;
    if (k === full.length) return false;
    k++;
  }
  return true;
}

export function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [xs.slice()];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/**
 * The readings of a line's item sets with its pieces in their cells: a line holds one piece of an item's word per half
 * at most, so an item standing alone on it more often than that has pieces pdftotext drew away from their cells
 * (`出国` written after the last column). Which they are is not known: each choice of as many as there are halves
 * kept, the others set aside, is a reading (the line as printed when no item is so).
 */
export function inPlace(seq: readonly (readonly TpItem[])[], halves: number): (readonly TpItem[])[][] {
  const at = new Map<TpItem, number[]>();
  seq.forEach((set, k) => {
    if (set.length === 1) at.set(set[0]!, [...(at.get(set[0]!) ?? []), k]);
  });
  let drops: Set<number>[] = [new Set()];
  for (const ks of at.values()) {
    if (ks.length <= halves) continue;
    const kept = [...keeping(ks, halves)];
    drops = drops.flatMap((d) => kept.map((keep) => new Set([...d, ...ks.filter((k) => !keep.includes(k))])));
  }
  return drops.map((d) => seq.filter((_, k) => !d.has(k)));
}

/** Every choice of `n` of `xs`, in order. */
function* keeping<T>(xs: readonly T[], n: number, from = 0): Generator<T[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= xs.length - n; i++) for (const rest of keeping(xs, n - 1, i + 1)) yield [xs[i]!, ...rest];
}

export type OrderReading =
  | { ok: true; order: TpItem[]; how: 'lines' | 'positions' | 'numbers' | 'figures'; byFigures?: ByFigures }
  | { ok: false; why: string; admitted?: TpItem[][]; lineOrders?: number; joined?: boolean };

/** How the row's figures narrowed the orders the lines left: `lines` orders left by the header's lines, `admitted` of
 * them (or of those left with neighbouring pieces joined) keeping the identities, `same` when several were admitted
 * and all read the row alike. */
export interface ByFigures {
  lines: number;
  admitted: number;
  joined?: true;
  same?: true;
}

/**
 * The left-to-right order of the leaf items, from the markers (see the module comment). `boundary`: for two halves,
 * the column between them (markers right of it are the second half's), used only by the positional tie-break.
 * `byWords` false: the pieces' word sets set aside, the orders the marker characters leave (for a header whose
 * word-set reading the row's identities have refused, `horizontal.ts`). `admits`: when the lines leave several
 * orders, those the row's figures allow (`horizontal.ts`: a row with a figure in every column, whose figures must
 * keep the table's identities in the order read); the 栏次 numbers' choice among all the lines' orders stands when
 * the figures admit it (it is then also their choice among the admitted); else one admitted is the order, and the
 * tie-breaks below choose among the admitted only, so they never take an order the figures refuse. When the figures admit none they say nothing
 * (the orders stand as the lines left them). Left undecided among several admitted orders, the reading returns them.
 */
export function orderItems(
  lines: readonly HeaderLine[],
  markers: readonly Marker[][],
  a: HeaderAccount,
  boundary: number | null,
  numbers: readonly number[] | null = null,
  byWords = true,
  admits: ((order: readonly TpItem[]) => boolean) | null = null,
): OrderReading {
  const leaves = leafItems(a);
  // Marker characters are strong: every line must agree with the order. A piece's word set is weaker (pdftotext
  // may carry a piece to another place on its line): a line whose pieces no order left by the markers fits is
  // set aside, the others narrow the orders down. When the lines so leave no order, a line may also fit an order with
  // its neighbouring pieces that spell one word's part read as that word's (a cell's wrapped lines pdftotext wrote on
  // one line: `公务` `接待`); only then, as that reading may also join two cells' pieces (`用车` `运行维护`).
  const fitsLine = (seq: readonly (readonly TpItem[])[], o: readonly TpItem[]) => inPlace(seq, a.halves).some((q) => within(q, o, a.halves));
  const strong = permutations(leaves).filter((o) => markers.every((m) => fitsLine(m.map((x) => [x.item]), o)));
  const narrowed = (sets: readonly TpItem[][][], alternatives: readonly TpItem[][][] | null) => {
    let left = strong;
    for (const [li, q] of sets.entries()) {
      const fits = strong.filter((o) => fitsLine(q, o) || (alternatives !== null && fitsLine(alternatives[li]!, o)));
      if (fits.length > 0) left = left.filter((o) => fits.includes(o));
    }
    return left;
  };
  const sets = pieceSets(lines, a, markers);
  let orders = byWords ? narrowed(sets, null) : strong;
  if (orders.length === 0) orders = narrowed(sets, pieceSets(lines, a, markers, true));
  if (orders.length === 1) return { ok: true, order: orders[0]!, how: 'lines' };
  if (orders.length === 0) return { ok: false, why: '表头各行的项目顺序互相矛盾' };
  const lineOrders = orders.length;
  let admitted = admits === null ? [] : orders.filter(admits);
  // (the figures refusing every order the lines' words leave, a word may have misled them: a cell's wrapped lines
  // pdftotext wrote on one line, `公务接待` `费`, read as two cells; the orders the lines leave with such neighbouring
  // pieces read as one word's part are weighed too)
  let joined = false;
  if (admits !== null && admitted.length === 0) {
    admitted = narrowed(sets, pieceSets(lines, a, markers, true)).filter(admits);
    joined = admitted.length > 0;
  }
  const byFigures: ByFigures | undefined = admitted.length > 0 ? { lines: lineOrders, admitted: admitted.length, ...(joined ? { joined: true as const } : {}) } : undefined;
  // (a 栏次 row numbering the columns tells where each column stands: the order whose markers stand clearly nearest
  // their columns' numbers, `numbered-order.ts`; taken only when the figures admit it, and then it is also the one
  // nearest among the admitted orders)
  const byNumbers = (among: readonly TpItem[][]) => (numbers === null ? null : orderByNumbers(among, placedMarkers(lines, markers), numbers, a.halves));
  const numbered = byNumbers(orders);
  if (numbered !== null && (admitted.length === 0 || admitted.some((o) => o.join() === numbered.join()))) return { ok: true, order: numbered, how: 'numbers' };
  if (admitted.length === 1) return { ok: true, order: admitted[0]!, how: 'figures', byFigures };
  const open = (why: string): OrderReading =>
    admitted.length > 1 ? { ok: false, why: `${why}（${admitted.length} 种顺序下各数都符合表内恒等式）`, admitted, lineOrders, joined } : { ok: false, why };
  if (admitted.length > 1) {
    orders = admitted;
    const among = byNumbers(orders);
    if (among !== null) return { ok: true, order: among, how: 'numbers', byFigures };
  }
  const centres = halfCentres(markers.flat(), leaves, a.halves, boundary);
  const centre = new Map<TpItem, number>();
  for (const item of leaves) {
    const c = centres.get(item)?.[0];
    if (c === undefined) return open(`表头中找不到「${a.words[item]}」的位置`);
    centre.set(item, c);
  }
  // Positions decide only the pairs the lines leave open: the orders whose every such pair stands as the items'
  // centres do (at least one column apart). This is no best match among readings: a marker character belongs to one
  // item only, so the mean column of an item's markers over every line is measured where that item's cell is printed
  // (pdftotext moves a line's pieces along it, each line otherwise, so the mean over the lines), and the pair is
  // decided only when exactly one order agrees with every open pair; a pair whose centres are within a column, or
  // more than one order left, is not read (`three_public_unread`). The reading says it used positions
  // (`three_public_by_words`, info). Measured on the benchmark's PDF path: it decides the order of about one 三公
  // table in five there, and every order it chose was the printed one.
  const before = (o: TpItem[], x: TpItem, y: TpItem) => o.indexOf(x) < o.indexOf(y);
  const pairs = leaves.flatMap((x) => leaves.filter((y) => x < y && orders.some((o) => before(o, x, y)) && orders.some((o) => before(o, y, x))).map((y) => [x, y] as const));
  // (a pair whose pieces stand side by side on a line, in one half, the same way round on every line holding both, is
  // read from the lines, the other open pairs then by the centres: pdftotext writes a line's pieces left to right as
  // printed, while the items' mean columns take in marks it packed one space apart along a line, away from their cells)
  const onLines = sideBySide(lines, a, markers, boundary);
  const side = (x: TpItem, y: TpItem) => onLines.get(`${x}|${y}`);
  const bySides = orders.filter((o) => pairs.every(([x, y]) => side(x, y) === undefined || before(o, x, y) === side(x, y)));
  if (bySides.length > 0 && bySides.length < orders.length) {
    const still = pairs.filter(([x, y]) => side(x, y) === undefined);
    if (still.every(([x, y]) => Math.abs(centre.get(x)! - centre.get(y)!) >= 1)) {
      const both = bySides.filter((o) => still.every(([x, y]) => before(o, x, y) === centre.get(x)! < centre.get(y)!));
      if (both.length === 1) return { ok: true, order: both[0]!, how: 'positions', byFigures };
    }
  }
  if (pairs.some(([x, y]) => Math.abs(centre.get(x)! - centre.get(y)!) < 1)) return open(`表头各行的词序允许 ${lineOrders} 种项目顺序，有的项目位置相同`);
  const byCentre = orders.filter((o) => pairs.every(([x, y]) => before(o, x, y) === centre.get(x)! < centre.get(y)!));
  if (byCentre.length === 1) return { ok: true, order: byCentre[0]!, how: 'positions', byFigures };
  return open(`表头各行的词序允许 ${lineOrders} 种项目顺序，按位置也不能确定`);
}

/**
 * The pairs of items whose pieces stand side by side on a header line, in one half (the same side of `boundary`, both
 * clear of it; every piece when there is one half), each piece standing for one item only (a part of that item's word
 * alone, or, spelling no word, its marker characters); pieces of the group word say nothing. `x|y` → whether x stands
 * left of y, for the pairs every line holding both reads the same way.
 */
export function sideBySide(lines: readonly HeaderLine[], a: HeaderAccount, markers: readonly Marker[][], boundary: number | null): Map<string, boolean> {
  const leaves = leafItems(a);
  const chains = groupChains(lines, a);
  const seen = new Map<string, Set<boolean>>();
  // (a piece near the boundary, within an eighth of the header's width, may be either half's: pdftotext packs a line's
  // pieces along it, the next half's first words drawn over the boundary)
  const all = lines.flatMap((l) => l.pieces);
  const margin = (Math.max(...all.map((p) => p.start + p.text.length)) - Math.min(...all.map((p) => p.start))) / 8;
  const half = (col: number) => (boundary === null ? 0 : Math.abs(col - boundary) < margin ? null : col < boundary ? 0 : 1);
  for (const [li, l] of lines.entries()) {
    const at: { item: TpItem; col: number }[] = [];
    l.pieces.forEach((p, pi) => {
      const t = normHeaderText(p.text);
      if (t === '' || p.text.includes('及') || chains?.has(p)) return;
      const set = leaves.filter((i) => normHeaderText(a.words[i]!).includes(t));
      if (set.length === 1) at.push({ item: set[0]!, col: p.start });
      else if (set.length === 0) for (const m of markers[li]!.filter((m) => m.piece === pi)) at.push({ item: m.item, col: m.col });
    });
    for (const [i, x] of at.entries())
      for (const y of at.slice(i + 1)) {
        if (x.item === y.item || half(x.col) === null || half(x.col) !== half(y.col)) continue;
        for (const [key, left] of [[`${x.item}|${y.item}`, true], [`${y.item}|${x.item}`, false]] as const) seen.set(key, (seen.get(key) ?? new Set()).add(left));
      }
  }
  return new Map([...seen].filter(([, s]) => s.size === 1).map(([k, s]) => [k, [...s][0]!]));
}

/**
 * Each item's mean marker column per half. With two halves an item's marks fall in two clusters (split at their
 * widest gap when it is wide); marks in one cluster go to the half their side of `boundary` says. A half an item has
 * no marks in is placed by the other half and the shift between halves measured on the items marked in both.
 */
export function halfCentres(markers: readonly Marker[], items: readonly TpItem[], halves: 1 | 2, boundary: number | null): Map<TpItem, (number | undefined)[]> {
  const mean = (xs: number[]) => (xs.length === 0 ? undefined : xs.reduce((s, x) => s + x, 0) / xs.length);
  const out = new Map<TpItem, (number | undefined)[]>();
  for (const item of items) {
    const cols = markers.filter((m) => m.item === item).map((m) => m.col).sort((x, y) => x - y);
    if (halves === 1) {
      out.set(item, [mean(cols)]);
      continue;
    }
    let cut = -1;
    let widest = 0;
    for (let i = 1; i < cols.length; i++) if (cols[i]! - cols[i - 1]! > widest) [widest, cut] = [cols[i]! - cols[i - 1]!, i];
    if (widest >= 8) out.set(item, [mean(cols.slice(0, cut)), mean(cols.slice(cut))]);
    else if (boundary !== null && cols.length > 0) out.set(item, mean(cols)! < boundary ? [mean(cols), undefined] : [undefined, mean(cols)]);
    else out.set(item, [undefined, undefined]);
  }
  if (halves === 2) {
    const shifts = [...out.values()].filter((c) => c[0] !== undefined && c[1] !== undefined).map((c) => c[1]! - c[0]!).sort((x, y) => x - y);
    const shift = shifts[Math.floor(shifts.length / 2)];
    if (shift !== undefined)
      for (const c of out.values()) {
        if (c[0] === undefined && c[1] !== undefined) c[0] = c[1] - shift;
        if (c[1] === undefined && c[0] !== undefined) c[1] = c[0] + shift;
      }
  }
  return out;
}
