/**
 * A 部门收入总表 whose last row starts a new page under the repeated header, its code `221 02 03` alone on one line and
 * its name, 行次 and figures on the next (tests/fixtures/text-forms/budget-income-code-alone-over-name-next-page
 * .pdftotext.txt: the title lines and source lines 73–110 of synth-410811-wenlvju-2019-budget-00074, pdf126; fixture
 * line n is source line n + 69 from line 4 on). The page's columns put the code in the name column over `购房补贴`: the
 * code goes before the name in its cell and is read off it. Values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { table, onLine } = ingestTextFormFixture('budget-income-code-alone-over-name-next-page.pdftotext.txt', 'budget_income');

describe('a code alone over its name on a page after the repeated header', () => {
  it('reads line 39 as 2210203 购房补贴 with the figures printed there', () => {
    const r = table.rows.find((x) => x.line === 39)!;
    expect([r.code, r.name]).toEqual(['2210203', '购房补贴']);
    expect(onLine(39)).toEqual({ 合计: '3080142.74', 上年结转: '0', '财政拨款（补助）收入': '3080142.74', 事业收入: '0', 其他收入: '0' });
  });
  it('keeps 2210201 住房公积金 (line 31, the page before) as it was', () => {
    expect(table.rows.find((x) => x.line === 31)!.code).toBe('2210201');
  });
});
