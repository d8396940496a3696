/**
 * A squeezed 部门收入总表 of one unit and its 总计, the header naming two columns more than any row fills
 * (`blankColumnsBeside` of `figure-order.ts`). tests/fixtures/text-forms/budget-income-one-unit-squeezed-blank-columns.pdftotext.txt
 * is the 部门收支总表 and 部门收入总表 of synth-410811-jiaoyuju-2018-budget-00064 (a fresh corpus, its lines 34–82; line n
 * here is line n + 33 there), real `pdftotext -layout` output of the Chromium-printed generator document. The header
 * packs its words one space apart (`总计 合计 一般公 事业 其他 结转` over `共预算 收入 收入 结余`, under `本年收入` and
 * `上年`): 总计 | 本年收入/合计 | 一般公共预算 | 事业收入 | 其他收入 | 上年结转结余. The unit's name wraps (`焦作市山阳区
 * 教育局本` over `级`), so the names the rows print end left of the header's `单位名称` (characters 10–13). Line 47
 * prints `430.73 430.73 430.73`, line 48 (总计) `430.73 430.73 430.73 0.00`, every figure one space after the one
 * before: the 0.00 in the column after 一般公共预算, 事业收入 (the 收支总表 prints `四、事业收入 0.00` and `上年结转结余
 * 0.00`, and no 其他收入). Figures read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'budget-income-one-unit-squeezed-blank-columns.pdftotext.txt';

describe('a squeezed 收入总表 of one unit and its total, two of its columns blank in both rows', () => {
  const { doc, table, cellsOnLine: values } = ingestTextFormFixture(FILE, 'budget_income');

  it('reads the six columns the header names, its label word 单位名称 standing right of the names no column of figures', () => {
    expect(table.columns).toEqual(['总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余']);
    expect(doc.problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });

  it('reads the unit of line 47 and the 总计 of line 48, the total’s 0.00 under 事业收入', () => {
    expect(values(47)).toEqual([
      ['总计', '4307300'],
      ['本年收入/合计', '4307300'],
      ['本年收入/一般公共预算', '4307300'],
    ]);
    expect(values(48)).toEqual([
      ['总计', '4307300'],
      ['本年收入/合计', '4307300'],
      ['本年收入/一般公共预算', '4307300'],
      ['本年收入/事业收入', '0'],
    ]);
  });
});
