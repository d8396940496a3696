/**
 * The rounding model (documented in docs/reconciliation.md). Every comparison is exact (bigint decimals); the only
 * slack allowed is what rounding of printed figures can explain.
 *
 * - A printed total against the sum of n printed parts, each rounded to precision p: |Σ − total| ≤ (n+1)·p/2
 *   → `pass` with rounding=true (尾差); beyond → `fail`.
 * - Two presentations of one figure (table vs table, narrative vs table): at the same precision they must be equal;
 *   at different precisions the coarser must round from the finer (|a − b| ≤ p_coarse/2). A small difference beyond
 *   that (≤ 5 units of the coarser precision) is a `warn`; more is a `fail`.
 * - A printed percentage: recomputed exactly from the printed values; accepted (pass) within half a unit of its last
 *   printed digit; accepted as rounding when the printed inputs' own rounding can explain it; otherwise `fail`.
 */
import { abs, add, cmp, div, fromInt, mulInt, sub, sum, type Decimal, ZERO, shift } from '../decimal.ts';

export type Status = 'pass' | 'warn' | 'fail';

export interface Verdict {
  status: Status;
  rounding: boolean;
  /** actual − expected. */
  difference: Decimal;
  tolerance: Decimal;
}

const HALF = (d: Decimal): Decimal => div(d, fromInt(2), Math.max(d.scale, 0) + 1)!;

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) >= 0 ? a : b;
}

/** Printed total `expected` vs the sum of `parts`, all printed at precision `p` (in the same unit as the values). */
export function judgeSum(expected: Decimal, parts: readonly Decimal[], p: Decimal): Verdict & { actual: Decimal } {
  const actual = sum(parts);
  const difference = sub(actual, expected);
  const tolerance = HALF(mulInt(p, BigInt(parts.length + 1)));
  const d = abs(difference);
  if (cmp(d, ZERO) === 0) return { status: 'pass', rounding: false, difference, tolerance, actual };
  if (cmp(d, tolerance) <= 0) return { status: 'pass', rounding: true, difference, tolerance, actual };
  return { status: 'fail', rounding: false, difference, tolerance, actual };
}

/** Units of the coarser precision within which a difference between two presentations is only a `warn`. */
export const WARN_UNITS = 5n;

/** Two presentations of one figure: `a` printed at precision pa, `b` at pb. */
export function judgeSame(a: Decimal, pa: Decimal, b: Decimal, pb: Decimal): Verdict {
  const difference = sub(b, a);
  const coarse = maxDec(pa, pb);
  const tolerance = cmp(pa, pb) === 0 ? ZERO : HALF(coarse);
  const d = abs(difference);
  if (cmp(d, ZERO) === 0) return { status: 'pass', rounding: false, difference, tolerance };
  if (cmp(d, tolerance) <= 0) return { status: 'pass', rounding: true, difference, tolerance };
  if (cmp(d, mulInt(coarse, WARN_UNITS)) <= 0) return { status: 'warn', rounding: false, difference, tolerance };
  return { status: 'fail', rounding: false, difference, tolerance };
}

/** a ≤ b, allowing the rounding of both printed figures (pa/2 + pb/2). */
export function judgeLeq(a: Decimal, pa: Decimal, b: Decimal, pb: Decimal): Verdict {
  const difference = sub(a, b);
  const tolerance = add(HALF(pa), HALF(pb));
  if (cmp(difference, ZERO) <= 0) return { status: 'pass', rounding: false, difference, tolerance };
  if (cmp(difference, tolerance) <= 0) return { status: 'pass', rounding: true, difference, tolerance };
  return { status: 'fail', rounding: false, difference, tolerance };
}

/** Number of fraction digits of a printed number ("64.32" → 2, "100" → 0). */
export function printedDigits(raw: string): number {
  const m = /\.(\d+)/.exec(raw.replace(/,/g, ''));
  return m ? m[1]!.length : 0;
}

/** Precision (one unit of the last printed digit) of a printed number, scaled by 10^exponent (万元 → 4). */
export function printedPrecision(raw: string, exponent = 0): Decimal {
  return shift({ units: 1n, scale: printedDigits(raw) }, exponent);
}

/**
 * A printed percentage `printed` (with `digits` fraction digits) against part/whole·100 recomputed from printed
 * values, each printed at precision p. Returns null when the whole is zero.
 */
export function judgePercent(
  printed: Decimal,
  digits: number,
  part: Decimal,
  whole: Decimal,
  p: Decimal,
): (Verdict & { recomputed: Decimal }) | null {
  if (whole.units === 0n) return null;
  const hundred = fromInt(100);
  const prec = digits + 4;
  const recomputed = div(mulPct(part, hundred), whole, prec)!;
  const difference = sub(printed, recomputed);
  const halfUnit = { units: 5n, scale: digits + 1 };
  const d = abs(difference);
  if (cmp(d, halfUnit) <= 0) {
    return { status: 'pass', rounding: false, difference, tolerance: halfUnit, recomputed };
  }
  // Interval of what the true inputs could give, each printed value being off by at most p/2.
  const h = HALF(p);
  const lo = (whole.units > 0n) ? div(mulPct(maxDec(sub(part, h), ZERO), hundred), add(whole, h), prec) : null;
  const hiWhole = sub(whole, h);
  const hi = hiWhole.units > 0n ? div(mulPct(add(part, h), hundred), hiWhole, prec) : null;
  const tol = lo && hi ? add(maxDec(abs(sub(recomputed, lo)), abs(sub(hi, recomputed))), halfUnit) : halfUnit;
  if (cmp(d, tol) <= 0) return { status: 'pass', rounding: true, difference, tolerance: tol, recomputed };
  // Truncated instead of rounded (189.52% printed as 189%): a presentation slip, not a wrong figure.
  const trunc = { units: recomputed.units / 10n ** BigInt(Math.max(recomputed.scale - digits, 0)), scale: Math.min(recomputed.scale, digits) };
  if (cmp(trunc, printed) === 0) return { status: 'warn', rounding: false, difference, tolerance: tol, recomputed };
  return { status: 'fail', rounding: false, difference, tolerance: tol, recomputed };
}

function mulPct(a: Decimal, h: Decimal): Decimal {
  return { units: a.units * h.units, scale: a.scale + h.scale };
}
