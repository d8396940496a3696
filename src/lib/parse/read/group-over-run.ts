/**
 * A group word printed whole over the run of columns it heads, read by order into one column's word. A 部门收入总表
 * prints `本年收入` once over its 合计 and the funds after it (`合计 | 一般公共预算 | 事业收入 | 其他收入`); where
 * pdftotext packs the line of leaves one space apart (`总计 合计 一般公共 事业收 其他收 上年结`), a reading in order can
 * join the group word to the 合计 under it (`本年收入合计`, a word of the vocabulary), the funds left with no group —
 * column by column the same meanings as the stack reading the group over the run (`header-stack.ts`), so totals
 * cannot tell them apart. Where the group word stands can: a line not packed keeps its word where it prints, and a
 * group word centred over the run's figures, off the one column's, heads the run. Pure.
 */
import { isTotalWord, normHeaderWord } from '../tables/vocabulary.ts';
import { groupOf } from './header-groups.ts';
import type { Fragment } from './header-words.ts';
import type { Column } from './positioned.ts';

/**
 * Whether the stack's reading (`stack`, one path per figure column) heads a run of two columns or more with a group
 * word that `read` joins into the first column's word instead, the group word printed whole as one piece of the
 * header (`fragments`) with its centre over the run's figures (`amounts`, one per column) and not over the first
 * column's: the stack's reading then stands.
 */
export function groupOverRun(read: readonly string[][], stack: readonly string[][], fragments: readonly Fragment[], amounts: readonly Column[]): boolean {
  if (read.length !== stack.length || stack.length !== amounts.length) return false;
  const first = stack.findIndex((p) => p.length > 1);
  if (first < 0) return false;
  const group = stack[first]![0]!;
  let last = first;
  while (last + 1 < stack.length && stack[last + 1]!.length > 1 && stack[last + 1]![0] === group) last++;
  if (last === first || stack.some((p, k) => (k < first || k > last) && p.includes(group))) return false;
  // (the reading in order: the group word only inside the first column's word, none over the others of the run)
  const joined = read[first]!.map(normHeaderWord).join('');
  if (!joined.startsWith(group) || joined === group || read.some((p, k) => k !== first && p.some((w) => normHeaderWord(w).includes(group)))) return false;
  const pieces = fragments.filter((f) => normHeaderWord(f.part.text) === group);
  if (pieces.length !== 1) return false;
  const centre = (pieces[0]!.part.start + pieces[0]!.part.end) / 2;
  const own = amounts[first]!;
  return centre >= amounts[first]!.start && centre <= amounts[last]!.end && (centre < own.start || centre > own.end);
}

/**
 * Whether a reading puts a group word over one column alone that is no total of it (`本年支出` over `项目支出` only,
 * beside a bare `合计`: the in-order reading of `本年支出` wrapped over `合计`, its group taken by the next word on its
 * line). A group heads its total and parts, or two parts at least: such a reading gives way to the stack's reading the
 * same meanings without it (`本年支出合计` | … | `项目支出`).
 */
export function loneGroup(paths: readonly string[][]): boolean {
  return paths.some((p) => p.length > 1 && groupOf(p[0]!)?.kind === 'parts' && !isTotalWord(p[p.length - 1]!) && paths.filter((q) => q[0] === p[0]).length === 1);
}
