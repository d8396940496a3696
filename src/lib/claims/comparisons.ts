import type { Claim } from '../model/document.ts';
import { parseDecimal, shift, toString } from '../decimal.ts';

/**
 * Comparisons a 说明 states in words between two of its own numbers, read as claims (topics, in this order):
 *
 *   words_budget_final  — the 决算 figure compared (subject = the word: 大于 | 小于 | 等于 | 持平 | 差异 | 增加 | 减少)
 *   words_budget_budget — the 年初预算 figure it is compared with (same subject)
 *   words_budget_change — the amount of `比年初预算增加/减少X`, when printed (subject 增加 | 减少)
 *   words_yoy_flat      — `与上年持平` printed next to a change amount against the previous year (value = that amount)
 *
 * Forms read: `决算数为Y，大于年初预算数X`; `决算数与年初预算数持平` / `存在差异` / `基本一致`, and
 * `决算数大于年初预算数的主要原因是…` after a sentence giving `年初预算为X，支出决算为Y` in the same paragraph; `决算数比年初
 * 预算增加Z`; `比上年增加0万元，与上年持平`. The direction words of `比上年增加X，增长Y%` are already in the yoy claims.
 * The check family (checks/wording.ts) decides whether the word agrees with the numbers.
 */
const NUM = '(?<![0-9])([0-9][0-9,]{0,30}(?:\\.[0-9]*)?)';
const MONEY = `${NUM}\\s*(亿元|万元|元)`;
const EXP: Record<string, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** The word as printed → the relation it states (决算 ? 预算). */
const RELATION: Record<string, string> = {
  大于: '大于', 高于: '大于', 超过: '大于', 多于: '大于', 超出: '大于',
  小于: '小于', 低于: '小于', 少于: '小于',
  等于: '等于', 持平: '持平', 相等: '等于', 相同: '等于', 一致: '等于', 基本一致: '等于', 基本持平: '持平',
  存在差异: '差异', 有差异: '差异', 存在较大差异: '差异', 差异较大: '差异', 存在一定差异: '差异', 不一致: '差异',
  增加: '增加', 增长: '增加', 减少: '减少', 下降: '减少',
};
const WORDS = Object.keys(RELATION).sort((a, b) => b.length - a.length).join('|');

/** A pair of figures stated together (`年初预算为X，支出决算为Y`), kept for a word in a later sentence. */
export interface BudgetPair {
  budget: { num: string; unit: string };
  final: { num: string; unit: string };
}

interface Ctx {
  line: number;
  claims: Claim[];
}

function money(num: string, unit: string): string | null {
  const d = parseDecimal(num);
  return d ? toString(shift(d, EXP[unit] ?? 0)) : null;
}

function push(o: Ctx, topic: string, num: string, unit: string, subject: string, text: string): void {
  const v = money(num, unit);
  if (v !== null) o.claims.push({ topic, text, value: v, measure: 'yuan', unit, subject, line: o.line });
}

/** The pair a word refers to; each claim's text keeps the phrase and its own printed figure (for its precision). */
function pushPair(o: Ctx, pair: BudgetPair, rel: string, phrase: string): void {
  push(o, 'words_budget_final', pair.final.num, pair.final.unit, rel, `${phrase}（决算数${pair.final.num}${pair.final.unit}）`);
  push(o, 'words_budget_budget', pair.budget.num, pair.budget.unit, rel, `${phrase}（预算数${pair.budget.num}${pair.budget.unit}）`);
}

/** The last `预算…X…决算…Y` pair of a sentence, if any (for words in later sentences of the paragraph). */
export function budgetPairIn(s: string): BudgetPair | null {
  let last: BudgetPair | null = null;
  for (const m of s.matchAll(new RegExp(`预算(?:数)?(?:为|是)?${MONEY}[，,]?(?:[^，,。；;]{0,12}[，,])?(?:支出)?决算(?:数)?(?:为|是)?${MONEY}`, 'g'))) {
    last = { budget: { num: m[1]!, unit: m[2]! }, final: { num: m[3]!, unit: m[4]! } };
  }
  return last;
}

/**
 * Comparison claims of one sentence. `pair` is the budget/决算 pair of an earlier sentence of the paragraph (or of this
 * one); returns the pair to keep for the following sentences.
 */
export function comparisonClaims(s: string, line: number, pair: BudgetPair | null): { claims: Claim[]; pair: BudgetPair | null } {
  const o: Ctx = { line, claims: [] };
  const here = budgetPairIn(s) ?? pair;
  let m: RegExpExecArray | null;
  // 决算数为Y，大于年初预算数X / 决算数Y万元，低于预算数X万元
  if ((m = new RegExp(`决算(?:数)?(?:为|是)?${MONEY}[，,]?(${WORDS})(?:全年|年初)?预算(?:数)?(?:为)?${MONEY}`).exec(s))) {
    const rel = RELATION[m[3]!]!;
    push(o, 'words_budget_final', m[1]!, m[2]!, rel, m[0]);
    push(o, 'words_budget_budget', m[4]!, m[5]!, rel, m[0]);
    return { claims: o.claims, pair: here };
  }
  // 决算数比年初预算(数)增加/减少Z
  if ((m = new RegExp(`决算(?:数)?(?:比|较)(?:全年|年初)?预算(?:数)?(增加|减少|增长|下降)${MONEY}?`).exec(s)) && here) {
    const rel = RELATION[m[1]!]!;
    pushPair(o, here, rel, m[0]);
    if (m[2]) push(o, 'words_budget_change', m[2], m[3]!, rel, m[0]);
    return { claims: o.claims, pair: here };
  }
  // 决算数大于年初预算数（的主要原因…） / 决算数与年初预算数持平 / 存在差异 — numbers from this or an earlier sentence.
  m = new RegExp(`决算(?:数)?(${WORDS})(?:全年|年初)?预算(?:数)?`).exec(s) ?? new RegExp(`决算(?:数)?与(?:全年|年初)?预算(?:数)?(?:相比|相较)?[，,]?(?:基本)?(${WORDS})`).exec(s);
  if (m && here && RELATION[m[1]!]) {
    const rel = RELATION[m[1]!]!;
    pushPair(o, here, rel, m[0]);
    return { claims: o.claims, pair: here };
  }
  // 比上年增加0万元…，与上年持平
  const flat = /(?:与|比|较)上年(?:度)?(?:相比)?(?:基本)?持平/.exec(s);
  const change = new RegExp(`(?:增加|减少)${MONEY}`).exec(s);
  if (flat && change) push(o, 'words_yoy_flat', change[1]!, change[2]!, '持平', `${change[0]}…${flat[0]}`);
  return { claims: o.claims, pair: here };
}
