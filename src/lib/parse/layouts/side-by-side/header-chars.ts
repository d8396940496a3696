/**
 * The header of a side-by-side 收支总表 read from its pieces, on the PDF path. When the figure columns are narrower than
 * their names, `pdftotext -layout` breaks each name over several lines, and lays out every line on its own, so the
 * pieces of one name do not stand one above the other (`一般公共 政府性` / `基金预` / `国有资` / `本经营` /
 * `合计 预算财政` / `拨款 算财政 预算财` / `拨款 政拨款`): the columns found by position then carry names that are no
 * words at all. The header is read again as the figure columns of both halves, left to right, from its pieces (the
 * words of its lines less the structural words 收入 / 支出, 项目, 行次), in three readings, the strictest first:
 *
 * 1. stacks: on every line the pieces stand in the order of their columns (a piece goes to the column of the line's
 *    piece before it — two lines of one cell printed as one — or right of it; never across a structural word), and a
 *    column's name is its pieces read top to bottom;
 * 2. line order: the same order on every line, but a column's characters need only be exactly those of its name (a
 *    piece of a name printed on the line under the next piece, `金预` under `算财`); when two sets of names read so,
 *    the one whose columns' pieces start closest together, when only one is closest;
 * 3. pieces (`byPieces`): per half, every piece (cut where two cells ran together) in one column, whatever its line,
 *    each column's characters exactly a name's, the columns in the order of their names' first pieces, checked against the
 *    order of a 财政拨款 table's columns (合计, then the funds);
 * 4. characters (the exact cover by characters of `read/char-cover.ts`): every character of the pieces used once by
 *    as many names, each name placed where its own characters (no other of the names has them) stand; when two sets
 *    of names spell the same characters, the set whose names each stand together (the least spread of their own
 *    characters) when only one is least (a piece two columns printed as one word, `经营金预`).
 *
 * Each reading takes every name from the vocabulary, as many columns as the 栏次 row numbers (or else the fewest that
 * can be so read), and only one set of names; else there is no reading, and the header read by position stands, its
 * unknown columns reported.
 */
import { lookupWord, normHeaderWord, VOCABULARY, type VocabularyFamily } from '../../tables/vocabulary.ts';
import type { Half } from './by-order.ts';
import { characterCovers, countChars, ownPlaces } from '../../read/char-cover.ts';
import { FUNDS as FUND_KEYS, fundOf } from './funds.ts';

/** How a header was read: its pieces as stacks, by their order on each line, or by their characters and places. */
export type HeaderReading = 'stacks' | 'line-order' | 'pieces' | 'characters';

/** What each reading says in the problem report. */
export const READING_WORDS: Record<HeaderReading, string> = {
  stacks: '各列名称由各行的碎片自上而下、按行内顺序拼出，只有一种拼法',
  'line-order': '各行碎片按行内顺序归列，每列的字恰好拼成一个词；有两种拼法时取各列碎片位置最集中的一种',
  pieces:
    '每半边的表头碎片（粘连的碎片按词拆开）各归一列，每列的字恰好拼成一个词；有多种拼法时取各列碎片位置最集中的一种；各列按首字碎片的位置排序，须与合计、一般公共预算、政府性基金、国有资本经营的固定列序一致',
  characters: '全部表头字符恰好拼成这些词（每字用一次），各词按其独有字符所在位置排序；有两种拼法时取各词字符最集中的一种',
};

/** One half of a header read by its pieces: its name and the words of its figure columns, left to right. */
export interface HalfWords {
  name: string;
  rowNumber: boolean;
  words: string[];
}

/** Between two pieces of a line where a structural word (项目, 行次, 收入) stood. */
const BREAK = '\u0000';

interface Piece {
  text: string;
  start: number;
}

type Vocab = { words: Set<string>; prefixes: Set<string> };

/** The value words of the vocabulary a family prints, normalised, and all their beginnings. */
function valueWords(family: VocabularyFamily): Vocab {
  const words = new Set<string>();
  for (const t of VOCABULARY) {
    if (t.role !== 'value') continue;
    if (!t.families.includes('any') && !t.families.includes(family)) continue;
    for (const w of t.words) if (normHeaderWord(w)) words.add(normHeaderWord(w));
  }
  const prefixes = new Set<string>();
  for (const w of words) for (let k = 1; k <= w.length; k++) prefixes.add(w.slice(0, k));
  return { words, prefixes };
}

/** A bound on the search (a header has a few lines of a few pieces; this is never reached by a real one). */
const MAX_STEPS = 200_000;

/** The distinct sets of column names the pieces spell in `n` columns (stops at two). */
function spellings(lines: string[][], n: number, vocab: Vocab): string[][] {
  const found = new Map<string, string[]>();
  const cols = new Array<string>(n).fill('');
  let steps = 0;
  const go = (li: number, ti: number, last: number): void => {
    if (found.size > 1 || ++steps > MAX_STEPS) return;
    if (li === lines.length) {
      if (cols.every((c) => vocab.words.has(c))) found.set(cols.join('|'), [...cols]);
      return;
    }
    const line = lines[li]!;
    if (ti === line.length) return go(li + 1, 0, -1);
    const piece = line[ti]!;
    if (piece === BREAK) return go(li, ti + 1, last + 1);
    // a piece stands in the column of the piece before it on the line (a cell's two lines printed as one) or right of it
    for (let c = Math.max(0, last); c < n; c++) {
      const was = cols[c]!;
      if (!vocab.prefixes.has(was + piece)) continue;
      cols[c] = was + piece;
      go(li, ti + 1, c);
      cols[c] = was;
    }
  };
  go(0, 0, -1);
  return steps > MAX_STEPS ? [] : [...found.values()];
}

/**
 * The halves of a side-by-side header read by its pieces, or null when there is no single reading. `lines` are the
 * raw header lines top to bottom (not the 栏次 row), `names` the half names (收入, 支出), `counts` how many figure
 * columns each half has — `exact` when the 栏次 row numbers them, else at least as many as the rows print: the left
 * half has `counts[0]` columns, the right the rest.
 */
export function readHeaderByCharacters(
  lines: readonly string[],
  names: readonly string[],
  counts: readonly number[],
  exact: boolean,
  family: VocabularyFamily,
): { halves: HalfWords[]; how: HeaderReading } | null {
  if (names.length !== 2 || counts.length !== 2 || counts.some((n) => n < 1)) return null;
  const halfNames = names.map((n) => normHeaderWord(n));
  const pieces: Piece[][] = [];
  // each line's pieces, with BREAK where a structural word stood between two of them (they are in other columns)
  const texts: string[][] = [];
  const starts: number[][] = [];
  let rowNumbers = 0;
  let labels = 0;
  // where the right half starts: its label word (项目) on a line printing both halves' labels
  let boundary = -1;
  for (const raw of lines) {
    const named = [...raw.matchAll(/\S+/g)].filter((m) => lookupWord(normHeaderWord(m[0]), family)?.role === 'name');
    if (named.length === 2) boundary = named[1]!.index;
    const line: Piece[] = [];
    const text: string[] = [];
    const at: number[] = [];
    for (const m of raw.matchAll(/\S+/g)) {
      const word = normHeaderWord(m[0]);
      const term = lookupWord(word, family);
      const structural = term?.role === 'row_number' || term?.role === 'name' || halfNames.includes(word);
      if (term?.role === 'row_number') rowNumbers++;
      else if (term?.role === 'name') labels++;
      if (structural && text.length > 0 && text[text.length - 1] !== BREAK) {
        text.push(BREAK);
        at.push(-1);
      }
      if (!structural && word !== '') {
        line.push({ text: word, start: m.index });
        text.push(word);
        at.push(m.index);
      }
    }
    if (line.length > 0) {
      pieces.push(line);
      texts.push(text);
      starts.push(at);
    }
  }
  if (labels !== names.length || (rowNumbers !== 0 && rowNumbers !== names.length)) return null;
  const vocab = valueWords(family);
  let how: HeaderReading = 'stacks';
  let words = byStacks(texts, counts, exact, vocab);
  if (!words) [how, words] = ['line-order', byLineOrder(texts, starts, counts, exact, vocab)];
  if (!words) [how, words] = ['pieces', byPiecesPerHalf(pieces.flat(), boundary, counts, exact, vocab)];
  if (!words) [how, words] = ['characters', byCharacters(pieces.flat(), counts[0]! + counts[1]!, vocab)];
  if (!words) return null;
  const halves = [
    { name: names[0]!, rowNumber: rowNumbers > 0, words: words.slice(0, counts[0]) },
    { name: names[1]!, rowNumber: rowNumbers > 0, words: words.slice(counts[0]) },
  ];
  return { halves, how };
}

/** The names read as stacks of pieces: the fewest columns the pieces spell, when they spell one set of names. */
function byStacks(lines: string[][], counts: readonly number[], exact: boolean, vocab: Vocab): string[] | null {
  const least = counts[0]! + counts[1]!;
  for (let n = least; n <= (exact ? least : least + 4); n++) {
    const found = spellings(lines, n, vocab);
    if (found.length > 1) return null;
    if (found.length === 1) return found[0]!;
  }
  return null;
}

/**
 * The names read by the order of the pieces on each line and their characters, for a header whose lines pdftotext
 * grouped otherwise than its columns (a piece of a name printed on the line under the next piece, `金预` under
 * `算财`): each piece goes to a column at or right of the line's piece before it, and every column's characters must
 * be exactly those of one word of the vocabulary. As many columns as the 栏次 row numbers, or the fewest that can be
 * so read, and only when one set of names reads so.
 */
function byLineOrder(lines: string[][], at: number[][], counts: readonly number[], exact: boolean, vocab: Vocab): string[] | null {
  // (only the words the header's characters can spell)
  const all = countChars(lines.flat().filter((p) => p !== BREAK).join(''));
  const shapes = [...vocab.words].map((w) => ({ w, counts: countChars(w) })).filter((x) => [...x.counts].every(([c, k]) => (all.get(c) ?? 0) >= k));
  const fits = (state: Map<string, number>, size: number) => shapes.some((x) => x.w.length >= size && [...state].every(([c, n]) => (x.counts.get(c) ?? 0) >= n));
  const least = counts[0]! + counts[1]!;
  for (let n = least; n <= (exact ? least : least + 4); n++) {
    const cols = Array.from({ length: n }, () => ({ counts: new Map<string, number>(), size: 0, centres: [] as number[] }));
    // each set of names read, with the least spread of its columns' pieces
    const found = new Map<string, { names: string[]; spread: number }>();
    let steps = 0;
    let ambiguous = false;
    const go = (li: number, ti: number, last: number): void => {
      if (ambiguous || found.size > MAX_SPELLINGS || ++steps > MAX_STEPS) return;
      if (li === lines.length) {
        const names = cols.map((c) => shapes.filter((x) => x.w.length === c.size && [...x.counts].every(([ch, k]) => c.counts.get(ch) === k)).map((x) => x.w));
        if (names.some((m) => m.length === 0)) return;
        if (names.some((m) => m.length > 1)) ambiguous = true;
        const key = names.map((m) => m[0]!).join('|');
        // how far each piece stands from the middle of its column's pieces
        const spread = cols.reduce((t, c) => {
          const mid = (Math.max(...c.centres) + Math.min(...c.centres)) / 2;
          return t + c.centres.reduce((u, x) => u + Math.abs(x - mid), 0);
        }, 0);
        const was = found.get(key);
        if (!was || spread < was.spread) found.set(key, { names: names.map((m) => m[0]!), spread });
        return;
      }
      const line = lines[li]!;
      if (ti === line.length) return go(li + 1, 0, 0);
      const piece = line[ti]!;
      if (piece === BREAK) return go(li, ti + 1, last + 1);
      for (let c = last; c < n; c++) {
        const col = cols[c]!;
        for (const ch of piece) col.counts.set(ch, (col.counts.get(ch) ?? 0) + 1);
        col.size += piece.length;
        col.centres.push(at[li]![ti]! + piece.length / 2);
        if (fits(col.counts, col.size)) go(li, ti + 1, c);
        col.centres.pop();
        for (const ch of piece) col.counts.set(ch, col.counts.get(ch)! - 1);
        for (const ch of piece) if (col.counts.get(ch) === 0) col.counts.delete(ch);
        col.size -= piece.length;
      }
    };
    go(0, 0, 0);
    if (steps > MAX_STEPS || ambiguous || found.size > MAX_SPELLINGS) return null;
    if (found.size === 0) continue;
    // two sets of names read so (`拨款` under both 一般公共 and 政府): the one whose columns' pieces (their middles)
    // stand closest together, when only one is closest. A stated rule, not a loose match: both sets are exact (every
    // character used once, every name a word); they differ only in which column a shared piece (`拨款`, `预算`) goes
    // to, and a piece belongs to the cell it is printed in, whose other pieces stand around it: pdftotext moves a
    // line's pieces along the line but keeps a cell's lines over one another, so the set that puts every piece nearest
    // its column's other pieces is the one printed. Two sets equally near are ambiguous and not read (the header read
    // by position stands, its columns reported); the reading is reported with this rule (`header_read_by_characters`).
    // Measured on the benchmark's PDF path: every set chosen so was the printed one, even by a quarter column.
    const read = [...found.values()].sort((a, b) => a.spread - b.spread);
    if (read.length > 1 && read[1]!.spread === read[0]!.spread) return null;
    return read[0]!.names;
  }
  return null;
}

/**
 * The names read by their characters alone, for a header whose lines pdftotext grouped otherwise than its columns
 * (a piece of a name printed on the line under the next piece): `k` words of the vocabulary that use every character
 * of the pieces once, each placed where its own characters (no other of the words has them) stand, left to right.
 * Two sets of words spell the same characters (`一般公共预算拨款` + `政府性基金预算` or `一般公共预算` +
 * `政府性基金预算拨款`): the set whose words each stand together (the least spread of their own characters) is read,
 * when only one is least.
 */
function byCharacters(pieces: Piece[], k: number, vocab: Vocab): string[] | null {
  const chars = pieces.flatMap((p) => [...p.text].map((ch, i) => ({ ch, pos: p.start + i })));
  const covers = characterCovers(
    countChars(chars.map((c) => c.ch)),
    [...vocab.words].sort().map((w) => [w]),
    { count: k, repeat: true, limit: MAX_SPELLINGS },
  );
  if (covers.length === 0 || covers.length > MAX_SPELLINGS) return null;
  const read = covers.map((c) => ownPlaces(c.map((p) => p.word), chars)).filter((r) => r !== null);
  if (read.length === 0) return null;
  // (the rule of `byLineOrder`: the characters a word alone has stand in its cell, so the set whose words' own
  // characters each stand together is the one printed; two sets equally spread are ambiguous and not read)
  read.sort((a, b) => a.spread - b.spread);
  if (read.length > 1 && read[1]!.spread === read[0]!.spread) return null;
  return inPrintedOrder(read[0]!.placed).map((p) => p.w);
}

/**
 * Words placed by their own characters, two of which stand at one place by position (the columns their own characters
 * run over overlap: `政府性`/`基金` at 63–65 and `一般公共` at 64–67, a cell of three lines drawn at its neighbour's
 * place), put in the order a 财政拨款 table prints them in (合计, 一般公共预算, 政府性基金, 国有资本经营), when both
 * have one; words standing apart keep the order of their places.
 */
function inPrintedOrder<T extends { w: string; from: number; to: number }>(placed: readonly T[]): T[] {
  const out = [...placed];
  for (let moved = true; moved; ) {
    moved = false;
    for (let k = 1; k < out.length; k++) {
      const [a, b] = [out[k - 1]!, out[k]!];
      const [ra, rb] = [rankOf(a.w), rankOf(b.w)];
      if (ra === null || rb === null || ra <= rb || a.from > b.to || b.from > a.to) continue;
      [out[k - 1], out[k]] = [b, a];
      moved = true;
    }
  }
  return out;
}

const MAX_SPELLINGS = 8;

/**
 * How far a column's pieces (their middles) stand from the middle of them all (their median: the place nearest to
 * them all together, so one piece standing off does not move it), summed.
 */
function spreadOf(centres: readonly number[]): number {
  const sorted = [...centres].sort((a, b) => a - b);
  const mid = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return centres.reduce((u, x) => u + Math.abs(x - mid), 0);
}

/** The order a 财政拨款 table prints its spending columns in: 合计, then the funds (one rank per fund). */
export function rankOf(word: string): number | null {
  if (lookupWord(word)?.key === 'total') return 0;
  const fund = fundOf(word);
  return fund === null ? null : 1 + FUND_KEYS.indexOf(fund);
}

/**
 * The names read by the pieces of each half, for a header whose pieces pdftotext wrote on other lines than their
 * cells' (`金预` after `经营` on the line above its column's `算财`), and two of whose cells it ran together
 * (`经营金预`, `资本性基`): the halves part where the right half's label (项目) stands; see `byPieces`.
 */
function byPiecesPerHalf(pieces: readonly Piece[], boundary: number, counts: readonly number[], exact: boolean, vocab: Vocab): string[] | null {
  if (boundary < 0) return null;
  const left = byPieces(pieces.filter((p) => p.start < boundary), counts[0]!, exact, vocab);
  const right = left && byPieces(pieces.filter((p) => p.start >= boundary), counts[1]!, exact, vocab);
  return left && right ? [...left, ...right] : null;
}

/**
 * The names of one half read by its pieces, whatever line each stands on: a piece in no word is cut into two or
 * three parts that each are in one (two cells run together); every part goes to one column, and every column's
 * characters must be exactly those of one word of the vocabulary. When several sets of names read so (`拨款` under
 * 一般公共预算 or under 政府性基金预算), the one whose columns' pieces stand closest together (the rule of
 * `byLineOrder`), when only one is closest. The columns stand in the order of the pieces holding their names' first
 * characters (`一般公`, `政府`, `国有`, `合计`), which must agree with the order a 财政拨款 table prints them in
 * (合计, 一般公共预算, 政府性基金, 国有资本经营; two first pieces at one place are told apart by it); a name
 * outside that order must stand apart from the others. As many columns as the 栏次 row numbers, or the fewest that
 * can be so read; else null.
 */
function byPieces(pieces: readonly Piece[], least: number, exact: boolean, vocab: Vocab): string[] | null {
  const all = countChars(pieces.map((p) => p.text).join(''));
  const shapes = [...vocab.words].map((w) => ({ w, counts: countChars(w) })).filter((x) => [...x.counts].every(([c, k]) => (all.get(c) ?? 0) >= k));
  const inWord = (t: string) => shapes.some((x) => x.w.includes(t));
  const ways: Piece[][][] = [];
  for (const p of pieces) {
    const cut: Piece[][] = [];
    const walk = (from: number, parts: Piece[]) => {
      if (from === p.text.length) return void cut.push(parts);
      if (parts.length === 3) return;
      for (let k = p.text.length; k > from; k--) {
        const bit = p.text.slice(from, k);
        if (inWord(bit)) walk(k, [...parts, { text: bit, start: p.start + from }]);
      }
    };
    if (inWord(p.text)) cut.push([p]);
    else walk(0, []);
    if (cut.length === 0) return null;
    ways.push(cut);
  }
  if (ways.reduce((a, w) => a * w.length, 1) > MAX_SPELLINGS) return null;
  const fits = (state: Map<string, number>, size: number) => shapes.some((x) => x.w.length >= size && [...state].every(([c, n]) => (x.counts.get(c) ?? 0) >= n));
  let parts: Piece[][] = [[]];
  for (const w of ways) parts = parts.flatMap((ps) => w.map((c) => [...ps, ...c]));
  for (let n = least; n <= (exact ? least : least + 4); n++) {
    const found = new Map<string, { names: string[]; spread: number; at: number[] }>();
    let steps = 0;
    let ambiguous = false;
    for (const list of parts) {
      const cols: { counts: Map<string, number>; size: number; parts: Piece[] }[] = [];
      const go = (i: number): void => {
        if (ambiguous || ++steps > MAX_STEPS) return;
        if (i === list.length) {
          if (cols.length !== n) return;
          const names = cols.map((c) => shapes.filter((x) => x.w.length === c.size && [...x.counts].every(([ch, k]) => c.counts.get(ch) === k)).map((x) => x.w));
          if (names.some((m) => m.length === 0)) return;
          if (names.some((m) => m.length > 1)) return void (ambiguous = true);
          // each column's first piece: the one holding its name's first character
          const at = cols.map((c, k) => c.parts.find((p) => p.text.startsWith(names[k]![0]![0]!))?.start ?? NaN);
          const spread = cols.reduce((t, c) => t + spreadOf(c.parts.map((p) => p.start + p.text.length / 2)), 0);
          const key = names.map((m) => m[0]!).sort().join('|');
          const was = found.get(key);
          if (!was || spread < was.spread) found.set(key, { names: names.map((m) => m[0]!), spread, at });
          return;
        }
        const p = list[i]!;
        // a part goes to a column already opened or opens the next one (columns are told apart later, by place)
        for (let c = 0; c <= Math.min(cols.length, n - 1); c++) {
          if (c === cols.length) cols.push({ counts: new Map(), size: 0, parts: [] });
          const col = cols[c]!;
          for (const ch of p.text) col.counts.set(ch, (col.counts.get(ch) ?? 0) + 1);
          col.size += p.text.length;
          col.parts.push(p);
          if (fits(col.counts, col.size)) go(i + 1);
          col.parts.pop();
          for (const ch of p.text) col.counts.set(ch, col.counts.get(ch)! - 1);
          for (const ch of p.text) if (col.counts.get(ch) === 0) col.counts.delete(ch);
          col.size -= p.text.length;
          if (col.size === 0) cols.pop();
        }
      };
      go(0);
    }
    if (steps > MAX_STEPS || ambiguous) return null;
    if (found.size === 0) continue;
    const read = [...found.values()].sort((a, b) => a.spread - b.spread);
    if (read.length > 1 && read[1]!.spread === read[0]!.spread) return null;
    return ordered(read[0]!.names, read[0]!.at);
  }
  return null;
}

/**
 * Names put in the order of their first pieces' places; null when a place is unknown, when two names at one place
 * have no printed order between them, or when the places go against that order (合计, then the funds).
 */
function ordered(names: readonly string[], at: readonly number[]): string[] | null {
  if (at.some((x) => Number.isNaN(x))) return null;
  const ranks = names.map(rankOf);
  const idx = names.map((_, k) => k).sort((a, b) => at[a]! - at[b]! || (ranks[a] ?? NaN) - (ranks[b] ?? NaN));
  for (let k = 1; k < idx.length; k++) {
    const [a, b] = [idx[k - 1]!, idx[k]!];
    if (at[a] === at[b] && (ranks[a] === null || ranks[b] === null)) return null;
  }
  // every two names of the printed order stand in it (not only neighbours: a name outside it may stand between them)
  const inOrder = idx.filter((k) => ranks[k] !== null).map((k) => ranks[k]!);
  if (inOrder.some((r, k) => k > 0 && inOrder[k - 1]! > r)) return null;
  return idx.map((k) => names[k]!);
}

/** The flattened labels and the halves' columns of a header read by characters (label, 行次, figures per half). */
export function layoutOf(halves: readonly HalfWords[]): { labels: string[]; halves: (Half & { name: string })[] } {
  const labels: string[] = [];
  const out: (Half & { name: string })[] = [];
  for (const h of halves) {
    const labelIdx = labels.push(`${h.name}/项目`) - 1;
    const numberIdx = h.rowNumber ? [labels.push(`${h.name}/行次`) - 1] : [];
    const valueIdx = h.words.map((w) => labels.push(`${h.name}/${w}`) - 1);
    out.push({ name: h.name, labelIdx, numberIdx, valueIdx });
  }
  return { labels, halves: out };
}
