/**
 * The pruned placement search finds exactly the placements (and in the same order) that trying every insertion of
 * blanks finds: a property test against the plain enumeration, on random identity trees and printed rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityDeviation, rowCandidates, type Placement, type Slot } from '../../src/lib/parse/layouts/budget-expenditure/placement.ts';
import { parseDecimal, type Decimal } from '../../src/lib/decimal.ts';

const d = (s: string): Decimal => parseDecimal(s)!;

/** The plain enumeration: every choice of columns for the printed cells, in lexicographic order. */
function bruteForce(cells: Slot[], width: number, identities: [number, number[]][], required: number[], precision: Decimal): Placement[] {
  const seen = new Map<string, Placement>();
  const pos: number[] = [];
  const rec = (start: number, k: number) => {
    if (k === cells.length) {
      const map = Array.from({ length: width }, () => -1);
      const values: Slot[] = Array.from({ length: width }, () => null);
      pos.forEach((col, i) => {
        if (cells[i] !== null) {
          map[col] = i;
          values[col] = cells[i]!;
        }
      });
      if (required.some((r) => values[r] === null)) return;
      const dev = identityDeviation(values, identities, precision);
      if (dev === null) return;
      const key = values.map((v) => (v === null ? '' : `${v.units}e${v.scale}`)).join('|');
      if (!seen.has(key)) seen.set(key, { map, deviation: dev });
      return;
    }
    for (let c = start; c <= width - (cells.length - k); c++) {
      pos.push(c);
      rec(c + 1, k + 1);
      pos.pop();
    }
  };
  rec(0, 0);
  return [...seen.values()];
}

/** A random schema: column 0 is the total, later columns are children of earlier ones; a full row satisfying it. */
const scenario = fc
  .record({
    width: fc.integer({ min: 2, max: 9 }),
    parents: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 9, maxLength: 9 }),
    leaves: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 9, maxLength: 9 }),
    drop: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    noise: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ width, parents, leaves, drop, noise }) => {
    const parentOf = (c: number) => (c === 0 ? -1 : parents[c]! % c);
    const kids = new Map<number, number[]>();
    for (let c = 1; c < width; c++) kids.set(parentOf(c), [...(kids.get(parentOf(c)) ?? []), c]);
    const identities: [number, number[]][] = [...kids].filter(([p]) => p >= 0).sort((a, b) => a[0] - b[0]);
    const value: number[] = [];
    for (let c = width - 1; c >= 0; c--) value[c] = kids.has(c) ? kids.get(c)!.reduce((a, k) => a + value[k]!, 0) : leaves[c]!;
    // Print the row, dropping some cells (as the conversion drops blank cells) and perturbing one value slightly.
    const printed: Slot[] = [];
    for (let c = 0; c < width; c++) if (c === 0 || !drop[c]) printed.push(d(String(value[c]! + (c === width - 1 ? noise : 0))));
    return { width, identities, printed };
  });

describe('pruned placement search', () => {
  it('finds the same placements, in the same order, as the plain enumeration', () => {
    let several = 0;
    fc.assert(
      fc.property(scenario, ({ width, identities, printed }) => {
        const precision = d('1');
        const got = rowCandidates({ printed, width, identities, required: [0], precision });
        if ('error' in got) return width - printed.length > 6;
        const want = bruteForce(got.cells, width, identities, [0], precision);
        expect(got.candidates).toEqual(want);
        if (want.length > 1) several++;
        return true;
      }),
      { numRuns: 400, seed: 7 },
    );
    expect(several).toBeGreaterThan(10); // ambiguous rows were exercised, not only trivial ones
  });
});
