import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';
import { codesByIndent } from '../../../src/lib/parse/read/code-sums.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 支出决算表 over
// two pages: fixture line n is the document's line n + 125 from line 4 on). The table prints no codes: its names are
// indented by level (类 at character 0, 款 at 1, 项 at 2). A row printing its total twice (`行政运行  49.16 49.16`, line
// 18) may read the second figure as 基本支出 or 项目支出 alike by the header's totals; the sums down the classification
// tell: 组织事务 (line 17) prints 基本支出 89.50, its other child 其他组织事务支出 (line 19) 40.34, so 行政运行's is
// 49.16 of 基本支出 (and its 项目支出 nothing: 38.96 = 38.96). Before, such rows read their second figure as 项目支出.

describe('a 支出决算表 printing no codes, its names indented by level, rows printing their total twice', () => {
  const { onLine } = ingestTextFormFixture('final-expenditure-levels-by-indent-settle-equal-pair.pdftotext.txt', 'final_expenditure');

  it('reads 行政运行’s second figure as 基本支出 by 组织事务’s sums (line 18)', () => {
    expect(onLine(18)).toEqual({ 本年支出合计: '491600', 基本支出: '491600' });
  });

  it('reads 事业单位医疗 and 公务员医疗补助 so too: 162.77 = 40.41 + 63.98 + 58.38 under 行政事业单位医疗 (lines 26–29)', () => {
    expect(onLine(27)).toEqual({ 本年支出合计: '404100', 基本支出: '404100' });
    expect(onLine(28)).toEqual({ 本年支出合计: '639800', 基本支出: '639800' });
  });

  it('leaves rows printing their parts apart as read (`其他组织事务支出  79.31 40.34 38.96`, line 19)', () => {
    expect(onLine(19)).toEqual({ 本年支出合计: '793100', 基本支出: '403400', 项目支出: '389600' });
  });
});

describe('codesByIndent: codes from names indented by level', () => {
  it('makes a 类, 款 and 项 code from each name’s start, the 合计 row none', () => {
    expect(codesByIndent([null, 0, 1, 2, 2, 1, 0, 1])).toEqual([null, '101', '10101', '1010101', '1010102', '10102', '102', '10201']);
  });

  it('makes none when a row is more than one level below the row above, or the names start at one place only', () => {
    expect(codesByIndent([1, 0, 1])).toBeNull();
    expect(codesByIndent([0, 2, 4, 0, 4])).toBeNull();
    expect(codesByIndent([0, 0, 0])).toBeNull();
  });
});
