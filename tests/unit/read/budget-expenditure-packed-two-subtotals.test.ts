/**
 * A 部门支出总表 of a 2023 budget whose leaf line pdftotext packed one space apart (`合计 小计 人员经费 公用经 小计 特定目
 * 其他运`, text line 7), while the group words above stand where they print (`其中：基本支出` at column 50, `项目支出` at
 * 73, text line 6), and every row packs its figures too. Two 小计 columns: 基本支出's over 人员经费 and 公用经费, 项目支出's
 * over 特定目标类 and 其他运转类. The packed line draws 项目支出's 小计 under the middle of `其中：基本支出`; nearest
 * by position it took that group, leaving 基本支出's own 小计 and parts with no group. Each group's run now starts at
 * its nearest part of its own meaning (人员经费, 其他运转类), a 小计 joining the run it heads. Real `pdftotext -layout`
 * output of a Chromium-printed generator document: tests/fixtures/text-forms/budget-expenditure-packed-two-subtotals.pdftotext.txt,
 * the 部门支出总表 of synth-140100-caizhengju-2023-budget-00141 (corpus seed 164, its lines 104–125: fixture line n is
 * document line n + 100). Values read by hand from the printed lines, in 元 (万元 × 10 000).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const B = '其中：基本支出';
const P = '项目支出';

describe('a 部门支出总表 whose leaf line is packed under group words in place', () => {
  const { onLine } = ingestTextFormFixture('budget-expenditure-packed-two-subtotals.pdftotext.txt', 'budget_expenditure');

  it('reads line 9 with each 小计 under its own group: 199.00 = 185.07 + 13.93 under 基本支出, 126.39 under 项目支出', () => {
    expect(onLine(9)).toEqual({
      合计: '3253900',
      [`${B}/小计`]: '1990000',
      [`${B}/人员经费`]: '1850700',
      [`${B}/公用经费`]: '139300',
      [`${P}/小计`]: '1263900',
      [`${P}/特定目标类`]: '113800',
      [`${P}/其他运转类`]: '1150200',
    });
  });

  it('reads a row of project spending only (line 11) and one of basic spending only (line 12)', () => {
    expect(onLine(11)).toEqual({ 合计: '1263900', [`${P}/小计`]: '1263900', [`${P}/特定目标类`]: '113800', [`${P}/其他运转类`]: '1150200' });
    expect(onLine(12)).toEqual({ 合计: '1990000', [`${B}/小计`]: '1990000', [`${B}/人员经费`]: '1850700', [`${B}/公用经费`]: '139300' });
  });
});
