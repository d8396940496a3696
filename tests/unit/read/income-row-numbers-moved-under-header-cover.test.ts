/**
 * A 收入决算表 whose header was read as an exact cover of its words (a label column headed 行次), continued on pages
 * pdftotext laid out on their own: tests/fixtures/text-forms/income-row-numbers-moved-next-page.pdftotext.txt holds
 * source lines 73–126 of the generated synth-140100-shangwuju-2017-final-00051 as `pdftotext -layout` wrote them. On
 * the second page the 行次 stand two characters further right than on the first while the codes and names stand where
 * they stood, and the figures of one row stand wider apart than those of the next: no one shift carries the page onto
 * the table's columns. The column headed 行次 is a label column of numbers, fitted where the page's row numbers stand
 * (`page-fit.ts`), the figures to the page's full rows. Expected cells read by hand from the lines; line numbers are
 * the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('income-row-numbers-moved-next-page.pdftotext.txt');

describe('a continued page of a 收入决算表 whose 行次 stand further right than on the page before', () => {
  it('reads a row of the first page (201 一般公共服务支出, line 8)', () => {
    expect(at(8).cells).toEqual(['201', '一般公共服务支出', '1', '1,119.19', '1,117.33', '0.00', '1.86', '0.00', '0.00', '0.00']);
  });

  it('puts a widely spaced row of the second page under the same columns (20805, line 23)', () => {
    expect(at(23).cells.slice(2)).toEqual(['13', '681.51', '677.24', '0.00', '4.28', '0.00', '0.00', '0.00']);
  });

  it('puts a row with a wide gap before its fourth figure under the same columns (20808 抚恤, line 29)', () => {
    expect(at(29).cells).toEqual(['20808', '抚恤', '17', '251.66', '248.47', '0.00', '3.19', '0.00', '0.00', '0.00']);
  });

  it('reads the total on the third page under the same columns (line 53)', () => {
    expect(at(53).cells.slice(2)).toEqual(['35', '4,578.90', '4,564.94', '0.00', '13.95', '0.00', '0.00', '0.00']);
  });
});
