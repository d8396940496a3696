/**
 * Golden test: 平顶山市工业和信息化局 2023年度部门决算 (seed 001, 万元, markdown titles `## …`, <b> markup).
 * Expected values read by hand from data/raw/henan-pingdingshan-gongxinju-2023-final.txt (lines cited).
 */
import { describe, expect, it } from 'vitest';
import { parseSeed, row, table, value } from '../helpers.ts';

const doc = parseSeed('pingdingshan2023');

describe('平顶山 2023 决算: metadata', () => {
  it('reads the cover', () => {
    expect(doc.metadata.department).toBe('平顶山市工业和信息化局');
    expect(doc.metadata.fiscal_year).toBe(2023);
    expect(doc.metadata.published).toBe('2024-09'); // 二〇二四年九月
    expect(doc.metadata.region.code).toBe('410400');
    expect(doc.metadata.budget_units).toHaveLength(3);
  });
  it('finds the nine tables behind markdown titles', () => {
    for (const k of ['final_summary', 'final_income', 'final_expenditure', 'final_fiscal_summary', 'final_general_expenditure', 'final_general_basic', 'final_gov_fund', 'final_state_capital', 'final_three_public'] as const) {
      expect(table(doc, k).title).not.toMatch(/#/);
    }
    expect(doc.coverage.ratio).toBe('100.00');
  });
});

describe('平顶山 2023 决算: tables', () => {
  it('收入支出决算总表: <b> markup removed from labels', () => {
    const t = table(doc, 'final_summary');
    expect(value(t, '本年收入合计', '收入/决算数', '收入')).toBe('21758700'); // <b>本年收入合计</b> 2,175.87 (line 147)
    expect(value(t, '使用非财政拨款结余和专用结余', '收入/决算数', '收入')).toBe('0');
    expect(value(t, '十九、住房保障支出', '支出/决算数', '支出')).toBe('902200'); // 90.22 (line 135)
    expect(row(t, '二十四、债务还本支出', '支出').line).toBe(144); // after page break
  });
  it('收入决算表', () => {
    const t = table(doc, 'final_income');
    expect(value(t, '20103', '本年收入合计')).toBe('40000'); // 4.00 (line 170)
    expect(row(t, '20103').name).toBe('政府办公厅（室）及相关机构事务');
  });
  it('一般公共预算财政拨款支出决算表 across the page break', () => {
    const t = table(doc, 'final_general_expenditure');
    expect(row(t, '2150501').line).toBe(361);
    expect(value(t, '2150501', '本年支出/小计')).toBe('10894700'); // 1,089.47
    expect(value(t, '2150501', '本年支出/基本支出')).toBe('9600600'); // 960.06
    expect(value(t, '2150501', '本年支出/项目支出')).toBe('1294100'); // 129.41
  });
  it('基本支出决算明细表', () => {
    const t = table(doc, 'final_general_basic');
    expect(value(t, '30113', '决算数')).toBe('961500'); // 住房公积金 96.15 (line 396)
    expect(value(t, '30229', '决算数')).toBe('239800'); // 福利费 23.98 (line 410, after page break)
    expect(value(t, '人员经费合计', '决算数')).toBe('14972100'); // 1,497.21 (line 415)
    expect(value(t, '公用经费合计', '决算数')).toBe('3094900'); // 309.49
  });
  it('三公', () => {
    const r = table(doc, 'final_three_public').rows[0]!;
    const get = (c: string) => r.cells.find((x) => x.column === c)?.value;
    expect(get('预算数/公务用车购置及运行维护费/公务用车购置费')).toBe('179800'); // 17.98 (line 470)
    expect(get('决算数/合计')).toBe('295900'); // 29.59
    expect(get('决算数/公务接待费')).toBe('6600'); // 0.66
  });
});
