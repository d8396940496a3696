/**
 * A 小计 drawn onto its group word's line, left of it (`header-cover.ts`, `word-inside-figures.ts`).
 * tests/fixtures/text-forms/general-expenditure-subtotal-beside-group-word.pdftotext.txt is the 一般公共预算财政拨款支出决算表
 * of synth-410200-jiaoyuju-2017-final-00046 (a fresh corpus, its lines 225–260; line n here is line n + 224 there),
 * real `pdftotext -layout` output of the Chromium-printed generator document. Line 5 prints `行次 小计 本年支出`, line
 * 6 `基本支出 项目支出`: the 行次 cell spans both header lines, and pdftotext joined the 小计 cell's line to the one of
 * 本年支出, which heads 小计 | 基本支出 | 项目支出. Read as written, `小计` then `本年支出` spell no word (本年支出小计 is
 * written the other way round), and a 小计 stands under a group only: the columns are 本年支出/小计, 本年支出/基本支出
 * and 本年支出/项目支出. Figures read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'general-expenditure-subtotal-beside-group-word.pdftotext.txt';

describe('a 小计 on its group word’s line, left of it (lines 5–6)', () => {
  const { table, named: row } = ingestTextFormFixture(FILE, 'final_general_expenditure');

  it('reads 本年支出 over 小计, 基本支出 and 项目支出', () => {
    expect(table.columns).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('line 7, 总计 1 2973.28 1946.00 1027.28', () => {
    expect(row('总计')).toEqual({ '本年支出/小计': '29732800', '本年支出/基本支出': '19460000', '本年支出/项目支出': '10272800' });
  });

  it('line 19, 社会保障和就业支出 13 1449.70 942.28 507.42', () => {
    expect(row('社会保障和就业支出')).toEqual({ '本年支出/小计': '14497000', '本年支出/基本支出': '9422800', '本年支出/项目支出': '5074200' });
  });
});
