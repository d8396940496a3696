/**
 * A squeezed table of one-decimal figures whose one row prints its fiscal figure a gap as wide as a `0.0` and a space
 * each side after its total (`run-starts.ts`, `LOOSE`): tests/fixtures/text-forms/income-one-decimal-gap-as-wide-as-a-zero.pdftotext.txt
 * is the 收入决算表 of synth-410300-kejiju-2018-final-00053 (a fresh corpus, its lines 79–112; line n here is line
 * n + 78 there), real `pdftotext -layout` output of the Chromium-printed generator document (万元, one decimal).
 * Line 16 prints `61.5     61.5      0.0`: its total, five spaces, its fiscal figure, then its 事业收入 zero. That gap
 * could hold a blank `0.0` column, so read strictly the page fits no placement; read with the fiscal figure in the
 * column right after the total, it fits one: the zeros starting a run end at 45 (事业收入), 50 (经营收入), 55
 * (附属单位上缴收入) and 59 (其他收入). Before, every row's zeros after a gap were left unread. Values read by hand
 * from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a one-decimal 收入决算表 whose one row prints a gap as wide as a zero after its total (lines 8–33)', () => {
  const { at } = readTextFormFixture('income-one-decimal-gap-as-wide-as-a-zero.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads line 16 with its fiscal figure right after its total and its zero under 事业收入', () => {
    expect(values(16)).toEqual(['61.5', '61.5', '', '0.0', '', '', '']);
  });

  it('places the zeros after a gap where their ends stand (lines 8, 9 and 12)', () => {
    expect(values(8)).toEqual(['5,843.3', '5,843.3', '', '', '0.0', '', '0.0']);
    expect(values(9)).toEqual(['2,630.0', '2,630.0', '', '', '', '0.0', '']);
    expect(values(12)).toEqual(['1,514.0', '1,514.0', '', '0.0', '0.0', '0.0', '']);
  });
});
