/**
 * The only row of an empty 政府性基金 table whose last figure starts one character left of its word's lone last piece
 * (`src/lib/parse/read/only-row.ts` `besideWords`): by where the words start, the figure is that word's or the one
 * before; how the row's figures stand apart decides, when each figure written clear lies most under its own column's
 * pieces. Real `pdftotext -layout` output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/gov-fund-only-row-figure-left-of-lone-piece.pdftotext.txt`); the cells are read by hand
 * from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('an only row whose last figure starts just left of its word\'s lone piece', () => {
  it('reads the zero at 25 under 年末结转和结余, one blank cell (项目支出) after the 基本支出 zero (line 14)', () => {
    // line 8 `结转` at 6, `本年` at 11, `基本` at 17, `项目` at 22, `结转` at 25; line 11 `收入` at 11, `小计` at 14, `支出` at 17
    // and 20, `和结` at 23; line 12 a lone `余` at 26. Line 14 `合计 0.00       0.00    0.00`: the first zero one space
    // after 合计, under 年初结转和结余; the second at 17 under 基本支出 (本年收入 and 小计 blank); the third at 25, four
    // spaces after it, no wider than a zero and its space: one blank cell (项目支出) between, so under 年末结转和结余.
    const { onLine } = ingestTextFormFixture('gov-fund-only-row-figure-left-of-lone-piece.pdftotext.txt', 'final_gov_fund');
    expect(onLine(14)).toEqual({ 年初结转和结余: '0', '本年支出/基本支出': '0', 年末结转和结余: '0' });
  });
});
