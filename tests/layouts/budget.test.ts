/**
 * Budget tables in layouts the seeds do not have: joined 7-digit codes with indented 类/款/项 subtotal rows, an
 * expenditure table without economic-class columns (基本支出 with 人员经费 / 公用经费 under it, 项目支出 split into
 * 特定目标类 / 其他运转类), and income tables by function class (一般公共预算拨款 / 财政拨款（补助） / 上年结转).
 * Fixtures hand-written (⇥ = tab); values read from them by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/lib/model/table.ts';
import { mapHeader } from '../../src/lib/parse/tables/vocabulary.ts';
import { ingestBody, tabbed as T } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2024年\n测试市工业和信息化局部门预算`, T(body));
const cell = (t: Table, key: string, col: string) => t.rows.find((r) => r.code === key || r.name === key)!.cells.find((c) => c.column === col)?.value;

describe('budget expenditure with joined 7-digit codes and indented subtotal rows', () => {
  const d = doc(`部门支出预算表
单位：万元
科目编码⇥科目名称⇥合计⇥基本支出⇥⇥⇥⇥⇥项目支出⇥⇥
⇥⇥⇥小计⇥人员经费⇥⇥公用经费⇥⇥小计⇥其他运转类⇥特定目标类
⇥⇥⇥⇥工资福利支出⇥对个人和家庭的补助⇥商品和服务支出⇥资本性支出⇥⇥⇥
⇥合计⇥30.00⇥20.00⇥12.00⇥2.00⇥5.00⇥1.00⇥10.00⇥4.00⇥6.00
208⇥社会保障和就业支出⇥14.00⇥14.00⇥12.00⇥2.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00
20805⇥  行政事业单位养老支出⇥14.00⇥14.00⇥12.00⇥2.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00
2080501⇥    行政单位离退休⇥14.00⇥14.00⇥12.00⇥2.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00
215⇥资源勘探工业信息等支出⇥16.00⇥6.00⇥0.00⇥0.00⇥5.00⇥1.00⇥10.00⇥4.00⇥6.00
21505⇥  工业和信息产业监管⇥16.00⇥6.00⇥0.00⇥0.00⇥5.00⇥1.00⇥10.00⇥4.00⇥6.00
2150501⇥    行政运行⇥6.00⇥6.00⇥0.00⇥0.00⇥5.00⇥1.00⇥0.00⇥0.00⇥0.00
2150599⇥    其他工业和信息产业监管支出⇥10.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00⇥10.00⇥4.00⇥6.00
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('reads a joined code as a classification code, never as a budget-unit code', () => {
    expect(t.rows.map((r) => r.code)).toEqual([null, '208', '20805', '2080501', '215', '21505', '2150501', '2150599']);
    expect(t.rows.every((r) => r.entity === null)).toBe(true);
    expect(t.rows.map((r) => r.level)).toEqual([null, 1, 2, 3, 1, 2, 3, 3]);
  });
  it('reads the values of the indented rows', () => {
    expect(cell(t, '2150599', '项目支出/特定目标类')).toBe('60000'); // 6.00 (line 15)
    expect(cell(t, '2080501', '基本支出/人员经费/工资福利支出')).toBe('120000'); // 12.00 (line 11)
    expect(cell(t, '21505', '合计')).toBe('160000'); // 16.00 (line 13)
  });
  it('checks the hierarchy: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, all passing', () => {
    const hier = d.checks.filter((c) => c.check_id.startsWith('hier.'));
    expect(hier.map((c) => c.status)).not.toContain('fail');
    expect(hier.filter((c) => c.status === 'pass').length).toBe(5); // 1 total + 2 classes + 2 sections
    // a fixture of one table: the only error is the document-level one that no 收支总表 was printed
    expect(d.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['no_summary_table']);
  });
});

describe('budget expenditure rows whose label wraps onto the next line', () => {
  it('joins the wrapped part to the row above', () => {
    const d = doc(`部门支出预算表
单位：万元
科目编码⇥科目名称⇥合计⇥基本支出⇥⇥⇥⇥⇥项目支出⇥⇥
⇥⇥⇥小计⇥人员经费⇥⇥公用经费⇥⇥小计⇥其他运转类⇥特定目标类
⇥⇥⇥⇥工资福利支出⇥对个人和家庭的补助⇥商品和服务支出⇥资本性支出⇥⇥⇥
⇥合计⇥3.00⇥3.00⇥3.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00
2080505⇥机关事业单位基本养老保险缴⇥3.00⇥3.00⇥3.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00⇥0.00
⇥费支出
`);
    const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
    expect(t.rows.map((r) => r.name)).toEqual(['合计', '机关事业单位基本养老保险缴费支出']);
    expect(cell(t, '2080505', '基本支出/人员经费/工资福利支出')).toBe('30000'); // 3.00 (line 10)
  });
});

describe('budget expenditure without economic-class columns, read by meaning', () => {
  const d = doc(`部门支出预算表
单位：万元
科目编码⇥⇥⇥科目名称⇥合计⇥基本支出⇥⇥项目支出⇥
类⇥款⇥项⇥⇥⇥人员经费⇥公用经费⇥特定目标类⇥其他运转类
215⇥⇥⇥资源勘探工业信息等支出⇥16.00⇥5.00⇥1.00⇥6.00⇥4.00
215⇥05⇥⇥工业和信息产业监管⇥16.00⇥5.00⇥1.00⇥6.00⇥4.00
⇥⇥01⇥行政运行⇥6.00⇥5.00⇥1.00⇥⇥
⇥⇥99⇥其他工业和信息产业监管支出⇥10.00⇥⇥⇥6.00⇥4.00
⇥⇥⇥合计⇥16.00⇥5.00⇥1.00⇥6.00⇥4.00
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('maps 基本支出 with 人员经费 / 公用经费 under it and 项目支出 split into 特定目标类 / 其他运转类', () => {
    expect(t.columns).toEqual(['合计', '基本支出/人员经费', '基本支出/公用经费', '项目支出/特定目标类', '项目支出/其他运转类']);
    expect(mapHeader(t.columns, 'expenditure').map((m) => m.key)).toEqual(['total', 'basic/personnel', 'basic/public', 'project/project_specific', 'project/project_running']);
  });
  it('joins the split codes and reads the 合计 printed last', () => {
    expect(t.rows.map((r) => r.code)).toEqual(['215', '21505', '2150501', '2150599', null]);
    expect(cell(t, '2150599', '项目支出/其他运转类')).toBe('40000'); // 4.00 (line 11)
    expect(cell(t, '2150501', '项目支出/特定目标类')).toBeNull(); // blank (line 10)
    expect(cell(t, '合计', '合计')).toBe('160000');
    expect(d.problems.filter((p) => p.code === 'unknown_layout' || p.code === 'unknown_column')).toEqual([]);
  });
});

describe('budget expenditure by budget unit, before 项目支出 was split (read by meaning)', () => {
  const d = doc(`一般公共预算支出表
单位：万元
科目编码⇥⇥⇥单位代码⇥单位（科目名称）⇥合计⇥基本支出⇥⇥项目支出
⇥⇥⇥⇥⇥⇥人员经费⇥公用经费⇥
类⇥款⇥项⇥⇥⇥⇥⇥⇥
⇥⇥⇥⇥合计⇥9.00⇥5.00⇥1.00⇥3.00
⇥⇥⇥101001⇥测试市工业和信息化局⇥9.00⇥5.00⇥1.00⇥3.00
215⇥⇥⇥⇥资源勘探工业信息等支出⇥9.00⇥5.00⇥1.00⇥3.00
215⇥05⇥⇥⇥工业和信息产业监管⇥9.00⇥5.00⇥1.00⇥3.00
⇥⇥01⇥⇥行政运行⇥6.00⇥5.00⇥1.00⇥
⇥⇥99⇥⇥其他工业和信息产业监管支出⇥3.00⇥⇥⇥3.00
`);
  const t = d.tables.find((x) => x.kind === 'budget_general_expenditure')!;
  it('reads the unit row and gives its classification rows to the unit', () => {
    expect(t.rows.map((r) => [r.code, r.entity])).toEqual([
      [null, null],
      [null, '101001 测试市工业和信息化局'],
      ['215', '101001 测试市工业和信息化局'],
      ['21505', '101001 测试市工业和信息化局'],
      ['2150501', '101001 测试市工业和信息化局'],
      ['2150599', '101001 测试市工业和信息化局'],
    ]);
    expect(t.rows[1]!.extra_codes).toEqual({ unit_code: '101001' });
    expect(t.columns).toEqual(['合计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
    expect(cell(t, '2150599', '项目支出')).toBe('30000'); // 3.00 (line 14)
  });
  it('checks the unit row and the hierarchy under it without failures', () => {
    const hier = d.checks.filter((c) => c.check_id.startsWith('hier.'));
    expect(hier.map((c) => c.status)).not.toContain('fail');
    expect(hier.filter((c) => c.status === 'pass').length).toBe(3); // 单位 = Σ 类, 类 = Σ 款, 款 = Σ 项
    // a fixture of one table: the only error is the document-level one that no 收支总表 was printed
    expect(d.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['no_summary_table']);
  });
});

describe('budget income by function class', () => {
  it('reads 一般公共预算拨款, 财政专户管理资金, 单位资金 and 上年结转 columns', () => {
    const d = doc(`部门收入预算表
单位：万元
科目编码⇥科目名称⇥合计⇥一般公共预算拨款⇥财政专户管理资金⇥单位资金⇥上年结转
合计⇥⇥10.00⇥8.00⇥⇥⇥2.00
215⇥资源勘探工业信息等支出⇥10.00⇥8.00⇥⇥⇥2.00
2150501⇥行政运行⇥10.00⇥8.00⇥⇥⇥2.00
`);
    const t = d.tables.find((x) => x.kind === 'budget_income')!;
    expect(t.rows.map((r) => [r.code, r.name, r.entity])).toEqual([
      [null, '合计', null],
      ['215', '资源勘探工业信息等支出', null],
      ['2150501', '行政运行', null],
    ]);
    expect(cell(t, '2150501', '上年结转')).toBe('20000'); // 2.00 (line 9)
    expect(cell(t, '2150501', '财政专户管理资金')).toBeNull();
    expect(d.problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });
  it('reads 财政拨款（补助） as the fiscal-grant column', () => {
    expect(mapHeader(['财政拨款（补助）', '其中：一般公共预算拨款', '上年结转'], 'income').map((m) => m.key)).toEqual(['fiscal_grant', 'fiscal_grant', 'carryover_start']);
  });
});

describe('budget 基本支出表 whose label columns are named by the header, not counted', () => {
  // One 部门预算支出经济分类 code and name (no 政府经济分类 columns): lines 4–10 of the fixture, in 元.
  const d = doc(`一般公共预算基本支出表
单位：元
部门预算支出经济分类科目⇥⇥本年一般公共预算基本支出⇥⇥
科目编码⇥科目名称⇥合计⇥人员经费⇥公用经费
301⇥工资福利支出⇥700.00⇥700.00⇥0.00
30101⇥基本工资⇥700.00⇥700.00⇥0.00
302⇥商品和服务支出⇥250.50⇥0.00⇥250.50
30201⇥办公费⇥250.50⇥0.00⇥250.50
⇥合计⇥950.50⇥700.00⇥250.50
`);
  const t = d.tables.find((x) => x.kind === 'budget_general_basic')!;
  it('reads each value under its own column (合计, 人员经费, 公用经费), none re-aligned', () => {
    // Line 8 (30201 办公费): 合计 250.50, 人员经费 0.00, 公用经费 250.50.
    expect(cell(t, '30201', '本年一般公共预算基本支出/合计')).toBe('250.5');
    expect(cell(t, '30201', '本年一般公共预算基本支出/人员经费')).toBe('0');
    expect(cell(t, '30201', '本年一般公共预算基本支出/公用经费')).toBe('250.5');
    // Line 6 (30101 基本工资): 700.00 of 人员经费.
    expect(cell(t, '30101', '本年一般公共预算基本支出/人员经费')).toBe('700');
    expect(t.rows.flatMap((r) => r.cells).some((c) => c.placement === 'inferred')).toBe(false);
    expect(d.problems.filter((p) => ['row_too_long', 'cells_placed'].includes(p.code ?? ''))).toEqual([]);
  });
  it('reads the code as the row code, with no 政府 code, and the total printed last', () => {
    expect(t.rows.map((r) => r.code)).toEqual(['301', '30101', '302', '30201', null]);
    expect(t.rows.every((r) => !r.extra_codes?.gov_economic_code)).toBe(true);
    expect(cell(t, '合计', '本年一般公共预算基本支出/合计')).toBe('950.5');
  });
});

describe('budget tables printed without codes or with wrapped labels', () => {
  it('reads an income table printed without codes (项目 / 科目名称 only) as a classification table', () => {
    // Lines 8–10: 总计 143.32 = 上年结转 0.12 + 财政拨款（补助）收入 142.80 + 事业收入 0.40; the 类 and its indented 款.
    const d = doc(`部门收入总表
单位：万元
项目⇥合计⇥上年结转⇥财政拨款（补助）收入⇥事业收入
科目名称⇥⇥⇥⇥
总计⇥143.32⇥0.12⇥142.80⇥0.40
一般公共服务支出⇥49.19⇥0.00⇥49.19⇥0.00
  政府办公厅（室）及相关机构事务⇥49.19⇥0.00⇥49.19⇥0.00
`);
    const t = d.tables.find((x) => x.kind === 'budget_income')!;
    expect(cell(t, '总计', '合计')).toBe('1433200');
    expect(cell(t, '总计', '上年结转')).toBe('1200');
    expect(cell(t, '总计', '财政拨款（补助）收入')).toBe('1428000');
    expect(cell(t, '政府办公厅（室）及相关机构事务', '财政拨款（补助）收入')).toBe('491900');
    expect(t.rows.map((r) => r.level)).toEqual([null, 1, 2]);
    expect(d.problems.filter((p) => ['row_too_long', 'cells_placed'].includes(p.code ?? ''))).toEqual([]);
  });
  it('joins a wrapped unit name and a wrapped economic-class name, and keeps the printed 总计 label', () => {
    // Lines 7–8: unit 001 测试市财政事务服务 / 中心; lines 14–15: 30108 机关事业单位基本养老保险 / 缴费 (5.00).
    const d = doc(`部门收入总表
单位：万元
单位代码⇥单位名称⇥合计⇥一般公共预算
001⇥测试市财政事务服务⇥3.00⇥3.00
中心⇥⇥⇥
⇥总计⇥3.00⇥3.00

一般公共预算基本支出表
单位：元
科目编码⇥科目名称⇥合计⇥人员经费⇥公用经费
30108⇥机关事业单位基本养老保险⇥5.00⇥5.00⇥0.00
⇥缴费⇥⇥⇥
⇥总计⇥5.00⇥5.00⇥0.00
`);
    const inc = d.tables.find((x) => x.kind === 'budget_income')!;
    expect(inc.rows.map((r) => [r.name, r.line])).toEqual([['测试市财政事务服务中心', 7], ['总计', 9]]);
    expect(d.metadata.budget_units.map((u) => u.name)).toEqual(['测试市财政事务服务中心']);
    const basic = d.tables.find((x) => x.kind === 'budget_general_basic')!;
    expect(basic.rows.map((r) => [r.code, r.name])).toEqual([['30108', '机关事业单位基本养老保险缴费'], [null, '总计']]);
    expect(cell(basic, '30108', '人员经费')).toBe('5');
  });
});
