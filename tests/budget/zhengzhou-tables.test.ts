/**
 * Golden test: 郑州市工业和信息化局 2022 年部门预算 (seed 004, 预算01表…, 万元 with one decimal, 8 budget units).
 * Every expected value was read by hand from data/raw/henan-zhengzhou-gongxinju-2022-budget.txt (lines cited)
 * and converted to 元 by hand (× 10,000).
 */
import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../src/lib/model/document.ts';
import { factRows } from '../../src/lib/export/facts.ts';
import { atLine, cell, parseSeed, row, table, value } from '../helpers.ts';

const doc = parseSeed('zhengzhou2022');


describe('郑州 2022 预算: document', () => {
  it('is schema-valid and a budget of 2022', () => {
    expect(() => DocumentModel.parse(doc)).not.toThrow();
    expect(doc.metadata.doc_kind).toBe('budget');
    expect(doc.metadata.fiscal_year).toBe(2022);
    expect(doc.metadata.department).toBe('郑州市工业和信息化局');
  });
  it('captures the 13 tables of the 目录 (lines 18-33) and holds all 13 in its body', () => {
    const kinds = [
      'budget_summary', 'budget_income', 'budget_expenditure', 'budget_fiscal_summary', 'budget_general_expenditure',
      'budget_general_basic', 'budget_economic_summary', 'budget_three_public', 'budget_gov_fund',
      'budget_state_capital', 'budget_projects', 'perf_overall_targets', 'perf_project_targets',
    ];
    expect(doc.toc.map((t) => t.kind)).toEqual(kinds);
    expect(doc.tables.map((t) => t.kind)).toEqual(kinds);
  });
  it('records the printed precision 0.1万元 = 1000 元', () => {
    for (const t of doc.tables.filter((x) => x.kind.startsWith('budget_') && !x.empty)) expect(t.precision, t.kind).toBe('1000');
    expect(table(doc, 'budget_summary').number).toBe('预算01表');
  });
  it('has 100% numeric coverage, no errors, and reports every placed row as info', () => {
    expect(doc.coverage.ratio).toBe('100.00');
    expect(doc.coverage.unaccounted).toEqual([]);
    expect(doc.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const placed = doc.problems.filter((p) => p.code === 'cells_placed');
    expect(placed.map((p) => p.line)).toContain(448);
    for (const p of placed) expect(p.raw).not.toBe('');
  });
});

describe('郑州 2022: 部门收支总体情况表 (lines 267-316, two pages)', () => {
  const t = table(doc, 'budget_summary');
  it('reads both halves across the page break', () => {
    expect(value(t, '一、一般公共预算', '收入/金额', '收入')).toBe('1072592000');
    expect(value(t, '其中：财政拨款', '收入/金额', '收入')).toBe('1072369000');
    expect(value(t, '五、教育', '支出/金额', '支出')).toBe('154000');
    expect(value(t, '十五、资源勘探信息等', '支出/金额', '支出')).toBe('1025377000');
    expect(value(t, '二十一、住房保障支出', '支出/金额', '支出')).toBe('5941000'); // line 303, second page
    expect(value(t, '二十四、灾害防治及应急管理', '支出/金额', '支出')).toBe('17785000');
    expect(value(t, '支出总计', '支出/金额', '支出')).toBe('1072592000');
    expect(t.continuation_lines).toContain(294);
  });
});

describe('郑州 2022: 部门收入总体情况表 (lines 318-346)', () => {
  const t = table(doc, 'budget_income');
  it('reads every unit row as an entity', () => {
    const r = atLine(t, 333);
    expect(r.entity).toBe('021014 郑州市中小企业服务中心');
    expect(cell(r, '总计')).toBe('32132000');
    const trn = atLine(t, 329);
    expect(trn.entity).toBe('021006 郑州市经济干部培训中心');
    expect(cell(trn, '本年收入/一般公共预算/小计')).toBe('223000');
    expect(cell(trn, '本年收入/一般公共预算/其中：财政拨款')).toBeNull();
    expect(cell(atLine(t, 346), '总计')).toBe('2681000'); // 021017 on the second page
    expect(atLine(t, 327).entity).toBeNull();
  });
});

describe('郑州 2022: 财政拨款收支总体情况表 (lines 475-536)', () => {
  const t = table(doc, 'budget_fiscal_summary');
  it('puts expenditure amounts on the expenditure side (line 489)', () => {
    expect(value(t, '（五）教育支出', '支出/合计', '支出')).toBe('154000');
    expect(value(t, '二、上年结转', '收入/金额', '收入')).toBeNull();
    expect(value(t, '（八）社会保障和就业支出', '支出/一般公共预算/其中：财政拨款', '支出')).toBe('11166000');
    expect(value(t, '(二十四) 灾害防治及应急管理', '支出/合计', '支出')).toBe('17785000');
  });
});

describe('郑州 2022: 一般公共预算基本支出表 (lines 667-742)', () => {
  const t = table(doc, 'budget_general_basic');
  it('reads totals and both economic codes', () => {
    const tot = atLine(t, 675);
    expect(cell(tot, '本年一般公共预算基本支出/合计')).toBe('68862000');
    expect(cell(tot, '本年一般公共预算基本支出/人员经费')).toBe('50447000');
    expect(cell(tot, '本年一般公共预算基本支出/公用经费')).toBe('18415000');
    const r = atLine(t, 676);
    expect(r.code).toBe('30301');
    expect(r.extra_codes.gov_economic_code).toBe('50905');
    expect(cell(r, '本年一般公共预算基本支出/人员经费')).toBe('2845000');
    expect(atLine(t, 717).extra_codes.gov_economic_code).toBe('505');
    expect(cell(atLine(t, 742), '本年一般公共预算基本支出/公用经费')).toBe('295000');
  });
});

describe('郑州 2022: 支出经济分类汇总表 (lines 744-1065, 14 pages)', () => {
  const t = table(doc, 'budget_economic_summary');
  it('joins 类/款 of both classifications and keeps units', () => {
    const r = atLine(t, 754);
    expect(r.code).toBe('30301');
    expect(r.extra_codes).toEqual({ gov_economic_code: '50905' });
    expect(r.entity).toBe('021001 郑州市工业和信息化局');
    expect(cell(r, '总计')).toBe('2845000');
    const transfer = atLine(t, 759);
    expect(transfer.code).toBeNull();
    expect(transfer.name).toBe('上下级政府间转移性支出');
    expect(transfer.extra_codes).toEqual({ gov_economic_code: '51301' });
    expect(cell(transfer, '总计')).toBe('142680000');
    expect(cell(atLine(t, 800), '总计')).toBe('820340000'); // 312 04 费用补贴 82,034.0
    const last = atLine(t, 1065);
    expect(last.entity).toBe('021017 郑州市煤矿瓦斯水害防治技术指导中心');
    expect(cell(last, '一般公共预算/其中：财政拨款')).toBe('95000');
  });
  it('reads a wrapped repeated header (line 819) as a header, not a row', () => {
    expect(t.rows.some((r) => r.line === 819 || r.line === 820)).toBe(false);
  });
});

describe('郑州 2022: 三公, 政府性基金, 国有资本经营', () => {
  it('三公 (line 1075)', () => {
    const r = table(doc, 'budget_three_public').rows[0]!;
    expect(cell(r, '“三公”经费合计')).toBe('854000');
    expect(cell(r, '公务用车购置及运行费/小计')).toBe('795000');
    expect(cell(r, '公务用车购置及运行费/公务用车运行费')).toBe('795000');
    expect(cell(r, '公务接待费')).toBe('59000');
    expect(cell(r, '因公出国（境）费')).toBeNull();
  });
  it('empty tables keep their printed statement (lines 1090, 1103)', () => {
    for (const k of ['budget_gov_fund', 'budget_state_capital'] as const) {
      const t = table(doc, k);
      expect(t.empty).toBe(true);
      expect(t.empty_statement).toContain('本表无数据');
    }
  });
});

describe('郑州 2022: 项目支出预算表 (lines 1105-1174) and the XXXX projects', () => {
  const t = table(doc, 'budget_projects');
  it('records 涉密 projects as withheld, not zero, on both pages (lines 1118, 1143)', () => {
    for (const line of [1118, 1143]) {
      const r = atLine(t, line);
      expect(r.name).toBe('涉密项目按规定不予公开');
      expect(r.entity).toBe('021001 郑州市工业和信息化局');
      const c = r.cells.find((x) => x.column === '合计')!;
      expect(c.withheld).toBe(true);
      expect(c.value).toBeNull();
      expect(c.raw).toBe('XXXX');
    }
    const facts = factRows(doc).filter((f) => f[4] === 'budget_projects' && f[8] === '涉密项目按规定不予公开');
    expect(facts).toEqual([]);
    const note = doc.problems.find((p) => p.code === 'withheld_values' && p.line === 1118)!;
    expect(note.severity).toBe('info');
    expect(note.message).toContain('1118, 1143');
  });
  it('reads projects under their unit', () => {
    expect(cell(atLine(t, 1113), '合计')).toBe('1003730000');
    const r = row(t, '节能降耗专项经费');
    expect(r.entity).toBe('021012 郑州市节能中心');
    expect(r.block).toBe('其他运转类');
    expect(cell(r, '本年拨款/一般公共预算')).toBe('1970000');
    expect(cell(row(t, '郑州市制造业高质量发展专项资金'), '合计')).toBe('594270000');
  });
});

describe('郑州 2022: facts.csv', () => {
  it('puts the unit in entity, the joined code in row_code and the 政府 code in other_code', () => {
    const f = factRows(doc).find((x) => x[4] === 'budget_economic_summary' && x[13] === 754 && x[9] === '总计')!;
    expect(f[6]).toBe('021001 郑州市工业和信息化局');
    expect(f[7]).toBe('30301');
    expect(f[10]).toBe('2845000');
    expect(f[16]).toBe('gov_economic_code:50905');
    const g = factRows(doc).find((x) => x[4] === 'budget_expenditure' && x[13] === 448 && x[9] === '基本支出/人员经费/工资福利支出')!;
    expect(g[7]).toBe('2240405');
    expect(g[17]).toBe('inferred');
  });
});
