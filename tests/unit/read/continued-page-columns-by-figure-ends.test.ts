/**
 * A table continued on a page laid out wider than the page before, no row of it filling every column and no 栏次 row
 * on it (`page-fit.ts` `byFigureEnds`), on real `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/income-continued-page-by-figure-ends.pdftotext.txt is 收入决算表 of
 * synth-410400-fagaiwei-2015-final-00015 (pdf24, its lines 81–123). Its first page prints the figures squeezed one
 * space apart under a squeezed header; its second page (lines 26–42) spreads them out, each column's figures
 * right-aligned at one place (ends at 40–41, 53–54, 62, 69, 76–77, 83–84, 90–91: seven places, as many as the table's
 * value columns). Carried by one shift, the 拨款 figures (ending at 53–54) fell under 上级补助收入. Expected cells are
 * read by hand from the lines and the document's truth; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('income-continued-page-by-figure-ends.pdftotext.txt');
const values = (n: number) => at(n).cells.slice(-7);

describe('a continued page no row fills, its columns where its figures end', () => {
  it('reads 其他科学技术支出 (line 26) as 合计 and 拨款 370135.92, then 0.00 under 经营收入, 附属单位上缴收入 and 其他收入', () => {
    expect(values(26)).toEqual(['370135.92', '370135.92', '', '', '0.00', '0.00', '0.00']);
  });
  it('reads 科技奖励 (line 27) with 0.00 under 上级补助收入 and 其他收入', () => {
    expect(values(27)).toEqual(['113104.41', '113104.41', '0.00', '', '', '', '0.00']);
  });
  it('reads 其他科学技术支出 (line 28) with 0.00 under 事业收入, 经营收入 and 其他收入', () => {
    expect(values(28)).toEqual(['257031.51', '257031.51', '', '0.00', '0.00', '', '0.00']);
  });
});
