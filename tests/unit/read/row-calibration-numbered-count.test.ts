/**
 * The count of value columns a table's rows are placed with (`row-calibration.ts` `numberedValueCount`): the amount
 * columns after the labels and the 行次 column, unless the table's 栏次 row numbers fewer of them, 1 … n. A header
 * read with a broken piece as a column of its own (`年初预` / `算数` read as two columns beside 全年预算数) has one
 * column more than the 栏次 row numbers; its count is then none, and no row is moved by a count the header got
 * wrong. Hand-built column models of a 一般公共预算财政拨款支出决算表 (a label column, the 行次 column, the values).
 */
import { describe, expect, it } from 'vitest';
import type { ColumnModel } from '../../../src/lib/parse/read/columns.ts';
import { numberedValueCount, valueColumnCount } from '../../../src/lib/parse/read/row-calibration.ts';

function model(values: string[]): ColumnModel {
  const columns = [
    { start: 0, end: 20, kind: 'text' as const },
    { start: 24, end: 26, kind: 'amount' as const },
    ...values.map((_, k) => ({ start: 30 + 10 * k, end: 37 + 10 * k, kind: 'amount' as const })),
  ];
  return { columns, header: [['科目名称', '行次', ...values]] };
}
const numbers = (n: number) => Array.from({ length: n }, (_, i) => ({ text: String(i + 1) }));

describe('the value columns a 栏次 row numbers', () => {
  const broken = model(['年初预', '算数', '全年预算数', '小计', '基本支出', '项目支出']);
  const whole = model(['年初预算数', '全年预算数', '小计', '基本支出', '项目支出']);

  it('counts the six columns after the names and the 行次 when the header alone is asked', () => {
    expect(valueColumnCount(broken)).toBe(6);
  });

  it('gives no count when the 栏次 row numbers five (1 … 5) of the six columns the header was read into', () => {
    expect(numberedValueCount(broken, numbers(5))).toBeNull();
  });

  it('keeps the count the 栏次 row agrees with: five columns numbered 1 … 5', () => {
    expect(numberedValueCount(whole, numbers(5))).toBe(5);
  });

  it('keeps the header’s count when there is no 栏次 row, or its numbers are not 1 … n in order', () => {
    expect(numberedValueCount(broken, [])).toBe(6);
    expect(numberedValueCount(broken, [{ text: '1' }, { text: '3' }, { text: '4' }])).toBe(6);
  });
});
