import { add, parseDecimal, ZERO, type Decimal } from '../decimal.ts';
import type { Cell, Row } from '../model/table.ts';
import type { SourceTotals } from './rule.ts';

/**
 * Each meaning's total summed from the source table's lines (a blank line counts as nothing received). `lineOf`
 * names a row's line (the vocabulary key it prints) and the meaning it adds to, or nothing for a row that is none of
 * them; `cellsOf` its amount cells. A meaning one of whose lines is printed twice, or printed with no single amount
 * cell, has no total: it is left out.
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
    const of = lineOf(row);
    if (!of) continue;
    seen.set(of.line, { meaning: of.meaning, n: (seen.get(of.line)?.n ?? 0) + 1 });
    const cells = cellsOf(row);
    const value = cells.length !== 1 ? null : cells[0]!.value === null ? ZERO : parseDecimal(cells[0]!.value);
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
