/**
 * A continued page of a 一般公共预算财政拨款支出决算表 whose 项-level codes stand alone on their lines, the names drawn
 * on the next line under the codes' last parts, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/general-expenditure-codes-alone-over-names.pdftotext.txt, 附表5 of
 * synth-410300-zhujianju-2015-final-00013 (pdf21, its lines 216–265). On the page after `— 11 —` the codes start at
 * column 0 and the names at 7, so a code of three parts (`210 11 02`, columns 0–9) stands as far into the name column
 * as into the code column. Expected cells are read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a code alone on its line over its name, reaching into the name column (general-expenditure-codes-alone-over-names)', () => {
  const { at } = readTextFormFixture('general-expenditure-codes-alone-over-names.pdftotext.txt');
  const labels = (n: number) => at(n).cells.filter((c) => c !== '').slice(0, 2);

  it('joins 210 11 02 to its name and figures on the line below (lines 30–31)', () => {
    expect(labels(31)).toEqual(['210 11 02', '事业单位医疗']);
    expect(at(31).cells.filter((c) => /\d/.test(c)).slice(-4)).toEqual(['4,100,000.00', '4,100,000.00', '3,854,000.00', '246,000.00']);
  });

  it('keeps each code in the code column and each name in the name column (lines 44–47)', () => {
    expect(labels(45)).toEqual(['221 02 02', '提租补贴']);
    expect(labels(47)).toEqual(['221 02 03', '购房补贴']);
    expect(at(47).cells.indexOf('购房补贴')).toBe(at(41).cells.indexOf('住房改革支出'));
    expect(at(47).cells.indexOf('221 02 03')).toBe(at(41).cells.indexOf('221 02'));
  });
});
