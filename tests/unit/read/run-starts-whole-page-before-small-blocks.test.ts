/**
 * A page no strict reading fits, read whole rather than cut into a small block (`run-starts.ts` `placeByRunBlocks`):
 * tests/fixtures/text-forms/income-whole-page-closer-than-blocks.pdftotext.txt is the 收入决算表 of
 * synth-140100-zhujianju-2016-final-00031 (a fresh corpus, its lines 83–109; line n here is line n + 82 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document (金额单位：元). Its figures starting a run end
 * at 52 (事业收入), 57 (经营收入), 62 (附属单位上缴收入) and 67 (其他收入) on every line; line 7 prints 上级补助收入's
 * zero packed after its fiscal figure, then 事业收入's nine spaces on, a gap holding no blank column, so no strict
 * reading fits the page.
 *
 * Cut after line 7, a block of two lines fits a strict reading of its own, 236583.79 one column right; read whole, every
 * run free to start next to the run before, the columns' ends stand as close together as any cut's, and the page is
 * read whole. Values read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 page read whole, its first two lines no block of their own (lines 6–26)', () => {
  const { at } = readTextFormFixture('income-whole-page-closer-than-blocks.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads 236583.79 of line 6 under 事业收入 and its zero under 附属单位上缴收入', () => {
    expect(values(6)).toEqual(['30270119.28', '30033535.49', '', '236583.79', '', '0.00', '']);
  });

  it('reads line 7’s zeros under 上级补助收入, 事业收入 and 附属单位上缴收入', () => {
    expect(values(7)).toEqual(['11541521.13', '11541521.13', '0.00', '0.00', '', '0.00', '']);
  });
});
