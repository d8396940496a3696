/**
 * Whether a sequence of numbers down a table's rows numbers them (行次) is one test (`isRowNumbering` of
 * row-numbers.ts), asked of cells' texts and of pieces alike; each caller says only how strict it needs it to be.
 */
import { describe, expect, it } from 'vitest';
import { isRowNumbering, numbersRows } from '../../../src/lib/parse/read/row-numbers.ts';

const piece = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('one test of whether numbers number the rows', () => {
  it('takes row numbers each greater than the one above, two at least', () => {
    expect(isRowNumbering(['1', '2', '3'])).toBe(true);
    expect(isRowNumbering(['7', '9'])).toBe(true);
    expect(isRowNumbering(['5'])).toBe(false);
    expect(isRowNumbering(['3', '3'])).toBe(false);
    expect(isRowNumbering(['2', '1'])).toBe(false);
  });

  it('takes no 款 code with a leading zero, no figure and no missing number as a row number', () => {
    expect(isRowNumbering(['01', '02', '03'])).toBe(false);
    expect(isRowNumbering(['1', '2', '1,044.85'])).toBe(false);
    expect(isRowNumbering(['1', undefined, '3'])).toBe(false);
  });

  it('asks for more numbers when the caller names the least it trusts', () => {
    expect(isRowNumbering(['1', '2'], { least: 3 })).toBe(false);
    expect(isRowNumbering(['1', '2', '3'], { least: 3 })).toBe(true);
  });

  it('asks half the steps or more by one when the caller wants rows numbered one after another', () => {
    expect(isRowNumbering(['1', '2', '3', '10'], { mostlyByOne: true })).toBe(true);
    expect(isRowNumbering(['201', '205', '208'], { mostlyByOne: true })).toBe(false);
    expect(isRowNumbering(['201', '205', '208'])).toBe(true);
  });

  it('reads pieces by their texts, a row without a piece numbering none', () => {
    expect(numbersRows([piece('1', 40), piece('2', 41), piece('3', 40)])).toBe(true);
    expect(numbersRows([piece('1', 40), undefined, piece('3', 40)])).toBe(false);
    expect(numbersRows([piece('1', 40), piece('2', 41)], { least: 3 })).toBe(false);
  });
});
