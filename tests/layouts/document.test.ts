/**
 * A whole 决算 in a layout none of the seeds has: markdown-heading titles numbered 表1…表7, unit and department
 * lines above the titles, codes split into 类/款/项 columns, a table without codes (levels by indentation) and a
 * vertical 三公 table. Hand-written (⇥ = tab); values read from it by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { tabbed as T } from '../helpers.ts';

const TEXT = T(`测试市工业和信息化局2023年度部门决算

## 表1 收入支出决算总表
部门：测试市工业和信息化局⇥⇥单位：万元
收入⇥⇥支出⇥
项目⇥决算数⇥项目⇥决算数
一、一般公共预算财政拨款收入⇥10.00⇥一、一般公共服务支出⇥4.00
⇥⇥二、社会保障和就业支出⇥6.00
本年收入合计⇥10.00⇥本年支出合计⇥10.00
总计⇥10.00⇥总计⇥10.00

部门：测试市工业和信息化局⇥⇥单位：万元
## 表2 收入决算表
项目⇥⇥⇥⇥本年收入合计⇥财政拨款收入⇥其他收入
科目编码⇥⇥⇥科目名称⇥⇥⇥
类⇥款⇥项⇥⇥⇥⇥
⇥⇥⇥合计⇥10.00⇥10.00⇥0.00
201⇥⇥⇥一般公共服务支出⇥4.00⇥4.00⇥0.00
201⇥03⇥⇥政府办公厅（室）及相关机构事务⇥4.00⇥4.00⇥0.00
⇥⇥01⇥行政运行⇥4.00⇥4.00⇥0.00
208⇥⇥⇥社会保障和就业支出⇥6.00⇥6.00⇥0.00
208⇥05⇥⇥行政事业单位养老支出⇥6.00⇥6.00⇥0.00
⇥⇥05⇥机关事业单位基本养老保险缴费支出⇥6.00⇥6.00⇥0.00

单位：万元
## 表3 支出决算表
科目名称⇥本年支出合计⇥基本支出⇥项目支出
合计⇥10.00⇥8.00⇥2.00
一般公共服务支出⇥4.00⇥2.00⇥2.00
  政府办公厅（室）及相关机构事务⇥4.00⇥2.00⇥2.00
    行政运行⇥4.00⇥2.00⇥2.00
社会保障和就业支出⇥6.00⇥6.00⇥
  行政事业单位养老支出⇥6.00⇥6.00⇥
    机关事业单位基本养老保险缴费支出⇥6.00⇥6.00⇥

**表7 财政拨款“三公”经费支出决算表**
单位：万元
项目⇥预算数⇥决算数
合计⇥3.00⇥2.50
1、因公出国（境）费⇥0.00⇥0.00
2、公务用车购置及运行维护费⇥2.00⇥1.80
  其中：公务用车购置费⇥0.00⇥0.00
        公务用车运行维护费⇥2.00⇥1.80
3、公务接待费⇥1.00⇥0.70
`);

describe('a 决算 in a layout the seeds do not have', () => {
  const d = ingestText({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const kinds = d.tables.map((t) => `${t.number}:${t.kind}`);
  it('finds every table by its name, with its printed number', () => {
    expect(d.tables.map((t) => t.title)).toEqual(['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款“三公”经费支出决算表']);
    expect(kinds).toEqual(['表1:final_summary', '表2:final_income', '表3:final_expenditure', '表7:final_three_public']);
  });
  it('reads every table in 万元, whether the unit stands above or below the title', () => {
    expect(d.tables.map((t) => t.unit)).toEqual(['万元', '万元', '万元', '万元']);
    expect(d.problems.filter((p) => p.code === 'unit_missing')).toEqual([]);
  });
  it('reads hand-checked values from each table', () => {
    const v = (kind: string, row: string, col: string) => d.tables.find((t) => t.kind === kind)!.rows.find((r) => r.code === row || r.name === row)!.cells.find((c) => c.column === col)!.value;
    expect(v('final_summary', '二、社会保障和就业支出', '支出/决算数')).toBe('60000'); // 6.00 (line 8)
    expect(v('final_income', '2080505', '财政拨款收入')).toBe('60000'); // 6.00 (line 23)
    expect(v('final_expenditure', '行政运行', '项目支出')).toBe('20000'); // 2.00 (line 31)
    expect(v('final_three_public', '财政拨款“三公”经费支出', '决算数/公务接待费')).toBe('7000'); // 0.70 (line 45)
  });
  it('has 100% numeric coverage and no failing check', () => {
    expect(d.coverage.unaccounted).toEqual([]);
    // (The completeness check fails: this document prints 4 of the 9 required tables.)
    expect(d.checks.filter((c) => c.status === 'fail' && !c.check_id.startsWith('comp.')).map((c) => `${c.check_id}: ${c.message}`)).toEqual([]);
    const passed = new Set(d.checks.filter((c) => c.status === 'pass').map((c) => c.check_id));
    for (const id of ['hier.total_classes', 'hier.class_sections', 'hier.section_items', 'three_public.total', 'three_public.vehicles']) expect(passed).toContain(id);
  });
});
