/**
 * A narrow gap after a lone figure that does hold a blank column (`run-starts.ts`): a gap too narrow for a figure and a
 * space each side usually leaves no room for one, but where the columns are as narrow as their figures it still may.
 * tests/fixtures/text-forms/income-one-row-last-page.pdftotext.txt is the 收入决算表 of
 * synth-410811-shengtaiju-2016-final-00024 (a fresh corpus, its lines 98–143; line n here is line n + 97 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document. Its last page prints one row, the 合计 of
 * line 45: `1107033.05 1107033.05 0.00   0.00     0.00`, its last 0.00 five spaces after a lone 0.00.
 *
 * Read with a blank column behind every gap, the row fits one placement: 0.00 under 上级补助收入, the lone 0.00 under
 * 经营收入 (a blank 事业收入 behind the first gap), the last under 其他收入 (a blank 附属单位上缴收入 behind the second).
 * Only a page that fits no placement so lets a run tight after a lone figure stand in the next column. Values read by
 * hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a last page of one row whose last zero stands a narrow gap after a lone zero (line 45)', () => {
  const { at } = readTextFormFixture('income-one-row-last-page.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads a blank column behind each gap of the 合计 row: 上级补助收入, 经营收入 and 其他收入 zero', () => {
    expect(values(45)).toEqual(['1107033.05', '1107033.05', '0.00', '', '0.00', '', '0.00']);
  });

  it('reads the rows above it as before (lines 28, 29, 33 and 34)', () => {
    expect(values(28)).toEqual(['184648.15', '184648.15', '', '', '0.00', '', '']);
    expect(values(29)).toEqual(['184648.15', '184648.15', '0.00', '', '0.00', '', '']);
    expect(values(33)).toEqual(['128022.10', '128022.10', '', '', '0.00', '', '0.00']);
    expect(values(34)).toEqual(['128022.10', '128022.10', '0.00', '', '0.00', '0.00', '0.00']);
  });
});
