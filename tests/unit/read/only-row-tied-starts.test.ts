/**
 * The only row of an empty table placed beside its header's words when two of the columns' rightmost pieces were
 * written at one column on different lines (`src/lib/parse/read/only-row.ts` `besideWords`), and a column no row prints
 * in, headed by value words only, never taken for a label column (`coverOnlyRow`), on real `pdftotext -layout` output
 * of Chromium-printed generator HTML (kept corpus pdf19):
 * - tests/fixtures/text-forms/gov-fund-only-row-tied-starts.pdftotext.txt: 政府性基金预算财政拨款收入支出决算表 of
 *   synth-140300-jiaotongju-2016-final-00028 (its lines 350–360): `合计 1 0.00 0.00` under 行次 and six value
 *   columns, `本年收` (line 2) and `小计` (line 3) both written at column 15; the HTML prints 行次 1, 小计 0.00 and
 *   项目支出 0.00, the other cells blank;
 * - tests/fixtures/text-forms/gov-fund-only-row-value-words-left.pdftotext.txt: the same table of
 *   synth-410400-wenlvju-2015-final-00005 (its lines 329–337): `1 0.00 0.00 0.00` without a label, the pieces
 *   `本年收`, `入`, `小计`, `基本支` drawn left of the first figure; the HTML prints 行次 1, 小计, 基本支出 and
 *   年末结转和结余 0.00, the other cells blank.
 * Expected cells are read by hand from the HTML table the PDF was printed from; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';


describe('an only row under a header whose words pdftotext wrote at one column on two lines', () => {
  it('reads 小计 and 项目支出, the word on the line with more wide characters before it standing right (gov-fund-only-row-tied-starts, line 9)', () => {
    const read = readTextFormFixture('gov-fund-only-row-tied-starts.pdftotext.txt').valuesUnder(4, 9);
    expect(read).toEqual({ '本年支出/小计': '0.00', '本年支出/项目支出': '0.00' });
  });

  it('takes no column of value words drawn left of the first figure for a label column (gov-fund-only-row-value-words-left, line 8)', () => {
    const read = readTextFormFixture('gov-fund-only-row-value-words-left.pdftotext.txt').valuesUnder(5, 8, /年初|本年|年末|支出/);
    expect(read).toEqual({ '本年支出/小计': '0.00', '本年支出/基本支出': '0.00', 年末结转和结余: '0.00' });
  });
});
