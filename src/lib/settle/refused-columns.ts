import type { Problem } from '../model/document.ts';
import type { Table } from '../model/table.ts';

/**
 * A table whose columns no reading settles while the source table contradicts them: the figures of the columns in
 * question (`columns`, by index) left unread rather than published under columns the source says they do not belong
 * to. Each such cell keeps its printed text and takes no value (not blank: a figure was printed, its column unknown);
 * the problem that said why no reading settles them is turned into a warning naming the columns left unread, with
 * the total row's line and text. Pure.
 */
export function withColumnsUnread(table: Table, columns: readonly number[], why: Problem, totalOnly = false): { table: Table; problem: Problem } {
  const unread = new Set(columns);
  let count = 0;
  const rows = table.rows.map((r) => {
    if (totalOnly && !r.is_total) return r;
    const at = columnIndexes(table.columns, r);
    const cells = r.cells.map((c, k) => {
      const j = at[k];
      if (j === undefined || !unread.has(j) || c.value === null) return c;
      count += 1;
      return { ...c, value: null, blank: false };
    });
    return { ...r, cells };
  });
  const names = columns.map((j) => `「${table.columns[j]}」`).join('');
  const problem: Problem = { ...why, severity: 'warning', code: 'columns_unread', message: `${why.message}；列${names}${totalOnly ? '合计行' : ''}的 ${count} 个数字未读入（所在列与对照表不符，列的含义无法核定）` };
  return { table: { ...table, rows }, problem };
}

/** For each of a row's cells, the index of its column: the n-th cell under a label is the n-th column printing it. */
export function columnIndexes(columns: readonly string[], row: Table['rows'][number]): (number | undefined)[] {
  const seen = new Map<string, number>();
  return row.cells.map((c) => {
    const n = seen.get(c.column) ?? 0;
    seen.set(c.column, n + 1);
    const j = columns.findIndex((label, i) => label === c.column && columns.slice(0, i).filter((l) => l === label).length === n);
    return j < 0 ? undefined : j;
  });
}
