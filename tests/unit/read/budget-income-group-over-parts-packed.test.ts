/**
 * A 2019 部门收入总表 by budget unit whose header prints `本年收入` once, centred over its 合计 and the funds
 * (`合计 | 一般公共预算 | 事业收入 | 其他收入`), with 上年结转结余 beside them. pdftotext packed the line of leaves one
 * space apart (`总计 合计 一般公共 事业收 其他收 上年结`, text line 7) while `本年收入` kept its place on the line above
 * (text line 6, characters 45–48, over the second fund's figures `3,808.6` at 45–51). A reading of the pieces in order
 * joined `本年收入` to the 合计 (`本年收入合计`), the funds left with no group; the group word, centred over the run of
 * columns and off the 合计's own figures (37–43), now heads the run. Real `pdftotext -layout` output of a
 * Chromium-printed generator document: tests/fixtures/text-forms/budget-income-group-over-parts-packed.pdftotext.txt,
 * the 部门收入总表 of synth-410800-kejiju-2019-budget-00070 (corpus seed 164, its lines 72–82: fixture line n is
 * document line n + 68). Values read by hand from the printed lines, in 元 (万元 × 10 000).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 部门收入总表 whose 本年收入 stands over its 合计 and funds above a packed line of leaves', () => {
  const { onLine } = ingestTextFormFixture('budget-income-group-over-parts-packed.pdftotext.txt', 'budget_income');

  it('reads line 9 (焦作市科学技术局本级 3,969.7 3,831.5 3,808.6 22.9 0.0 138.2) with the funds under 本年收入', () => {
    expect(onLine(9)).toEqual({
      总计: '39697000',
      '本年收入/合计': '38315000',
      '本年收入/一般公共预算': '38086000',
      '本年收入/事业收入': '229000',
      '本年收入/其他收入': '0',
      上年结转结余: '1382000',
    });
  });

  it('reads the 总计 row (line 13: 6,945.5 6,807.2 6,759.9 47.3 0.0 138.2) the same way', () => {
    expect(onLine(13)).toEqual({
      总计: '69455000',
      '本年收入/合计': '68072000',
      '本年收入/一般公共预算': '67599000',
      '本年收入/事业收入': '473000',
      '本年收入/其他收入': '0',
      上年结转结余: '1382000',
    });
  });
});
