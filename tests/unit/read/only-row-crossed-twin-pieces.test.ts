/**
 * The only row of an empty 政府性基金 table placed beside its header's words when pieces of equal text end two of them
 * (`src/lib/parse/read/twin-pieces.ts`, used by `only-row.ts`): the header's exact cover may hand either `支出` to
 * either of `基本` and `项目`, and where each column stands is read from its word's pieces. Real `pdftotext -layout`
 * output of a Chromium-printed generator document (`tests/fixtures/text-forms/gov-fund-only-row-crossed-twin-pieces.pdftotext.txt`);
 * the cells are read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('an only row under two words ending in pieces of equal text', () => {
  it('places the last zero under 年末结转和结余, where its word stands, not under 项目支出 (line 12)', () => {
    // line 9: `基本` at 15, `支出` at 19, `支出` at 23 and `和结` at 26; line 8: `项目` at 23 and `结转` at 26. 基本支出
    // takes the `支出` at 19 and 项目支出 the one at 23, so the columns stand in order: 年初 (结转 at 6), 本年收入 (本年 at
    // 9), 小计 (12), 基本支出 (19), 项目支出 (23), 年末 (26). Line 12 `合计    0.00 0.00        0.00`: the first zero at 9
    // under 本年收入 (four spaces after 合计: 年初 blank), the second one space after it under 小计, the third at 26
    // under 年末结转和结余 (eight spaces before it: 基本支出 and 项目支出 blank).
    const { onLine } = ingestTextFormFixture('gov-fund-only-row-crossed-twin-pieces.pdftotext.txt', 'final_gov_fund');
    expect(onLine(12)).toEqual({ 本年收入: '0', '本年支出/小计': '0', 年末结转和结余: '0' });
  });
});
