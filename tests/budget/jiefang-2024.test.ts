/**
 * Golden test: 焦作市解放区科技和工业信息化局 2024 年度部门预算 (seed 002, 万元 with two decimals, unnumbered titles).
 * Every expected value was read by hand from data/raw/henan-jiaozuo-jiefang-kegongxinju-2024-budget.txt (lines cited)
 * and converted to 元 by hand (× 10,000).
 */
import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../src/lib/model/document.ts';
import { atLine, cell, parseSeed, row, table, value } from '../helpers.ts';

const doc = parseSeed('jiefang2024');


describe('解放区 2024 预算: document', () => {
  it('is schema-valid, a budget, with 100% numeric coverage', () => {
    expect(() => DocumentModel.parse(doc)).not.toThrow();
    expect(doc.metadata.doc_kind).toBe('budget');
    expect(doc.metadata.fiscal_year).toBe(2024);
    expect(doc.metadata.department).toBe('焦作市解放区科技和工业信息化局');
    expect(doc.coverage.ratio).toBe('100.00');
    expect(doc.coverage.unaccounted).toEqual([]);
    expect(doc.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('captures the 15 tables promised by the 目录 (lines 23-37), each with its kind', () => {
    expect(doc.toc.map((t) => t.kind)).toEqual([
      'budget_summary', 'budget_income', 'budget_expenditure', 'budget_fiscal_summary', 'budget_general_expenditure',
      'budget_general_basic', 'budget_general_basic_detail', 'budget_economic_summary', 'budget_three_public',
      'budget_gov_fund', 'budget_state_capital', 'budget_projects', 'budget_operating_costs', 'perf_overall_targets',
      'perf_project_targets',
    ]);
    expect(doc.toc[0]!.line).toBe(23);
    expect(doc.toc[14]!.line).toBe(37);
  });
  it('holds 10 of the 15 promised tables in its body', () => {
    expect(doc.tables.map((t) => t.kind)).toEqual([
      'budget_summary', 'budget_expenditure', 'budget_general_expenditure', 'budget_general_basic',
      'budget_general_basic_detail', 'budget_three_public', 'budget_projects', 'budget_operating_costs',
      'perf_overall_targets', 'perf_project_targets',
    ]);
  });
  it('records the printed precision 0.01万元 = 100 元 on the money tables', () => {
    for (const t of doc.tables.filter((x) => x.kind.startsWith('budget_'))) {
      expect(t.unit, t.kind).toBe('万元');
      expect(t.precision, t.kind).toBe('100');
    }
  });
});

describe('解放区 2024: 部门收支预算表 (lines 185-227)', () => {
  const t = table(doc, 'budget_summary');
  it('unpivots income and expenditure', () => {
    expect(t.columns).toEqual(['收入/金额', '支出/金额']);
    expect(value(t, '一、一般公共预算', '收入/金额', '收入')).toBe('3935200');
    expect(value(t, '其中：财政拨款', '收入/金额', '收入')).toBe('3935200');
    expect(value(t, '六、科学技术', '支出/金额', '支出')).toBe('3445300');
    expect(value(t, '八、社会保障和就业', '支出/金额', '支出')).toBe('238800');
    expect(value(t, '十、卫生健康', '支出/金额', '支出')).toBe('86200');
    expect(value(t, '二十一、住房保障支出', '支出/金额', '支出')).toBe('164900');
    expect(value(t, '支出总计', '支出/金额', '支出')).toBe('3935200');
    expect(value(t, '一、一般公共服务', '支出/金额', '支出')).toBeNull();
  });
});

describe('解放区 2024: 部门支出预算表 (lines 231-252, 11 value columns)', () => {
  const t = table(doc, 'budget_expenditure');
  it('has the 11-column schema', () => {
    expect(t.columns).toEqual([
      '总计', '基本支出/合计', '基本支出/人员经费/小计', '基本支出/人员经费/工资福利支出',
      '基本支出/人员经费/对个人和家庭的补助', '基本支出/公用经费/小计', '基本支出/公用经费/商品和服务支出',
      '基本支出/公用经费/资本性支出', '项目支出/合计', '项目支出/其他运转类', '项目支出/特定目标类',
    ]);
  });
  it('reads 206 01 01 行政运行 (line 242) under unit 566', () => {
    const r = row(t, '2060101');
    expect(r.name).toBe('行政运行');
    expect(r.entity).toBe('566 焦作市解放区科技和工业信息化局');
    expect(cell(r, '总计')).toBe('813700');
    expect(cell(r, '基本支出/人员经费/小计')).toBe('704100');
    expect(cell(r, '基本支出/人员经费/工资福利支出')).toBe('676100');
    expect(cell(r, '基本支出/人员经费/对个人和家庭的补助')).toBe('28000');
    expect(cell(r, '基本支出/公用经费/商品和服务支出')).toBe('109600');
    expect(cell(r, '基本支出/公用经费/资本性支出')).toBeNull();
  });
  it('keeps a printed 0 as zero (206 01 99, line 244) and blanks as blank', () => {
    const r = row(t, '2060199');
    expect(cell(r, '基本支出/人员经费/小计')).toBe('0');
    expect(cell(r, '基本支出/公用经费/小计')).toBe('0');
    expect(cell(r, '基本支出/合计')).toBeNull();
    expect(cell(r, '项目支出/其他运转类')).toBe('60000');
  });
  it('reads the unit row 566 (line 241) and the total row (line 240)', () => {
    const u = atLine(t, 241);
    expect(u.extra_codes).toEqual({ unit_code: '566' });
    expect(cell(u, '项目支出/特定目标类')).toBe('1370000');
    const tot = atLine(t, 240);
    expect(tot.entity).toBeNull();
    expect(cell(tot, '总计')).toBe('3935200');
  });
});

describe('解放区 2024: 一般公共预算支出预算表 (lines 256-277, 9 value columns)', () => {
  const t = table(doc, 'budget_general_expenditure');
  it('reads 208 05 99 (line 274)', () => {
    const r = row(t, '2080599');
    expect(cell(r, '合计')).toBe('54900');
    expect(cell(r, '基本支出/小计')).toBe('54900');
    expect(cell(r, '基本支出/人员经费/工资福利支出')).toBe('48300');
    expect(cell(r, '基本支出/人员经费/对个人和家庭的补助')).toBe('6600');
  });
  it('reads 206 99 01 科技奖励 as 特定目标类 (line 271)', () => {
    const r = row(t, '2069901');
    expect(cell(r, '项目支出/小计')).toBe('970000');
    expect(cell(r, '项目支出/特定目标类')).toBe('970000');
    expect(cell(r, '项目支出/其他运转类')).toBeNull();
  });
});

describe('解放区 2024: 一般公共预算基本支出预算表 (lines 279-311)', () => {
  const t = table(doc, 'budget_general_basic');
  it('keeps the 部门 economic code as row code and the 政府 code in extra_codes', () => {
    const r = atLine(t, 288);
    expect(r.code).toBe('30101');
    expect(r.name).toBe('基本工资');
    expect(r.extra_codes).toEqual({ gov_economic_code: '50101' });
    expect(cell(r, '本年一般公共预算基本支出/合计')).toBe('357600');
    expect(cell(r, '本年一般公共预算基本支出/人员经费')).toBe('357600');
    expect(cell(r, '本年一般公共预算基本支出/公用经费')).toBeNull();
    expect(atLine(t, 298).extra_codes).toEqual({ gov_economic_code: '50501' });
  });
  it('reads the total (line 287)', () => {
    const r = atLine(t, 287);
    expect(r.is_total).toBe(true);
    expect(cell(r, '本年一般公共预算基本支出/人员经费')).toBe('1839300');
    expect(cell(r, '本年一般公共预算基本支出/公用经费')).toBe('165900');
  });
});

describe('解放区 2024: 一般公共预算基本支出明细表 (lines 313-353)', () => {
  const t = table(doc, 'budget_general_basic_detail');
  it('carries the type and the unit', () => {
    const r = atLine(t, 324);
    expect(r.name).toBe('年终一次性奖金');
    expect(r.block).toBe('人员类');
    expect(r.entity).toBe('566 焦作市解放区科技和工业信息化局');
    expect(cell(r, '合计')).toBe('46000');
  });
  it('re-aligns rows that lost a label cell (lines 343, 351) and marks them inferred', () => {
    const a = atLine(t, 343);
    expect(a.name).toBe('离退休人员物业补贴（行政）');
    expect(cell(a, '合计')).toBe('6600');
    expect(cell(a, '本年拨款/一般公共预算')).toBe('6600');
    expect(a.cells[0]!.placement).toBe('inferred');
    const b = atLine(t, 351);
    expect(b.name).toBe('工会经费（事业）');
    expect(b.block).toBe('公用经费');
    expect(cell(b, '合计')).toBe('20400');
    expect(doc.problems.some((p) => p.line === 351 && p.code === 'cells_placed')).toBe(true);
  });
});

describe('解放区 2024: 三公, 项目支出, 机关运行经费', () => {
  it('三公 (line 365): 合计 0.20 = 公务接待费 0.20', () => {
    const t = table(doc, 'budget_three_public');
    const r = t.rows[0]!;
    expect(cell(r, '“三公”经费合计')).toBe('2000');
    expect(cell(r, '公务接待费')).toBe('2000');
    expect(cell(r, '因公出国（境）费')).toBeNull();
  });
  it('项目支出预算表 (lines 381-389)', () => {
    const t = table(doc, 'budget_projects');
    const r = row(t, '补充解放区科技贷款贴息专项资金');
    expect(r.block).toBe('其他运转类');
    expect(r.entity).toBe('566 焦作市解放区科技和工业信息化局');
    expect(cell(r, '合计')).toBe('500000');
    expect(cell(r, '本年拨款/一般公共预算')).toBe('500000');
    expect(cell(atLine(t, 381), '合计')).toBe('1930000');
  });
  it('机关（机构）运行经费 (lines 401-406)', () => {
    const t = table(doc, 'budget_operating_costs');
    expect(cell(row(t, '30201'), '机关（机构）运行经费支出/合计')).toBe('36700');
    expect(cell(row(t, '合计'), '机关（机构）运行经费支出/合计')).toBe('97400');
  });
});
