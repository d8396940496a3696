import { isTotalWord, lookupWord } from './vocabulary.ts';

/**
 * The meanings a 收入 table's value columns take, by vocabulary key, each with the word a column of that meaning is
 * named by: the sources of the year's income (and, in a budget, the carry-over) whose totals the document's 收支总表
 * prints again. The settle stage reads such a column's meaning from the 总表; the spaced reader leaves money it cannot
 * place under such a column to that stage.
 */

/** A meaning of a value column: its vocabulary key and the word a column of it is named by. */
export interface ColumnMeaning {
  readonly key: string;
  readonly word: string;
}

/** The 收入决算表's columns (the first the total of the others). */
export const FINAL_INCOME_MEANINGS: readonly ColumnMeaning[] = [
  { key: 'income_total', word: '本年收入合计' },
  { key: 'fiscal_grant', word: '财政拨款收入' },
  { key: 'superior_grant', word: '上级补助收入' },
  { key: 'business_income', word: '事业收入' },
  { key: 'operating_income', word: '经营收入' },
  { key: 'affiliated_income', word: '附属单位上缴收入' },
  { key: 'other_income', word: '其他收入' },
];

/** The 收入预算表's columns (the first the total of the others: its 合计 adds the carry-over to the year's income). */
export const BUDGET_INCOME_MEANINGS: readonly ColumnMeaning[] = [
  { key: 'total', word: '合计' },
  { key: 'carryover_start', word: '上年结转' },
  { key: 'fiscal_grant', word: '一般公共预算拨款收入' },
  { key: 'gov_fund', word: '政府性基金预算拨款收入' },
  { key: 'state_capital', word: '国有资本经营预算拨款收入' },
  { key: 'special_account', word: '财政专户管理资金收入' },
  { key: 'superior_grant', word: '上级补助收入' },
  { key: 'business_income', word: '事业收入' },
  { key: 'operating_income', word: '事业单位经营收入' },
  { key: 'affiliated_income', word: '附属单位上缴收入' },
  { key: 'other_income', word: '其他收入' },
];

/** Whether a column of this vocabulary key is one of a 收入 table's meanings, read again from the 总表. */
export function isIncomeMeaning(key: string): boolean {
  return FINAL_INCOME_MEANINGS.some((m) => m.key === key) || BUDGET_INCOME_MEANINGS.some((m) => m.key === key);
}

/** Whether a column headed `path` (its words top down) has a meaning the settle stage reads from another table of the
 * document (the 总表's total for each of a 收入 table's meanings, `isIncomeMeaning` of its last word). */
export function settledBySummary(path: readonly string[]): boolean {
  const key = lookupWord(path[path.length - 1] ?? '')?.key;
  return key !== undefined && isIncomeMeaning(key);
}

/** Whether a column headed `path` is a source of a 收入 table's income (`settledBySummary`), not the total of the others. */
export function isIncomeSource(path: readonly string[]): boolean {
  return settledBySummary(path) && !isTotalWord(path[path.length - 1] ?? '');
}
