/**
 * When the figures of a 财政拨款 收支总表's spending half come in pairs. Its columns are a total (合计) and one column
 * per fund (一般公共预算 / 政府性基金预算 / 国有资本经营预算 财政拨款); its income half has one row per fund (本年 and
 * carried over) and its totals. A fund spends no more than it brings in and carries over, so when only one fund brings
 * in any money the other fund columns hold nothing but zeros, and on every row the total and that fund's column hold
 * the same figure. A row printing two equal figures, not zero, in that half then prints exactly those two columns —
 * which the figures' places need not tell (pdftotext squeezes narrow columns, and on a page where no row prints every
 * column there is nothing to calibrate them on).
 *
 * Only one fund brings in money when the income rows that name a fund add up exactly to the income half's largest
 * total (总计), and only one fund's rows add up to more than zero: money on a row naming no fund (a 上年结转 not split
 * by fund) leaves the sum short and gives no rule. Each income row is taken as every reading of its line has it; a line
 * whose income half reads two ways then gives no money to a fund's row (the rows so read already add up to the 总计).
 */
import type { SourceLine } from '../../../text/lines.ts';
import { add, cmp, isZero, parseDecimal, ZERO, type Decimal } from '../../../decimal.ts';
import { isTotalLabel } from '../../tables/context.ts';
import { lookupWord, normHeaderWord, VOCABULARY } from '../../tables/vocabulary.ts';
import { lastSegment } from '../types.ts';
import { halfTake, type Half, type PairRule } from './by-order.ts';

/** The meanings of the fund columns. */
const FUNDS = ['general_budget', 'gov_fund', 'state_capital'];

/** The words of each fund, longest first. */
const FUND_WORDS = new Map(FUNDS.map((k) => [k, VOCABULARY.find((t) => t.key === k)!.words.map((w) => normHeaderWord(w))]));

/** The fund a label or column name names (it holds one of the fund's words, and no other fund's), or null. */
export function fundOf(text: string): string | null {
  const t = normHeaderWord(text);
  const hits = FUNDS.filter((k) => FUND_WORDS.get(k)!.some((w) => t.includes(w)));
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * The pair rule of a side-by-side table (see the module comment), or null. `labels` are the flattened header's
 * column names; `lines` the table's data lines.
 */
export function pairRuleOf(lines: readonly SourceLine[], halves: readonly Half[], labels: readonly string[]): PairRule | null {
  if (halves.length !== 2) return null;
  const spend = halves.findIndex((h) => {
    const [first, ...rest] = h.valueIdx.map((j) => lastSegment(labels[j]!));
    return first !== undefined && lookupWord(first)?.key === 'total' && rest.length >= 2 && rest.every((w) => fundOf(w) !== null);
  });
  if (spend < 0) return null;
  const income = 1 - spend;
  if (halves[income]!.valueIdx.length !== 1) return null;
  const byFund = new Map<string, Decimal>();
  let grand: Decimal | null = null;
  for (const l of lines) {
    if (l.form !== 'spaced') continue;
    const take = halfTake(l.raw, halves, income);
    if (!take || take.figures.length !== 1) continue;
    const value = parseDecimal(take.figures[0]!);
    if (!value || value.units < 0n) return null;
    const fund = fundOf(take.label);
    if (fund) byFund.set(fund, add(byFund.get(fund) ?? ZERO, value));
    else if (isTotalLabel(take.label) && (grand === null || cmp(value, grand) > 0)) grand = value;
  }
  const sum = [...byFund.values()].reduce(add, ZERO);
  const spending = [...byFund].filter(([, v]) => !isZero(v)).map(([k]) => k);
  if (grand === null || isZero(grand) || cmp(sum, grand) !== 0 || spending.length !== 1) return null;
  const half = halves[spend]!;
  const column = half.valueIdx.find((j) => fundOf(lastSegment(labels[j]!)) === spending[0]);
  if (column === undefined || half.valueIdx.filter((j) => fundOf(lastSegment(labels[j]!)) === spending[0]).length !== 1) return null;
  return { half: spend, columns: [half.valueIdx[0]!, column], quiet: { half: income, label: (label) => fundOf(label) !== null } };
}
