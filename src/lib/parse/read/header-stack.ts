/**
 * A squeezed header stack read as one monotone assignment of its pieces to the figure columns. Where `pdftotext
 * -layout` squeezes a header of narrow cells, the words of neighbouring columns interleave over up to four lines, often
 * one space apart, so positions cannot tell which piece heads which column. By meaning they can: on each header line
 * the pieces stand in column order (left to right), each column's label is the top-to-bottom concatenation of the
 * pieces it takes, and every label is a value word of the vocabulary. So column k takes, on every line, the next run of
 * pieces left by columns 1 … k−1; the search walks the columns left to right over these runs (the vocabulary's
 * prefixes prune it) and keeps every reading that uses each piece once and heads exactly `n` columns (the figures of
 * the full rows, or the 栏次 numbers). A header is read so only when the readings agree on one label per column.
 *
 * pdftotext may also write the lines of a cell centred in a taller header out of order (`收入` on the line above
 * `事业` when a two-line cell stands beside a three-line one): only when no reading takes the pieces top to bottom is a
 * label taken from its pieces in any order, and then, too, only when one reading remains.
 */
import { VOCABULARY, lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import { belongsTo, groupOf, isStageBlock } from './header-groups.ts';
import { normChars } from '../../text/clean.ts';
import type { Fragment } from './piece.ts';

const VALUE_WORDS: readonly string[] = [...new Set(VOCABULARY.filter((t) => t.role === 'value').flatMap((t) => t.words.map(normHeaderWord)))];

const PREFIXES: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const w of VALUE_WORDS) for (let k = 1; k <= w.length; k++) s.add(w.slice(0, k));
  return s;
})();

/** The sorted characters of every value word, for a label whose pieces may stand in any order. */
const SORTED_WORDS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const w of VALUE_WORDS) m.set([...w].sort().join(''), w);
  return m;
})();

/** Steps of the search at most: a header of text no table prints stops early. */
const MAX_STEPS = 200_000;

const norm = (t: string) => normChars(t).replace(/\s+/g, '');
const isFigure = (t: string) => /^[\d.,\-]+$/.test(t);

/** Value words containing a piece (by the piece's text). */
const CONTAINING = new Map<string, readonly string[]>();
function containing(piece: string): readonly string[] {
  let hit = CONTAINING.get(piece);
  if (!hit) CONTAINING.set(piece, (hit = VALUE_WORDS.filter((w) => w.includes(normHeaderWord(piece)))));
  return hit;
}

/** A label column's word (科目名称, 栏次) that is part of no value word: drawn over the figures by a narrow label
 * column, it heads none of them. */
const isLabelWord = (text: string) => containing(text).length === 0 && ['code', 'name', 'row_number'].includes(lookupWord(text)?.role ?? '');

/** The label a column's pieces make (top to bottom, or in any order when `loose`), or null. */
function labelOf(texts: readonly string[], loose: boolean): string | null {
  const joined = texts.join('');
  if (lookupWord(joined)?.role === 'value') return normHeaderWord(joined);
  if (!loose || texts.length < 2) return null;
  return SORTED_WORDS.get([...normHeaderWord(joined)].sort().join('')) ?? null;
}

/** Whether pieces taken so far may still make a label: a prefix of a word (top to bottom), or each piece within one
 * word long enough for them all (any order). */
function mayGrow(texts: readonly string[], loose: boolean): boolean {
  const joined = texts.join('');
  if (!loose) return PREFIXES.has(normHeaderWord(joined));
  const len = normHeaderWord(joined).length;
  let words = containing(texts[0]!);
  for (const t of texts.slice(1)) {
    const other = new Set(containing(t));
    words = words.filter((w) => other.has(w));
  }
  return words.some((w) => w.length >= len);
}

interface Piece {
  text: string;
  start: number;
}

/** A reading: each column's label and its pieces' starts. */
interface Reading {
  labels: string[];
  cost: number;
}

/** How far a reading's columns stand from one column each, first by the pieces of a column standing right of pieces of
 * a later column (each such pair; a squeezed line draws its pieces left alike, so order tells more than distance), then
 * by the spread of each column's pieces (positions only break ties between readings the vocabulary allows). */
function positionCost(columns: readonly Piece[][]): number {
  let crossed = 0;
  for (let a = 0; a < columns.length; a++)
    for (let b = a + 1; b < columns.length; b++) for (const p of columns[a]!) for (const q of columns[b]!) if (p.start > q.start) crossed++;
  let spread = 0;
  for (const c of columns) spread += Math.max(...c.map((p) => p.start)) - Math.min(...c.map((p) => p.start));
  return crossed * SPREAD_LIMIT + spread;
}

/** More than any header's spread of pieces: one crossed pair weighs more than every spread. */
const SPREAD_LIMIT = 10_000;

/**
 * The labels of `n` figure columns read from the header's pieces as one monotone assignment (see above), each a path
 * (`[word]`, or `[group, word]` under a group word), or null when no reading uses every piece once and is `confirmed`
 * (by the caller's figures), or two readings with different labels stand as near their columns. A group word printed
 * whole over its parts (`其中：基本支出` over `小计 | 人员经费 | 公用经费`) is read when no flat reading is: the other
 * pieces read as a stack, the group heads the run of columns that starts at its subtotal and continues with its parts;
 * so too when the flat reading crosses pieces and the one group reading crosses fewer (`fewerCrossings`). Of several words that may head groups printed whole (`本年支出合计`, `其中：基本支出`), each is read so in turn, the
 * others column words of their own: the one reading `confirmed` is taken, readings that differ none.
 */
export function readStack(fragments: readonly Fragment[], n: number, confirmed: (paths: readonly string[][]) => boolean): string[][] | null {
  const rows = [...new Set(fragments.map((f) => f.row))].sort((a, b) => a - b);
  const kept = fragments.filter((f) => !isFigure(f.part.text) && !isLabelWord(f.part.text));
  const linesOf = (fs: readonly Fragment[]) =>
    rows
      .map((r) =>
        fs
          .filter((f) => f.row === r)
          .sort((a, b) => a.part.start - b.part.start)
          .map((f) => ({ text: norm(f.part.text), start: f.part.start })),
      )
      .filter((l) => l.length > 0);
  if (n < 2 || kept.length < n) return null;
  const flat = bestOfLines(linesOf(kept), n, (labels) => labels.map((w) => [w]), confirmed);
  const groups = kept.filter((f) => groupOf(f.part.text)?.kind === 'parts');
  const grouped = () => groups.map((g) => bestOfLines(linesOf(kept.filter((f) => f !== g)), n, underGroup(g.part.text), confirmed));
  // (a flat reading that crosses pieces over other columns' gives way to the one group reading crossing fewer:
  // `其中：基本支出` over `小计 | 人员经费 | 公用经费`, never a column of its own right of them, its parts' 小计 under
  // `项目支出` drawn far right)
  if (flat !== undefined && flat !== null && crossings(flat.cost) > 0) {
    const fewer = fewerCrossings(grouped(), crossings(flat.cost));
    return fewer ?? flat.paths;
  }
  if (flat !== undefined) return flat?.paths ?? null;
  const readings = grouped().map((r) => (r === null || r === undefined ? r : r.paths));
  const found = readings.filter((r): r is string[][] => r !== null && r !== undefined);
  if (readings.some((r) => r === null)) return null;
  if (found.length === 0) return overStages(kept, groups, linesOf, n, confirmed);
  return found.every((r) => JSON.stringify(r) === JSON.stringify(found[0])) ? found[0]! : null;
}

/** How many pairs of pieces a reading's cost counts as crossed (a piece of a column right of a later column's). */
function crossings(cost: number): number {
  return Math.floor(cost / SPREAD_LIMIT);
}

/** The group readings' one reading crossing fewer pairs of pieces than `than` (every such reading the same), else
 * null: ties, and any group reading left undecided, keep the flat reading. */
function fewerCrossings(readings: readonly (Best | null | undefined)[], than: number): string[][] | null {
  if (readings.some((r) => r === null)) return null;
  const fewer = readings.filter((r): r is Best => r !== undefined && r !== null && crossings(r.cost) < than);
  if (fewer.length === 0) return null;
  return fewer.every((r) => JSON.stringify(r.paths) === JSON.stringify(fewer[0]!.paths)) ? fewer[0]!.paths : null;
}

/** A stage's block word (`决算数`) printed whole over the run of its columns (`小计 | 其中：基本支出 … | 项目支出`) after
 * the columns of other stages (`年初预算数 | 全年预算数`), read when no reading without it is: the other pieces read as
 * a stack (a group word printed whole too, each in turn), the block heading the run (`stageRun`); the one reading
 * confirmed, readings that differ none. */
function overStages(
  kept: readonly Fragment[],
  groups: readonly Fragment[],
  linesOf: (fs: readonly Fragment[]) => Piece[][],
  n: number,
  confirmed: (paths: readonly string[][]) => boolean,
): string[][] | null {
  const readings = kept
    .filter((b) => isStageBlock(b.part.text))
    .flatMap((b) =>
      [null, ...groups].map((g) => {
        const inner = g === null ? (labels: readonly string[]) => labels.map((w) => [w]) : underGroup(g.part.text);
        return readLines(linesOf(kept.filter((f) => f !== b && f !== g)), n, (labels) => overStage(b.part.text, inner(labels)), confirmed);
      }),
    );
  const found = readings.filter((r): r is string[][] => r !== null && r !== undefined);
  if (found.length === 0 || readings.some((r) => r === null)) return null;
  return found.every((r) => JSON.stringify(r) === JSON.stringify(found[0])) ? found[0]! : null;
}

/** The paths under the stage block word `text`: it heads the columns after those of other stages, two at least. */
function overStage(text: string, paths: string[][] | null): string[][] | null {
  if (paths === null) return null;
  const s = paths.findIndex((p) => !isStageBlock(p[0]!));
  const key = lookupWord(text)?.key;
  if (s < 0 || paths.length - s < 2 || paths.slice(s).some((p) => isStageBlock(p[0]!))) return null;
  if (paths.slice(0, s).some((p) => p.length > 1 || lookupWord(p[0]!)?.key === key)) return null;
  return paths.map((p, k) => (k < s ? p : [normHeaderWord(text), ...p]));
}

/** Where the run of columns under one stage block word starts (`决算数/小计 | 决算数/项目支出` after `年初预算数 |
 * 全年预算数`, each a column of its own), or -1: the run two columns at least, to the last column. */
export function stageRun(paths: readonly string[][]): number {
  const s = paths.findIndex((p) => p.length > 1 && isStageBlock(p[0]!));
  if (s < 0 || paths.length - s < 2) return -1;
  const block = paths[s]![0]!;
  if (paths.slice(s).some((p) => p.length < 2 || p[0] !== block)) return -1;
  return paths.slice(0, s).every((p) => p.length === 1 && isStageBlock(p[0]!) && lookupWord(p[0]!)?.key !== lookupWord(block)?.key) ? s : -1;
}

/** The paths of a stack's labels under the group word `text`: the group heads the run of columns from its subtotal on
 * (a 合计 or 小计 after the first column) through its parts, two columns at least; null when there is no such run or
 * more than one. */
function underGroup(text: string): (labels: readonly string[]) => string[][] | null {
  const group = groupOf(text)!;
  // (of several subtotals, the one its parts follow: `小计 | 小计 | 人员经费 | 公用经费`, the outer total first)
  return (labels) => {
    const runs = labels.flatMap((w, s) => {
      if (s === 0 || lookupWord(w)?.key !== 'total') return [];
      let e = s + 1;
      while (e < labels.length && lookupWord(labels[e]!)?.key !== 'total' && belongsTo(group, labels[e]!)) e++;
      return e - s < 2 ? [] : [[s, e] as const];
    });
    if (runs.length !== 1) return null;
    const [s, e] = runs[0]!;
    return labels.map((w, k) => (k >= s && k < e ? [normHeaderWord(text), w] : [w]));
  };
}

/** The one best confirmed reading of the lines (as paths), null when readings tie, undefined when none is confirmed. */
function readLines(lines: readonly Piece[][], n: number, paths: (labels: readonly string[]) => string[][] | null, confirmed: (paths: readonly string[][]) => boolean): string[][] | null | undefined {
  const best = bestOfLines(lines, n, paths, confirmed);
  return best === null || best === undefined ? best : best.paths;
}

/** A reading's paths and its cost by position (`positionCost`). */
interface Best {
  paths: string[][];
  cost: number;
}

/** `readLines` with the best reading's cost. */
function bestOfLines(lines: readonly Piece[][], n: number, paths: (labels: readonly string[]) => string[][] | null, confirmed: (paths: readonly string[][]) => boolean): Best | null | undefined {
  if (lines.length === 0) return undefined;
  for (const loose of [false, true]) {
    const searched = search(lines, n, loose);
    if (searched === undefined) return null;
    const found = searched.flatMap((r) => {
      const p = paths(r.labels);
      return p !== null && confirmed(p) ? [{ paths: p, cost: r.cost, key: JSON.stringify(p) }] : [];
    });
    if (found.length === 0) continue;
    const best = Math.min(...found.map((r) => r.cost));
    const winners = found.filter((r) => r.cost < best + 1);
    return winners.every((r) => r.key === winners[0]!.key) ? { paths: winners[0]!.paths, cost: best } : null;
  }
  return undefined;
}

/** Every reading of the lines' pieces onto `n` columns, or undefined when the search ran out of steps. */
export function search(lines: readonly Piece[][], n: number, loose: boolean): Reading[] | undefined {
  let steps = 0;
  const out: Reading[] = [];
  const columns: Piece[][] = [];
  const labels: string[] = [];
  const solve = (col: number, ptr: readonly number[]): void => {
    if (col === n) {
      if (ptr.every((p, i) => p === lines[i]!.length)) out.push({ labels: [...labels], cost: positionCost(columns) });
      return;
    }
    const left = ptr.reduce((a, p, i) => a + lines[i]!.length - p, 0);
    if (left < n - col) return;
    // column `col` takes, line by line, the next run of pieces on each line
    const take = (i: number, next: number[], taken: Piece[]) => {
      if (++steps > MAX_STEPS) return;
      if (i === lines.length) {
        if (taken.length === 0) return;
        const label = labelOf(taken.map((p) => p.text), loose);
        if (label === null) return;
        columns.push(taken);
        labels.push(label);
        solve(col + 1, next);
        columns.pop();
        labels.pop();
        return;
      }
      const line = lines[i]!;
      const here = [...taken];
      for (let k = ptr[i]!; ; k++) {
        take(i + 1, next.map((p, j) => (j === i ? k : p)), here);
        if (k === line.length) break;
        here.push(line[k]!);
        if (!mayGrow(here.map((p) => p.text), loose)) break;
      }
    };
    take(0, [...ptr], []);
  };
  solve(0, lines.map(() => 0));
  return steps > MAX_STEPS ? undefined : out;
}
