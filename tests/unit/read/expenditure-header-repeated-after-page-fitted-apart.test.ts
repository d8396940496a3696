/**
 * A 支出决算表 over three pages, its header repeated on each: tests/fixtures/text-forms/
 * expenditure-header-repeated-after-page-fitted-apart.pdftotext.txt holds source lines 143–201 of the generated
 * synth-140300-gongxinju-2016-final-00018 as `pdftotext -layout` wrote them. The second page's columns are fitted again
 * to its own full rows, two at least standing apart (`208 99 …`, `215 …`, `215 05 …`): they show where the table's
 * columns stand as well as its header did, so the third page, repeating the header laid out as the second printed it,
 * stands to them (not to the first page's columns, which its rows, drawn wider, do not fit). Expected cells read by hand
 * from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('expenditure-header-repeated-after-page-fitted-apart.pdftotext.txt');

describe('a page repeating the header after a page fitted again to full rows standing apart', () => {
  it('reads a full row of the third page under its columns (2210203 购房补贴, line 57)', () => {
    expect(at(57).cells).toEqual(['221 02 03', '购房补贴', '404.75', '404.75', '384.52', '20.24', '0.00', '0.00', '0.00', '']);
  });

  it('reads the unlabelled total row, each figure in its column (line 58)', () => {
    expect(at(58).cells.slice(2, 7)).toEqual(['5,438.70', '3,667.10', '3,483.74', '183.35', '1,771.60']);
  });
});
