/**
 * Budget expenditure tables by budget unit whose zeros are printed now blank, now 0.00 (one document, one table, even
 * one row). A blank cell is not zero, and a printed 0.00 stays where it is printed. Fixture hand-written (⇥ = tab),
 * values read from it by hand (万元 × 10,000); the prefix puts the first title on line 4.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';
import { tabbed as T } from '../helpers.ts';

const HEADER = `科目编码⇥⇥⇥单位代码⇥单位（科目名称）⇥合计⇥基本支出⇥⇥⇥⇥⇥项目支出⇥⇥
⇥⇥⇥⇥⇥⇥小计⇥人员经费⇥⇥公用经费⇥⇥小计⇥其他运转类⇥特定目标类
类⇥款⇥项⇥⇥⇥⇥⇥工资福利支出⇥对个人和家庭的补助⇥商品和服务支出⇥资本性支出⇥⇥⇥`;
const TEXT = `2024年
测试市工业和信息化局部门预算

部门支出总体情况表
单位：万元
${HEADER}
⇥⇥⇥⇥合计⇥10.00⇥8.00⇥5.00⇥1.00⇥1.50⇥0.50⇥2.00⇥2.00⇥
⇥⇥⇥001⇥测试局本级⇥10.00⇥8.00⇥5.00⇥1.00⇥1.50⇥0.50⇥2.00⇥2.00⇥
201⇥01⇥01⇥⇥行政运行⇥8.00⇥8.00⇥5.00⇥1.00⇥1.50⇥0.50⇥⇥0.00⇥
201⇥03⇥02⇥⇥一般行政管理事务⇥2.00⇥⇥0.00⇥⇥0.00⇥⇥2.00⇥2.00⇥0.00

一般公共预算支出情况表
单位：万元
${HEADER}
⇥⇥⇥⇥合计⇥10.00⇥8.00⇥5.00⇥1.00⇥1.50⇥0.50⇥2.00⇥2.00⇥
⇥⇥⇥001⇥测试局本级⇥10.00⇥8.00⇥5.00⇥1.00⇥1.50⇥0.50⇥2.00⇥2.00⇥
201⇥01⇥01⇥⇥行政运行⇥8.00⇥8.00⇥5.00⇥1.00⇥1.50⇥0.50⇥0.00⇥0.00⇥
201⇥03⇥02⇥⇥一般行政管理事务⇥2.00⇥0.00⇥0.00⇥⇥0.00⇥⇥2.00⇥2.00⇥0.00
`;

const d = ingestText({ text: T(TEXT), sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
const cell = (tb: Table, code: string, col: string) => tb.rows.find((r) => r.code === code || r.name === code)!.cells.find((c) => c.column === col)!;

describe('a by-unit budget table printing zeros now blank, now 0.00', () => {
  it('keeps a printed 0.00 under a blank unit cell where it is printed, with no unit-sum warning', () => {
    // Line 12 (一般行政管理事务) prints 0.00 under 特定目标类, which the unit row (line 10) leaves blank: nothing was spent.
    const c = cell(t, '2010302', '项目支出/特定目标类');
    expect([c.value, c.line, c.placement]).toEqual(['0', 12, 'printed']);
    expect(cell(t, '测试局本级', '项目支出/特定目标类').value).toBeNull();
    expect(cell(t, '测试局本级', '项目支出/其他运转类').value).toBe('20000'); // 2.00, line 10
    expect(d.problems.filter((p) => ['unit_sum_mismatch', 'cells_placed'].includes(p.code ?? ''))).toEqual([]);
  });
  it('leaves a blank subtotal blank when other classification rows print that column (the sibling prints 0.00 there)', () => {
    // Line 11 (行政运行) leaves 项目支出 小计 blank; line 12 prints it (2.00), so the column is printed on classification
    // rows and the blank is a blank — not the 0.00 the sibling table prints on line 21.
    expect(cell(t, '2010101', '项目支出/小计').value).toBeNull();
    expect(cell(t, '2010302', '项目支出/小计').value).toBe('20000');
    expect(d.problems.filter((p) => p.code === 'subtotals_from_sibling')).toEqual([]);
  });
});
