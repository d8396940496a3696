/**
 * A squeezed 支出决算表 header read as an exact cover of its words (`src/lib/parse/read/header-cover.ts`): a word
 * stands at a piece written left of its first piece on that line (pushed right by the line's text) only where no other
 * word's first piece stands over or under that piece. Real `pdftotext -layout` output of a Chromium-printed generator
 * document (`tests/fixtures/text-forms/expenditure-rest-left-under-other-word.pdftotext.txt`); the cells are read by
 * hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a header piece drawn left under another word\'s first piece', () => {
  // line 9 `本年支` at 32; line 10 `出合计` at 30, `出` at 34, `基本支` at 39, `项目支` at 46, `上缴上` at 52, `经营支` at 56;
  // line 11 `出` at 47, `级支出` at 49, `出` at 53, `单位补` at 55, `助支出` at 60; line 8 `对附属` at 60. `出合计`
  // under `本年支` ends 本年支出合计, so 项目支出 (项目支 + 出) stands where 项目支 does, after 基本支出: the columns are
  // 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出 (units 万元).
  const { onLine } = ingestTextFormFixture('expenditure-rest-left-under-other-word.pdftotext.txt', 'final_expenditure');

  it('reads the 合计 row as total, 基本支出 and 项目支出 (line 13: 1 174.96 132.98 41.98)', () => {
    expect(onLine(13)).toEqual({ 本年支出合计: '1749600', 基本支出: '1329800', 项目支出: '419800' });
  });

  it('reads 社会保障和就业支出 the same way (line 17: 5 66.27 49.79 16.48)', () => {
    expect(onLine(17)).toEqual({ 本年支出合计: '662700', 基本支出: '497900', 项目支出: '164800' });
  });
});
