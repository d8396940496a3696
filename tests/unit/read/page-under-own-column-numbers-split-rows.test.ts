/**
 * A 支出决算表 page printing its own 栏次 row (`栏次 1 2 3 4 5 6 7 8`, line 43) whose rows pdftotext split over two
 * lines (`行政单位离退休 16 2660243.26 2660243.26 2474026.23` over `186217.03`, lines 44–45): a line of money figures
 * alone, the rest of a split row, prints no 行次, so the numbers before the other lines' figures (16, 17 … 33) still
 * number the rows, and the page's columns stand where the figures under each 栏次 number stand (`fitToPage` of
 * `src/lib/parse/read/page-fit.ts`). Before, the split rows' lines broke the numbering, the 行次 was read as the
 * first figure and the page fell back to the columns of the page before, drawn further right. Real
 * `pdftotext -layout` output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/split-rows-rest-drawn-below-left.pdftotext.txt`, units 元); the cells are
 * read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { basicParts as basic, ingestTextFormFixture } from './read-fixture.ts';

describe('a page under its own 栏次 row with rows split over two lines', () => {
  const { onLine } = ingestTextFormFixture('split-rows-rest-drawn-below-left.pdftotext.txt', 'final_expenditure');

  it('reads 资源勘探工业信息等支出: its second figure, under 栏次 5, in 项目支出 (line 64)', () => {
    expect(onLine(64)).toEqual({ 本年支出合计: '4211767.41', 项目支出: '4211767.41' });
  });

  it('reads 住房保障支出: 2095496.34 = 1948811.59 of 人员经费 + 146684.75 of 公用经费 (line 69)', () => {
    expect(onLine(69)).toEqual({
      ...basic('2095496.34', '1948811.59', '146684.75'),
    });
  });

  it('still reads the split row 行政单位离退休 joined: 186217.03 of 公用经费 from the line below (line 44)', () => {
    expect(onLine(44)).toEqual({
      ...basic('2660243.26', '2474026.23', '186217.03'),
    });
  });
});
