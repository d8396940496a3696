import { add, cmp, fromInt, parseDecimal, shift, toString, ZERO, type Decimal } from '../../../decimal.ts';
import type { Evaluation } from '../../../model/performance.ts';

/**
 * The full score (out of 100) of a self-evaluation, which is what a 说明 quotes ("自评结果为93.7分").
 *
 * Most forms print it in their 合计 row. Some print a 合计 that covers the indicators only (分值 90 = 30 + 25 + 35)
 * and keep the 10-point 预算执行 row outside it; the full score is then the printed 合计 plus the points of the
 * 预算执行 row. Those points are the row's 得分 when it is within its 分值; when the 得分 cell is larger than the 分值
 * it cannot be the row's own score, and the points follow from the form's rule (分值 × 预算执行率, at most 100 %).
 * If such a 得分 cell equals the full score, the form printed the total in the wrong cell: `totalInFundsCell`.
 *
 * Returns null when the full score cannot be known with certainty (no printed total; weights that do not add up
 * to 100 with the 预算执行 rows; a 预算执行 row whose points cannot be told) — checks then skip, never fail.
 */
export interface FullScore {
  /** The full score (exact). */
  score: Decimal;
  /** The printed 合计 and what it covers. */
  printed: Decimal;
  /** Points added to the printed 合计 (the 预算执行 rows), zero when the 合计 covers everything. */
  added: Decimal;
  /** How the score was made, in Chinese (for messages): e.g. `83.7（90 分指标合计）+ 10（预算执行 10 分）`. */
  how: string;
  /** Lines of 预算执行 rows whose 得分 cell holds the full score instead of the row's own points. */
  totalInFundsCell: number[];
}

const HUNDRED = fromInt(100);
const dec = (s: string | null | undefined) => (s === null || s === undefined ? null : parseDecimal(s));

export function fullScore(e: Evaluation): FullScore | null {
  const printed = dec(e.total_score_printed);
  if (!printed) return null;
  const weight = dec(e.total_weight_printed) ?? HUNDRED;
  if (cmp(weight, HUNDRED) === 0) return { score: printed, printed, added: ZERO, how: `${toString(printed)}（合计）`, totalInFundsCell: [] };

  // The printed 合计 covers less than 100 points: the 预算执行 rows must make up the rest exactly.
  const funds = e.funds.filter((f) => dec(f.weight) !== null);
  const fundsWeight = funds.reduce((a, f) => add(a, dec(f.weight)!), ZERO);
  if (funds.length === 0 || cmp(add(weight, fundsWeight), HUNDRED) !== 0) return null;
  let added = ZERO;
  const oversized: { line: number; score: Decimal }[] = [];
  for (const f of funds) {
    const w = dec(f.weight)!;
    const s = dec(f.score);
    if (s && cmp(s, w) <= 0) {
      added = add(added, s);
      continue;
    }
    const rate = dec(f.execution_rate);
    if (!rate) return null;
    const capped = cmp(rate, HUNDRED) > 0 ? HUNDRED : rate;
    // 得分 = 分值 × 预算执行率 (exact: the product shifted two places for the percent).
    added = add(added, shift({ units: w.units * capped.units, scale: w.scale + capped.scale }, -2));
    if (s) oversized.push({ line: f.line, score: s });
  }
  const score = add(printed, added);
  return {
    score,
    printed,
    added,
    how: `${toString(printed)}（${toString(weight)} 分指标合计）+ ${toString(added)}（预算执行 ${toString(fundsWeight)} 分）`,
    totalInFundsCell: oversized.filter((o) => cmp(o.score, score) === 0).map((o) => o.line),
  };
}
