/**
 * When the figures of a 财政拨款 收支总表's spending half come in pairs. Its columns are a total (合计) and one column
 * per fund (一般公共预算 / 政府性基金预算 / 国有资本经营预算 财政拨款); its income half has one row per fund (本年 and
 * carried over) and its totals. A fund spends no more than it brings in and carries over, so when only one fund brings
 * in any money the other fund columns hold nothing but zeros, and on every row the total and that fund's column hold
 * the same figure. A row printing two equal figures, not zero, in that half then prints exactly those two columns —
 * which the figures' places need not tell (pdftotext squeezes narrow columns, and on a page where no row prints every
 * column there is nothing to calibrate them on).
 *
 * Only one fund brings in money when either
 * - the income rows that name a fund add up exactly to the income half's largest total (总计), and only one fund's
 *   rows add up to more than zero (money on a row naming no fund, a 上年结转 not split by fund, leaves the sum short);
 *   a line whose income half reads two ways then gives no money to a fund's row (the rows so read already add up);
 * - or every fund but one has rows of its own that print no money, and no money is carried over on a row naming no
 *   fund (a budget's `（一）财政拨款（补助）` is then the one fund's: the others have their own rows); a line whose
 *   income half reads two ways then gives no money to the rows of those funds. A fund's row with no figure whose label goes on
 *   to the next line counts as unknown: its figure may stand on the line of the label's rest;
 * - or every fund but one has rows of its own that print no money, and money is carried over on rows naming no fund
 *   (each read the same by every reading of its line): any of that money may be another fund's, so a pair is read only
 *   when its figure is more than all of it (no other fund can spend so much); a pair no larger is not read.
 * Each income row is taken by its first word where the income half's labels start, with its figures as every reading
 * of its line has them (a line whose readings differ there, naming a fund or a carry-over, counts against the rule —
 * unless every reading gives it nothing but zeros).
 */
import type { SourceLine } from '../../../text/lines.ts';
import { add, cmp, isZero, parseDecimal, ZERO, type Decimal } from '../../../decimal.ts';
import { isTotalLabel } from '../../tables/context.ts';
import { continuesLabel } from '../../tables/levels.ts';
import { lookupWord, normHeaderWord, VOCABULARY } from '../../tables/vocabulary.ts';
import { lastSegment } from '../types.ts';
import { leftMayHoldMoney, leftTake, wordsOf, type Half, type PairRule } from './by-order.ts';

/** The meanings of the fund columns. */
export const FUNDS = ['general_budget', 'gov_fund', 'state_capital'];

/** The words of each fund, longest first. */
const FUND_WORDS = new Map(FUNDS.map((k) => [k, VOCABULARY.find((t) => t.key === k)!.words.map((w) => normHeaderWord(w))]));

/** The words of money carried over from the year before (上年结转, 年初结转和结余, 财政拨款结转 …). */
const CARRY_WORDS = VOCABULARY.filter((t) => t.key === 'carryover_start' || t.key === 'fiscal_carryover').flatMap((t) => t.words.map((w) => normHeaderWord(w)));

/** True for a label of money carried over (not split by fund when it names none). */
function isCarryOver(label: string): boolean {
  const t = normHeaderWord(label);
  return CARRY_WORDS.some((w) => t.includes(w));
}

/** The fund a label or column name names (it holds one of the fund's words, and no other fund's), or null. */
export function fundOf(text: string): string | null {
  const t = normHeaderWord(text);
  const hits = FUNDS.filter((k) => FUND_WORDS.get(k)!.some((w) => t.includes(w)));
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * Per half: whether its figure columns are a 合计 and then the funds it adds up (two funds at least: 一般公共预算,
 * 政府性基金, 国有资本经营 …). `labels` are the flattened header's column names.
 */
export function totalOverFunds(halves: readonly Half[], labels: readonly string[]): boolean[] {
  return halves.map((h) => {
    const [first, ...rest] = h.valueIdx.map((j) => lastSegment(labels[j]!));
    return first !== undefined && lookupWord(first)?.key === 'total' && rest.length >= 2 && rest.every((w) => fundOf(w) !== null);
  });
}

/**
 * The pair rule of a side-by-side table (see the module comment), or null. `labels` are the flattened header's
 * column names; `lines` the table's data lines.
 */
export function pairRuleOf(lines: readonly SourceLine[], halves: readonly Half[], labels: readonly string[]): PairRule | null {
  if (halves.length !== 2) return null;
  const spend = totalOverFunds(halves, labels).indexOf(true);
  if (spend < 0) return null;
  // (the income half is the left one)
  const income = 0;
  if (spend !== 1) return null;
  if (halves[income]!.valueIdx.length !== 1) return null;
  const funds = halves[spend]!.valueIdx.slice(1).map((j) => fundOf(lastSegment(labels[j]!))!);
  const byFund = new Map<string, Decimal>();
  /** Funds a row of unknown money names (a line whose income half reads two ways). */
  const unsure = new Set<string>();
  let grand: Decimal | null = null;
  let carried = false;
  /** The money carried over on rows naming no fund, or null when a line there reads two ways. */
  let carry: Decimal | null = ZERO;
  // where the left half's labels start: the leftmost text word that starts a line
  const spaced = lines.filter((l) => l.form === 'spaced');
  const at = Math.min(...spaced.map((l) => wordsOf(l.raw)[0]).filter((w) => w?.kind === 'text').map((w) => w!.start));
  const labelOf = (l: SourceLine) => {
    const first = wordsOf(l.raw)[0];
    return first?.kind === 'text' && first.start <= at + 3 ? first.text : '';
  };
  for (const [k, l] of spaced.entries()) {
    const take = leftTake(l.raw, halves, at);
    const label = labelOf(l);
    const fund = fundOf(label);
    // a label wrapped onto the next line may have its figure there (`一、一般公共预算财政拨` / `款 1 188.97`)
    const next = spaced[k + 1];
    const wrapped = next !== undefined && continuesLabel(labelOf(next), next.n - l.n);
    if (!take || (wrapped && take.figures.length === 0)) {
      // (a line whose readings give its income half no money but zeros holds none either way)
      if (!wrapped && !leftMayHoldMoney(l.raw, halves)) {
        if (fund && !byFund.has(fund)) byFund.set(fund, ZERO);
        continue;
      }
      if (fund) unsure.add(fund);
      else if (isCarryOver(label)) [carried, carry] = [true, null];
      continue;
    }
    if (fund && !byFund.has(fund)) byFund.set(fund, ZERO);
    if (take.figures.length !== 1) continue;
    const value = parseDecimal(take.figures[0]!);
    if (!value || value.units < 0n) return null;
    if (fund) byFund.set(fund, add(byFund.get(fund)!, value));
    else if (isTotalLabel(take.label) && (grand === null || cmp(value, grand) > 0)) grand = value;
    else if (isCarryOver(take.label) && !isZero(value)) {
      carried = true;
      if (carry) carry = add(carry, value);
    }
  }
  const sum = [...byFund.values()].reduce(add, ZERO);
  const spending = [...byFund].filter(([, v]) => !isZero(v)).map(([k]) => k);
  // every fund's rows add up to the 总计: the funds with money are those whose rows have some
  const summed = grand !== null && !isZero(grand) && cmp(sum, grand) === 0 && spending.length === 1;
  // or all but one fund have rows of their own with no money, and no money is carried over unsplit
  const idle = funds.filter((f) => byFund.has(f) && isZero(byFund.get(f)!) && !unsure.has(f));
  const named = !carried && idle.length === funds.length - 1;
  // or so, with money carried over unsplit: any of it may be another fund's, so only a pair above it all is the one's
  const bounded = !summed && !named && carry !== null && idle.length === funds.length - 1;
  if (!summed && !named && !bounded) return null;
  const active = summed ? spending[0]! : funds.find((f) => !idle.includes(f))!;
  const quiet = summed ? (label: string) => fundOf(label) !== null : (label: string) => idle.includes(fundOf(label) ?? '');
  const half = halves[spend]!;
  const column = half.valueIdx.find((j) => fundOf(lastSegment(labels[j]!)) === active);
  if (column === undefined || funds.filter((f) => f === active).length !== 1) return null;
  return { half: spend, columns: [half.valueIdx[0]!, column], quiet: { half: income, label: quiet }, above: bounded ? carry : null };
}
