import { add, parseDecimal, ZERO, type Decimal } from '../decimal.ts';
import type { Cell, Row } from '../model/table.ts';
import type { SourceTotals } from './rule.ts';

/**
 * Each meaning's total summed from the source table's lines (a blank line counts as nothing received). `lineOf`
 * names a row's line (the vocabulary key it prints) and the meaning it adds to, or nothing for a row that is none of
 * them; `cellsOf` its amount cells. A meaning one of whose lines is printed twice, or printed with no single amount
 * cell, has no total: it is left out. So is a meaning whose line the reader left whole, its label running on into its
 * figures (`一、一般公共预算财政拨款收入    1    2,182.74    一、一般公共服务支出 …` as one name): the line is named by
 * its label, its figures unread.
 */
export function totalsByLine(
  rows: readonly Row[],
  lineOf: (row: Row) => { line: string; meaning: string } | undefined,
  cellsOf: (row: Row) => readonly Cell[],
): SourceTotals {
  const totals = new Map<string, Decimal>();
  const seen = new Map<string, { meaning: string; n: number }>();
  const unreadable = new Set<string>();
  for (const row of rows) {
    const label = labelOf(row.name);
    const of = lineOf(label === row.name ? row : { ...row, name: label });
    if (!of) continue;
    seen.set(of.line, { meaning: of.meaning, n: (seen.get(of.line)?.n ?? 0) + 1 });
    const cells = cellsOf(row);
    const value = label !== row.name || cells.length !== 1 ? null : cells[0]!.value === null ? ZERO : parseDecimal(cells[0]!.value);
    if (value === null) {
      unreadable.add(of.meaning);
      continue;
    }
    totals.set(of.meaning, add(totals.get(of.meaning) ?? ZERO, value));
  }
  for (const { meaning, n } of seen.values()) if (n > 1) unreadable.add(meaning);
  for (const m of unreadable) totals.delete(m);
  return totals;
}

/** A row name's label: the words before a run of spaces that goes on to a figure (the rest of a line left whole). */
function labelOf(name: string): string {
  const run = /\s{2,}(?=\S*\d)/.exec(name);
  return run ? name.slice(0, run.index) : name;
}
