/**
 * A 部门收入总表 by budget unit whose third unit's long name fills its line, pdftotext writing the unit's figures on a
 * line of their own below it (tests/fixtures/text-forms/budget-income-unit-figures-below-name.pdftotext.txt: the title
 * lines and source lines 73–85 of synth-410400-caizhengju-2018-budget-00055, pdf66; fixture line n is source line
 * n + 69 from line 4 on). The table's 合计 is printed without its label on its last line (15). Line 13, figures and no
 * label between two units, is no total: it holds the amounts of 410003 on line 12. Values read by hand (万元, in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { doc, table, onLine } = ingestTextFormFixture('budget-income-unit-figures-below-name.pdftotext.txt', 'budget_income');

describe('a unit whose figures pdftotext wrote on the line below its name', () => {
  it('reads line 13 as 410003 平顶山市财政离退休人员管理服务中心', () => {
    const r = table.rows.find((x) => x.line === 13)!;
    expect([r.name, r.entity, r.extra_codes, r.is_total]).toEqual(['平顶山市财政离退休人员管理服务中心', '410003 平顶山市财政离退休人员管理服务中心', { unit_code: '410003' }, false]);
    expect(onLine(13)).toEqual({
      总计: '26339500', // 2,633.95
      '本年收入/合计': '26339500',
      '本年收入/一般公共预算': '26094700', // 2,609.47
      '本年收入/事业收入': '244800', // 24.48
      '本年收入/其他收入': '0',
      上年结转结余: '0',
    });
  });
  it('keeps the unit once: no row for line 12 without its amounts', () => {
    expect(table.rows.filter((r) => r.name === '平顶山市财政离退休人员管理服务中心').map((r) => r.line)).toEqual([13]);
    expect(doc.problems.filter((p) => p.line === 13).map((p) => p.code)).toEqual(['figures_below_label']);
  });
  it('still reads the unlabelled last line (15) as the 合计, the only total', () => {
    expect(table.rows.filter((r) => r.is_total).map((r) => [r.line, r.name])).toEqual([[15, '合计']]);
    expect(onLine(15)).toMatchObject({ 总计: '213354800', '本年收入/一般公共预算': '212842900', '本年收入/事业收入': '511800' });
  });
});
