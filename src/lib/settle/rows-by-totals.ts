import { abs, cmp, isZero, mulInt, sub, sum, ZERO, type Decimal } from '../decimal.ts';
import { narrowFamily } from '../parse/tables/narrow-family.ts';

/** One row of a table whose parts the reader may have placed off their columns. */
export interface PlacedRow {
  /** The row's figures after its total, in printed order (its total column left out). */
  figures: readonly Decimal[];
  /** The part column each figure was read in (indexes into the part columns). */
  read: readonly number[];
  /** The row its figures sum into, column by column (index into the rows; the total row for a 类 row), null when the table prints no hierarchy. */
  parent: number | null;
  total: boolean;
}

/** The most combinations of placements tried for one family (a parent and its children). */
const MAX_COMBINATIONS = 20000;

/** Every way to put `n` figures, in their order, each in a column of its own among `allowed[i]` (strictly increasing). */
function inOrder(figures: readonly Decimal[], allowed: (f: Decimal, j: number) => boolean, columns: number): number[][] {
  const out: number[][] = [];
  const walk = (i: number, from: number, pick: number[]) => {
    if (i === figures.length) return void out.push([...pick]);
    for (let j = from; j < columns; j++) if (allowed(figures[i]!, j)) walk(i + 1, j + 1, [...pick, j]);
  };
  walk(0, 0, []);
  return out;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A row's placement when its placements differ only in where its zeros stand (every one puts each figure other than
 * zero in the same column): the zeros, which no sum places, moved as little as the others' places require — the
 * placement nearest the reading (the least sum of how many columns each figure moves), when one only; else null.
 */
function zerosNearestRead(row: PlacedRow, placements: readonly (readonly number[])[]): number[] | null {
  const nonZero = row.figures.flatMap((f, k) => (isZero(f) ? [] : [k]));
  if (placements.length === 0 || placements.some((p) => nonZero.some((k) => p[k] !== placements[0]![k]))) return null;
  const moves = (p: readonly number[]) => p.reduce((n, j, k) => n + Math.abs(j - row.read[k]!), 0);
  const least = Math.min(...placements.map(moves));
  const nearest = placements.filter((p) => moves(p) === least);
  return nearest.length === 1 ? [...nearest[0]!] : null;
}

/**
 * A table's part columns placed again by what another table of the document prints as each column's total
 * (`totals`, one per part column; null where it prints none): the total row's parts equal them, a figure other than
 * zero stands only under a column whose total is not zero, and, family by family (a parent and its children, the
 * total row the parent of the 类 rows), the children's figures sum to the parent's in every column (a last digit per
 * child allowed: `precision`). Each row's figures keep their printed order. The placements each row can take are
 * narrowed family by family to those some placement of the family's other rows makes every column's sum hold with,
 * until none narrows more. Returns each row's columns when every row is left with exactly one placement (a row whose
 * reading is among its placements keeps it: zeros no sum places stay where they were read), and some row so moves;
 * else null (the totals cannot decide, or nothing moves). Pure.
 */
export function rowsByTotals(rows: readonly PlacedRow[], totals: readonly (Decimal | null)[], precision: Decimal): number[][] | null {
  const columns = totals.length;
  const total = rows.findIndex((r) => r.total);
  if (total < 0 || rows.filter((r) => r.total).length > 1) return null;
  const open = (f: Decimal, j: number) => isZero(f) || totals[j] === null || !isZero(totals[j]!);
  const domains = rows.map((r, i) => {
    const all = inOrder(r.figures, open, columns);
    if (i !== total) return all;
    // (the total row: each column's figure the printed total, a blank nothing received)
    return all.filter((pick) => totals.every((t, j) => t === null || cmp(pick.includes(j) ? r.figures[pick.indexOf(j)]! : ZERO, t) === 0));
  });
  if (domains.some((d) => d.length === 0)) return null;
  const families = rows.flatMap((_, p) => {
    const children = rows.flatMap((r, i) => (r.parent === p ? [i] : []));
    return children.length > 0 ? [{ parent: p, children }] : [];
  });
  const valueAt = (row: number, pick: readonly number[], j: number) => {
    const i = pick.indexOf(j);
    return i < 0 ? ZERO : rows[row]!.figures[i]!;
  };
  const sumsDown = (parent: number, pp: readonly number[], children: readonly number[], cp: readonly (readonly number[])[]) => {
    for (let j = 0; j < columns; j++) {
      const parts = children.map((c, k) => valueAt(c, cp[k]!, j));
      if (cmp(abs(sub(sum(parts), valueAt(parent, pp, j))), mulInt(precision, BigInt(Math.max(parts.length, 1)))) > 0) return false;
    }
    return true;
  };
  for (let round = 0, changed = true; changed && round < 20; round++) {
    changed = false;
    for (const { parent, children } of families) {
      const members = [parent, ...children];
      if (members.reduce((n, m) => n * domains[m]!.length, 1) > MAX_COMBINATIONS) continue;
      const narrowed = narrowFamily(domains, parent, children, (pp, cp) => sumsDown(parent, pp, children, cp));
      // (a family no placement holds decides nothing)
      if (narrowed === null) return null;
      if (narrowed) changed = true;
    }
    // (the figures read in one column stand in one printed column: where every figure of it some row's placement
    // decides goes to one column, so do the figures of it the sums leave open)
    const into = new Map<number, Set<number>>();
    rows.forEach((r, i) => {
      if (domains[i]!.length === 1) r.read.forEach((j, k) => into.set(j, (into.get(j) ?? new Set()).add(domains[i]![0]![k]!)));
    });
    rows.forEach((r, i) => {
      if (domains[i]!.length < 2) return;
      const fit = domains[i]!.filter((d) => r.read.every((j, k) => into.get(j)?.size !== 1 || into.get(j)!.has(d[k]!)));
      if (fit.length > 0 && fit.length < domains[i]!.length) {
        domains[i] = fit;
        changed = true;
      }
    });
  }
  const placed = rows.map((r, i) => (domains[i]!.some((d) => same(d, r.read)) ? [...r.read] : domains[i]!.length === 1 ? domains[i]![0]! : zerosNearestRead(r, domains[i]!)));
  if (placed.some((p) => p === null)) return null;
  return placed.some((p, i) => !same(p!, rows[i]!.read)) ? (placed as number[][]) : null;
}
