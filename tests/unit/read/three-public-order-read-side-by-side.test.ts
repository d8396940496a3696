/**
 * A horizontal 三公 table whose header lines pdftotext packed one space apart: no line holds the marks of both vehicle
 * items (购 置 for 公务用车购置费, 运 for 公务用车运行维护费) and the one row's figures keep the table's identities under
 * either order of the two (110000.00 = 0.00 + 110000.00). The items' mean marker columns put 运 (packed into
 * `公务用车运` at column 22) left of 购置 (column 30), which is where the pair's cells are not: on the line `购置 行维护费`
 * the purchase cell's third line stands just left of the running cell's second, in the 预算数 half, as printed. Lines as
 * pdftotext -layout prints the generated PDF corpus's tables (Chromium → pdftotext -layout), the department's name
 * replaced; values read by hand from the printed lines, in 元. Fixture line n is text line n + 3 (three lines of
 * document head come first).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, table, valuesByColumn } from '../../helpers.ts';

const doc = (body: string) => ingestBody('2015年度\n测试市科学技术局部门决算', body);

// Header text lines 6–13, the row on text line 14: twelve figures for twelve columns, one space apart.
const PACKED = `部门名称：测试市科学技术局                                                                                 金额单位：元
                                 表九 财政拨款“三公”经费支出决算表
                        预算数                                                 决算数
                     公务用车购置及运行维护费                                        公务用车购置及运行维护费
                              公务                                                  公务 公务用车 公务接待
   合计 因公出国 （境）费 小计 用车 公务用车运 费
                                             公务接待 合计 因公出国
                                                                （境）费 小计 用车 运行维护 费
                              购置 行维护费                                             购置 费
                              费                                                   费
 227052.15 59725.86 110000.00 0.00 110000.00 57326.29 179941.52 44794.39 84700.00 0.00 84700.00 50447.13
   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

const V = '公务用车购置及运行维护费';

describe('a 三公 header packed one space apart, the vehicle pair side by side on one line', () => {
  it('reads 公务用车购置费 before 公务用车运行维护费, as `购置 行维护费` stands on text line 12: 0.00 under 购置费 in both halves', () => {
    const d = doc(PACKED);
    expect(valuesByColumn(table(d, 'final_three_public'))).toEqual({
      '预算数/合计': '227052.15',
      '预算数/因公出国（境）费': '59725.86',
      [`预算数/${V}/小计`]: '110000',
      [`预算数/${V}/公务用车购置费`]: '0',
      [`预算数/${V}/公务用车运行维护费`]: '110000',
      '预算数/公务接待费': '57326.29',
      '决算数/合计': '179941.52',
      '决算数/因公出国（境）费': '44794.39',
      [`决算数/${V}/小计`]: '84700',
      [`决算数/${V}/公务用车购置费`]: '0',
      [`决算数/${V}/公务用车运行维护费`]: '84700',
      '决算数/公务接待费': '50447.13',
    });
  });
});
