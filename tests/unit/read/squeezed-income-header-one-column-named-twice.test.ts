/**
 * A 收入决算表 whose narrow header pdftotext broke over six lines, its rows squeezed one space apart, in real
 * `pdftotext -layout` output (tests/fixtures/text-forms/squeezed-income-header-one-column-named-twice.pdftotext.txt:
 * source lines 72–111 of the generated synth-410400-jiaotongju-2017-final-00045 of pdf111). The header's pieces
 * (`本年` `收入` `合计`, `财政` `拨款` `（补` `助）` `收入`, …, lines 9–14) also spell readings of eight columns that
 * share the pieces of `本年收入合计` out with a neighbour's `收入`: `本年收入` | `收入合计`, one column named twice.
 * With those readings beside the seven-column one, no reading was taken and the table was read by position (27 of its
 * 114 facts). A reading naming one column twice is no reading. Expected cells read by hand (万元, the cells in 元):
 * 75.2 and 75.2, then two zeros packed one space after them and one far right (line 15); 19.9 and 19.9 (line 30).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a squeezed header whose pieces also spell one column twice', () => {
  const { table, onLine } = ingestTextFormFixture('squeezed-income-header-one-column-named-twice.pdftotext.txt', 'final_income');

  it('reads the seven income columns', () => {
    expect(table.columns).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads the unnamed total row: 75.2 twice, zeros in the next two columns and the last (line 15)', () => {
    expect(onLine(15)).toEqual({ 本年收入合计: '752000', '财政拨款（补助）收入': '752000', 上级补助收入: '0', 事业收入: '0', 其他收入: '0' });
  });

  it('reads 交通运输支出’s 19.9 under 本年收入合计 and 财政拨款（补助）收入 (line 30)', () => {
    expect(onLine(30)).toEqual({ 本年收入合计: '199000', '财政拨款（补助）收入': '199000' });
  });
});
