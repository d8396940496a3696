/**
 * A 一般公共预算财政拨款支出决算表 whose `科目名称` pdftotext ran together with the narrow `小计` cell beside it
 * (`科目名称小计`, line 12), in real `pdftotext -layout` output (tests/fixtures/text-forms/name-word-run-together-with-subtotal.pdftotext.txt:
 * source lines 216–250 of the generated synth-410700-jiaotongju-2019-final-00079 of pdf100). Read whole, the piece is no
 * word: `小计` was lost and `本年支出` headed the totals alone, beside 基本支出 and 项目支出 as columns of their own, so
 * every figure was published under another column than the table's. A label word run together with a value word is
 * split where the label word ends. Expected cells read by hand (万元, the cells in 元): 340.48 + 80.61 = 421.10 within
 * a cent (line 15); 33.03, 33.03 and 0.00 (line 17); 1,585.29 + 280.21 = 1,865.50 (line 33, the unnamed total).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a name word run together with the 小计 beside it', () => {
  const { table, onLine } = ingestTextFormFixture('name-word-run-together-with-subtotal.pdftotext.txt', 'final_general_expenditure');

  it('reads 本年支出 over 小计, 基本支出 and 项目支出', () => {
    expect(table.columns).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('puts 一般公共服务支出’s 421.10 under 本年支出/小计 (line 15)', () => {
    expect(onLine(15)).toEqual({ '本年支出/小计': '4211000', '本年支出/基本支出': '3404800', '本年支出/项目支出': '806100' });
  });

  it('reads 行政运行 and the unnamed total the same way (lines 17 and 33)', () => {
    expect(onLine(17)).toEqual({ '本年支出/小计': '330300', '本年支出/基本支出': '330300', '本年支出/项目支出': '0' });
    expect(onLine(33)).toEqual({ '本年支出/小计': '18655000', '本年支出/基本支出': '15852900', '本年支出/项目支出': '2802100' });
  });
});
