/**
 * A coded 支出决算表 continued on a page whose labels pdftotext drew five characters left of the table's label columns
 * (tests/fixtures/text-forms/expenditure-continued-page-labels-shifted-left.pdftotext.txt: source lines 123–158 of the
 * generated synth-410100-wenlvju-2016-final-00022 of pdf31 as `pdftotext -layout` wrote them):
 *
 * ```
 * 208 05 05
 *        机关事业单位基本养老保险缴费支出     73.29 73.29 58.63 14.66
 * 210    卫生健康支出              155.35 155.35 124.28 31.07
 * 210 11 行政事业单位医疗            155.35 155.35 124.28 31.07
 * 210 11 01
 *        行政单位医疗               57.16 57.16 45.73 11.43
 * ```
 *
 * On that page the code column holds codes alone, codes carrying their names (`221 02住房改革支出`) and names alone
 * under a code alone (`行政单位医疗`): the codes with names are codes too, so the column is the code column, the names
 * alone are split off into the name column and each code alone joined to its row. Expected cells read by hand; line
 * numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a continued page whose labels shifted left into the code column', () => {
  const { at } = readTextFormFixture('expenditure-continued-page-labels-shifted-left.pdftotext.txt');

  it('joins 210 11 01 to 行政单位医疗 and its figures (lines 27–28)', () => {
    expect(at(28).cells.slice(0, 6)).toEqual(['210 11 01', '行政单位医疗', '57.16', '57.16', '45.73', '11.43']);
    expect(at(27).skip).toBe('joined');
  });

  it('joins 221 02 01 to 住房公积金 and its figures (lines 33–34)', () => {
    expect(at(34).cells.slice(0, 6)).toEqual(['221 02 01', '住房公积金', '117.88', '117.88', '94.31', '23.58']);
    expect(at(33).skip).toBe('joined');
  });

  it('joins 208 05 05 at the page top to its name and figures (lines 23–24)', () => {
    expect(at(24).cells.slice(0, 6)).toEqual(['208 05 05', '机关事业单位基本养老保险缴费支出', '73.29', '73.29', '58.63', '14.66']);
    expect(at(23).skip).toBe('joined');
  });
});
