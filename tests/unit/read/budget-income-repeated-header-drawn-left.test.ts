/**
 * A 部门收入总表 over three pages, its header repeated on each, the later pages drawn a few characters left of the
 * first (tests/fixtures/text-forms/budget-income-repeated-header-drawn-left.pdftotext.txt: the title lines and source
 * lines 27–113 of synth-140300-shangwuju-2018-budget-00068, pdf119, the 部门收支总表 before it included; fixture line n
 * is source line n + 23 from line 4 on). The header's 财政拨款（补助）收入 is broken over four lines (`财政拨款` /
 * `（补助）收` / `入`) among 上年结转 and 事业收入 one space apart. Read over every page's rows, three columns ran together
 * into `上年 （补助）收事业收入`, no known word; read over the rows of the header's own page (lines 46–60), every value
 * column has its word. Values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { doc, table, onLine } = ingestTextFormFixture('budget-income-repeated-header-drawn-left.pdftotext.txt', 'budget_income');

describe('a header read over its own page when the pages after it are drawn elsewhere', () => {
  it('names 合计, 上年结转, 财政拨款（补助）收入 and 事业收入, no unknown column', () => {
    expect(table.columns.slice(0, 4)).toEqual(['合计', '上年结转', '财政拨款（补助）收入', '事业收入']);
    expect(doc.problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });
  it('reads the 总计 of line 46: 1957452.97, 1951631.00 and 5821.97', () => {
    expect(onLine(46)).toEqual({ 合计: '1957452.97', '财政拨款（补助）收入': '1951631', 事业收入: '5821.97' });
  });
  it('reads a row of the second page (line 65, 208 社会保障和就业支出) and of the third (line 89, 2210202 提租补贴)', () => {
    expect(onLine(65)).toEqual({ 合计: '587815.82', '财政拨款（补助）收入': '586688.04', 事业收入: '1127.78' });
    expect(onLine(89)).toEqual({ 合计: '190000', '财政拨款（补助）收入': '190000' });
  });
});
