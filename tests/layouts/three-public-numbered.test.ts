/**
 * “三公”经费 tables under a 栏次 row (1 2 … 12) that numbers their columns. The 栏次 numbers are figures: pdftotext
 * draws them where their columns stand, as it draws the row of figures under them, while the broken header words
 * drift along their lines. Fixtures are lines cut from converted texts of the generated PDF corpus
 * (Chromium → pdftotext -layout), the department's name replaced; values read by hand from the printed lines, in 元.
 * Fixture line n is text line n + 3 (three lines of document head come first).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, table, valuesByColumn } from '../helpers.ts';
import { numberCentres, orderByNumbers, placedMarkers, placementUnderNumbers } from '../../src/lib/parse/layouts/three-public/numbered-order.ts';

const doc = (body: string) => ingestBody('2017年度\n测试市生态环境局部门决算', body);
const tableOf = (d: ReturnType<typeof doc>) => table(d, 'final_three_public');
const values = valuesByColumn;

// Two halves whose header lines leave ten orders open: `出国` of the 决算数 half drawn on the 预算数 half's line, `小计`
// squeezed against `（境）`; the 栏次 numbers stand over the figures' columns.
const NUMBERED_HALVES = `                                              财政拨款“三公”经费支出决算表
                                                           2017年度
部门名称：测试市生态环境局                                                                                             金额单位：元
                         预算数                                                  决算数
           因公       公务用车购置及运行维护费                                 因公      公务用车购置及运行维护费
           出国
   合计 （境） 小计 公务用车购 公务用车运 费                    公务接待               出国
                                                         合计 （境） 小计 公务用车购 公务用车                      公务接待
                            置费      行维护费                                          置费      运行维护 费
           费                                                     费                          费
    1       2      3         4         5         6        7       8      9         10       11       12
 399865.72 0.00 386792.05 276792.05 110000.00 13073.67 293758.23 0.00 284737.40 229737.40 55000.00 9020.83
`;

// The 决算数 half with blank cells: four of its six cells printed, `0.00` under 栏次 10 (公务用车购置费), not 11.
const NUMBERED_BLANKS = `                                财政拨款“三公”经费支出决算表
                                          2018年度
部门名称：测试市生态环境局                                                            单位：元
                 预算数                                   决算数
          因公出 公务用车购置及运行维护费
                        公务用 公务接待 合计 国（境）        因公出 公务用车购置及运行维护费
                                                         公务用 公务用 公务接待
  合计 国（境） 小计 公务用   车购置 车运行 费                        小计 车购置 车运行 费
           费         费 维护费                       费         费 维护费
    1      2   3     4   5       6        7      8   9     10    11   12
 25192.86      0.00 0.00 0.00 25192.86 21413.93             0.00    21413.93
`;

const V = '公务用车购置及运行维护费';

describe('a 三公 header whose lines leave several orders open, under a 栏次 row', () => {
  const d = doc(NUMBERED_HALVES);
  it('takes the order whose header words stand over their columns\' 栏次 numbers, and reads the twelve figures of line 15', () => {
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '399865.72',
      '预算数/因公出国（境）费': '0',
      [`预算数/${V}/小计`]: '386792.05',
      [`预算数/${V}/公务用车购置费`]: '276792.05',
      [`预算数/${V}/公务用车运行维护费`]: '110000',
      '预算数/公务接待费': '13073.67',
      '决算数/合计': '293758.23',
      '决算数/因公出国（境）费': '0',
      [`决算数/${V}/小计`]: '284737.4',
      [`决算数/${V}/公务用车购置费`]: '229737.4',
      [`决算数/${V}/公务用车运行维护费`]: '55000',
      '决算数/公务接待费': '9020.83',
    });
    expect(d.problems.find((p) => p.code === 'three_public_by_words')!.message).toContain('栏次各栏位置');
  });
});

describe('a 三公 row with blank cells under a 栏次 row', () => {
  it('puts each figure of line 14 in the column whose 栏次 number stands nearest it: 0.00 under 10, 公务用车购置费', () => {
    const t = tableOf(doc(NUMBERED_BLANKS));
    expect(values(t)).toEqual({
      '预算数/合计': '25192.86',
      [`预算数/${V}/小计`]: '0',
      [`预算数/${V}/公务用车购置费`]: '0',
      [`预算数/${V}/公务用车运行维护费`]: '0',
      '预算数/公务接待费': '25192.86',
      '决算数/合计': '21413.93',
      [`决算数/${V}/公务用车购置费`]: '0',
      '决算数/公务接待费': '21413.93',
    });
  });
});

// A 栏次 row pdftotext packed one space apart from its first number (`1 2 3 … 12` over the first columns only): the
// numbers after the first stand where the packing put them, not over their columns.
const PACKED_NUMBERS = `部门：测试市生态环境局                                            单位：万元
              表九：财政拨款“三公”经费支出决算表
            预算数                            决算数
          公务用车购置及运行                      公务用车购置及运行
       因公       维护费        公务         因公       维护费        公务
 合计 （境）出国       公务  公务用 接待 合计 （境）     出国       公务  公务用 接待
                用车         费                   用车
                                         小计 购置 车运行 费
       费 小计 购置 车运行                    费
                 费 维护费                          费 维护费
  1 2 3 4 5 6 7 8 9 10 11 12
 18.43    17.38      17.38 1.04 16.12    15.12      15.12 0.99
`;

// The header's word pieces drawn out of their cells' order (`车购置` before its `公务用`, and `公务用` before
// `公务用车运`, on the 决算数 half's line): no placement of the figures balances under the orders those words leave; the
// marker characters alone leave six, of which the 栏次 numbers standing apart place 公务接待费 last (`公务接` `待费` over 6
// and 12). Line 14 holds eight figures for twelve columns.
const WORDS_OUT_OF_ORDER = `部门名称：测试市教育局                                                                                      单位：元
  附件1-9
                                      财政拨款“三公”经费支出决算表
                         预算数                                            决算数
                      公务用车购置及运行维护费                                   公务用车购置及运行维护费
   合计 因公出国 （境）费 小计 车购置        公务用 公务用车运
                                            公务接 合计 因公出国
                                             待费           （境）费 小计 车购置        公务用 公务用车运
                                                                                           公务接
                                                                                            待费
                               费   行维护费                                       费   行维护费
    1         2        3       4     5        6    7         8        9       10    11      12
 215441.84 40238.82 175203.02     175203.02     133976.32 25350.45 108625.87     108625.87
`;

describe('a 三公 header under a 栏次 row packed one space apart', () => {
  it('reads no order from the packed numbers, and places the eight figures of line 14 (万元, read in 元) by the identities and their gaps', () => {
    const d = doc(PACKED_NUMBERS);
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '184300',
      [`预算数/${V}/小计`]: '173800',
      [`预算数/${V}/公务用车运行维护费`]: '173800',
      '预算数/公务接待费': '10400',
      '决算数/合计': '161200',
      [`决算数/${V}/小计`]: '151200',
      [`决算数/${V}/公务用车运行维护费`]: '151200',
      '决算数/公务接待费': '9900',
    });
    expect(d.problems.find((p) => p.code === 'three_public_by_words')!.message).not.toContain('栏次各栏位置');
  });
});

describe('a 三公 header whose word pieces leave only orders no placement balances', () => {
  it('takes the order of the marker characters whose placed markers stand over their 栏次 numbers, and reads line 14', () => {
    const d = doc(WORDS_OUT_OF_ORDER);
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '215441.84',
      '预算数/因公出国（境）费': '40238.82',
      [`预算数/${V}/小计`]: '175203.02',
      [`预算数/${V}/公务用车运行维护费`]: '175203.02',
      '决算数/合计': '133976.32',
      '决算数/因公出国（境）费': '25350.45',
      [`决算数/${V}/小计`]: '108625.87',
      [`决算数/${V}/公务用车运行维护费`]: '108625.87',
    });
    expect(d.problems.find((p) => p.code === 'three_public_by_words')!.message).toContain('栏次各栏位置');
  });
});

describe('the 栏次 numbers as the columns\' places', () => {
  it('takes no order that is not clearly nearer its numbers than every other', () => {
    const markers = [{ item: 'total' as const, col: 5, piece: 0 }, { item: 'abroad' as const, col: 6, piece: 1 }];
    expect(orderByNumbers([['total', 'abroad'], ['abroad', 'total']], markers, [4, 8], 1)).toBeNull();
    expect(orderByNumbers([['total', 'abroad'], ['abroad', 'total']], [{ ...markers[0]!, col: 3 }, { ...markers[1]!, col: 10 }], [4, 8], 1)).toEqual(['total', 'abroad']);
  });
  it('gives no columns\' places from numbers packed one space apart', () => {
    const packed = ['1', '2', '3'].map((text, i) => ({ text, start: 2 + 2 * i }));
    expect(numberCentres(packed, 3)).toBeNull();
    expect(numberCentres(packed.map((p, i) => ({ ...p, start: 2 + 6 * i })), 3)).toEqual([2.5, 8.5, 14.5]);
  });
  it('measures only the markers of pieces standing apart on their line', () => {
    const lines = [{ n: 1, pieces: [{ text: '合计', start: 2 }, { text: '小计', start: 5 }, { text: '公务接待费', start: 12 }] }];
    const markers = [[{ item: 'total' as const, col: 2, piece: 0 }, { item: 'subtotal' as const, col: 5, piece: 1 }, { item: 'reception' as const, col: 12, piece: 2 }]];
    expect(placedMarkers(lines, markers).map((m) => m.item)).toEqual(['total', 'reception']);
  });
  it('places no figure standing as near two numbers', () => {
    expect(placementUnderNumbers([{ text: '0.00', start: 4 }], [4, 8], [[0], [1]])).toBeNull();
    expect(placementUnderNumbers([{ text: '0.00', start: 5 }], [4, 12], [[0], [1]])).toEqual([0]);
  });
});
