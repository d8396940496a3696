/**
 * Exact decimal arithmetic for money. A Decimal is an integer `units` scaled by 10^-scale.
 * No floating point is ever used: values are parsed from printed strings and kept as bigint.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

// One optional sign, digits with optional thousands separators, optional fraction. Linear regex.
const NUMBER_RE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

// The common printed form (plain digits, optional minus, optional fraction): parsed without cleaning first.
const PLAIN_RE = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parse a printed number ("2,182.74", "-9.91", "0.00", "1.") into an exact Decimal, or null. */
export function parseDecimal(raw: string): Decimal | null {
  if (raw.length <= 40) {
    const p = PLAIN_RE.exec(raw);
    if (p) {
      const frac = p[3] ?? '';
      const units = BigInt(p[2]! + frac);
      return { units: p[1] === '-' ? -units : units, scale: frac.length };
    }
  }
  let s = raw.trim().replace(/[，]/g, ',').replace(/\s+/g, '');
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (s.startsWith('.')) s = '0' + s;
  if (s.startsWith('-.')) s = '-0' + s.slice(1);
  if (s.length === 0 || s.length > 40) return null;
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  const intPart = m[2]!.replace(/,/g, '');
  const frac = m[3] ?? '';
  const units = BigInt(intPart + frac) * (m[1] === '-' ? -1n : 1n);
  return { units, scale: frac.length };
}

export function fromInt(n: number | bigint): Decimal {
  return { units: BigInt(n), scale: 0 };
}

const POW10: bigint[] = [1n];
/** 10^n as a bigint (small powers cached: alignment and shifts use them for every cell). */
function pow10(n: number): bigint {
  if (n < 64) {
    while (POW10.length <= n) POW10.push(POW10[POW10.length - 1]! * 10n);
    return POW10[n]!;
  }
  return 10n ** BigInt(n);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => add(acc, v), ZERO);
}

export function cmp(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function abs(a: Decimal): Decimal {
  return a.units < 0n ? { units: -a.units, scale: a.scale } : a;
}

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

/** Multiply by 10^k (k may be negative: exact shift of the decimal point). */
export function shift(a: Decimal, k: number): Decimal {
  if (k >= 0) {
    if (a.scale >= k) return { units: a.units, scale: a.scale - k };
    return { units: a.units * pow10(k - a.scale), scale: 0 };
  }
  return { units: a.units, scale: a.scale - k };
}

export function mulInt(a: Decimal, n: bigint): Decimal {
  return { units: a.units * n, scale: a.scale };
}

/** Canonical string: no exponent, no trailing fractional zeros, "0" for zero, "-" only when negative. */
export function toString(a: Decimal): string {
  let units = a.units;
  let scale = a.scale;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  const neg = units < 0n;
  let digits = (neg ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return (neg && units !== 0n ? '-' : '') + digits;
}

/** Fixed number of fraction digits, rounding half away from zero (for display only, exact). */
export function toFixed(a: Decimal, digits: number): string {
  const r = round(a, digits);
  const s = toString(r);
  const [i, f = ''] = s.split('.');
  return digits > 0 ? `${i}.${f.padEnd(digits, '0')}` : i!;
}

/** Round to `digits` fraction digits, half away from zero. */
export function round(a: Decimal, digits: number): Decimal {
  if (a.scale <= digits) return a;
  const drop = 10n ** BigInt(a.scale - digits);
  const neg = a.units < 0n;
  const mag = neg ? -a.units : a.units;
  let q = mag / drop;
  if ((mag % drop) * 2n >= drop) q += 1n;
  return { units: neg ? -q : q, scale: digits };
}

/** a / b as an exact-as-needed Decimal with `digits` fraction digits (half away from zero). */
export function div(a: Decimal, b: Decimal, digits: number): Decimal | null {
  if (b.units === 0n) return null;
  const [x, y] = align(a, b);
  // x / y, scaled by 10^(digits+1) then rounded
  const scaled = x * 10n ** BigInt(digits + 1);
  const q = scaled / y;
  return round({ units: q, scale: digits + 1 }, digits);
}

export function fromString(s: string): Decimal {
  const d = parseDecimal(s);
  if (!d) throw new Error(`not a decimal: ${s}`);
  return d;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };
