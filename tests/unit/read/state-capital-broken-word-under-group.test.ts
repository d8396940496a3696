/**
 * An empty 国有资本经营预算财政拨款支出决算表 whose narrow header breaks 基本支出 and 项目支出 over two lines
 * (`header-groups.ts`, `mayStandWithin`): tests/fixtures/text-forms/state-capital-broken-word-under-group.pdftotext.txt is
 * 表八 of synth-410100-gongxinju-2018-final-00052 (seed 72, its lines 432–440). By position one column is headed by the
 * bare `支出` (a broken piece), starting a line below 本年支出's own parts. A word standing below a group's parts is
 * kept out of the group only when it is another group's part (`项目支出` beside 基本支出); a bare block word is no such
 * part, so 本年支出 still heads the columns and the only row's 0.00 stands under 本年支出/小计. Expected cells read by
 * hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('an empty 国有资本经营 table whose header breaks its words under 本年支出', () => {
  const { table, onLine } = ingestTextFormFixture('state-capital-broken-word-under-group.pdftotext.txt', 'final_state_capital');

  it('keeps 本年支出 over the first column, 小计', () => {
    expect(table.columns[0]).toBe('本年支出/小计');
  });

  it('reads the only row (line 9) as 0.00 under 本年支出/小计', () => {
    expect(onLine(9)).toEqual({ '本年支出/小计': '0' });
  });
});
