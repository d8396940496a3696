import { abs, cmp, mulInt, sub, sum, toString, ZERO, type Decimal } from '../decimal.ts';

/** A table's figures by column: each row's printed values (null: blank), the total row first. */
export interface Figures {
  /** The undecided columns carrying figures, each with its value in every row (the total row's first). */
  open: readonly (Decimal | null)[][];
  /** The columns whose meaning the header settles, by meaning key, each with its value in every row. */
  known: ReadonlyMap<string, readonly (Decimal | null)[]>;
  rows: number;
  /** The rows holding a printed figure that is not a number (its value unknown): their totals cannot be checked. */
  unreadable?: ReadonlySet<number>;
  /** The printed precision in 元: a row's total may differ from the sum of its rounded parts by this much per part. */
  precision: Decimal;
}

/**
 * Every assignment of the open columns to distinct meanings (none a known column's) under which the total row
 * equals the source's total for each meaning, the known columns' included (a blank is nothing received; a meaning the source does not print takes
 * any figure, so it never settles a column by itself) and every row's total equals the sum of its other figures.
 * Each assignment is the meaning key of each open column, in order.
 */
export function agreeingAssignments(figures: Figures, meanings: readonly string[], totals: ReadonlyMap<string, Decimal>): string[][] {
  const free = meanings.filter((m) => !figures.known.has(m));
  const fits = (col: readonly (Decimal | null)[], m: string) => {
    const t = totals.get(m);
    return t === undefined || cmp(col[0] ?? ZERO, t) === 0;
  };
  if ([...figures.known].some(([m, col]) => !fits(col, m))) return [];
  const out: string[][] = [];
  const chosen: string[] = [];
  const walk = (i: number) => {
    if (i === figures.open.length) {
      if (rowsAddUp(figures, chosen, meanings[0]!)) out.push([...chosen]);
      return;
    }
    for (const m of free) {
      if (chosen.includes(m) || !fits(figures.open[i]!, m)) continue;
      chosen.push(m);
      walk(i + 1);
      chosen.pop();
    }
  };
  walk(0);
  return out;
}

/** Every row whose total is printed and whose figures all read: the total equals the sum of the row's other figures (within their rounding). */
function rowsAddUp(figures: Figures, chosen: readonly string[], total: string): boolean {
  const columns: [string, readonly (Decimal | null)[]][] = [...figures.known, ...figures.open.map((c, i) => [chosen[i]!, c] as [string, readonly (Decimal | null)[]])];
  const totalColumn = columns.find(([m]) => m === total)?.[1];
  if (!totalColumn) return true;
  for (let r = 0; r < figures.rows; r++) {
    if (figures.unreadable?.has(r)) continue;
    const t = totalColumn[r];
    if (t === null || t === undefined) continue;
    const parts = columns.filter(([m, col]) => m !== total && col[r]).map(([, col]) => col[r]!);
    if (cmp(abs(sub(sum(parts), t)), mulInt(figures.precision, BigInt(Math.max(parts.length, 1)))) > 0) return false;
  }
  return true;
}

/** One reading per assignment: each row's figures by meaning (the order of the columns does not show). */
export function readingOf(figures: Figures, assignment: readonly string[]): string {
  const rows: string[] = [];
  for (let r = 0; r < figures.rows; r++)
    rows.push(
      assignment
        .map((m, i) => `${m}=${figures.open[i]![r] ? toString(figures.open[i]![r]!) : '·'}`)
        .sort()
        .join(' '),
    );
  return rows.join('\n');
}
