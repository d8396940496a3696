/**
 * A 收入决算表 whose first page pdftotext printed with its 栏次 row squeezed left, so that every row of that page was
 * read one column off (财政拨款收入 under 上级补助收入, 事业收入 under 其他收入) while the next page's rows stand right:
 * synth-410800-jiaotongju-2015-final-00010 (pdf20, 元), lines 101–141. Its 收入支出决算总表 prints 一般公共预算财政拨款收入
 * 1249021.99 and 事业收入 7593.14, every other source blank. Lines (read by hand):
 *
 *   总计                 1256615.13    1249021.99     7593.14
 *   一般公共服务支出            554456.64     551602.33     2854.31
 *   社会保障和就业支出           318902.21     318902.21
 *   ……(page break)
 *   住房公积金             30735.89   30000.00      735.89
 *   购房补贴              27210.05   27210.05
 *
 * Part columns: 财政拨款收入 0 | 上级补助收入 1 | 事业收入 2 | 经营收入 3 | 附属单位上缴收入 4 | 其他收入 5.
 */
import { describe, expect, it } from 'vitest';
import { parseDecimal, type Decimal } from '../../../src/lib/decimal.ts';
import { rowsByTotals, type PlacedRow } from '../../../src/lib/settle/rows-by-totals.ts';

const d = (s: string): Decimal => parseDecimal(s)!;
const precision = d('0.01');
const zero = d('0');
const totals = [d('1249021.99'), zero, d('7593.14'), zero, zero, zero];
const row = (figures: string[], read: number[], total = false): PlacedRow => ({ figures: figures.map(d), read, parent: null, total });

// as read: page one's figures one column right, page two's where they stand
const asRead = [
  row(['1249021.99', '7593.14'], [1, 5], true),
  row(['551602.33', '2854.31'], [1, 5]),
  row(['318902.21'], [1]),
  row(['30000.00', '735.89'], [0, 2]),
  row(['27210.05'], [0]),
];

describe('rows placed again by the totals another table prints for each column', () => {
  it('puts the total row and every row read in the same columns under 财政拨款收入 and 事业收入', () => {
    expect(rowsByTotals(asRead, totals, precision)).toEqual([[0, 2], [0, 2], [0], [0, 2], [0]]);
  });

  it('places a lone figure (total plus one figure) by where the figures read in its column went', () => {
    const placed = rowsByTotals(asRead, totals, precision)!;
    expect(placed[2]).toEqual([0]);
  });

  it('decides nothing when a lone figure stands in a column no decided row reads', () => {
    const lone = [...asRead.slice(0, 2), row(['318902.21'], [3])];
    expect(rowsByTotals(lone, totals, precision)).toBeNull();
  });

  it('decides nothing when the total row cannot equal the printed totals', () => {
    expect(rowsByTotals(asRead, [d('1249021.98'), zero, d('7593.14'), zero, zero, zero], precision)).toBeNull();
  });

  it('leaves a table whose rows stand where the totals put them', () => {
    const right = [row(['1249021.99', '7593.14'], [0, 2], true), row(['551602.33', '2854.31'], [0, 2])];
    expect(rowsByTotals(right, totals, precision)).toBeNull();
  });

  it('places a child by the sums down its family when its parent decides it', () => {
    // 政府办公厅（室）及相关机构事务 217547.51 | 1807.10 over 信访事务 20000.00 alone and 事业运行 197547.51 | 1807.10
    const family: PlacedRow[] = [
      { figures: [d('217547.51'), d('1807.10')], read: [0, 2], parent: null, total: true },
      { figures: [d('20000.00')], read: [2], parent: 0, total: false },
      { figures: [d('197547.51'), d('1807.10')], read: [0, 2], parent: 0, total: false },
    ];
    expect(rowsByTotals(family, [d('217547.51'), zero, d('1807.10'), zero, zero, zero], precision)).toEqual([[0, 2], [0], [0, 2]]);
  });

  describe('zeros no sum places', () => {
    // synth-410300-caizhengju-2015-final-00003 (pdf145, 元): the 总表 prints 一般公共预算财政拨款收入 28076295.65 and 其他收入
    // 129194.09, every other source blank or 0.00; `208 社会保障和就业支出 … 10324599.62 10265002.88 0.00 0.00 59596.74`
    // drawn two characters right, its 59596.74 read under 附属单位上缴收入 (4), its zeros under 事业收入 (2) and 经营收入 (3).
    const sources = [d('28076295.65'), zero, zero, zero, zero, d('129194.09')];
    const total = row(['28076295.65', '129194.09'], [0, 5], true);

    it('moves the figure the totals place, the zeros staying nearest where they were read', () => {
      const drawnRight = row(['10265002.88', '0.00', '0.00', '59596.74'], [0, 2, 3, 4]);
      expect(rowsByTotals([total, drawnRight], sources, precision)).toEqual([[0, 5], [0, 2, 3, 5]]);
    });

    it('splits a crowded pair read in one column, `0.00 35537.18` under 附属单位上缴收入: the zero stays there', () => {
      const crowded = row(['2006709.69', '0.00', '0.00', '35537.18'], [0, 2, 4, 4]);
      expect(rowsByTotals([total, crowded], sources, precision)).toEqual([[0, 5], [0, 2, 4, 5]]);
    });

    it('decides nothing when two placements move the zeros as little (`0.00 0.00` crowded under 事业收入)', () => {
      // the first zero at 上级补助收入 and the second at 事业收入, or the first at 事业收入 and the second at 经营收入
      const crowdedZeros = row(['10265002.88', '0.00', '0.00', '59596.74'], [0, 2, 2, 4]);
      expect(rowsByTotals([total, crowdedZeros], sources, precision)).toBeNull();
    });
  });
});
