import { cleanText } from '../text/clean.ts';

const UNIT_EXPONENTS: Record<string, number> = { 元: 0, 十元: 1, 百元: 2, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };

/** Read a unit statement (`单位：万元`, `金额单位：元`, `单位: 万元`); returns the unit and its power of ten to 元. */
export function parseUnitLine(raw: string): { unit: string; exponent: number } | null {
  const t = cleanText(raw).replace(/[\s\u3000]+/g, '');
  const m = /(?:金额)?单位[：:](十元|百元|千元|万元|百万元|亿元|元)(?:$|[^\u3400-\u9fff])/.exec(t);
  if (!m) return null;
  return { unit: m[1]!, exponent: UNIT_EXPONENTS[m[1]!]! };
}

/** Find a unit statement anywhere in a line (some tables print it inside the header row or after the year). */
export function findUnit(raw: string): { unit: string; exponent: number } | null {
  const t = cleanText(raw).replace(/[\s\u3000]+/g, '');
  const m = /单位[：:](十元|百元|千元|万元|百万元|亿元|元)/.exec(t);
  if (!m) return null;
  return { unit: m[1]!, exponent: UNIT_EXPONENTS[m[1]!]! };
}

/** Power of ten from a printed money unit to 元 (万元 → 4), null for a unit that is not money. */
export function unitExponent(unit: string): number | null {
  return UNIT_EXPONENTS[unit] ?? null;
}
