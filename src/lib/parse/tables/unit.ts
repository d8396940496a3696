import { cleanText } from '../../text/clean.ts';
import { UNIT_EXPONENTS } from '../../text/numbers.ts';

export { unitExponent } from '../../text/numbers.ts';

/** A unit statement; the unit names are the keys of UNIT_EXPONENTS (a literal, so the regex stress test covers it). */
const UNIT_RE = /(?:金额)?单位[：:](百万元|十元|百元|千元|万元|亿元|元)/;

/** Read a unit statement (`单位：万元`, `金额单位：元`, `单位: 万元`); returns the unit and its power of ten to 元. */
export function parseUnitLine(raw: string): { unit: string; exponent: number } | null {
  const t = cleanText(raw).replace(/[\s\u3000]+/g, '');
  const m = UNIT_RE.exec(t);
  // The unit ends the statement: "单位：元/人" is not a money unit statement, "单位：万元（保留两位小数）" is.
  if (!m || /[\u3400-\u9fff]/.test(t.charAt(m.index + m[0].length))) return null;
  return { unit: m[1]!, exponent: UNIT_EXPONENTS[m[1]!]! };
}

/** Find a unit statement anywhere in a line (some tables print it inside the header row or after the year). */
export function findUnit(raw: string): { unit: string; exponent: number } | null {
  const t = cleanText(raw).replace(/[\s\u3000]+/g, '');
  const m = UNIT_RE.exec(t);
  if (!m) return null;
  return { unit: m[1]!, exponent: UNIT_EXPONENTS[m[1]!]! };
}

/**
 * A title line without the unit statement printed at its right after a gap (`收入决算表    单位：万元`): the unit is
 * read with the meta lines. A unit in brackets (`收入决算表（单位：万元）`) is part of the printed title and stays.
 */
export function withoutTrailingUnit(text: string): string {
  const t = text.trimEnd();
  const m = UNIT_RE.exec(t);
  if (!m || m.index === 0 || m.index + m[0].length !== t.length || !/[\s\u3000]/.test(t.charAt(m.index - 1))) return text;
  return t.slice(0, m.index).trimEnd();
}
