/**
 * A 行次 pdftotext glued to the names of a page's first rows (`其他应用研究支出15`, `glued-row-number.ts`,
 * `splitGluedRowNumbers`): no numbered row above them on the page, each glued number is one less than the 行次 of the
 * row below (15, 16, 17 over the 18 of 社会保障和就业支出), so each is that row's 行次, split off the name.
 * tests/fixtures/text-forms/expenditure-glued-row-numbers-page-top.pdftotext.txt holds source lines 1–175 of
 * synth-140300-kejiju-2020-final-00088 (pdf27; its page heads and feet repeat, and are page furniture, only over
 * several pages); the page break is before line 166. Expected cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('expenditure-glued-row-numbers-page-top.pdftotext.txt');

describe('row numbers glued to the names of a page’s first rows are split off by the numbers below', () => {
  it('splits 15 off the page’s first name (line 166)', () => {
    expect(at(166).cells.slice(0, 4)).toEqual(['206 03 99', '其他应用研究支出', '15', '196.43']);
  });

  it('splits 16 and 17 off the names after it (lines 167–168)', () => {
    expect(at(167).cells.slice(0, 4)).toEqual(['206 99', '其他科学技术支出', '16', '268.31']);
    expect(at(168).cells.slice(0, 4)).toEqual(['206 99 99', '其他科学技术支出', '17', '268.31']);
  });
});
