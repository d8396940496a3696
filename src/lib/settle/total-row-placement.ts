import { abs, cmp, isZero, mulInt, sub, sum, type Decimal } from '../decimal.ts';

/**
 * Where a total row's figures stand by meaning: the table's total row is the sum of its 类 rows, column by column.
 * `total` holds the total row's figure in each column as read (null for a blank), `parts` the figures of each column
 * in the 类 rows (null for a blank), or, in a table without 类 rows (`classes` false), in all its other rows. The
 * total row's figures, in their printed order, each go to a column of their own whose 类 rows sum to them (within a
 * last digit per 类 row: `precision`; without 类 rows, a column holding anything but zeros when the figure is not
 * zero), every column left without one holding nothing but zeros. Returns the column of each figure in order when
 * exactly one placement is so and it differs from the reading's, else null (the rows cannot decide, or the total row
 * already stands so). Pure.
 */
export function totalRowBySums(total: readonly (Decimal | null)[], parts: readonly (readonly (Decimal | null)[])[], precision: Decimal, classes = true): number[] | null {
  const figures = total.flatMap((v) => (v === null ? [] : [v]));
  const read = total.flatMap((v, j) => (v === null ? [] : [j]));
  const held = parts.map((col) => col.filter((v): v is Decimal => v !== null));
  if (figures.length === 0 || held.every((col) => col.length === 0)) return null;
  const sums = held.map((col) => sum(col));
  const empty = (j: number) => held[j]!.every(isZero);
  const agrees = (f: Decimal, j: number) =>
    classes ? cmp(abs(sub(sums[j]!, f)), mulInt(precision, BigInt(Math.max(held[j]!.length, 1)))) <= 0 : isZero(f) === empty(j);
  const found: number[][] = [];
  const search = (i: number, from: number, pick: number[]) => {
    if (found.length > 1) return;
    if (i === figures.length) {
      for (let j = from; j < parts.length; j++) if (!empty(j)) return;
      found.push([...pick]);
      return;
    }
    for (let j = from; j < parts.length; j++) {
      if (agrees(figures[i]!, j)) search(i + 1, j + 1, [...pick, j]);
      if (!empty(j)) return;
    }
  };
  search(0, 0, []);
  if (found.length !== 1) return null;
  const pick = found[0]!;
  return pick.every((j, i) => j === read[i]) ? null : pick;
}
