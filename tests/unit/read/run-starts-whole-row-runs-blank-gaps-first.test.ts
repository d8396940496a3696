/**
 * A continued page of a squeezed 收入决算表 whose one whole row prints two runs (`run-starts.ts`, `whole-row-ends.ts`):
 * tests/fixtures/text-forms/income-whole-row-two-runs-continued-page.pdftotext.txt is the 收入决算表 of
 * synth-410811-caizhengju-2015-final-00004 (a fresh corpus, its lines 80–118; line n here is line n + 79 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document. Its second page (lines 26–38) prints no
 * header; line 29 fills every column, `14.11 14.11 0.00 0.00 0.00 0.00   0.00`, its last 0.00 a gap after the others,
 * at its own cell (其他收入, ending at column 62).
 *
 * That gap holds no blank column, but the other rows' gaps do: read with a blank column behind every wide gap, the
 * page's rows leave one placement (figures starting a run end at 45 or 46 for 事业收入, 50 for 经营收入, 55 for
 * 附属单位上缴收入, 62 or 63 for 其他收入, the whole row's pin). Letting every gap hold none from the start left each
 * row several placements, and their zeros were reported, not read. Values read by hand from the lines, each figure under
 * the column its end stands under.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a continued page whose one whole row prints its last figure a gap after the others (lines 26–38)', () => {
  const { at } = readTextFormFixture('income-whole-row-two-runs-continued-page.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads the whole row of line 29 one figure to a column', () => {
    expect(values(29)).toEqual(['14.11', '14.11', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('places the zeros after a gap where their ends stand (lines 26, 27, 31, 34, 36, 37 and 38)', () => {
    expect(values(26)).toEqual(['23.05', '23.05', '', '0.00', '', '', '0.00']);
    expect(values(27)).toEqual(['23.05', '23.05', '0.00', '0.00', '', '0.00', '']);
    expect(values(31)).toEqual(['14.11', '14.11', '', '0.00', '', '', '0.00']);
    expect(values(34)).toEqual(['14.41', '14.41', '', '', '0.00', '0.00', '']);
    expect(values(36)).toEqual(['9.53', '9.53', '0.00', '', '0.00', '0.00', '']);
    expect(values(37)).toEqual(['5.78', '5.78', '', '0.00', '0.00', '', '']);
    expect(values(38)).toEqual(['3.75', '3.75', '0.00', '', '0.00', '', '']);
  });
});
