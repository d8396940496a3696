import { abs, add, cmp, mulInt, parseDecimal, sub, sum, ZERO, type Decimal } from '../decimal.ts';
import type { Table } from '../model/table.ts';
import { BUDGET_INCOME_MEANINGS } from '../parse/tables/income-meanings.ts';
import { lookupWord } from '../parse/tables/vocabulary.ts';
import type { SettleRule, SourceTotals } from './rule.ts';
import { totalsByLine } from './source-lines.ts';

/**
 * The 收入预算表's columns by meaning, each with the total the budget's 收支总表 prints for it on its 收入 side
 * (一、一般公共预算拨款收入 … 其他收入, 上年结转结余, 收入总计): the 收入预算表's 合计 row must equal them column by
 * column. Its 合计 column adds the carry-over to the year's income: 收入总计, not 本年收入合计, is its total.
 */
export const BUDGET_INCOME_BY_SUMMARY: SettleRule = {
  kind: 'budget_income',
  source: 'budget_summary',
  meanings: BUDGET_INCOME_MEANINGS,
  totals: budgetSummaryIncomeTotals,
  // 本年收入 (合计) printed beside 总计: a subtotal the row identity (合计 = the sum of the others) does not hold for.
  beyond: ['income_total'],
  aliases: { general_budget: 'fiscal_grant' },
};

/** The 收支总表's income lines by the 收入预算表's meanings (收入总计 its 合计; 本年收入合计 none of its columns). */
const SUMMARY_LINE_MEANING: Record<string, string> = {
  fiscal_grant: 'fiscal_grant',
  general_budget: 'fiscal_grant',
  gov_fund: 'gov_fund',
  state_capital: 'state_capital',
  special_account: 'special_account',
  superior_grant: 'superior_grant',
  business_income: 'business_income',
  operating_income: 'operating_income',
  affiliated_income: 'affiliated_income',
  other_income: 'other_income',
  carryover_start: 'carryover_start',
};

/**
 * Each meaning's total on the 收入 side of the 收支总表 (a blank line counts as nothing received). A meaning whose line
 * is not printed, printed twice, or printed with no single amount cell has no total: it is left out.
 */
export function budgetSummaryIncomeTotals(summary: Table): SourceTotals {
  const totals = totalsByLine(
    summary.rows.filter((row) => row.block === null || row.block === '收入'),
    (row) => {
      const key = lookupWord(row.name, 'summary')?.key;
      if (key === 'income_total') return /总计$/.test(row.name.trim()) ? { line: 'grand_total', meaning: 'total' } : { line: 'income_total', meaning: 'income_total' };
      const meaning = key === undefined ? undefined : SUMMARY_LINE_MEANING[key];
      return meaning ? { line: key!, meaning } : undefined;
    },
    (row) => row.cells,
  );
  // The 收入 side printed whole (its sources add up to 本年收入合计, and with the carry-over to 收入总计, within their rounding): a source it
  // does not print received nothing.
  const year = totals.get('income_total');
  totals.delete('income_total');
  const sources = [...totals].filter(([m]) => m !== 'total' && m !== 'carryover_start').map(([, v]) => v);
  // Within the rounding of the printed figures (a last digit per figure added).
  const precision = parseDecimal(summary.precision) ?? ZERO;
  const near = (a: Decimal, b: Decimal, figures: number) => cmp(abs(sub(a, b)), mulInt(precision, BigInt(figures))) <= 0;
  const carry = totals.get('carryover_start');
  const total = totals.get('total');
  const whole = year !== undefined && carry !== undefined && total !== undefined && near(sum(sources), year, sources.length) && near(add(year, carry), total, 2);
  if (whole) for (const { key } of BUDGET_INCOME_BY_SUMMARY.meanings) if (!totals.has(key)) totals.set(key, ZERO);
  return totals;
}
