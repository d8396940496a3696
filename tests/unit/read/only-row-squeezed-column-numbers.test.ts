/**
 * The only row of an empty table under a 栏次 row squeezed one space apart (`src/lib/parse/read/page-columns.ts`
 * `columnsOf`, `only-row.ts` `coverOnlyRow`): `1 2 3 4 5 6` printed one space apart shows nothing of where the six
 * columns stand, so the row's figures are placed beside the header's words, as under no 栏次 row, whatever their
 * number. Real `pdftotext -layout` output of a Chromium-printed generator document (kept corpus pdf97):
 * - tests/fixtures/text-forms/gov-fund-only-row-squeezed-numbers.pdftotext.txt: 表7 政府性基金预算财政拨款收入支出决算表 of
 *   synth-410200-wenlvju-2018-final-00056 (its lines 266–280): `合计 1     0.00      0.00` under six columns; the
 *   generator's truth (its line 277) prints 本年收入 and 项目支出 0.00, the others blank;
 * - tests/fixtures/text-forms/gov-fund-only-row-figure-left-of-word.pdftotext.txt: 附件1-7 政府性基金预算财政拨款收入支出
 *   决算表 of synth-410800-shengtaiju-2017-final-00040 (kept corpus pdf98, its lines 366–378): `合计 1 0.0            0.0
 *   0.0`, the last 0.0 starting one character left of `余`, the rightmost piece of 年末结转和结余 (centred in its
 *   cell); the truth (its line 376) prints 年初结转和结余, 项目支出 and 年末结转和结余.
 * Expected cells read by hand from the printed lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

describe('an only row under a 栏次 row squeezed one space apart', () => {
  const { at, header } = readTextFormFixture('gov-fund-only-row-squeezed-numbers.pdftotext.txt');

  it('keeps the six columns its header names (lines 4–9)', () => {
    expect(header(4).slice(3)).toEqual(GOV_FUND_COLUMNS);
  });

  it('puts each 0.00 under the word it starts beside, not under the squeezed numbers it ends at (line 12)', () => {
    // lines 5 and 8: `本年` over `收入` start at 12, `项目` over `支出` at 21; line 12: the 0.00s start at 12 and 22.
    // By the squeezed numbers of line 11 (`3` at 14, `6` at 20) they would end under 3 (小计) and past 6 (年末结转和结余)
    expect(at(12).cells.slice(1)).toEqual(['合计', '1', '', '0.00', '', '', '0.00', '']);
  });

  it('puts a figure starting one character left of a column\'s word in that column when the column before is the previous figure\'s (gov-fund-only-row-figure-left-of-word, line 11)', () => {
    // line 6: `项目` starts at 28; lines 7–9: `和结` at 30, `结转` at 33, `余` at 34; line 11: 0.0 at 14, 29 and 33
    const read = readTextFormFixture('gov-fund-only-row-figure-left-of-word.pdftotext.txt');
    expect(read.header(5).slice(5)).toEqual(GOV_FUND_COLUMNS);
    expect(read.at(11).cells.slice(3)).toEqual(['合计', '1', '0.0', '', '', '', '0.0', '0.0']);
  });
});
