/**
 * Tables of figures only whose header words are all of the vocabulary (the horizontal 三公 table): the columns placed
 * by the 栏次 numbers or by the figures, the words read onto them in order (`columnsFromNumbers`).
 */
import { lookupWord } from '../tables/vocabulary.ts';
import { belongsTo, groupOf, isHeaderWord } from './header-groups.ts';
import { joinBrokenWords } from './header-placing.ts';
import { centre, cluster, isAmountText, joinPieces, nearest, overlaps, spanOf, type Column, type ColumnModel, type Member, type Positioned, type PositionedLine } from './columns.ts';
import { countsFromOne } from './piece.ts';

const lookupKey = (word: string) => lookupWord(word)?.key;

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

/** Columns placed by the column numbers `1 … n`, one centred in each column; null when they are not `1 … n`. */
function numberedColumns(numbers: Positioned[], n: number, data: PositionedLine[]): Column[] | null {
  if (n < 3 || numbers.length !== n || !countsFromOne(numbers)) return null;
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
        const next = rows[rr]!.findIndex((q, j) => !used[rr]![j] && overlaps(q, rows[pr]![pi]!));
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
