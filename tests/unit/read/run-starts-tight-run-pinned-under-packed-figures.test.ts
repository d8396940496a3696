/**
 * A run tight after a lone total ending where the other rows' packed fiscal figures end (`run-starts.ts`
 * `nextInFirstRuns`): tests/fixtures/text-forms/income-narrow-total-under-packed-fiscal.pdftotext.txt is the 收入决算表
 * of synth-140300-zhujianju-2017-final-00048 (a fresh corpus, its lines 81–122; line n here is line n + 80 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document (单位：元). Line 22 prints
 * `6094.07    5541.11 0.00                   552.96`: a total narrower than the others, then its fiscal figure four
 * spaces on, ending at column 46, within two of where the other rows' fiscal figures, packed right after their
 * totals, end (44 and 45). That run
 * stands in the column right after the total (财政拨款收入), pinned there; read with a blank column behind its gap, the
 * fiscal figure fell under 上级补助收入 and the zero under 事业收入. Values read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a narrow total whose fiscal figure stands a short gap after it, ending under the packed fiscal figures (line 22)', () => {
  const { at } = readTextFormFixture('income-narrow-total-under-packed-fiscal.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads 5541.11 under 财政拨款收入 and the zero after it under 上级补助收入', () => {
    expect(values(22)).toEqual(['6094.07', '5541.11', '0.00', '', '', '', '552.96']);
  });

  it('reads the rows around it as before (lines 20, 21 and 23)', () => {
    expect(values(20)).toEqual(['125188.69', '124533.20', '0.00', '', '0.00', '0.00', '655.49']);
    expect(values(21)).toEqual(['55644.42', '55541.89', '', '', '', '', '102.53']);
    expect(values(23)).toEqual(['63450.20', '63450.20', '0.00', '0.00', '', '', '0.00']);
  });
});
