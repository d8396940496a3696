/**
 * A 支出决算表 continued on a page whose label cells wrap, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/expenditure-name-rest-under-code.pdftotext.txt, source lines 132–172 of the generated
 * synth-410100-kejiju-2015-final-00002 (pdf18). The code and the label's first piece stand a line above the figures
 * (`208 05 99 其他行政事业单位养老`), and the label's rest (`支出`) was written inside the code column's span, its
 * name cell empty: it is the name's rest, moved into the name column and joined to the code line above. Expected cells
 * read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('the rest of a wrapped name written in the code column under its code-and-name line', () => {
  const { at } = readTextFormFixture('expenditure-name-rest-under-code.pdftotext.txt');

  it('reads 2080599 其他行政事业单位养老支出 with its figures (line 34)', () => {
    expect(at(34).cells.slice(0, 6)).toEqual(['208 05 99', '其他行政事业单位养老支出', '16', '16239481.67', '9537766.81', '6701714.86']);
  });

  it('leaves the code-and-name line joined (line 33)', () => {
    expect(at(33).skip).toBe('joined');
  });

  it('leaves the next row as it was (line 35)', () => {
    expect(at(35).cells.slice(0, 4)).toEqual(['210', '卫生健康支出', '17', '1100848.32']);
  });
});
