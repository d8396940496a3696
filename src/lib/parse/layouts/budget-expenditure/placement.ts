import { abs, add, cmp, isZero, sub, type Decimal } from '../../../decimal.ts';
import { agreedColumns } from '../../read/row-totals.ts';

/**
 * Placing the printed values of a row whose blank cells were dropped by the text conversion.
 *
 * A row printed with fewer value cells than the table has columns lost `d` blank cells somewhere. Every way of
 * putting `d` blanks back is tried; an assignment is kept when the table identities hold (parent = Σ children,
 * within the rounding tolerance of the printed precision) and the row total is printed. When several distinct
 * assignments survive, the same row of a sibling table (一般公共预算支出情况表 repeats 部门支出总体情况表) decides;
 * when it cannot, the row is ambiguous and the caller reports it — nothing is guessed.
 */

export type Slot = Decimal | null;

export interface PlacementInput {
  /** Printed value cells in order (null = printed blank). */
  printed: readonly Slot[];
  /** Number of value columns of the table. */
  width: number;
  identities: readonly (readonly [number, readonly number[]])[];
  /** Columns that must be printed when the row has any value (the row total). */
  required: readonly number[];
  /** One unit of the printed precision (0.1 for one decimal), in printed units. */
  precision: Decimal;
  /** The same row in a sibling table, by column index of this table's schema (undefined = column not comparable). */
  sibling?: readonly (Slot | undefined)[];
}

export interface Placement {
  /** For each column, the index into `printed` of the value placed there, or -1 for blank. */
  map: number[];
  /** Σ |parent − Σ children| over the identities (0 when exact). */
  deviation: Decimal;
}

export type PlacementResult =
  | { status: 'placed'; placement: Placement; shifted: boolean; bySibling: boolean }
  | { status: 'ambiguous'; candidates: Placement[] }
  | { status: 'inconsistent'; reason: string };

/** Effective value of a column: printed, or the sum of its children when it is a blank parent. */
export function effectiveValues(values: readonly Slot[], identities: PlacementInput['identities']): Slot[] {
  const eff: Slot[] = [...values];
  // Children come after parents in every schema: evaluate deepest identities first.
  for (const [p, kids] of [...identities].reverse()) {
    if (eff[p] !== null) continue;
    const present = kids.map((k) => eff[k]).filter((v): v is Decimal => v !== null && v !== undefined);
    if (present.length > 0) eff[p] = present.reduce((a, b) => add(a, b));
  }
  return eff;
}

/** Check the identities on one assignment; returns the total deviation or null when an identity fails. */
export function identityDeviation(
  values: readonly Slot[],
  identities: PlacementInput['identities'],
  precision: Decimal,
): Decimal | null {
  const eff = effectiveValues(values, identities);
  let dev: Decimal = { units: 0n, scale: 0 };
  for (const [p, kids] of identities) {
    const parent = values[p];
    if (parent === null || parent === undefined) continue;
    const present = kids.map((k) => eff[k]).filter((v): v is Decimal => v !== null && v !== undefined);
    if (present.length === 0) {
      if (isZero(parent)) continue;
      return null;
    }
    const d = abs(sub(parent, present.reduce((a, b) => add(a, b))));
    const tol = tolerance(precision, kids.length);
    if (cmp(d, tol) > 0) return null;
    dev = add(dev, d);
  }
  return dev;
}

/**
 * Every way of putting the printed cells back into `width` columns (order kept, blanks re-inserted) whose required
 * columns are filled and whose identities hold within rounding; distinct value assignments only.
 *
 * A pruned depth-first search over the columns, left to right: each column takes the next printed cell or stays
 * blank. An identity is checked as soon as every column it depends on (its parent, its children and, through blank
 * children that are parents themselves, their parts) is decided, and a branch that breaks it or leaves a required
 * column blank is abandoned. The survivors, and their order, are exactly those of trying every insertion.
 */
function placementsWithinIdentities(cells: readonly Slot[], input: PlacementInput): Placement[] {
  const { width, identities, precision } = input;
  const m = cells.length;
  const seen = new Map<string, Placement>();
  if (width < m) return [];
  const due = identitiesDueAt(identities, width);
  const required = new Set(input.required);
  const map = Array.from({ length: width }, () => -1);
  const values: Slot[] = Array.from({ length: width }, () => null);
  const holds = (col: number) => {
    const list = due[col];
    if (!list) return true;
    const eff = effectiveValues(values, identities);
    return list.every((i) => identityHolds(values, eff, identities[i]!, precision));
  };
  const visit = (col: number, k: number): void => {
    if (col === width) {
      const dev = identityDeviation(values, identities, precision);
      if (dev === null) return;
      const key = assignmentKey(values);
      if (!seen.has(key)) seen.set(key, { map: [...map], deviation: dev });
      return;
    }
    // The next printed cell here (earlier positions first, as an enumeration of insertions in order would give)…
    if (k < m) {
      const v = cells[k]!;
      if (v !== null) {
        map[col] = k;
        values[col] = v;
      }
      if ((v !== null || !required.has(col)) && holds(col)) visit(col + 1, k + 1);
      map[col] = -1;
      values[col] = null;
    }
    // …or a blank, when the remaining columns still hold the remaining cells.
    if (width - col - 1 >= m - k && !required.has(col) && holds(col)) visit(col + 1, k);
  };
  visit(0, 0);
  return [...seen.values()];
}

/** For each column, the identities whose every column (parent, children and their parts) lies at or before it and that end there. */
function identitiesDueAt(identities: PlacementInput['identities'], width: number): (number[] | undefined)[] {
  const kidsOf = new Map<number, number[]>();
  for (const [p, kids] of identities) kidsOf.set(p, [...(kidsOf.get(p) ?? []), ...kids]);
  const reach = (c: number, seen: Set<number>): number => {
    if (seen.has(c)) return c;
    seen.add(c);
    let max = c;
    for (const k of kidsOf.get(c) ?? []) max = Math.max(max, reach(k, seen));
    return max;
  };
  const due: (number[] | undefined)[] = Array.from({ length: width }, () => undefined);
  identities.forEach(([p], i) => {
    const last = Math.min(width - 1, reach(p, new Set()));
    (due[last] ??= []).push(i);
  });
  return due;
}

/** One identity on (partly) placed values, as identityDeviation checks it. */
function identityHolds(values: readonly Slot[], eff: readonly Slot[], [p, kids]: readonly [number, readonly number[]], precision: Decimal): boolean {
  const parent = values[p];
  if (parent === null || parent === undefined) return true;
  const present = kids.map((k) => eff[k]).filter((v): v is Decimal => v !== null && v !== undefined);
  if (present.length === 0) return isZero(parent);
  return cmp(abs(sub(parent, present.reduce((a, b) => add(a, b)))), tolerance(precision, kids.length)) <= 0;
}

/** Rounding tolerance of a sum of n printed values: n × half a unit of precision, plus half a unit for the parent. */
export function tolerance(precision: Decimal, n: number): Decimal {
  // (n + 1) / 2 units, rounded down to whole units of precision (exact).
  const units = BigInt(Math.floor((n + 1) / 2));
  return { units: precision.units * units, scale: precision.scale };
}

function assignmentKey(values: readonly Slot[]): string {
  return values.map((v) => (v === null ? '' : `${v.units}e${v.scale}`)).join('|');
}

/** All placements of the printed values into `width` columns that satisfy the row identities. */
export function rowCandidates(input: Omit<PlacementInput, 'sibling'>): { candidates: Placement[]; cells: Slot[] } | { error: string } {
  const { printed, width, identities, precision } = input;
  // Trailing printed blanks beyond the width carry nothing.
  const cells = [...printed];
  while (cells.length > width && cells[cells.length - 1] === null) cells.pop();
  if (cells.length > width) return { error: `${cells.length} 个数值单元格多于 ${width} 列` };
  if (!cells.some((c) => c !== null)) {
    return { candidates: [{ map: Array.from({ length: width }, () => -1), deviation: { units: 0n, scale: 0 } }], cells };
  }
  if (width - cells.length > 6) return { error: `缺少 ${width - cells.length} 个单元格，无法可靠定位` };
  return { candidates: placementsWithinIdentities(cells, input), cells };
}

/** The values a placement puts in each column. */
export function placedValues(p: Placement, cells: readonly Slot[]): Slot[] {
  return p.map.map((k) => (k >= 0 ? cells[k]! : null));
}

export function isShifted(p: Pick<Placement, 'map'>): boolean {
  return p.map.some((k, col) => k >= 0 && k !== col);
}

/**
 * Among several placements, the one that agrees with the sibling row: no value placed where the sibling prints a
 * different value or a blank, at least one agreement. Null when the sibling does not single one out.
 */
export function pickBySibling(candidates: readonly Placement[], cells: readonly Slot[], sibling: readonly (Slot | undefined)[]): Placement | null {
  if (!sibling.some((s) => s !== undefined && s !== null)) return null;
  const ok = candidates.filter((p) => {
    let score = 0;
    let conflicts = 0;
    p.map.forEach((k, col) => {
      const s = sibling[col];
      if (s === undefined) return;
      const v = k >= 0 ? cells[k]! : null;
      if (v === null) return;
      if (s !== null && cmp(s, v) === 0) score++;
      else conflicts++;
    });
    return conflicts === 0 && score > 0;
  });
  return ok.length === 1 ? ok[0]! : null;
}

/**
 * Joint placement of a budget unit's rows: the unit row equals the column sums of its classification rows
 * (effective values, blank parents filled from their parts). `options[i]` are the candidate value vectors of row i
 * (index 0 = the unit row). With `blankAdmitsZero`, a blank unit cell also admits printed zeros below it. Returns, for each row, the set of candidate indexes that occur in some consistent
 * combination (empty sets when no combination is consistent or the search is too large).
 */
export function jointUnitCandidates(
  options: readonly (readonly Slot[][])[],
  identities: PlacementInput['identities'],
  precision: Decimal,
  maxCombos = 50000,
  blankAdmitsZero = false,
): Set<number>[] | null {
  let combos = 1;
  for (const o of options) combos *= Math.max(1, o.length);
  if (combos > maxCombos || options.some((o) => o.length === 0)) return null;
  const width = options[0]![0]!.length;
  const effs = options.map((o) => o.map((v) => effectiveValues(v, identities)));
  const used = options.map(() => new Set<number>());
  const n = options.length - 1;
  const tol = tolerance(precision, n);
  const idx = options.map(() => 0);
  let found = false;
  let best: Decimal | null = null;
  let bestCombos: number[][] = [];
  for (let c = 0; c < combos; c++) {
    let rem = c;
    for (let i = 0; i < options.length; i++) {
      idx[i] = rem % options[i]!.length;
      rem = Math.floor(rem / options[i]!.length);
    }
    let ok = true;
    let dev: Decimal = { units: 0n, scale: 0 };
    for (let col = 0; col < width && ok; col++) {
      const unit = effs[0]![idx[0]!]![col] ?? null;
      let total: Decimal = { units: 0n, scale: 0 };
      let any = false;
      for (let i = 1; i < options.length; i++) {
        const v = effs[i]![idx[i]!]![col];
        if (v !== null && v !== undefined) {
          total = add(total, v);
          any = true;
        }
      }
      // A blank unit cell is not zero: no row of the unit prints a value (even 0.0) in that column — unless the
      // caller admits 0.00 below a blank (a document printing zeros now blank, now 0.00).
      if (unit === null) ok = !any || (blankAdmitsZero && isZero(total));
      else {
        const d = abs(sub(unit, total));
        ok = cmp(d, tol) <= 0 && (any || isZero(unit));
        dev = add(dev, d);
      }
    }
    if (ok) {
      found = true;
      // Keep the combinations with the least rounding deviation (the printed sums are exact up to rounding).
      if (best === null || cmp(dev, best) < 0) {
        best = dev;
        bestCombos = [];
      }
      if (cmp(dev, best) === 0) bestCombos.push([...idx]);
    }
  }
  for (const combo of bestCombos) combo.forEach((k, i) => used[i]!.add(k));
  return found ? used : null;
}

/** Place the printed values into `width` columns. */
export function placeRow(input: PlacementInput): PlacementResult {
  const { printed, width, identities, precision } = input;
  // Trailing printed blanks beyond the width carry nothing.
  let cells = [...printed];
  while (cells.length > width && cells[cells.length - 1] === null) cells.pop();
  if (cells.length > width) return { status: 'inconsistent', reason: `${cells.length} 个数值单元格多于 ${width} 列` };
  const anyValue = cells.some((c) => c !== null);
  if (!anyValue) {
    return { status: 'placed', placement: { map: Array.from({ length: width }, () => -1), deviation: { units: 0n, scale: 0 } }, shifted: false, bySibling: false };
  }
  if (width - cells.length > 6) return { status: 'inconsistent', reason: `缺少 ${width - cells.length} 个单元格，无法可靠定位` };

  const candidates = placementsWithinIdentities(cells, input);
  if (candidates.length === 0) return { status: 'inconsistent', reason: '没有一种列位置能满足表内恒等式' };
  const shiftedOf = (p: Placement) => p.map.some((k, col) => k >= 0 && k !== col);
  if (candidates.length === 1) return { status: 'placed', placement: candidates[0]!, shifted: shiftedOf(candidates[0]!), bySibling: false };

  // Several placements satisfy the identities: the sibling row decides.
  if (input.sibling) {
    const sib = input.sibling;
    const scored = candidates.map((p) => {
      let score = 0;
      let conflicts = 0;
      p.map.forEach((k, col) => {
        const s = sib[col];
        if (s === undefined) return;
        const v = k >= 0 ? cells[k]! : null;
        if (v === null) return;
        if (s !== null && cmp(s, v) === 0) score++;
        else conflicts++;
      });
      return { p, score, conflicts };
    });
    const ok = scored.filter((s) => s.conflicts === 0);
    if (ok.length === 1) return { status: 'placed', placement: ok[0]!.p, shifted: shiftedOf(ok[0]!.p), bySibling: true };
  }
  return { status: 'ambiguous', candidates };
}

/**
 * What several placements agree on: for each column, the printed cell every placement puts there (-1 where they
 * differ or all leave it blank). Null when they agree on no printed value: the row then writes nothing.
 */
export function agreedPlacement(candidates: readonly Placement[], cells: readonly Slot[]): number[] | null {
  if (candidates.length === 0) return null;
  const map = agreedColumns(candidates.map((p) => p.map));
  return map.some((k) => k >= 0 && cells[k] !== null) ? map : null;
}
