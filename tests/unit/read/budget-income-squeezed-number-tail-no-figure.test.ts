/**
 * A 部门收入总表 whose last page prints three rows under the repeated header and its 栏次 row, the numbers of the last two
 * columns squeezed one space apart at the row's end (`1 2 3 4 5`: `4[46-47] 5[48-49]`), no figure starting a run
 * ending there (tests/fixtures/text-forms/budget-income-squeezed-number-tail-no-figure.pdftotext.txt: the title lines
 * and source lines 66–110 of synth-410400-shengtaiju-2019-budget-00075, pdf126; fixture line n is source line n + 62
 * from line 4 on). The squeezed numbers place nothing, and nothing needs them: each row's run after the gap starts
 * under 3 (`125.64[38-44]`, 3 at 39), its packed figure in the column after. Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { onLine } = ingestTextFormFixture('budget-income-squeezed-number-tail-no-figure.pdftotext.txt', 'budget_income');

describe('a page under 栏次 numbers squeezed at the row’s end where no run starts', () => {
  it('reads line 45 (22102 住房改革支出): 126.22 合计, 125.64 一般公共预算拨款收入, 0.58 事业收入, 上年结转 blank', () => {
    expect(onLine(45)).toEqual({ 合计: '1262200', 一般公共预算拨款收入: '1256400', 事业收入: '5800' });
  });
  it('reads lines 46 and 47 the same way', () => {
    expect(onLine(46)).toEqual({ 合计: '551700', 一般公共预算拨款收入: '545900', 事业收入: '5800' });
    expect(onLine(47)).toEqual({ 合计: '710500', 一般公共预算拨款收入: '710500' });
  });
});
