/**
 * A budget expenditure table whose 合计 label was dropped by the conversion: its amounts stand first, under the header,
 * with no name. Fixture hand-written (⇥ = tab, as the spaced reader writes cells); values invented, read by hand
 * (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, tabbed as T } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2024年\n测试市工业和信息化局部门预算`, T(body));

describe('budget expenditure whose first row has amounts but no printed label', () => {
  const d = doc(`部门支出预算表
单位：万元
科目编码⇥科目名称⇥合计⇥基本支出⇥⇥⇥⇥⇥项目支出⇥⇥
⇥⇥⇥小计⇥人员经费⇥⇥公用经费⇥⇥小计⇥其他运转类⇥特定目标类
⇥⇥⇥⇥工资福利支出⇥对个人和家庭的补助⇥商品和服务支出⇥资本性支出⇥⇥⇥
⇥⇥30.00⇥20.00⇥12.00⇥2.00⇥5.00⇥1.00⇥10.00⇥4.00⇥6.00
2080501⇥行政单位离退休⇥14.00⇥14.00⇥12.00⇥2.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00
2150501⇥行政运行⇥6.00⇥6.00⇥0.00⇥0.00⇥5.00⇥1.00⇥0.00⇥0.00⇥0.00
2150599⇥其他工业和信息产业监管支出⇥10.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00⇥10.00⇥4.00⇥6.00
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('reads the unlabelled first row (line 9) as the 合计, with its amounts', () => {
    const total = t.rows.find((r) => r.line === 9)!;
    expect(total.name).toBe('合计');
    expect(total.is_total).toBe(true);
    const v = (col: string) => total.cells.find((c) => c.column === col)?.value;
    expect(v('合计')).toBe('300000'); // 30.00
    expect(v('基本支出/人员经费/工资福利支出')).toBe('120000'); // 12.00
    expect(v('项目支出/特定目标类')).toBe('60000'); // 6.00
  });
  it('says so with an info problem, not an error', () => {
    expect(d.problems.some((p) => p.code === 'total_without_label' && p.line === 9 && p.severity === 'info')).toBe(true);
    expect(d.problems.some((p) => p.code === 'row_without_label')).toBe(false);
  });
});
