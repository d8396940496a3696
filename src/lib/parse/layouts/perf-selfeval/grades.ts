import { parseDecimal, toString } from '../../../decimal.ts';
import { flat } from '../../tables/cell-text.ts';

/** Grade thresholds: `100-90（含）分为优、90-80（含）分为良、80-60（含）分为中、60分以下为差`. */
/** Digit-initial patterns start with (?<!\d) so a long digit run is scanned once (linear, not quadratic). */
export function readGradeThresholds(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const t = flat(s);
  for (const m of t.matchAll(/(?<!\d)(\d+(?:\.\d+)?)分?[-－—~～至](\d+(?:\.\d+)?)[（(]含[)）]分?(?:为|是)[“"]?(优秀?|良好?|中等?|合格|差|较差)/g)) {
    const a = parseDecimal(m[1]!)!;
    const b = parseDecimal(m[2]!)!;
    out[m[3]!.slice(0, 1)] = toString(a.units * 10n ** BigInt(b.scale) < b.units * 10n ** BigInt(a.scale) ? a : b);
  }
  for (const m of t.matchAll(/(?<!\d)(\d+(?:\.\d+)?)[（(]含[)）]分?[-－—~～至](\d+(?:\.\d+)?)分?(?:为|是)[“"]?(优秀?|良好?|中等?|合格|差|较差)/g)) {
    out[m[3]!.slice(0, 1)] = toString(parseDecimal(m[1]!)!);
  }
  for (const m of t.matchAll(/(?<!\d)(\d+(?:\.\d+)?)分?[（(]含[)）]以上(?:为|是)[“"]?(优秀?|良好?|中等?|合格|差|较差)/g)) {
    out[m[2]!.slice(0, 1)] = toString(parseDecimal(m[1]!)!);
  }
  if (/(?<!\d)\d+(?:\.\d+)?分?以下(?:为|是)[“"]?差/.test(t) && out['差'] === undefined) out['差'] = '0';
  return out;
}

/** The grade a score falls in: the best grade whose lower bound it reaches. */
export function gradeFor(score: string, thresholds: Record<string, string>): string | null {
  const s = parseDecimal(score);
  if (!s) return null;
  const entries = Object.entries(thresholds)
    .map(([g, v]) => ({ g, v: parseDecimal(v)! }))
    .sort((a, b) => (a.v.units * 10n ** BigInt(b.v.scale) > b.v.units * 10n ** BigInt(a.v.scale) ? -1 : 1));
  for (const e of entries) {
    const lhs = s.units * 10n ** BigInt(e.v.scale);
    const rhs = e.v.units * 10n ** BigInt(s.scale);
    if (lhs >= rhs) return e.g;
  }
  return null;
}
