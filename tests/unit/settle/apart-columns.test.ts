import { describe, expect, it } from 'vitest';
import { cmp, parseDecimal, sum, ZERO, type Decimal } from '../../../src/lib/decimal.ts';
import { columnsDrawnApart } from '../../../src/lib/settle/apart-columns.ts';

// Rows: the total row first, then two 类 rows (the holds test below sums every row after the first).
const col = (...values: (string | null)[]) => values.map((v) => (v === null ? null : parseDecimal(v)));
const holds = (values: readonly (Decimal | null)[]) => cmp(sum(values.slice(1).filter((v): v is Decimal => v !== null)), values[0] ?? ZERO) === 0;

describe('columnsDrawnApart: one figure column read as two by page position', () => {
  it('joins two columns no row prints in both whose figures together sum to the total row', () => {
    // 合计 12.06 and 221's 7.86 in one column, 201's 4.20 in the next (the 收入决算表 of wenlvju-2015-00005, pdf76).
    const figures = [col('4767.11', '2121.94', '2645.17'), col('12.06', null, '7.86'), col(null, '4.20', null)];
    expect(columnsDrawnApart(figures, [1, 2], holds)).toEqual([[1, 2]]);
  });

  it('joins across a column blank in every row between them', () => {
    const figures = [col('12.06', null, '7.86'), col(null, null, null), col(null, '4.20', null)];
    expect(columnsDrawnApart(figures, [0, 2], holds)).toEqual([[0, 2]]);
  });

  it('does not join two columns one row prints in both', () => {
    const figures = [col('12.06', '1.00', '7.86'), col(null, '4.20', null)];
    expect(columnsDrawnApart(figures, [0, 1], holds)).toEqual([]);
  });

  it('does not join two columns whose figures together do not sum to the total row', () => {
    const figures = [col('12.06', null, '7.86'), col(null, '4.00', null)];
    expect(columnsDrawnApart(figures, [0, 1], holds)).toEqual([]);
  });

  it('does not join a column that holds together with its neighbour', () => {
    const figures = [col('12.06', null, '7.86'), col('4.20', '4.20', null)];
    expect(columnsDrawnApart(figures, [0], holds)).toEqual([]);
  });
});
