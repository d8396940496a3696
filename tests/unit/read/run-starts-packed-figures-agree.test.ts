/**
 * Of the placements a page's gaps allow, the one whose packed figures stand in the column whose run-starting figures
 * end where they end (`run-starts.ts` `packedAgreement`, and the order of the readings of a page's gaps):
 * tests/fixtures/text-forms/income-packed-zeros-under-run-starts.pdftotext.txt is the 收入决算表 of
 * synth-410700-nongyeju-2015-final-00009 (a fresh corpus, its lines 74–112; line n here is line n + 73 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document (元). On its second page (lines 28–38) the
 * zeros starting a run end at 58 (事业收入), 68 (附属单位上缴收入) and 73 (其他收入); line 33 packs
 * `0.00 0.00 0.00` from 58, its last ending at 68, and line 35 packs `0.00 0.00` from 68, its last ending at 73.
 *
 * Line 30 prints 上级补助收入's zero right after the fiscal figure, then 事业收入's five spaces on: no blank column
 * behind that gap. A reading taking a narrow gap after a lone figure for no blank column (line 28, `9008.45      0.00`,
 * whose gap does hold 经营收入) fits the page with every figure one column right, 58 read as 经营收入; letting any run
 * start next to the run before fits it two ways, and of those the one putting line 33's last zero in the column whose
 * run starts end at 68, and line 35's in the one ending at 73, is read. Values read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a continued 收入决算表 page whose packed zeros end where the run-starting zeros of their columns end (lines 28–38)', () => {
  const { at } = readTextFormFixture('income-packed-zeros-under-run-starts.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads 事业收入 right after 上级补助收入 on line 30, five spaces apart', () => {
    expect(values(30)).toEqual(['1324088.95', '1324088.95', '0.00', '0.00', '0.00', '', '0.00']);
  });

  it('reads the zeros ending at 58 as 事业收入 on every line (lines 31, 33 and 36)', () => {
    expect(values(31)).toEqual(['747333.63', '747333.63', '', '0.00', '', '0.00', '']);
    expect(values(33)).toEqual(['525608.09', '525608.09', '0.00', '0.00', '0.00', '0.00', '']);
    expect(values(36)).toEqual(['138323.64', '138323.64', '', '0.00', '', '', '']);
  });
});
