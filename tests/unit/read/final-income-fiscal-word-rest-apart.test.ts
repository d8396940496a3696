/**
 * A 2016 收入决算表 in 元 whose header cell `财政拨款（补助）收入` pdftotext wrote in two pieces two spaces apart after
 * the bracket (`财政拨款（补助）  收入`, text line 5), both words of the vocabulary, under a 栏次 row numbering seven
 * columns (line 8). No exact cover of the pieces gave seven words; the cover of eight (`收入` a column of its own) was
 * read, each figure after the first two put one column right and 其他收入 left empty. A piece ending in a closing
 * bracket and the next piece on its line, within two columns, that spell a value word are one piece to the cover when
 * no cover of the numbered columns is found otherwise. Real `pdftotext -layout` output of a Chromium-printed generator
 * document: tests/fixtures/text-forms/final-income-fiscal-word-rest-apart.pdftotext.txt, the 收入决算表 of
 * synth-410100-fagaiwei-2016-final-00032 (corpus seed 167, its lines 87–100: fixture line n is document line n + 83).
 * Values read by hand from the printed lines, in 元.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const SEVEN = ['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

describe('a 收入决算表 whose 财政拨款（补助）收入 is written apart after its bracket', () => {
  const { table, onLine } = ingestTextFormFixture('final-income-fiscal-word-rest-apart.pdftotext.txt', 'final_income');

  it('reads seven columns, as the 栏次 row numbers them', () => {
    expect(table.columns).toEqual(SEVEN);
  });

  it('reads the unlabelled 合计 row (line 12: 10,165,189.41 10,165,189.41 0.00 0.00 0.00 0.00 0.00)', () => {
    const zeros = Object.fromEntries(SEVEN.slice(2).map((c) => [c, '0']));
    expect(onLine(12)).toEqual({ 本年收入合计: '10165189.41', '财政拨款（补助）收入': '10165189.41', ...zeros });
  });

  it('reads line 14 (20101 人大事务 691,518.84 691,518.84 0.00 …) whole', () => {
    expect(onLine(14)).toMatchObject({ 本年收入合计: '691518.84', '财政拨款（补助）收入': '691518.84', 其他收入: '0' });
  });
});
