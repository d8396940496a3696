/**
 * A code alone on its line, the row's whole name and its figures on the next, as pdftotext wrote three rows of the
 * 一般公共预算财政拨款支出决算表 of synth-410803-nongyeju-2016-final-00027 (pdf6 corpus, its lines 213–251, kept as
 * tests/fixtures/text-forms/general-expenditure-code-alone.pdftotext.txt): `210 11 01` over `行政单位医疗 76.0 …`.
 * Expected cells read by hand from the fixture's lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a code alone on the line above its name and figures (general-expenditure-code-alone, lines 28–29, 32–33, 36–37)', () => {
  const { at } = readTextFormFixture('general-expenditure-code-alone.pdftotext.txt');

  it('joins 210 11 01 to 行政单位医疗 and its figures on the figures line', () => {
    expect(at(28).skip).toBe('joined');
    expect(at(29).cells.slice(0, 2)).toEqual(['210 11 01', '行政单位医疗']);
    expect(at(29).cells.slice(2).filter((c) => c !== '')).toEqual(['76.0', '76.0', '72.2', '3.8']);
    expect(at(29).joined).toEqual([28]);
  });

  it('joins 213 01 08 to 病虫害控制 and 221 02 01 to 住房公积金 the same way', () => {
    expect(at(33).cells.slice(0, 2)).toEqual(['213 01 08', '病虫害控制']);
    expect(at(37).cells.slice(0, 2)).toEqual(['221 02 01', '住房公积金']);
  });

  it('leaves a row with its code and name on one line as it is (210 11 行政事业单位医疗, line 27)', () => {
    expect(at(27).cells.slice(0, 2)).toEqual(['210 11', '行政事业单位医疗']);
    expect(at(27).skip).toBeUndefined();
  });
});
