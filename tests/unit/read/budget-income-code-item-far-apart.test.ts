/**
 * A 2016 部门收入总表 by function class whose codes print with spaces, the 项 far right of its 类款 (`201 03        01`,
 * text line 18), under a header printing `科目编码` over the 款 and `类 款 项` as one cell over the 类 (lines 6 and 13).
 * The grid cut those rows' codes into three cells, the 款 under `科目编码`: the row took `201` for its code and read
 * `03` as money under a column named 科目编码 (`30000` 元). A 款 and 项 printed in the columns between the code and the
 * name, headed by no word or by a code word, beside a 类 or 类款, are the rest of the row's code; on the next page,
 * drawn otherwise, the whole code stands in one of those columns, the code column blank (`215 08 05`, line 55). Real `pdftotext
 * -layout` output of a Chromium-printed generator document: tests/fixtures/text-forms/budget-income-code-item-far-apart.pdftotext.txt,
 * the 部门收入总表 of synth-140300-gongxinju-2016-budget-00018 (corpus seed 166, its lines 79–136, two pages: fixture line n is
 * document line n + 75). Values read by hand from the printed lines, in 元 (万元 × 10 000).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 部门收入总表 whose 款 and 项 stand apart under 科目编码', () => {
  const { table, onLine } = ingestTextFormFixture('budget-income-code-item-far-apart.pdftotext.txt', 'budget_income');
  const codeOn = (n: number) => table.rows.find((r) => r.line === n)?.code;

  it('reads line 18 (`201 03        01   行政运行   39.45 0.00 39.45 0.00 0.00`) as 2010301, no figure under 科目编码', () => {
    expect(codeOn(18)).toBe('2010301');
    expect(onLine(18)).toEqual({ 合计: '394500', 上年结转: '0', 一般公共预算拨款收入: '394500', 事业收入: '0', 其他收入: '0' });
  });

  it('reads the 项 of 201 32 and 205 08 the same way (lines 22 and 25), 0.73 under 其他收入 on line 25', () => {
    expect([22, 25].map(codeOn)).toEqual(['2013299', '2050803']);
    expect(onLine(25)).toEqual({ 合计: '989400', 上年结转: '0', 一般公共预算拨款收入: '982000', 事业收入: '0', 其他收入: '7300' });
  });

  it('reads the next page\'s whole codes printed beside a blank code column (lines 55 and 58)', () => {
    expect([55, 58].map(codeOn)).toEqual(['2150805', '2210201']);
    expect(onLine(58)).toEqual({ 合计: '624500', 上年结转: '0', 一般公共预算拨款收入: '620000', 事业收入: '0', 其他收入: '4500' });
  });

  it('names no column by the code word', () => {
    expect(table.columns).not.toContain('科目编码');
  });
});
