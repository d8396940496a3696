/**
 * A header read with a block word (预算数, 决算数) as a column of its own while other value columns read the same words
 * twice (the horizontal 三公 table, 预算数 and 决算数 each over 合计 | 因公出国（境）费 | …, its words scattered so that
 * the block words fell among the columns): a block word heads the columns of one measure and is never a column's own
 * word, and two columns of one name are no table's, so the columns read are not the table's and its rows' figures are
 * reported, not read (`blockWordAsColumn`: a table of figures only, `blockWordRow`). Pure.
 */
import type { Problem } from '../../model/document.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import { lookupWord } from '../tables/vocabulary.ts';
import { groupOf } from './header-groups.ts';
import { isAmountText, type ColumnModel, type Positioned } from './columns.ts';
import { wordsOver } from './header-cover.ts';

/** True when, over rows of figures only, a value column's whole header is one block word and two other columns read
 * one path ending in another value word. */
export function blockWordAsColumn(model: ColumnModel, rows: readonly (readonly Positioned[])[]): boolean {
  if (rows.length === 0 || !rows.every((parts) => parts.length > 0 && parts.every((p) => isAmountText(p.text)))) return false;
  const values = model.columns.flatMap((c, j) => (c.kind === 'text' ? [] : [j]));
  const paths = values.map((j) => wordsOver(model, j));
  const blockAlone = (p: string[]) => p.length === 1 && groupOf(p[0]!)?.kind === 'block';
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
