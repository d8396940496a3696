/**
 * A header read by its characters: the one core every reader of a squeezed or shuffled header shares. When
 * `pdftotext -layout` breaks narrow header words over lines and writes the pieces of neighbouring cells in any order,
 * neither a piece's place nor its order says which word it continues; the characters can. A header is read so only
 * as an EXACT cover — every piece (every character) used once, by whole words of a vocabulary the caller gives — and
 * every cover is returned: the caller takes a reading only when its own rules leave one, and reports the others as
 * ambiguous. Nothing here picks a best of several covers.
 *
 * Two grains, for two kinds of header:
 * - by pieces (`pieceCovers`): the pieces are kept whole and positioned; each word is anchored at the piece holding its
 *   first character, its other pieces within reach of that anchor (on its line or below). A piece in no word is cut
 *   into parts that are (two cells run together, `收入位上缴`). The caller may veto a word's pieces (two cells that
 *   only look like one word).
 * - by characters (`characterCovers`): the pieces are a bag of characters; the covers are the sets of words (at most
 *   one spelling per term, each taken `times` times — a header printed twice, under 预算数 and 决算数) whose
 *   characters are exactly the bag's. Where each word stands is then told by its own characters (`ownPlaces`: the
 *   characters no other word of the cover has).
 *
 * Every search is bounded; past its bound the answer is `null` (not read), never a partial list.
 *
 * Where the characters leave more than one reading, the figures may confirm one (`totalWithin`: a total column is the
 * sum of its parts in every row); arithmetic chooses only among readings the characters allow, never beyond them.
 */
import { abs, cmp, sub, sum, type Decimal } from '../../decimal.ts';
import type { Fragment } from './piece.ts';
import { median } from './columns.ts';

// ———— characters ————

/** How many times each character occurs. */
export type CharCounts = Map<string, number>;

export function countChars(s: Iterable<string>): CharCounts {
  const m: CharCounts = new Map();
  for (const ch of s) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Take `times` × the word's characters from the counts; false (counts unchanged) when they are not all there. */
export function takeChars(c: CharCounts, word: string, times = 1): boolean {
  const need = countChars(word);
  for (const [ch, k] of need) if ((c.get(ch) ?? 0) < k * times) return false;
  for (const [ch, k] of need) c.set(ch, c.get(ch)! - k * times);
  return true;
}

/** Every character taken. */
export const allTaken = (c: CharCounts): boolean => [...c.values()].every((k) => k === 0);

/** One word of a cover by characters: the term it spells (its index in the terms given) and its spelling. */
export interface CharPick {
  term: number;
  word: string;
}

export interface CharCoverOptions {
  /** Each word taken this many times (a header printed once per half). Default 1. */
  times?: number;
  /** Exactly this many words (default: any number). */
  count?: number;
  /** A term may be taken more than once (default: at most once). */
  repeat?: boolean;
  /** Stop once more than this many covers are found (the caller reads more than `limit` as too many). */
  limit?: number;
}

/**
 * Every set of words, one spelling at most per term (`terms[i]` lists the spellings of term i), whose characters
 * are exactly `chars`. Each cover lists its picks in term order. At most `limit + 1` covers are listed.
 */
export function characterCovers(chars: CharCounts, terms: readonly (readonly string[])[], o: CharCoverOptions = {}): CharPick[][] {
  const times = o.times ?? 1;
  const limit = o.limit ?? Infinity;
  const shapes = terms.map((ws) => ws.map((word) => ({ word, need: countChars(word), size: [...word].length * times })));
  const left = new Map(chars);
  let leftCount = [...chars.values()].reduce((a, k) => a + k, 0);
  const picks: CharPick[] = [];
  const out: CharPick[][] = [];
  const walk = (i: number): void => {
    if (out.length > limit) return;
    if (picks.length === o.count || leftCount === 0) {
      if (leftCount === 0 && (o.count === undefined || picks.length === o.count)) out.push([...picks]);
      return;
    }
    if (i === terms.length) return;
    walk(i + 1);
    for (const s of shapes[i]!) {
      if (s.size > leftCount || [...s.need].some(([ch, k]) => (left.get(ch) ?? 0) < k * times)) continue;
      for (const [ch, k] of s.need) left.set(ch, left.get(ch)! - k * times);
      leftCount -= s.size;
      picks.push({ term: i, word: s.word });
      walk(o.repeat ? i : i + 1);
      picks.pop();
      leftCount += s.size;
      for (const [ch, k] of s.need) left.set(ch, left.get(ch)! + k * times);
    }
  };
  walk(0);
  return out;
}

/** A character of the header and the column it stands at. */
export interface PlacedChar {
  ch: string;
  pos: number;
}

/**
 * Where each word of a cover stands: the median column of its own characters (those no other word of the cover
 * has), left to right, with the columns its own characters run from and to, and `spread` the sum over the words of
 * how far apart their own characters stand. Null when a word is taken twice, has no character of its own, or two
 * words stand at one place: the characters do not place the cover.
 */
export function ownPlaces(words: readonly string[], chars: readonly PlacedChar[]): { placed: { w: string; at: number; from: number; to: number }[]; spread: number } | null {
  const owners = new Map<string, number>();
  for (const w of words) for (const c of new Set(w)) owners.set(c, (owners.get(c) ?? 0) + 1);
  let spread = 0;
  const placed: { w: string; at: number; from: number; to: number }[] = [];
  for (const w of words) {
    if (words.filter((x) => x === w).length > 1) return null;
    const own = chars.filter((c) => w.includes(c.ch) && owners.get(c.ch) === 1).map((c) => c.pos);
    if (own.length === 0) return null;
    spread += Math.max(...own) - Math.min(...own);
    placed.push({ w, at: median(own), from: Math.min(...own), to: Math.max(...own) });
  }
  placed.sort((a, b) => a.at - b.at);
  if (placed.some((p, i) => i > 0 && p.at === placed[i - 1]!.at)) return null;
  return { placed, spread };
}


// ———— pieces ————

/** A word of a cover by pieces: its text as spelt, its pieces (the anchor, holding its first character, first). */
export interface CoverWord {
  text: string;
  parts: Fragment[];
}

export interface PieceCoverRules {
  /** The words to cover with, as `norm` writes them. */
  words: readonly string[];
  /** Character-level normalisation of a piece, so that pieces join into the words. */
  norm: (s: string) => string;
  /** How far (columns) a piece of a word may stand from the word's anchor; how many lines below it. */
  reach: number;
  rows: number;
  /** Pieces that spell a word but are two cells (the caller's rule); `all`: every piece of the header. */
  veto?: (parts: readonly Fragment[], all: readonly Fragment[]) => boolean;
  /** Pieces in some word may still be two cells run together (`单位经营`: 附属单位's 单位 beside 经营收入's 经营): each
   * such piece cut once, in two parts of two characters or more each in some word, one piece at a time. */
  glued?: boolean;
  /** Covers listed at most (past it the search stops), steps of the search, ways to cut unknown pieces. */
  limit?: number;
  maxSteps?: number;
  maxCuts?: number;
}

/**
 * Every split of `fragments` into whole words, each word's pieces within reach of its anchor (the piece with its
 * first character, on the word's top line); null when the search runs past its budget. Covers that give the same
 * words at the same anchors are returned once: of such covers, which differ only in how pieces of equal text are handed
 * to the words (two `出`, one ending 项目支出 under its `项目支`, one ending 对附属单位补助支出 four lines down), the one
 * whose pieces stand nearest their anchors (`anchorSpread`).
 */
export function pieceCovers(fragments: readonly Fragment[], rules: PieceCoverRules): CoverWord[][] | null {
  // a piece that is in no word holds the end of one and the start of the next (pdftotext lost the space between two
  // cells, `收入位上缴`, or wrote a word's rest before its start, `（补助）收财政拨款`): each way to cut it into parts
  // that are in words is tried
  const ways = fragments.map((f) => cuts(f, rules));
  if (ways.some((w) => w.length === 0)) return [];
  if (ways.reduce((a, w) => a * w.length, 1) > (rules.maxCuts ?? 64)) return null;
  const out = new Map<string, CoverWord[]>();
  const pick = (all: readonly Fragment[][][], k: number, chosen: Fragment[]): boolean => {
    if (k === all.length) return coversOf(chosen, rules, out);
    return all[k]!.every((w) => pick(all, k + 1, [...chosen, ...w]));
  };
  if (!rules.glued) return pick(ways, 0, []) ? [...out.values()] : null;
  // (a piece that is in a word may hold two cells too, pdftotext writing one cell's end against the next cell's start
  // with no space: each piece cut so, one at a time, the others as before)
  const glued = fragments.flatMap((f, k) => (ways[k]!.length === 1 && ways[k]![0]!.length === 1 ? gluedCuts(f, rules).map((c) => ({ k, c })) : []));
  if (glued.length * ways.reduce((a, w) => a * w.length, 1) > (rules.maxCuts ?? 64)) return null;
  return glued.every(({ k, c }) => pick(ways.map((w, q) => (q === k ? [c] : w)), 0, [])) ? [...out.values()] : null;
}

/** The ways to cut a piece that is in some word into two parts of two characters or more, each in some word. */
function gluedCuts(f: Fragment, rules: PieceCoverRules): Fragment[][] {
  return partings(f, rules, 2, 2)
    .filter((parts) => parts.length === 2)
    .reverse();
}

/** The ways to cut a piece into at most three parts, each part in some word (the piece itself when it is in one). */
function cuts(f: Fragment, rules: PieceCoverRules): Fragment[][] {
  const t = rules.norm(f.part.text);
  if (t === '') return [[]];
  if (inSomeWord(t, rules)) return [[f]];
  return partings(f, rules, 3);
}

/** Whether a text is in some word of the vocabulary given. */
const inSomeWord = (t: string, rules: PieceCoverRules): boolean => rules.words.some((w) => w.includes(t));

/**
 * The ways to cut a piece's text into parts each in some word: at most `most` parts, each of `least` characters or
 * more, the longest first part first (the piece whole is one way when it is in a word).
 */
function partings(f: Fragment, rules: PieceCoverRules, most: number, least = 1): Fragment[][] {
  const t = rules.norm(f.part.text);
  const out: Fragment[][] = [];
  const walk = (from: number, parts: Fragment[]) => {
    if (from === t.length) {
      out.push(parts);
      return;
    }
    if (parts.length === most) return;
    for (let k = t.length; k >= from + least; k--) {
      if (k < t.length && t.length - k < least) continue;
      const bit = t.slice(from, k);
      if (!inSomeWord(bit, rules)) continue;
      walk(k, [...parts, { row: f.row, part: { text: bit, start: f.part.start + from, end: f.part.start + k } }]);
    }
  };
  walk(0, []);
  return out;
}

/** Every cover of these pieces added to `out` (keyed by words and anchors); false when the search ran past its budget. */
function coversOf(fragments: readonly Fragment[], rules: PieceCoverRules, out: Map<string, CoverWord[]>): boolean {
  const limit = rules.limit ?? 64;
  const maxSteps = rules.maxSteps ?? 50_000;
  const frags = [...fragments].filter((f) => rules.norm(f.part.text) !== '').sort((a, b) => a.row - b.row || a.part.start - b.part.start);
  const text = new Map(frags.map((f) => [f, rules.norm(f.part.text)]));
  const index = new Map(frags.map((f, k) => [f, k]));
  const used = new Set<Fragment>();
  let steps = 0;
  let over = false;
  // (the covers of the pieces left depend only on which pieces are left, however the words before took the others:
  // each set of pieces left is searched once — pieces of equal text, `收入` ending many words, leave one rest many ways)
  const memo = new Map<string, Map<string, CoverWord[]>>();
  const keyOf = (words: readonly CoverWord[]) => words.map((w) => `${w.text}@${w.parts[0]!.row}:${w.parts[0]!.part.start}`).sort().join('|');

  // pieces (unused, near `near`) that spell `rest` exactly, in order
  const spell = (rest: string, near: Fragment, chain: Fragment[], done: (chain: Fragment[]) => void) => {
    if (over) return;
    if (++steps > maxSteps) {
      over = true;
      return;
    }
    if (rest === '') {
      done(chain);
      return;
    }
    for (const g of frags) {
      if (used.has(g) || chain.includes(g)) continue;
      if (g.row < near.row || g.row - near.row > rules.rows || !withinReach(g, near, rules.reach)) continue;
      const t = text.get(g)!;
      if (rest.startsWith(t)) spell(rest.slice(t.length), near, [...chain, g], done);
    }
  };

  // the covers of the pieces not yet used (keyed by words and anchors), at most `limit + 1`
  const search = (): Map<string, CoverWord[]> => {
    const f = frags.find((x) => !used.has(x));
    if (f === undefined) return new Map([['', []]]);
    const state = [...used].map((x) => index.get(x)!).sort((a, b) => a - b).join(',');
    const known = memo.get(state);
    if (known) return known;
    const found = new Map<string, CoverWord[]>();
    const t = text.get(f)!;
    // (a word whose other characters the pieces left do not hold is not tried)
    const left = countChars(frags.filter((x) => x !== f && !used.has(x)).map((x) => text.get(x)!).join(''));
    // `f` is the first free piece top down: every other piece of its word stands on its line (right of it) or below
    for (const w of rules.words) {
      for (let o = w.indexOf(t); o >= 0; o = w.indexOf(t, o + 1)) {
        const before = w.slice(0, o);
        const after = w.slice(o + t.length);
        if (!takeChars(new Map(left), before + after)) continue;
        const finish = (head: Fragment[]) => {
          used.add(f);
          head.forEach((h) => used.add(h));
          spell(after, f, [], (tail) => {
            if (found.size > limit || rules.veto?.([...head, f, ...tail], frags)) return;
            tail.forEach((x) => used.add(x));
            const word: CoverWord = { text: w, parts: [...head, f, ...tail] };
            for (const rest of search().values()) {
              if (found.size > limit) break;
              const words = [word, ...rest];
              const key = keyOf(words);
              const had = found.get(key);
              if (!had || anchorSpread(words) < anchorSpread(had)) found.set(key, words);
            }
            tail.forEach((x) => used.delete(x));
          });
          head.forEach((h) => used.delete(h));
          used.delete(f);
        };
        if (before === '') finish([]);
        else spell(before, f, [], finish);
      }
    }
    memo.set(state, found);
    return found;
  };
  const all = search();
  for (const [key, words] of all) {
    if (out.size > limit) break;
    if (!out.has(key)) out.set(key, words.map((w) => ({ ...w, parts: [...w.parts] })));
  }
  return !over;
}

/**
 * How far a cover's pieces stand from their words' anchors, summed: columns on the page when both pieces know the wide
 * characters left of them (each printed two columns wide), else as written, and one per line between. Pieces of equal
 * text handed to two words the other way round stand further off.
 */
export function anchorSpread(words: readonly CoverWord[]): number {
  const at = (f: Fragment, g: Fragment) => (f.wide !== undefined && g.wide !== undefined ? f.part.start + f.wide : f.part.start);
  return words.reduce((sum, w) => {
    const a = w.parts[0]!;
    return sum + w.parts.reduce((s, p) => s + Math.abs(at(p, a) - at(a, p)) + Math.abs(p.row - a.row), 0);
  }, 0);
}

/**
 * Whether piece `g` stands within `reach` columns of `near`: by the columns pdftotext wrote, or, when both pieces know
 * the wide characters left of them, by where they stand on the page (a line with many wide characters left of a piece
 * is written further left than a line with few: each is one column of text but two of page).
 */
export function withinReach(g: Fragment, near: Fragment, reach: number): boolean {
  if (Math.abs(g.part.start - near.part.start) <= reach) return true;
  if (g.wide === undefined || near.wide === undefined) return false;
  return Math.abs(g.part.start + g.wide - (near.part.start + near.wide)) <= reach;
}

// ———— confirming a reading by its figures ————

/**
 * A printed total against the sum of its printed parts: equal within `units` of the last printed digit (the finest
 * precision among them), the slack that rounding each figure to the unit printed can leave (尾差).
 */
export function totalWithin(total: Decimal, parts: readonly Decimal[], units: number): boolean {
  const scale = Math.max(total.scale, ...parts.map((d) => d.scale));
  return cmp(abs(sub(sum(parts), total)), { units: BigInt(units), scale }) <= 0;
}
