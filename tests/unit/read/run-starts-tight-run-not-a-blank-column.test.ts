/**
 * A page whose rows start runs after a gap, where one row's figure after its lone total stands a short gap after it
 * (`run-starts.ts`): tests/fixtures/text-forms/income-tight-run-after-lone-total.pdftotext.txt is the 收入决算表 of
 * synth-410400-gongxinju-2017-final-00035 (a fresh corpus, its lines 95–155; line n here is line n + 94 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document. Its last page (lines 39–61) prints no whole
 * row; line 58 prints `72.53     72.53      0.00           0.00`: a lone total, then its fiscal figure five spaces
 * after it, too close to leave room for a blank column, ending (column 37) where the other rows' fiscal figures, packed
 * right after their totals, end (34 to 36).
 *
 * That second run says nothing of a blank column: it stands in the column right after the total as it is. It no longer
 * makes the page unreadable by its run starts, and the page's runs place every row: figures starting a run end at 46
 * or 47 (事业收入), 52 (经营收入), 57 (附属单位上缴收入) and 62 (其他收入). Values read by hand from the lines, each
 * figure under the column its end stands under.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a continued 收入决算表 page whose one row prints its fiscal figure a short gap after a lone total (lines 39–61)', () => {
  const { at } = readTextFormFixture('income-tight-run-after-lone-total.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads the row of line 58 from the column right after its total, its last 0.00 under 其他收入', () => {
    expect(values(58)).toEqual(['72.53', '72.53', '', '0.00', '', '', '0.00']);
  });

  it('places the runs after a gap where their first figures end (lines 45, 46, 49, 50 and 59)', () => {
    expect(values(45)).toEqual(['3,777.68', '3,765.21', '0.00', '12.46', '', '0.00', '']);
    expect(values(46)).toEqual(['3,663.39', '3,646.42', '', '16.97', '', '0.00', '0.00']);
    expect(values(49)).toEqual(['1,391.71', '1,391.71', '', '0.00', '0.00', '0.00', '0.00']);
    expect(values(50)).toEqual(['1,755.76', '1,755.76', '', '0.00', '', '0.00', '0.00']);
    expect(values(59)).toEqual(['207.64', '207.64', '', '0.00', '0.00', '', '']);
  });
});
