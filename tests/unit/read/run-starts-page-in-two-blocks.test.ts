/**
 * A page pdftotext drew in two blocks, each spreading the columns after the total its own way (`run-starts.ts`
 * `placeByRunBlocks`): tests/fixtures/text-forms/income-page-drawn-in-two-blocks.pdftotext.txt is the 收入决算表 of
 * synth-410811-shengtaiju-2016-final-00024 (a fresh corpus, its lines 71–111; line n here is line n + 70 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document (金额单位：元).
 *
 * Its second page (lines 28–40) prints its first five rows with the zeros of a run's start ending at 52 or 54
 * (上级补助收入), 57 or 59 (事业收入), 64 (经营收入), 69 or 70 (附属单位上缴收入) and 75 (其他收入); from the wrapped
 * row of lines 33–34 on, at 58, 65, 72, 79 and 86. No one placement fits the page; cut after line 32, each block fits
 * its own, each column's run-starting figures ending within a character of each other, and every row is read. The
 * first page (lines 7–26) falls into blocks the same way at line 12 (其他收入 at 78 above it, 89 from it on). Before,
 * those rows' zeros were reported, not read. Values read by hand from the lines, each figure under the column its end
 * stands under in its block.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 page drawn in two blocks spreading the columns differently (lines 28–40)', () => {
  const { at } = readTextFormFixture('income-page-drawn-in-two-blocks.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads the upper block by its own columns (lines 28, 29, 30, 31 and 32)', () => {
    expect(values(28)).toEqual(['879262.92', '879262.92', '0.00', '0.00', '', '0.00', '0.00']);
    expect(values(29)).toEqual(['879262.92', '879262.92', '', '0.00', '', '', '']);
    expect(values(30)).toEqual(['1825968.66', '1825968.66', '0.00', '', '0.00', '', '0.00']);
    expect(values(31)).toEqual(['1825968.66', '1825968.66', '', '', '0.00', '0.00', '']);
    expect(values(32)).toEqual(['983888.48', '983888.48', '', '0.00', '0.00', '', '']);
  });

  it('reads the lower block by its own (lines 34, 35 and 38)', () => {
    expect(values(34)).toEqual(['842080.18', '842080.18', '', '0.00', '', '', '']);
    expect(values(35)).toEqual(['736584.63', '736584.63', '0.00', '0.00', '0.00', '', '']);
    expect(values(38)).toEqual(['620000.00', '620000.00', '', '', '0.00', '0.00', '']);
  });

  it('reads the first page’s lower block too (lines 15 and 17)', () => {
    expect(values(15)).toEqual(['245718.60', '245718.60', '0.00', '', '0.00', '', '']);
    expect(values(17)).toEqual(['107115.47', '107115.47', '', '0.00', '0.00', '0.00', '']);
  });
});
