/**
 * A sparse 收入决算表 whose header read by position names a word twice (`sparse-cover.ts`).
 * tests/fixtures/text-forms/income-sparse-word-read-twice.pdftotext.txt is the 收入决算表 of
 * synth-410300-shangwuju-2016-final-00033 (a fresh corpus, its lines 90–119; line n here is line n + 89 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document. The header (lines 4–9) prints its cells two
 * characters a line: `本年 财政 上级 事业 经营 附属` over `收入 拨款 补助 收入 收入 单位`, then `上缴`, `其他`, `收入`
 * one column right, and `合计 收入 收入 收入` on the line of the label words. Read by position, two columns are headed
 * `收入` and one `合计` between them: nine value columns, a word read twice. The pieces read as one exact cover of
 * seven words, of no other count: 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入,
 * 其他收入. The rows print three figures at most: the first under `本年`, the second under `财政`, a third under `其他`
 * (column 44; `0.1` at 45). Figures read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'income-sparse-word-read-twice.pdftotext.txt';

describe('a sparse 收入决算表 whose header by position reads 收入 twice (lines 4–9)', () => {
  const { table, onLine: row } = ingestTextFormFixture(FILE, 'final_income');

  it('reads the seven columns of the cover', () => {
    expect(table.columns).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('line 13, 208 社会保障和就业支出 4 25.2 25.1 … 0.1: 0.1 under 其他收入', () => {
    expect(row(13)).toEqual({ 本年收入合计: '252000', 财政拨款收入: '251000', 其他收入: '1000' });
  });

  it('line 10, 201 一般公共服务支出 1 2.2 2.2', () => {
    expect(row(10)).toEqual({ 本年收入合计: '22000', 财政拨款收入: '22000' });
  });

  it('line 28, the 合计 row 19 59.8 59.6 … 0.2', () => {
    expect(row(28)).toEqual({ 本年收入合计: '598000', 财政拨款收入: '596000', 其他收入: '2000' });
  });
});
