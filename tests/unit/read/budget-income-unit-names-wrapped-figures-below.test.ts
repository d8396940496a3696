/**
 * A 2017 部门收入总表 by budget unit whose unit names wrap: the code and the name's start on one line (`410001
 * 新乡市发展和改革委员会本`, text line 11), the name's rest and the unit's figures on the next (`级   1,141.5 1,141.5
 * 1,141.5 … 0.0`, line 12). The rows drew the code column as two, so the header read `单位代码 | · | 单位名称 | 总计 …`
 * (a headless column between code and name); the table's two usual label cells put each row's first figure under
 * 单位名称, every figure one column left, and `级` read as a unit of its own. The label cells are now counted to the
 * name the header names, and a name's rest on the line of its figures, under a unit printing none, is that unit's.
 * Real `pdftotext -layout` output of a Chromium-printed generator document:
 * tests/fixtures/text-forms/budget-income-unit-names-wrapped-figures-below.pdftotext.txt, the 部门收入总表 of
 * synth-410700-fagaiwei-2017-budget-00049 (corpus seed 166, its lines 85–99: fixture line n is document line n + 81).
 * Values read by hand from the printed lines, in 元 (万元 × 10 000).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 部门收入总表 whose unit names wrap onto the line of their figures', () => {
  const { table, onLine } = ingestTextFormFixture('budget-income-unit-names-wrapped-figures-below.pdftotext.txt', 'budget_income');

  it('reads one row per unit, its whole name, on the line of its figures', () => {
    expect(table.rows.map((r) => [r.line, r.name])).toEqual([
      [12, '新乡市发展和改革委员会本级'],
      [14, '新乡市发展和改革委员会综合行政执法支队'],
      [16, '新乡市发展和改革委员会发展研究中心'],
      [17, '合计'],
    ]);
    expect(table.rows[0]!.entity).toBe('410001 新乡市发展和改革委员会本级');
  });

  it('reads line 14 (867.5 867.5 867.5 … 0.0 0.0) under 总计, 本年收入/合计, 一般公共预算, 其他收入 and 上年结转结余', () => {
    expect(onLine(14)).toEqual({ 总计: '8675000', '本年收入/合计': '8675000', '本年收入/一般公共预算': '8675000', '本年收入/其他收入': '0', 上年结转结余: '0' });
  });

  it('reads the 合计 row (line 17: 3,197.9 3,197.9 3,197.9 0.0 one space apart) in order', () => {
    expect(onLine(17)).toEqual({ 总计: '31979000', '本年收入/合计': '31979000', '本年收入/一般公共预算': '31979000', '本年收入/事业收入': '0' });
  });

  it('reads no figure under 单位名称', () => {
    expect(table.columns).not.toContain('单位名称');
  });
});
