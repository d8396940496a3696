/**
 * Pieces of equal text order the words of a squeezed header's cover only when the words could not swap them
 * (`src/lib/parse/read/header-cover.ts`, the orders the anchors allow): two `转和结` and two `余`, one of
 * 年初结转和结余 and one of 年末结转和结余, standing farther from the other word's anchor than a word's pieces reach, are
 * each word's own, and the line holding `转和结` left of `本年收入` puts 年初结转和结余 first. On real `pdftotext -layout`
 * output of Chromium-printed generator HTML (kept corpus pdf18):
 * - tests/fixtures/text-forms/gov-fund-only-row-equal-pieces-apart.pdftotext.txt: 政府性基金预算财政拨款收入支出决算表 of
 *   synth-410700-fagaiwei-2017-final-00049 (its lines 404–414): `1 0.00 0.00      0.00` under 行次 and six value
 *   columns; the HTML prints 行次 1, 年初结转和结余, 本年收入 and 基本支出 0.00, the other cells blank.
 * Expected cells are read by hand from the HTML table the PDF was printed from; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';


describe('a squeezed header whose equal pieces stand beyond each other word’s reach', () => {
  it('reads 年初结转和结余 before 本年收入 and the only row under them (gov-fund-only-row-equal-pieces-apart, line 8)', () => {
    const read = readTextFormFixture('gov-fund-only-row-equal-pieces-apart.pdftotext.txt').valuesUnder(3, 8, /年初|本年|年末|支出/);
    expect(read).toEqual({ 年初结转和结余: '0.00', 本年收入: '0.00', '本年支出/基本支出': '0.00' });
  });
});
