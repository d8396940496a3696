import type { Table } from '../model/table.ts';
import { familyOf, mapHeader } from '../parse/tables/vocabulary.ts';
import { columnIndexes } from './refused-columns.ts';
import type { SettleRule } from './rule.ts';

/**
 * A table printing, beside its total column, the subtotal of a group of its meanings (`总计 | 本年收入/合计 |
 * 本年收入/一般公共预算 … | 上年结转结余`): the subtotal column set apart, so that the rest is settled by the rule's
 * identity (总计 = the sum of the others), each column under the group taking the meaning it names (`本年收入/其他收入`
 * is 其他收入); `restore` puts the subtotal column back, as read, into the table so settled. Null when the table prints
 * no such column (or more than one), or does not print it right after its total column.
 */
export function apartFromSubtotal(table: Table, rule: SettleRule): { table: Table; restore: (settled: Table) => Table } | null {
  if (!rule.beyond || rule.beyond.length === 0) return null;
  const meanings = mapHeader(table.columns, familyOf(table.kind));
  const isSubtotal = (key: string | null) => key !== null && rule.beyond!.some((b) => key === b || key === `${b}/${rule.meanings[0]!.key}`);
  const at = meanings.flatMap((m, j) => (isSubtotal(m.key) ? [j] : []));
  if (at.length !== 1 || at[0] !== 1 || meanings[0]!.key !== rule.meanings[0]!.key) return null;
  const label = table.columns[1]!;
  const held = table.rows.map((r) => {
    const js = columnIndexes(table.columns, r);
    return r.cells.find((_, k) => js[k] === 1);
  });
  const apart: Table = {
    ...table,
    columns: table.columns.filter((_, j) => j !== 1),
    rows: table.rows.map((r) => {
      const js = columnIndexes(table.columns, r);
      return { ...r, cells: r.cells.filter((_, k) => js[k] !== 1) };
    }),
  };
  const restore = (settled: Table): Table => ({
    ...settled,
    columns: [settled.columns[0]!, label, ...settled.columns.slice(1)],
    rows: settled.rows.map((r, i) => {
      const cell = held[i];
      if (!cell) return r;
      const js = columnIndexes(settled.columns, r);
      const k = js.findIndex((j) => j === undefined || j >= 1);
      const cells = [...r.cells];
      cells.splice(k < 0 ? cells.length : k, 0, cell);
      return { ...r, cells };
    }),
  });
  return { table: apart, restore };
}

/** A column's meaning under a group the rule sets apart (`income_total/other_income`) as the rule reads it (`other_income`;
 * `income_total/general_budget` its alias, `fiscal_grant`). */
export function groupedMeaning(key: string | null, rule: SettleRule): string | null {
  if (key === null) return null;
  const b = rule.beyond?.find((x) => key.startsWith(`${x}/`));
  const own = b === undefined ? key : key.slice(b.length + 1);
  return rule.aliases?.[own] ?? own;
}
