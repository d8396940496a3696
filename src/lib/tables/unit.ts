import { cleanText } from '../text/clean.ts';
import { MONEY_UNIT, UNIT_EXPONENTS } from '../text/numbers.ts';

export { unitExponent } from '../text/numbers.ts';

const UNIT_LINE_RE = new RegExp(`(?:金额)?单位[：:](${MONEY_UNIT})(?:$|[^\\u3400-\\u9fff])`);
const UNIT_ANYWHERE_RE = new RegExp(`单位[：:](${MONEY_UNIT})`);

/** Read a unit statement (`单位：万元`, `金额单位：元`, `单位: 万元`); returns the unit and its power of ten to 元. */
export function parseUnitLine(raw: string): { unit: string; exponent: number } | null {
  const t = cleanText(raw).replace(/[\s\u3000]+/g, '');
  const m = UNIT_LINE_RE.exec(t);
  if (!m) return null;
  return { unit: m[1]!, exponent: UNIT_EXPONENTS[m[1]!]! };
}

/** Find a unit statement anywhere in a line (some tables print it inside the header row or after the year). */
export function findUnit(raw: string): { unit: string; exponent: number } | null {
  const t = cleanText(raw).replace(/[\s\u3000]+/g, '');
  const m = UNIT_ANYWHERE_RE.exec(t);
  if (!m) return null;
  return { unit: m[1]!, exponent: UNIT_EXPONENTS[m[1]!]! };
}
