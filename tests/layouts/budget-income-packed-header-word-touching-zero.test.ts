/**
 * A 部门收入总表 whose header line of words pdftotext packed one space apart (`总计 合计 一般公共 事业收 其他收 上年结`,
 * line 8) while the line below stands where it prints (`预算` under 一般公共, `入` under 事业收, `入` under 其他收, `转结余`
 * over the last zero) (tests/fixtures/text-forms/budget-income-packed-header-word-touching-zero.pdftotext.txt: the
 * title lines and source lines 76–85 of synth-410100-jiaotongju-2018-budget-00062, pdf157; fixture line n is source
 * line n − 72 from line 4 on). The rows fill five places (three totals, a zero ending at 47, one ending at 55); the
 * lower line's `入` of 事业收入 stands a space before the zero of 总计 (`入[42-43]`, `0.0[44-47]`), left-aligned in the
 * cell its figure ends right-aligned in. Read as a column of its own it made seven columns for six words and the
 * packed line was read where it prints: every word a column or more off (`本年收入/其他收上年结预算`), no column of the
 * table named. Values read by hand (万元 printed, 元 read).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { table, onLine } = ingestTextFormFixture('budget-income-packed-header-word-touching-zero.pdftotext.txt', 'budget_income');

describe('a packed header line over a header word touching a narrow zero', () => {
  it('names the six columns: 总计, 本年收入 合计 | 一般公共预算 | 事业收入 | 其他收入, 上年结转结余', () => {
    expect(table.columns).toEqual(['总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余']);
  });
  it('reads the unit (line 10): 4,615.7 three times, its zero ending at 55 under 转结余 in 上年结转结余', () => {
    expect(onLine(10)).toEqual({ 总计: '46157000', '本年收入/合计': '46157000', '本年收入/一般公共预算': '46157000', 上年结转结余: '0' });
  });
  it('reads the 总计 (line 11): its zero ending at 47, before 其他收入 starts, in 事业收入', () => {
    expect(onLine(11)).toEqual({ 总计: '46157000', '本年收入/合计': '46157000', '本年收入/一般公共预算': '46157000', '本年收入/事业收入': '0' });
  });
});
