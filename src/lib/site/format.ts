/**
 * Money and percentage formatting from exact decimal strings. No floating point is used for money:
 * values are parsed into bigint units and rounded half away from zero.
 */

interface Dec {
  units: bigint;
  scale: number;
}

const DEC_RE = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Parse an exact decimal string ("21827400", "-9.91", "0.5"); null when it is not one. */
export function parseDec(s: string | null | undefined): Dec | null {
  if (s == null) return null;
  const m = DEC_RE.exec(s.trim());
  if (!m) return null;
  const frac = m[3] ?? '';
  const units = BigInt(m[2]! + frac) * (m[1] === '-' ? -1n : 1n);
  return { units, scale: frac.length };
}

/** Round units at `scale` to `digits` decimals, half away from zero. Returns units at scale `digits`. */
function roundUnits(d: Dec, digits: number): bigint {
  if (d.scale <= digits) return d.units * 10n ** BigInt(digits - d.scale);
  const f = 10n ** BigInt(d.scale - digits);
  const neg = d.units < 0n;
  const a = neg ? -d.units : d.units;
  let q = a / f;
  if ((a % f) * 2n >= f) q += 1n;
  return neg ? -q : q;
}

/** Group an integer digit string by thousands: "2183" → "2,183". */
export function groupThousands(intDigits: string): string {
  // A loop, not /\B(?=(\d{3})+(?!\d))/g: that lookahead is quadratic on a long digit string (docs/security.md).
  const head = intDigits.length % 3 || 3;
  const parts = [intDigits.slice(0, head)];
  for (let i = head; i < intDigits.length; i += 3) parts.push(intDigits.slice(i, i + 3));
  return parts.join(',');
}

/** Format units at scale `digits` as a grouped fixed-point string. */
function fixed(units: bigint, digits: number): string {
  const neg = units < 0n;
  const s = (neg ? -units : units).toString().padStart(digits + 1, '0');
  const int = s.slice(0, s.length - digits);
  const frac = digits > 0 ? '.' + s.slice(s.length - digits) : '';
  const out = groupThousands(int) + frac;
  return neg && /[1-9]/.test(out) ? '-' + out : out;
}

/** An exact decimal string rounded to `digits` decimals, grouped ("2183.2" → "2,183.20"). */
export function formatDecimal(value: string | null | undefined, digits = 2): string {
  const d = parseDec(value);
  if (!d) return '—';
  return fixed(roundUnits(d, digits), digits);
}

/** 元 (exact decimal string) → 万元 with `digits` decimals: "21832000" → "2,183.20". */
export function yuanToWan(value: string | null | undefined, digits = 2): string {
  const d = parseDec(value);
  if (!d) return '—';
  return fixed(roundUnits({ units: d.units, scale: d.scale + 4 }, digits), digits);
}

/** 元 → "2,183.20万元" (or "—" when missing). */
export function formatWan(value: string | null | undefined, digits = 2): string {
  const s = yuanToWan(value, digits);
  return s === '—' ? s : `${s}万元`;
}

/** 元 → "1,234.56元". */
export function formatYuan(value: string | null | undefined, digits = 2): string {
  const s = formatDecimal(value, digits);
  return s === '—' ? s : `${s}元`;
}

/**
 * part / whole as a percentage string with `digits` decimals ("85.3"), exact (bigint, half away from zero).
 * Null when either is missing or whole is zero.
 */
export function percentOf(part: string | null | undefined, whole: string | null | undefined, digits = 1): string | null {
  const p = parseDec(part);
  const w = parseDec(whole);
  if (!p || !w || w.units === 0n) return null;
  // p/w * 100 at `digits` decimals: align scales first.
  const scale = Math.max(p.scale, w.scale);
  const pu = p.units * 10n ** BigInt(scale - p.scale);
  const wu = w.units * 10n ** BigInt(scale - w.scale);
  const num = pu * 100n * 10n ** BigInt(digits);
  const neg = num < 0n !== wu < 0n;
  const an = num < 0n ? -num : num;
  const aw = wu < 0n ? -wu : wu;
  let q = an / aw;
  if ((an % aw) * 2n >= aw) q += 1n;
  return fixed(neg ? -q : q, digits);
}

/** "85.3%" or "—". */
export function formatPercent(part: string | null | undefined, whole: string | null | undefined, digits = 1): string {
  const p = percentOf(part, whole, digits);
  return p == null ? '—' : `${p}%`;
}

/** Exact sum of decimal strings (nulls skipped); null when nothing was summed. */
export function sumDec(values: readonly (string | null | undefined)[]): string | null {
  let acc: Dec | null = null;
  for (const v of values) {
    const d = parseDec(v);
    if (!d) continue;
    if (!acc) {
      acc = d;
      continue;
    }
    const scale = Math.max(acc.scale, d.scale);
    acc = {
      units: acc.units * 10n ** BigInt(scale - acc.scale) + d.units * 10n ** BigInt(scale - d.scale),
      scale,
    };
  }
  return acc ? decToString(acc) : null;
}

/** Exact a − b; null when either is missing. */
export function subDec(a: string | null | undefined, b: string | null | undefined): string | null {
  const x = parseDec(a);
  const y = parseDec(b);
  if (!x || !y) return null;
  const scale = Math.max(x.scale, y.scale);
  return decToString({ units: x.units * 10n ** BigInt(scale - x.scale) - y.units * 10n ** BigInt(scale - y.scale), scale });
}

/** Exact a / n (integer n) rounded to `digits`; null when missing. */
export function divInt(a: string | null | undefined, n: number | bigint, digits = 2): string | null {
  const x = parseDec(a);
  const d = BigInt(n);
  if (!x || d === 0n) return null;
  const num = x.units * 10n ** BigInt(digits);
  const den = d * 10n ** BigInt(x.scale);
  const neg = num < 0n !== den < 0n;
  const an = num < 0n ? -num : num;
  const ad = den < 0n ? -den : den;
  let q = an / ad;
  if ((an % ad) * 2n >= ad) q += 1n;
  return decToString({ units: neg ? -q : q, scale: digits });
}

/** Compare two decimal strings (missing sorts first). */
export function cmpDec(a: string | null | undefined, b: string | null | undefined): number {
  const x = parseDec(a);
  const y = parseDec(b);
  if (!x && !y) return 0;
  if (!x) return -1;
  if (!y) return 1;
  const scale = Math.max(x.scale, y.scale);
  const xu = x.units * 10n ** BigInt(scale - x.scale);
  const yu = y.units * 10n ** BigInt(scale - y.scale);
  return xu < yu ? -1 : xu > yu ? 1 : 0;
}

/** Canonical decimal string: no trailing fractional zeros. */
export function decToString(d: Dec): string {
  const neg = d.units < 0n;
  let s = (neg ? -d.units : d.units).toString();
  if (d.scale > 0) {
    s = s.padStart(d.scale + 1, '0');
    let int = s.slice(0, s.length - d.scale);
    let frac = s.slice(s.length - d.scale).replace(/(?<!0)0+$/, ''); // (?<!0): linear on long zero runs
    s = frac ? `${int}.${frac}` : int;
  }
  return neg && s !== '0' ? '-' + s : s;
}

/** Number for chart geometry only (never for displayed money). */
export function toGeometryNumber(value: string | null | undefined): number {
  const d = parseDec(value);
  if (!d) return 0;
  return Number(d.units) / 10 ** d.scale;
}

/** 决算 / 预算 label. */
export function kindLabel(kind: 'final' | 'budget'): string {
  return kind === 'final' ? '决算' : '预算';
}

/** "2023-09" → "2023年9月". */
export function formatMonth(ym: string | null | undefined): string {
  if (!ym) return '未注明';
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  return m ? `${m[1]}年${Number(m[2])}月` : ym;
}

/** 1亿元 in 元. */
const YI = 100_000_000n;

/**
 * A money amount for reading: 亿元 with 2 decimals from 1亿 up ("10.73亿元"), else 万元 ("2,183.20万元"); `exact` is
 * always the 万元 text (for a tooltip or table). "—" when missing.
 */
export function readableAmount(value: string | null | undefined): { text: string; exact: string; yi: boolean } {
  const d = parseDec(value);
  if (!d) return { text: '—', exact: '—', yi: false };
  const exact = formatWan(value);
  const abs = d.units < 0n ? -d.units : d.units;
  if (abs < YI * 10n ** BigInt(d.scale)) return { text: exact, exact, yi: false };
  return { text: `${fixed(roundUnits({ units: d.units, scale: d.scale + 8 }, 2), 2)}亿元`, exact, yi: true };
}
