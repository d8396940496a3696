/**
 * A horizontal 三公 table the header's characters cannot place (eleven figures squeezed one space apart for twelve
 * columns: the blank cell leaves no trace) is not read as the grid's columns either when the grid read a 预算数 /
 * 决算数 word as a column of its own among the items (`合计 | 因公出国（境）费 | 小计 | 预算数 | …`): those are not the
 * table's columns. The table is reported unread, with its line (`printedReads`, `three-public.ts`). Lines as
 * pdftotext -layout prints the generated PDF corpus's tables (Chromium → pdftotext -layout), the department's name
 * replaced. Fixture line n is text line n + 3 (three lines of document head come first).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';

const doc = (body: string) => ingestText({ text: '2017年度\n测试市城市管理局部门决算\n\n' + body, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const SQUEEZED_BLANK = `                                                  2017年度
部门：测试市城市管理局                                                                                 单位：元
                                      财政拨款“三公”经费支出决算表
               预算数                                            决算数
            公务用车购置及运行维护费                                   公务用车购置及运行维护费
         因公                                            因公
         出国      公务 公务用车 公务接待                          出国       公务 公务用车 公务接待
  合计     （境） 小计 用车 运行维护 费                      合计      （境） 小计 用车 运行维护 费
          费      购置 费                                   费       购置 费
                  费                                              费
 132650.67 0.00 90000.00 90000.00 42650.67 108394.02 0.00 74700.00 0.00 74700.00 33694.02
   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

describe('a 三公 row whose blank cell cannot be placed, under a grid that read 预算数 as a column', () => {
  const d = doc(SQUEEZED_BLANK);
  const table = d.tables.find((t) => t.kind === 'final_three_public')!;
  const values = () => Object.fromEntries(table.rows.flatMap((r) => r.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])));

  it('takes no column from the grid (no column named 预算数 or 决算数 alone)', () => {
    expect(table.columns.filter((c) => c === '预算数' || c === '决算数')).toEqual([]);
  });

  // (values in 元 as exact decimals: `0.00` is 0, `90000.00` is 90000)
  it('reads every figure that each placement keeping the identities puts in the same column (line 14)', () => {
    // 预算数: 132650.67 = 0.00 + 90000.00 + 42650.67, the second 90000.00 under 购置费 or 运行维护费 (one is blank);
    // 决算数: six figures for six columns, 108394.02 = 0.00 + 74700.00 + 33694.02 and 74700.00 = 0.00 + 74700.00
    expect(values()).toEqual({
      '预算数/合计': '132650.67',
      '预算数/因公出国（境）费': '0',
      '预算数/公务用车购置及运行维护费/小计': '90000',
      '预算数/公务接待费': '42650.67',
      '决算数/合计': '108394.02',
      '决算数/因公出国（境）费': '0',
      '决算数/公务用车购置及运行维护费/小计': '74700',
      '决算数/公务用车购置及运行维护费/公务用车购置费': '0',
      '决算数/公务用车购置及运行维护费/公务用车运行维护费': '74700',
      '决算数/公务接待费': '33694.02',
    });
  });

  it('leaves the undecided figure unread, its two possible columns without a cell (never blank), and reports it at line 14', () => {
    const cells = table.rows.flatMap((r) => r.cells).filter((c) => /^预算数\/公务用车购置及运行维护费\/公务用车/.test(c.column));
    expect(cells).toEqual([]);
    expect(d.problems.some((p) => p.code === 'three_public_undecided' && p.line === 14 && p.message.includes('90000.00'))).toBe(true);
  });
});
