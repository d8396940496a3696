import type { Table } from '../model/table.ts';
import { FINAL_INCOME_MEANINGS } from '../parse/tables/income-meanings.ts';
import { lookupWord, normHeaderWord } from '../parse/tables/vocabulary.ts';
import type { SettleRule, SourceTotals } from './rule.ts';
import { totalsByLine } from './source-lines.ts';

/**
 * The 收入决算表's columns by meaning, each with the yearly total the 收入支出决算总表 prints for it on its 收入 side
 * (一、一般公共预算财政拨款收入 … 八、其他收入, 本年收入合计): the 收入决算表's 合计 row must equal them column by column.
 * The 财政拨款收入 column holds the three 财政拨款 sources the 总表 prints apart (一般公共预算, 政府性基金, 国有资本经营).
 */
export const INCOME_BY_SUMMARY: SettleRule = {
  kind: 'final_income',
  source: 'final_summary',
  meanings: FINAL_INCOME_MEANINGS,
  totals: summaryIncomeTotals,
  unreadContradicted: true,
};

/** The 总表's income lines summed into the 收入决算表's meanings (its 财政拨款 lines into one). */
const SUMMARY_LINE_MEANING: Record<string, string> = {
  income_total: 'income_total',
  fiscal_grant: 'fiscal_grant',
  general_budget: 'fiscal_grant',
  gov_fund: 'fiscal_grant',
  state_capital: 'fiscal_grant',
  superior_grant: 'superior_grant',
  business_income: 'business_income',
  operating_income: 'operating_income',
  affiliated_income: 'affiliated_income',
  other_income: 'other_income',
};

/**
 * Each meaning's total on the 收入 side of the 总表 (a blank line counts as nothing received). A meaning whose line
 * is not printed, printed twice, or printed with no single 决算数 cell has no total: it is left out.
 */
export function summaryIncomeTotals(summary: Table): SourceTotals {
  return totalsByLine(
    summary.rows.filter((row) => row.block === null || row.block === '收入'),
    (row) => {
      const key = lookupWord(row.name, 'summary')?.key;
      const meaning = key === undefined ? undefined : SUMMARY_LINE_MEANING[key];
      // 收入总计 adds the carry-over to the year's income: only 本年收入合计 is the year's total.
      if (!meaning || (meaning === 'income_total' && !normHeaderWord(row.name).startsWith('本年'))) return undefined;
      return { line: key!, meaning };
    },
    (row) => (row.cells.length === 1 ? row.cells : row.cells.filter((c) => c.column.endsWith('决算数'))),
  );
}
