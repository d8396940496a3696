/**
 * A total row pdftotext printed alone on the next page, its figures touching (`总计  22 119.01 119.01`), read under
 * 合计 | 上年结转 while every row above holds its figures under 合计 | 一般公共预算拨款收入: the 部门收入总表 of
 * synth-140300-nongyeju-2019-budget-00078 (pdf15, 万元), lines 90–114. Its 类 rows (一般公共服务支出 11.50, 社会保障和
 * 就业支出 50.22, 卫生健康支出 14.13, 农林水支出 20.64, 住房保障支出 22.51, read by hand) sum to 119.00: the total row's
 * figures go to 合计 and 一般公共预算拨款收入.
 */
import { describe, expect, it } from 'vitest';
import { parseDecimal, type Decimal } from '../../../src/lib/decimal.ts';
import { totalRowBySums } from '../../../src/lib/settle/total-row-placement.ts';

const d = (s: string | null): Decimal | null => (s === null ? null : parseDecimal(s));
const precision = d('0.01')!;
// columns: 合计 | 上年结转 | 一般公共预算拨款收入 | 事业收入 | 其他收入
const classes = ['11.50', '50.22', '14.13', '20.64', '22.51'];
const blank = classes.map(() => null);
const parts = [classes.map(d), blank, classes.map(d), blank, blank];
const asRead = [d('119.01'), d('119.01'), null, null, null];

describe('a total row placed by the sums of its 类 rows', () => {
  it('puts 119.01 and 119.01 under 合计 and 一般公共预算拨款收入', () => {
    expect(totalRowBySums(asRead, parts, precision)).toEqual([0, 2]);
  });

  it('does so too in a table without 类 rows, by which columns the other rows fill', () => {
    const rows = ['11.50', '11.50', '11.50', '50.22', '28.47'];
    const none = rows.map(() => null);
    expect(totalRowBySums(asRead, [rows.map(d), none, rows.map(d), none, none], precision, false)).toEqual([0, 2]);
  });

  it('leaves a total row already standing so', () => {
    expect(totalRowBySums([d('119.01'), null, d('119.01'), null, null], parts, precision)).toBeNull();
  });

  it('decides nothing when two placements agree (a figure of zero beside columns holding nothing)', () => {
    expect(totalRowBySums([d('119.01'), d('0.00'), d('119.01'), null, null], parts, precision)).toBeNull();
  });

  it('decides nothing when no column sums to a figure', () => {
    expect(totalRowBySums([d('120.50'), d('119.01'), null, null, null], parts, precision)).toBeNull();
  });
});
