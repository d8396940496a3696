import { parseDecimal, type Decimal } from '../../../decimal.ts';
import { totalWithin } from '../../read/char-cover.ts';

/** One read row of the 基本支出 table: its code (null for the total), its figures in printed order and the value column
 * each was placed in. */
export interface PlacedFigures {
  code: string | null;
  figures: readonly string[];
  at: readonly number[];
}

/** The most placements of the 类 rows tried. */
const MAX_COMBINATIONS = 4096;

/**
 * The rows of a 基本支出 table placed again by the sums of its 类 rows (3-digit codes): column by column they add up to
 * the total row (a last digit per 类 allowed). When the rows as placed break that and a 类 row printing its total and
 * one part (`310 资本性支出 1319.73 1319.73`, its part's column unknown from where it stands: a page drawn wider or
 * narrower than the page whose full lines placed it) can be moved so that exactly one choice of columns makes every sum
 * hold, that 类 row's part goes to its column, and so does each of its descendants' part that stood where the 类's
 * stood. Returns each row's new placement, null where it stays; every null when the sums hold as placed, when the table
 * prints no one total row of every figure, or when no choice or several hold. Then a row whose part stands in a
 * column its parent leaves blank goes to its parent's column (`underParents`).
 */
export function placeByClassSums(rows: readonly PlacedFigures[], n: number, totalAt: number): (number[] | null)[] {
  const out = byClassSums(rows, n, totalAt);
  const moved = rows.map((r, i) => ({ ...r, at: out[i] ?? r.at }));
  return underParents(moved, totalAt).map((at, i) => at ?? out[i]!);
}

function byClassSums(rows: readonly PlacedFigures[], n: number, totalAt: number): (number[] | null)[] {
  const none = rows.map(() => null);
  const totals = rows.filter((r) => r.code === null);
  if (totals.length !== 1 || totals[0]!.figures.length !== n || !totals[0]!.at.every((c, i) => c === i)) return none;
  const total = totals[0]!.figures.map(parseDecimal);
  if (total.some((d) => d === null)) return none;
  const classes = rows.flatMap((r, i) => (r.code !== null && r.code.length === 3 ? [i] : []));
  const movable = classes.filter((i) => rows[i]!.figures.length === 2 && rows[i]!.at.includes(totalAt));
  const parts = Array.from({ length: n }, (_, c) => c).filter((c) => c !== totalAt);
  if (movable.length === 0 || parts.length ** movable.length > MAX_COMBINATIONS) return none;
  const partOf = (i: number) => rows[i]!.at.find((c) => c !== totalAt)!;
  const holds = (choice: ReadonlyMap<number, number>) =>
    Array.from({ length: n }, (_, c) => c).every((c) => {
      const values: Decimal[] = [];
      for (const i of classes) {
        const r = rows[i]!;
        const at = choice.has(i) ? r.at.map((x) => (x === totalAt ? x : choice.get(i)!)) : r.at;
        const f = at.indexOf(c);
        const v = parseDecimal(f < 0 ? '0' : r.figures[f]!);
        if (v === null) return false;
        values.push(v);
      }
      return totalWithin(total[c]!, values, Math.max(1, values.length));
    });
  if (holds(new Map())) return none;
  const held: Map<number, number>[] = [];
  const walk = (k: number, choice: Map<number, number>) => {
    if (k === movable.length) {
      if (holds(choice)) held.push(new Map(choice));
      return;
    }
    for (const c of parts) {
      choice.set(movable[k]!, c);
      walk(k + 1, choice);
    }
    choice.delete(movable[k]!);
  };
  walk(0, new Map());
  if (held.length !== 1) return none;
  const out: (number[] | null)[] = rows.map(() => null);
  for (const [i, c] of held[0]!) {
    const from = partOf(i);
    if (from === c) continue;
    const code = rows[i]!.code!;
    rows.forEach((r, j) => {
      if (j !== i && !(r.code !== null && r.code.length > code.length && r.code.startsWith(code))) return;
      if (r.figures.length !== 2 || !r.at.includes(totalAt) || !r.at.includes(from)) return;
      out[j] = r.at.map((x) => (x === from ? c : x));
    });
  }
  return out;
}

/**
 * A row printing its total and one part, not zero, placed in a column its parent (the row whose code is its own less
 * its last two digits) leaves blank while the parent prints its total and one part elsewhere: the parent's figures are
 * the sums of its children's, so the part goes to the parent's column (`31009 土地补偿 6792.22 6792.22` on a page
 * drawn narrower than its 类 `310 资本性支出`'s). Returns each row's new placement, null where it stays.
 */
function underParents(rows: readonly PlacedFigures[], totalAt: number): (number[] | null)[] {
  const byCode = new Map(rows.flatMap((r) => (r.code !== null ? [[r.code, r] as const] : [])));
  const twoFigures = (r: PlacedFigures) => r.figures.length === 2 && r.at.includes(totalAt);
  return rows.map((r) => {
    if (r.code === null || r.code.length <= 3 || !twoFigures(r)) return null;
    const parent = byCode.get(r.code.slice(0, -2));
    if (!parent || !twoFigures(parent)) return null;
    const mine = r.at.find((c) => c !== totalAt)!;
    const theirs = parent.at.find((c) => c !== totalAt)!;
    const value = parseDecimal(r.figures[r.at.indexOf(mine)]!);
    if (mine === theirs || value === null || value.units === 0n) return null;
    return r.at.map((x) => (x === mine ? theirs : x));
  });
}
