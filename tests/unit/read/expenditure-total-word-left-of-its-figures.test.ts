/**
 * A 支出决算表 whose `本年支出合计` pdftotext drew whole left of its figures, beside 行次 (`header-words.ts`,
 * `reassembleHeader`): tests/fixtures/text-forms/expenditure-total-word-left-of-its-figures.pdftotext.txt is 支出决算表
 * of synth-410200-wenlvju-2018-final-00056 (seed 102, its lines 141–169). The other words are broken over four lines
 * (`上缴` / `上级` / `支出`, `对附` / `属单` / `位补` / `助支` / `出`), so the header is read again by meaning; the pieces over
 * the label columns are taken only when they join a word over the figures, and `本年支出合计` stands alone there. The
 * reading by position had put it over the first figures, so it is that column's word: before, the figures took the
 * words after it one column to the left (33664488.02 under 小计). Expected cells read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 with 本年支出合计 drawn whole left of its figures', () => {
  const { table, onLine } = ingestTextFormFixture('expenditure-total-word-left-of-its-figures.pdftotext.txt', 'final_expenditure');

  it('reads 本年支出合计 as the first of eight columns', () => {
    expect(table.columns).toEqual(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts the 合计 row (line 10) under 本年支出合计, 小计, 人员经费, 公用经费 and 项目支出', () => {
    expect(onLine(10)).toEqual({
      本年支出合计: '33664488.02',
      '其中：基本支出/小计': '26995998.36',
      '其中：基本支出/人员经费': '23756478.49',
      '其中：基本支出/公用经费': '3239519.87',
      项目支出: '6668489.66',
    });
  });
});
