/**
 * A squeezed 收入决算表 no row fills, whose header read by position makes a word's rest a column of its own
 * (`squeezed-rows.ts`). tests/fixtures/text-forms/income-squeezed-word-rest-as-column.pdftotext.txt is the 收入决算表
 * of synth-410100-gongxinju-2018-final-00052 (a fresh corpus, its lines 79–112; line n here is line n + 78 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document. Line 6 prints `（补助）  收入` under
 * `财政拨款`: the three lines of 财政拨款（补助）收入's cell, its last drawn beside its second. Read by position, `收入`
 * heads a column of its own between 财政拨款（补助） and 上级补助收入, the zeros of 上级补助收入 under it and every
 * column after it one off. The header's pieces read as one exact cover of seven words, the only reading under which
 * every row's figures keep the header's totals. Figures read by hand (万元), each zero under the word its end stands
 * nearest to: 上级补 at column 41, 事业收 46, 经营收 52, 附属单 58, 其他收 62.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'income-squeezed-word-rest-as-column.pdftotext.txt';

describe('a squeezed 收入决算表 whose 财政拨款（补助）收入 prints its 收入 beside （补助） (lines 5–7)', () => {
  const { table, onLine: row } = ingestTextFormFixture(FILE, 'final_income');

  it('reads seven columns, 收入 the end of 财政拨款（补助）收入', () => {
    expect(table.columns).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('line 8, 总计 5,473.68 5,473.68 0.00 … 0.00 0.00 0.00', () => {
    expect(row(8)).toEqual({ 本年收入合计: '54736800', '财政拨款（补助）收入': '54736800', 上级补助收入: '0', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });

  it('line 9, 201 一般公共服务支出 562.23 562.23 0.00 … 0.00', () => {
    expect(row(9)).toEqual({ 本年收入合计: '5622300', '财政拨款（补助）收入': '5622300', 上级补助收入: '0', 经营收入: '0' });
  });
});
