/**
 * A 收入决算表 over three pages, its header repeated on each: tests/fixtures/text-forms/
 * income-header-repeated-after-refitted-page.pdftotext.txt holds source lines 83–142 of the generated
 * synth-410811-caizhengju-2015-final-00004 as `pdftotext -layout` wrote them. The second page's columns are fitted
 * again to its own full row (its 行次 stand where its row numbers stand, `page-fit.ts`); the third page repeats the
 * header as the first page printed it, so it stands to the columns that header was read with, not to those the
 * second page was fitted to (`CarriedTable.headerColumns`), and its rows are read under them. Expected cells read by
 * hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('income-header-repeated-after-refitted-page.pdftotext.txt');

describe('a page repeating the header after a page whose columns were fitted again', () => {
  it('reads the full row of the second page (2080801 死亡抚恤, line 38)', () => {
    expect(at(38).cells.slice(2)).toEqual(['20', '107.49', '107.49', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reads a row of the third page under the header’s columns, its 其他收入 too (2210202 提租补贴, line 57)', () => {
    expect(at(57).cells.slice(2)).toEqual(['31', '447.65', '447.65', '0.00', '0.00', '', '', '0.00']);
  });
});
