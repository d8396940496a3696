/**
 * A 2022 部门收入总表 by budget unit, narrow: `本年收入` stands once over its 合计 and funds (text line 5, characters
 * 30–33), the two-line fund words start a line above the one-line `合计` (`一般公` on line 6 under `本年收入`,
 * `合计` on line 7 at 22–23, wholly left of the group word), and unit names wrap (`开封市商务事务服` / `务中心`). The
 * pieces were read as one word `本年收入合计` placed where `本年收入` starts, after `一般公共预算` (28): the 合计's
 * figures went under 一般公共预算 and 一般公共预算's under the total. A group word over a total wholly left of it, a
 * part of the group standing under the group word on any line below it, is the group over its own total. Real
 * `pdftotext -layout` output of a Chromium-printed generator document:
 * tests/fixtures/text-forms/budget-income-unit-names-wrapped-packed.pdftotext.txt, the 部门收入总表 of
 * synth-410200-shangwuju-2022-budget-00136 (corpus seed 164, its lines 73–86: fixture line n is document line n + 69).
 * Values read by hand from the printed lines, in 元 (万元 × 10 000).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a narrow 部门收入总表 whose 合计 stands left of 本年收入, a line under its funds', () => {
  const { onLine } = ingestTextFormFixture('budget-income-unit-names-wrapped-packed.pdftotext.txt', 'budget_income');

  it('reads line 10 (开封市商务事务服务中心 25.08 25.08 24.95 0.13): 合计 25.08, 一般公共预算 24.95, 其他收入 0.13', () => {
    expect(onLine(10)).toEqual({ 总计: '250800', '本年收入/合计': '250800', '本年收入/一般公共预算': '249500', '本年收入/其他收入': '1300' });
  });

  it('reads the unlabelled total row (line 16: 84.45 84.33 84.14 0.19 0.12) the same way, 0.12 under 上年结转结余', () => {
    expect(onLine(16)).toEqual({
      总计: '844500',
      '本年收入/合计': '843300',
      '本年收入/一般公共预算': '841400',
      '本年收入/其他收入': '1900',
      上年结转结余: '1200',
    });
  });
});
