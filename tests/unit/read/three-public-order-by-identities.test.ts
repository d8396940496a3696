/**
 * A horizontal 三公 table with a figure in every column, whose header lines leave several orders of its items open:
 * the figures narrow them, as only an order under which they keep the table's identities (合计 = 因公出国（境）费 +
 * 公务用车购置及运行维护费 + 公务接待费, 小计 = 购置费 + 运行维护费, in each half, both halves in one order) can be the
 * table's (`orderItems`' `admits`, `header-account.ts`; `sameReading`, `horizontal.ts`). Lines as pdftotext -layout
 * prints the generated PDF corpus's tables (Chromium → pdftotext -layout), the department's name replaced; values read
 * by hand from the printed lines, in 元. Fixture line n is text line n + 3 (three lines of document head come first).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, table, valuesByColumn } from '../../helpers.ts';

const doc = (body: string) => ingestBody('2015年度\n测试市部门决算', body);
const tableOf = (d: ReturnType<typeof doc>) => table(d, 'final_three_public');
const values = valuesByColumn;
const problem = (d: ReturnType<typeof doc>, code: string) => d.problems.find((p) => p.code === code)?.message ?? '';
const V = '公务用车购置及运行维护费';

// The header of 附表9 of a 2015 决算: `公务用 公务用车运 公务接` of the 决算数 half printed a line below the rest of its
// header, `（境）费` of the 决算数 half on the 预算数 half's line; its lines leave ten orders of the six items.
const HEADER = `部门名称：测试市科学技术局                                                                              单位：元
2015年度部门决算表                                                                 财政拨款“三公”经费支出决算表
                        预算数                                             决算数
                     公务用车购置及运行维护费                                    公务用车购置及运行维护费
   合计 因公出国                  公务用 公务用车运 公务接 合计 因公出国
           （境）费 小计 车购置 行维护费 待费
                                                                             公务用 公务用车运 公务接
                                                           （境）费 小计 车购置 行维护费 待费
                             费                                                费
`;
const WITH = (figures: string) => `${HEADER}${figures}\n   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。\n`;

// `公务接待` and its `费` of the 预算数 half printed on one line with the 决算数 half's `（境）费`, read as two cells
// the lines leave 23 orders, none of them the printed one; with the two pieces read as one word's, two.
const JOINED_PIECES = `                      第16页 共18页
                                                       2015年度
部门名称：测试市商务局                                                                                              单位：元
                                       附表9：财政拨款“三公”经费支出决算表
                        预算数                                                  决算数
                     公务用车购置及运行维护费                                         公务用车购置及运行维护费
  合计 因公出国 （境）费 小计 公务用             公务用车运
                                            公务接待 合计 因公出国
                                              费                （境）费              公务用 公务用车运 公务接待    费
                            车购置 行维护费                                      小计 车购置 行维护费
                             费                                                    费
245273.35 74559.71 124988.83 0.00 124988.83 45724.81 192342.18 44735.82 108740.28 0.00 108740.28 38866.08
  注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

// The group word broken (`公务用车购置及` over `运行维护费`, far to its right): no character marks where 公务用车运行维护费
// stands, so the words' positions cannot order it.
const GROUP_BROKEN = (figures: string) => `部门名称：测试市科学技术局                                                                              单位：元
2015年度部门决算表                                                                 财政拨款“三公”经费支出决算表
                        预算数                                             决算数
                     公务用车购置及                                    公务用车购置及
   合计 因公出国                  公务用 公务用车运 公务接 合计 因公出国         运行维护费
           （境）费 小计 车购置 行维护费 待费
                                   运行维护费                                          公务用 公务用车运 公务接
                                                           （境）费 小计 车购置 行维护费 待费
                             费                                                费
${figures}\n   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。\n`;

describe('a 三公 row with a figure in every column under a header whose lines leave several orders', () => {
  it('reads the twelve figures of line 13 in the one order of the ten under which they balance', () => {
    // 300.00 = 10.00 + 250.00 + 40.00 and 250.00 = 100.00 + 150.00; 280.00 = 20.00 + 200.00 + 60.00 and 200.00 = 80.00 + 120.00
    const d = doc(WITH(' 300.00 10.00 250.00 100.00 150.00 40.00 280.00 20.00 200.00 80.00 120.00 60.00'));
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '300',
      '预算数/因公出国（境）费': '10',
      [`预算数/${V}/小计`]: '250',
      [`预算数/${V}/公务用车购置费`]: '100',
      [`预算数/${V}/公务用车运行维护费`]: '150',
      '预算数/公务接待费': '40',
      '决算数/合计': '280',
      '决算数/因公出国（境）费': '20',
      [`决算数/${V}/小计`]: '200',
      [`决算数/${V}/公务用车购置费`]: '80',
      [`决算数/${V}/公务用车运行维护费`]: '120',
      '决算数/公务接待费': '60',
    });
    expect(problem(d, 'three_public_by_words')).toContain('其中 1 种使各组数字符合表内恒等式');
  });

  it('orders the items the figures leave open by the words\' positions, choosing among the balancing orders only', () => {
    // 151784.03 = 6122.64 + 145661.39 + 0.00; 145661.39 = 0.00 + 145661.39 (小计 before 车购置 and 行维护费 on line 9)
    const d = doc(WITH(' 151784.03 6122.64 145661.39 0.00 145661.39 0.00 104853.42 4347.07 100506.35 0.00 100506.35 0.00'));
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '151784.03',
      '预算数/因公出国（境）费': '6122.64',
      [`预算数/${V}/小计`]: '145661.39',
      [`预算数/${V}/公务用车购置费`]: '0',
      [`预算数/${V}/公务用车运行维护费`]: '145661.39',
      '预算数/公务接待费': '0',
      '决算数/合计': '104853.42',
      '决算数/因公出国（境）费': '4347.07',
      [`决算数/${V}/小计`]: '100506.35',
      [`决算数/${V}/公务用车购置费`]: '0',
      [`决算数/${V}/公务用车运行维护费`]: '100506.35',
      '决算数/公务接待费': '0',
    });
    expect(problem(d, 'three_public_by_words')).toContain('其中 2 种使各组数字符合表内恒等式，再按各词位置');
  });

  it('reads line 15 whose `公务接待` and the `费` of its cell stand side by side (text line 9): one piece of 公务接待费, the orders they leave kept by the identities', () => {
    // 245273.35 = 74559.71 + 124988.83 + 45724.81; 192342.18 = 44735.82 + 108740.28 + 38866.08
    const d = doc(JOINED_PIECES);
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '245273.35',
      '预算数/因公出国（境）费': '74559.71',
      [`预算数/${V}/小计`]: '124988.83',
      [`预算数/${V}/公务用车购置费`]: '0',
      [`预算数/${V}/公务用车运行维护费`]: '124988.83',
      '预算数/公务接待费': '45724.81',
      '决算数/合计': '192342.18',
      '决算数/因公出国（境）费': '44735.82',
      [`决算数/${V}/小计`]: '108740.28',
      [`决算数/${V}/公务用车购置费`]: '0',
      [`决算数/${V}/公务用车运行维护费`]: '108740.28',
      '决算数/公务接待费': '38866.08',
    });
    expect(problem(d, 'three_public_by_words')).toContain('其中 2 种使各组数字符合表内恒等式，再按各词位置');
  });

  it('reads the row when every balancing order puts the same value under each item, the order then changing no fact', () => {
    // the vehicle items all 0.00: 小计, 购置费 and 运行维护费 may stand in any of their orders, each reads 0
    const d = doc(GROUP_BROKEN(' 100.00 60.00 0.00 0.00 0.00 40.00 90.00 50.00 0.00 0.00 0.00 40.00'));
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '100',
      '预算数/因公出国（境）费': '60',
      [`预算数/${V}/小计`]: '0',
      [`预算数/${V}/公务用车购置费`]: '0',
      [`预算数/${V}/公务用车运行维护费`]: '0',
      '预算数/公务接待费': '40',
      '决算数/合计': '90',
      '决算数/因公出国（境）费': '50',
      [`决算数/${V}/小计`]: '0',
      [`决算数/${V}/公务用车购置费`]: '0',
      [`决算数/${V}/公务用车运行维护费`]: '0',
      '决算数/公务接待费': '40',
    });
    expect(problem(d, 'three_public_by_words')).toContain('读法不因顺序而异');
  });

  it('leaves the row unread, and reports it, when two balancing orders put different values under an item', () => {
    // 30.00 0.00 30.00 balances as 小计 | 购置费 | 运行维护费 (购置费 0.00) and as 购置费 | 运行维护费 | 小计 (购置费 30.00)
    const d = doc(GROUP_BROKEN(' 100.00 60.00 30.00 0.00 30.00 10.00 90.00 50.00 20.00 0.00 20.00 20.00'));
    expect(tableOf(d).rows).toEqual([]);
    expect(problem(d, 'three_public_unread')).toContain('2 种顺序下各数都符合表内恒等式');
  });
});
