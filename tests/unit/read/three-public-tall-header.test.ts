/**
 * A horizontal 三公 table whose narrow columns wrap the header words over thirteen lines (`公务` `用车` `运行` `维护`
 * `费` one under another): the header is read by its characters all the same, its size bounded by the characters an
 * account of the 三公 words can hold, not by a count of lines (`MAX_ACCOUNT_CHARS`, `header-account.ts`). Lines as
 * pdftotext -layout prints the generated PDF corpus's tables (Chromium → pdftotext -layout), the department's name
 * replaced; values read by hand from the printed lines, in 元. Fixture line n is text line n + 3 (three lines of
 * document head come first).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, table, valuesByColumn } from '../../helpers.ts';

const doc = (body: string) => ingestBody('2015年度\n测试市财政局部门决算', body);
const tableOf = (d: ReturnType<typeof doc>) => table(d, 'final_three_public');
const values = valuesByColumn;

// Thirteen header lines (text lines 7–19) over six figures for twelve columns: the vehicle cells blank in both halves.
const TALL_HEADER = `部门：测试市财政局                                                                     单位：元
  决算09表
                           财政拨款“三公”经费支出决算表
                    预算数                                  决算数
                     公务用车购置及运                            公务用车购置及运
                       行维护费                                行维护费
                           公务 公务接待                              公务 公务接待
   合计 因公出国              公务 用车            合计     因公出国         公务
           （境）费
                     小计 用车 运行
                                费               （境）费
                                                         小计  用车 用车
                                                                运行
                                                                     费
                        购置 维护                                购置 维护
                        费 费                                  费 费
 103137.33 26163.54           76973.79 66963.42 13081.77           53881.65
   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

describe('a 三公 header wrapped over thirteen lines', () => {
  it('is read by its characters, and the six figures of line 20 go under 合计, 因公出国（境）费 and 公务接待费 of each half', () => {
    // 103137.33 = 26163.54 + 76973.79 and 66963.42 = 13081.77 + 53881.65, the blank vehicle cells adding nothing
    const d = doc(TALL_HEADER);
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '103137.33',
      '预算数/因公出国（境）费': '26163.54',
      '预算数/公务接待费': '76973.79',
      '决算数/合计': '66963.42',
      '决算数/因公出国（境）费': '13081.77',
      '决算数/公务接待费': '53881.65',
    });
    expect(tableOf(d).columns).toContain('预算数/公务用车购置及运行维护费/小计');
    expect(d.problems.some((p) => p.code === 'three_public_by_words' && p.line === 20)).toBe(true);
  });
});
