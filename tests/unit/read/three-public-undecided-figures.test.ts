/**
 * A horizontal 三公 table whose figures the identities do not place one way only (`src/lib/parse/layouts/three-public/
 * horizontal.ts` `placeFigures`), on real `pdftotext -layout` output of Chromium-printed generator documents:
 * - tests/fixtures/text-forms/three-public-contradicted-spacing.pdftotext.txt: the 三公 table of
 *   synth-410800-shengtaiju-2017-final-00040 (kept corpus pdf80, its lines 319–331): ten figures for twelve columns,
 *   因公出国（境）费 blank in both halves; the 预算数 blank leaves a gap of three spaces, the 决算数 one none
 *   (`39.08 37.74`): no placement keeps figures one space apart in neighbouring columns, so the spacing says nothing;
 * - tests/fixtures/text-forms/three-public-equal-gaps.pdftotext.txt: the 三公 table of
 *   synth-410100-wenlvju-2016-final-00022 (kept corpus pdf10, its lines 356–369): `136239.77` three times and
 *   `100817.42` three times, four spaces apart: 合计, 小计 and one of 购置费 / 运行维护费 in each half.
 * Expected values read by hand from the printed lines (万元 × 10000 in 元) and checked against the generator's truth.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';
import { threePublicChecks } from '../../../src/lib/checks/within-misc.ts';

describe('a 三公 row whose spacing contradicts itself', () => {
  const { onLine } = ingestTextFormFixture('three-public-contradicted-spacing.pdftotext.txt', 'final_three_public');

  it('is placed by the identities alone when one placement keeps them (line 12)', () => {
    // 预算数 45.82 = 44.36 + 1.45 (rounded), 44.36 = 26.30 + 18.07 (rounded); 决算数 39.08 = 37.74 + 1.34, 37.74 = 21.30 + 16.44
    expect(onLine(12)).toEqual({
      '预算数/合计': '458200',
      '预算数/公务用车购置及运行维护费/小计': '443600',
      '预算数/公务用车购置及运行维护费/公务用车购置费': '263000',
      '预算数/公务用车购置及运行维护费/公务用车运行维护费': '180700',
      '预算数/公务接待费': '14500',
      '决算数/合计': '390800',
      '决算数/公务用车购置及运行维护费/小计': '377400',
      '决算数/公务用车购置及运行维护费/公务用车购置费': '213000',
      '决算数/公务用车购置及运行维护费/公务用车运行维护费': '164400',
      '决算数/公务接待费': '13400',
    });
  });
});

describe('a 三公 row whose equal figures two placements share', () => {
  const { doc, table, onLine } = ingestTextFormFixture('three-public-equal-gaps.pdftotext.txt', 'final_three_public');

  it('reads 合计 and 小计 of each half, where every placement puts them (line 13)', () => {
    expect(onLine(13)).toEqual({
      '预算数/合计': '136239.77',
      '预算数/公务用车购置及运行维护费/小计': '136239.77',
      '决算数/合计': '100817.42',
      '决算数/公务用车购置及运行维护费/小计': '100817.42',
    });
  });

  it('gives the undecided figure no cell: 购置费 and 运行维护费 are not published blank (line 13)', () => {
    const row = table.rows.find((r) => r.line === 13)!;
    expect(row.cells.filter((c) => /公务用车(购置|运行维护)费$/.test(c.column))).toEqual([]);
    expect(table.columns.filter((c) => /公务用车(购置|运行维护)费$/.test(c))).toHaveLength(4);
    const undecided = doc.problems.filter((p) => p.code === 'three_public_undecided');
    expect(undecided.map((p) => [p.line, p.message.includes('136239.77、100817.42')])).toEqual([[13, true]]);
  });

  it('leaves the check 小计 = 购置费 + 运行维护费 unjudged, not failed', () => {
    const vehicles = threePublicChecks(doc).filter((c) => c.check_id === 'three_public.vehicles');
    expect(vehicles.length).toBeGreaterThan(0);
    expect(vehicles.every((c) => c.status === 'skip')).toBe(true);
  });
});
