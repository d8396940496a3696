/**
 * A 栏次 row under a header whose label columns head no text (the table's only row prints no 合计): its numbers go to
 * the value columns, never the label columns (`placeColumnNumbers` of `src/lib/parse/read/spaced.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML (kept corpus pdf15):
 * - tests/fixtures/text-forms/gov-fund-column-numbers-unlabelled-row.pdftotext.txt: 政府性基金预算财政拨款收入支出决算表
 *   of synth-410803-shengtaiju-2015-final-00007 (its lines 279–289): `编码 栏次 1       2  3   4    5   6` over a row
 *   printing 0.00 under 年初结转和结余 and 基本支出 and no label; the HTML numbers the six value columns 1–6.
 * Expected cells are read by hand from the HTML table the PDF was printed from; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 栏次 row over a table whose only row prints no label', () => {
  const { at } = readTextFormFixture('gov-fund-column-numbers-unlabelled-row.pdftotext.txt');

  it('keeps 栏次 in the label columns and numbers the six value columns in order (line 9)', () => {
    expect(at(9).cells).toEqual(['', '栏次', '1', '2', '3', '4', '5', '6']);
  });

  it('reads the row below under its columns (line 10)', () => {
    // 年初结转和结余 0.00, 基本支出 0.00, the others blank
    expect(at(10).cells).toEqual(['', '', '0.00', '', '', '0.00', '', '']);
  });
});
