/**
 * A squeezed 部门收入总表 page whose upper rows pdftotext drew five characters right of the rest
 * (tests/fixtures/text-forms/budget-income-upper-rows-drawn-right.pdftotext.txt: the title lines and source lines 74–107
 * of synth-410803-shangwuju-2015-budget-00017, pdf126; fixture line n is source line n + 70 from line 4 on). Lines 11–18
 * end their 合计 at character 38 (`246.90[32-38]`), the rows from line 20 on at 33 (`473.41[27-33]`). Read as one page,
 * the upper rows' 一般公共预算拨款收入 after a gap (`246.90[46-52]`, line 13) fell under 事业收入, where the lower rows'
 * whole row (line 25) ends that column; each part read as a page of its own by the figures that start a run places it. Values read by hand (万元, in 元).
 */
import { describe, expect, it } from 'vitest';
import { driftedRows, upperRowsDrawnRight } from '../../../src/lib/parse/read/drifted-rows.ts';
import { ingestTextFormFixture } from './read-fixture.ts';

const { doc, onLine } = ingestTextFormFixture('budget-income-upper-rows-drawn-right.pdftotext.txt', 'budget_income');

describe('a page whose upper rows are drawn right of the lower ones', () => {
  it('reads line 13 (2010101 行政运行): 246.90 under 一般公共预算拨款收入, 0.00 under 其他收入', () => {
    expect(onLine(13)).toEqual({ 合计: '2469000', 一般公共预算拨款收入: '2469000', 其他收入: '0' });
  });
  it('reads line 15 (2011102 一般行政管理事务) and line 12 (20101 人大事务) the same way', () => {
    expect(onLine(15)).toEqual({ 合计: '1620000', 一般公共预算拨款收入: '1620000', 其他收入: '0' });
    expect(onLine(12)).toEqual({ 合计: '2469000', 上年结转: '0', 一般公共预算拨款收入: '2469000', 其他收入: '0' });
  });
  it('still reads the lower rows on their own columns (line 25, 2101103 公务员医疗补助, and line 36, 合计)', () => {
    expect(onLine(25)).toEqual({ 合计: '3023800', 上年结转: '0', 一般公共预算拨款收入: '3023800', 事业收入: '0', 其他收入: '0' });
    expect(onLine(36)).toEqual({ 合计: '35394700', 一般公共预算拨款收入: '35394700', 其他收入: '0' });
  });
  it('reports none of the upper rows as ambiguous', () => {
    expect(doc.problems.filter((p) => p.code === 'spaced_row_ambiguous').map((p) => p.line)).toEqual([]);
  });
});

describe('upperRowsDrawnRight', () => {
  const fig = (start: number, end: number) => ({ text: '0.00', start, end });
  it('cuts the page where the lower part starts (first figures ending at 38 over 33), moving no row', () => {
    const page = [[fig(32, 38), fig(39, 43)], [fig(32, 38), fig(46, 52)], [], [fig(27, 33), fig(41, 47)], [fig(27, 33), fig(34, 38)]];
    expect(upperRowsDrawnRight(page)).toBe(3);
    expect(driftedRows(page)).toEqual([0, 0, 0, 0, 0]);
  });
  it('does not cut a page whose upper first figures end where a lower row ends a second figure starting a run (upper totals blank)', () => {
    expect(upperRowsDrawnRight([[fig(34, 38)], [fig(34, 38)], [fig(27, 33), fig(34, 38)], [fig(27, 33), fig(36, 40)]])).toBe(-1);
  });
  it('does not cut a page whose parts stand three or four characters apart (jitter) or whose lower part is drawn right', () => {
    expect(upperRowsDrawnRight([[fig(31, 35)], [fig(31, 35)], [fig(28, 32)], [fig(28, 32)]])).toBe(-1);
    expect(upperRowsDrawnRight([[fig(24, 28)], [fig(24, 28)], [fig(29, 33)], [fig(29, 33)]])).toBe(-1);
  });
});
