import { parseDecimal, shift, toString } from '../decimal.ts';

/**
 * The printed number and money patterns, defined once. Tables, the narrative claims and the checks all read money
 * through these; a second copy of a pattern or of the unit table is a defect.
 *
 * Every pattern starts at the first digit of a run and bounds the integer part: `[0-9][0-9,]*` backtracks
 * quadratically on a long run of digits with no unit after it (docs/security.md).
 */

/** Power of ten from a printed money unit to 元. */
export const UNIT_EXPONENTS: Readonly<Record<string, number>> = { 元: 0, 十元: 1, 百元: 2, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };

/** Money units a narrative writes after an amount (`85.4万元`); one capture group. */
export const NARRATIVE_MONEY_UNIT = '(亿元|万元|元)';

/** A printed number in running text; one capture group (the number). */
export const NUM = '(?<![0-9])([0-9][0-9,]{0,30}(?:\\.[0-9]*)?)';

/** An amount with its unit in running text; two capture groups (number, unit). */
export const MONEY = `${NUM}\\s*${NARRATIVE_MONEY_UNIT}`;

/** A figure a table prints with decimals (`103.88`, `1,036,994.67`, `-2.5`), the whole text. */
export const DECIMAL_FIGURE_RE = /^-?[0-9][0-9,]{0,30}\.[0-9]+$/;

/** A percentage in running text; one capture group (the number). */
export const PCT = `${NUM}\\s*[%％]`;

/** Power of ten from a printed money unit to 元 (万元 → 4), null for a unit that is not money. */
export function unitExponent(unit: string): number | null {
  return UNIT_EXPONENTS[unit] ?? null;
}

/** A printed amount and unit as an exact decimal string in 元 (`85.4`, `万元` → `854000`); null when not a number. */
export function toYuan(num: string, unit: string): string | null {
  const d = parseDecimal(num);
  return d ? toString(shift(d, UNIT_EXPONENTS[unit] ?? 0)) : null;
}
