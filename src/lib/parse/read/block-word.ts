/**
 * A block word (预算数, 决算数: a word heading the columns of one measure or stage, never a column's own word) read by
 * position as a value column of its own. Two readings follow from it:
 * - beside the parts it heads, printed on a line below it (`决算数` over `小计 基本支出 项目支出`), the header names one
 *   column more than any row fills and every row's figures fall one column off from the block word on: the block word
 *   is put over the run of part columns beside it, its column given to its neighbour, when the columns then are as
 *   many as the most figures a row prints (and as the 栏次 row numbers, when one is printed) (`blockWordOverParts`);
 * - among columns reading one path twice (the horizontal 三公 table, 预算数 and 决算数 each over 合计 | 因公出国（境）费 |
 *   …, its words scattered so that the block words fell among the columns): two columns of one name are no table's,
 *   so the columns read are not the table's and its rows' figures are reported, not read (`blockWordAsColumn`: a
 *   table of figures only, `blockWordRow`).
 * Pure.
 */
import type { Problem } from '../../model/document.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import { lookupWord } from '../tables/vocabulary.ts';
import { groupOf, isStageBlock } from './header-groups.ts';
import { wordsOver } from './header-cover.ts';
import { isAmountText, trailingFigures, type ColumnModel, type Positioned, type PositionedLine } from './columns.ts';

/** True for a column's header path that is one block word alone. */
const blockAlone = (path: readonly string[]) => path.length === 1 && groupOf(path[0]!)?.kind === 'block';

/** The header piece printing most of the start of `word` (two characters at least; the first of equals), with its
 * line (index); null when none. */
function firstPieceOf(header: readonly PositionedLine[], word: string): { line: number; part: Positioned } | null {
  let best: { line: number; part: Positioned } | null = null;
  for (const [line, l] of header.entries())
    for (const part of l.parts)
      if (part.text.length >= 2 && word.startsWith(part.text) && (best === null || part.text.length > best.part.text.length)) best = { line, part };
  return best;
}

/**
 * `model` with a block word heading a value column alone put over the part columns beside it (each headed by one value
 * word, no block word, printed on a lower header line than the block word), its column joined to its right neighbour
 * (else its left one); null when no block word stands so, or the columns then are not as many as the most figures a
 * row of `data` prints, or as the numbers of the 栏次 row (`columnNumbers`, when printed).
 */
export function blockWordOverParts(header: readonly PositionedLine[], model: ColumnModel, data: readonly PositionedLine[], columnNumbers: readonly Positioned[] = []): ColumnModel | null {
  const kinds = model.columns.map((c) => c.kind);
  const labels = kinds.lastIndexOf('text') + 1;
  if (labels === 0 || labels === kinds.length || kinds.slice(0, labels).some((k) => k !== 'text')) return null;
  const values = model.columns.length - labels;
  // (a row's 行次, a number standing in the label columns, is no figure)
  const labelEnd = model.columns[labels - 1]!.end;
  const most = Math.max(0, ...data.map((l) => trailingFigures(l.parts).filter((p) => p.end > labelEnd).length));
  if (most < 2 || values !== most + 1) return null;
  if (columnNumbers.length > 0 && columnNumbers.length !== most) return null;
  const paths = model.columns.map((_, j) => (j < labels ? [] : wordsOver(model, j)));
  const blocks = paths.flatMap((p, j) => (blockAlone(p) && isStageBlock(p[0]!) ? [j] : []));
  // (a part: one value word of no stage, printed on a line below the block word)
  const isPart = (j: number, line: number) => {
    const p = paths[j]!;
    return j >= labels && p.length === 1 && lookupWord(p[0]!)?.role === 'value' && !isStageBlock(p[0]!) && (firstPieceOf(header, p[0]!)?.line ?? -1) > line;
  };
  for (const b of blocks) {
    const at = firstPieceOf(header, paths[b]![0]!);
    if (at === null) continue;
    const line = at.line;
    let lo = b;
    while (lo - 1 >= labels && isPart(lo - 1, line)) lo--;
    let hi = b;
    while (hi + 1 < kinds.length && isPart(hi + 1, line)) hi++;
    // (its parts: two at least beside it, the block word printed over them)
    if (hi - lo < 2) continue;
    const parts = paths.slice(lo, hi + 1).flatMap((p, k) => (lo + k === b ? [] : [firstPieceOf(header, p[0]!)!.part]));
    if (at.part.end <= Math.min(...parts.map((p) => p.start)) || at.part.start >= Math.max(...parts.map((p) => p.end))) continue;
    const into = hi > b ? b + 1 : b - 1;
    const columns = model.columns.map((c, j) => (j === into ? { start: Math.min(c.start, model.columns[b]!.start), end: Math.max(c.end, model.columns[b]!.end), kind: 'amount' as const } : c));
    const block = paths[b]![0]!;
    const keep = (j: number) => j !== b;
    const under = (j: number) => j >= lo && j <= hi && j !== b;
    // (the block word on the top line over its parts, their words on the last line; a one-line header gets a line)
    const rows = model.header.length >= 2 ? model.header.map((r) => [...r]) : [model.columns.map(() => ''), ...model.header.map((r) => [...r])];
    const header2 = rows.map((r, i) => model.columns.map((_, j) => (!under(j) ? (r[j] ?? '') : i === 0 ? block : i === rows.length - 1 ? paths[j]![0]! : '')));
    return { ...model, columns: columns.filter((_, j) => keep(j)), header: header2.map((r) => r.filter((_, j) => keep(j))) };
  }
  return null;
}

/** True when, over rows of figures only, a value column's whole header is one block word and two other columns read
 * one path ending in another value word. */
export function blockWordAsColumn(model: ColumnModel, rows: readonly (readonly Positioned[])[]): boolean {
  if (rows.length === 0 || !rows.every((parts) => parts.length > 0 && parts.every((p) => isAmountText(p.text)))) return false;
  const values = model.columns.flatMap((c, j) => (c.kind === 'text' ? [] : [j]));
  const paths = values.map((j) => wordsOver(model, j));
  if (!paths.some(blockAlone)) return false;
  // (a block word heading two sections side by side, 科目名称 | 决算数 twice, is a column twice and no misreading)
  const seen = new Set<string>();
  for (const p of paths) {
    if (p.length === 0 || blockAlone(p) || lookupWord(p[p.length - 1]!)?.role !== 'value') continue;
    const key = p.join('/');
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** The report of a row whose figures are not read: a block word was read as a column among columns read twice. */
export function blockWordRow(src: SourceLine): Problem {
  return {
    severity: 'warning',
    line: src.n,
    message: '表头的分组词（如「预算数」「决算数」）被读成单独一列，且有两列同名：列位置不可信，本行数值未读',
    raw: excerpt(src.raw),
    code: 'spaced_block_word_column',
  };
}
