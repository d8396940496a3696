/**
 * Where the figures of a horizontal “三公”经费 row go when the table's identities are all that place them
 * (`placeFigures` of `three-public/horizontal.ts`). Fixtures are lines cut from converted texts of the generated PDF
 * corpus (Chromium → pdftotext -layout), the department's name replaced; values read by hand from the printed lines, in
 * 元. Fixture line n is text line n + 3 (three lines of document head come first).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, table, valuesByColumn } from '../helpers.ts';

const doc = (body: string) => ingestBody('2019年度\n测试市财政局部门决算', body);
const tableOf = (d: ReturnType<typeof doc>) => table(d, 'final_three_public');
const values = valuesByColumn;

// The 预算数 half's 公务接待费 blank: pdftotext closed the gap, its 运行维护费 109726.42 one space before the 决算数 half's
// 合计 146628.78 (line 12).
const BLANK_AT_THE_HALVES = `                              财政拨款“三公”经费支出决算表
                                         2019年度
部门名称：测试市财政局                                                                         单位：元
                     预算数                                        决算数
          因公出     公务用车购置及运行维护费                        因公出     公务用车购置及运行维护费
  合计 国（境） 小计 公务用车购 公务用车运 公务接                  合计      国（境）           公务用车     公务用车 公务接
           费              置费      行维护费 待费              费     小计       购置费 运行维护  费
                                                                                       待费
252966.63     252966.63 143240.21 109726.42 146628.78      146628.78 87376.52 59252.26
`;

// An empty table: six zeros for twelve columns (line 12). Every placement of zeros balances the identities.
const ZEROS_ONLY = `2021年度部门决算表                                                  财政拨款“三公”经费支出决算表
              预算数                          决算数
     因公出 公务用车购置及运行维护费            因公出
                      公务用 公务接 合计 国（境）
                                        公务用车购置及运行维护费
                                             公务用 公务用 公务接
 合计 国（境） 小计 公务用 车购置 车运行    待费            小计 车购置 车运行 待费
      费           费 维护费           费            费 维护费
       0.00 0.00 0.00              0.00        0.00   0.00
`;

const V = '公务用车购置及运行维护费';

describe('two figures one space apart on either side of the halves\' boundary', () => {
  it('places them with the 预算数 half\'s last cell blank between them when no placement with them as neighbours balances', () => {
    expect(values(tableOf(doc(BLANK_AT_THE_HALVES)))).toEqual({
      '预算数/合计': '252966.63',
      [`预算数/${V}/小计`]: '252966.63',
      [`预算数/${V}/公务用车购置费`]: '143240.21',
      [`预算数/${V}/公务用车运行维护费`]: '109726.42',
      '决算数/合计': '146628.78',
      [`决算数/${V}/小计`]: '146628.78',
      [`决算数/${V}/公务用车购置费`]: '87376.52',
      [`决算数/${V}/公务用车运行维护费`]: '59252.26',
    });
  });
});

describe('a 三公 row that every placement balances', () => {
  it('weighs every placement, not the first fifty, and leaves the zeros of line 12 unread when none is nearest', () => {
    const d = doc(ZEROS_ONLY);
    expect(values(tableOf(d))).toEqual({});
    expect(d.problems.find((p) => p.code === 'three_public_unread')!.message).toContain('210 种放法');
  });
});
