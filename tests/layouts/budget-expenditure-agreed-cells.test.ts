/**
 * A budget expenditure row that lost a blank cell and that no identity, unit sum or sibling row places: its figures
 * that every placement puts in the same column are written there, the others left unread and the row reported.
 * `8.1 8.1 5.4 1.8 0.8 0.1 0.0 0.0` under nine columns: the identities put 8.1 under 合计 and 基本支出 小计, 5.4 … 0.1
 * under the four economic classes whatever the blank, while the two zeros may stand under 项目支出 小计 and either
 * part, or under both parts. Fixture hand-written (⇥ = tab, as the spaced reader writes cells); values invented, read
 * by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, tabbed as T } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2024年\n测试市工业和信息化局部门预算`, T(body));

describe('a budget expenditure row its placements agree on only in part', () => {
  const d = doc(`部门支出预算表
单位：万元
科目编码⇥科目名称⇥合计⇥基本支出⇥⇥⇥⇥⇥项目支出⇥⇥
⇥⇥⇥小计⇥人员经费⇥⇥公用经费⇥⇥小计⇥其他运转类⇥特定目标类
⇥⇥⇥⇥工资福利支出⇥对个人和家庭的补助⇥商品和服务支出⇥资本性支出⇥⇥⇥
2080501⇥行政单位离退休⇥14.00⇥14.00⇥12.00⇥2.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00
2210202⇥提租补贴⇥8.1⇥8.1⇥5.4⇥1.8⇥0.8⇥0.1⇥0.0⇥0.0
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  const row = t.rows.find((r) => r.code === '2210202')!;
  const v = (col: string) => row.cells.find((c) => c.column === col)?.value ?? null;

  it('writes the figures every placement puts in one column (line 10)', () => {
    expect(v('合计')).toBe('81000');
    expect(v('基本支出/小计')).toBe('81000');
    expect(v('基本支出/人员经费/工资福利支出')).toBe('54000');
    expect(v('基本支出/人员经费/对个人和家庭的补助')).toBe('18000');
    expect(v('基本支出/公用经费/商品和服务支出')).toBe('8000');
    expect(v('基本支出/公用经费/资本性支出')).toBe('1000');
  });

  it('leaves the two zeros unread and reports the row', () => {
    expect(v('项目支出/小计')).toBeNull();
    expect(v('项目支出/其他运转类')).toBeNull();
    expect(v('项目支出/特定目标类')).toBeNull();
    expect(d.problems.some((p) => p.code === 'ambiguous_placement' && p.line === 10)).toBe(true);
  });
});
