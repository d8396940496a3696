/**
 * A coded 支出决算表 continued on a page whose first row prints its code alone on the line over its name and figures
 * (tests/fixtures/text-forms/expenditure-code-alone-at-page-top.pdftotext.txt: source lines 125–167 of the generated
 * synth-140300-chengguanju-2015-final-00008 as `pdftotext -layout` wrote them):
 *
 * ```
 * 212 01 01
 *        行政运行             18 54395.77 54395.77 45692.44 8703.33              0.00 0.00 0.00 0.00
 * ```
 *
 * The code line, right above the page's first amount line, is a line of the table, not a header line of the page:
 * joined to its row as the rows below it are (`221 02 01` over `住房公积金`). Expected cells read by hand; line numbers
 * are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a code alone on its line at the top of a continued page', () => {
  const { at } = readTextFormFixture('expenditure-code-alone-at-page-top.pdftotext.txt');

  it('joins 212 01 01 to 行政运行 and its figures (lines 33–34)', () => {
    expect(at(34).cells).toEqual(['212 01 01', '行政运行', '18', '54395.77', '54395.77', '45692.44', '8703.33', '0.00', '0.00', '0.00', '0.00']);
    expect(at(33).skip).toBe('joined');
  });

  it('joins the codes alone further down as before (221 02 01 住房公积金, line 38)', () => {
    expect(at(38).cells.slice(0, 4)).toEqual(['221 02 01', '住房公积金', '21', '267275.85']);
  });
});
