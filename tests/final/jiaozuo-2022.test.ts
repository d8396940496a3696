/**
 * Golden test: 焦作市工业和信息化局 2022年度部门决算 (seed 000, 万元, 公开01–09表).
 * Every expected value below was read by hand from data/raw/henan-jiaozuo-gongxinju-2022-final.txt
 * (line numbers cited) and converted to 元 by hand (× 10,000).
 */
import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../src/lib/model/document.ts';
import { cellOf, parseSeed, row, table, value } from '../helpers.ts';

const doc = parseSeed('jiaozuo2022');

describe('焦作 2022 决算: metadata', () => {
  it('reads the cover', () => {
    expect(doc.metadata.department).toBe('焦作市工业和信息化局');
    expect(doc.metadata.fiscal_year).toBe(2022);
    expect(doc.metadata.doc_kind).toBe('final');
    expect(doc.metadata.published).toBe('2023-09'); // 二〇二三年九月 (line 6)
    expect(doc.metadata.region).toEqual({ province: '河南省', city: '焦作市', county: null, code: '410800' });
  });
  it('lists the two budget units (lines 116-117)', () => {
    expect(doc.metadata.budget_units.map((u) => u.name)).toEqual(['焦作市工业和信息化局本级', '焦作市信息经济发展中心']);
  });
  it('is schema-valid, ok, with 100% numeric coverage', () => {
    expect(() => DocumentModel.parse(doc)).not.toThrow();
    expect(doc.status).toBe('ok');
    expect(doc.coverage.ratio).toBe('100.00');
    expect(doc.coverage.unaccounted).toEqual([]);
  });
  it('splits the parts', () => {
    const names = doc.parts.map((p) => p.name);
    expect(names).toEqual(['cover', 'toc', 'overview', 'tables', 'narrative', 'glossary', 'attachments']);
    expect(doc.parts.find((p) => p.name === 'narrative')!.start_line).toBe(489);
  });
  it('captures the 目录 table list (9 tables, lines 18-34)', () => {
    const kinds = doc.toc.filter((t) => t.kind !== 'other').map((t) => t.kind);
    expect(kinds).toEqual([
      'final_summary', 'final_income', 'final_expenditure', 'final_fiscal_summary', 'final_general_expenditure',
      'final_general_basic', 'final_gov_fund', 'final_state_capital', 'final_three_public',
    ]);
  });
  it('reads the glossary', () => {
    expect(doc.glossary[0]).toMatchObject({ term: '财政拨款收入', line: 637 });
    expect(doc.glossary.find((g) => g.term === '“三公”经费')?.definition).toContain('公务接待费反映单位按规定开支');
  });
});

describe('焦作 2022 决算: 公开01表 收入支出决算总表 (both halves unpivoted)', () => {
  const t = table(doc, 'final_summary');
  it('has the printed number and unit', () => {
    expect(t.number).toBe('公开01表');
    expect(t.unit).toBe('万元');
    expect(t.precision).toBe('100');
  });
  it('income half', () => {
    expect(value(t, '一、一般公共预算财政拨款收入', '收入/决算数', '收入')).toBe('21827400'); // 2,182.74 (line 134)
    expect(value(t, '八、其他收入', '收入/决算数', '收入')).toBe('1700'); // 0.17
    expect(value(t, '本年收入合计', '收入/决算数', '收入')).toBe('21829100'); // 2,182.91 (line 164)
    expect(value(t, '年初结转和结余', '收入/决算数', '收入')).toBe('2900'); // 0.29
    expect(value(t, '收入总计', '收入/决算数', '收入')).toBe('21832000'); // 2,183.20 (line 168)
  });
  it('expenditure half, including rows after the page break', () => {
    expect(value(t, '六、科学技术支出', '支出/决算数', '支出')).toBe('1152600'); // 115.26
    expect(value(t, '十四、资源勘探工业信息等支出', '支出/决算数', '支出')).toBe('10434400'); // 1,043.44
    expect(row(t, '二十五、债务付息支出', '支出').line).toBe(162); // after the repeated header (lines 159-161)
    expect(value(t, '二十五、债务付息支出', '支出/决算数', '支出')).toBe('0'); // printed 0.00 is zero, not blank
    expect(value(t, '本年支出合计', '支出/决算数', '支出')).toBe('21827700'); // 2,182.77
    expect(value(t, '年末结转与结余', '支出/决算数', '支出')).toBe('4300'); // 0.43
    expect(value(t, '支出总计', '支出/决算数', '支出')).toBe('21832000');
  });
  it('keeps 行次 out of the values and makes one row per printed label', () => {
    expect(t.columns).toEqual(['收入/决算数', '支出/决算数']);
    expect(t.rows.filter((r) => r.block === '收入')).toHaveLength(12);
    expect(t.rows.filter((r) => r.block === '支出')).toHaveLength(30);
  });
});

describe('焦作 2022 决算: 公开02表 收入决算表', () => {
  const t = table(doc, 'final_income');
  it('reads totals and classified rows', () => {
    expect(value(t, '合计', '本年收入合计')).toBe('21829100');
    expect(value(t, '合计', '财政拨款收入')).toBe('21827400');
    expect(value(t, '合计', '其他收入')).toBe('1700');
    expect(value(t, '2150501', '本年收入合计')).toBe('7884400'); // 788.44 (line 216)
    expect(value(t, '2150501', '其他收入')).toBe('1700');
    expect(value(t, '2150501', '上级补助收入')).toBe('0');
  });
  it('continues after the page break (line 213)', () => {
    expect(row(t, '2101103').line).toBe(213);
    expect(row(t, '2101103').name).toBe('公务员医疗补助');
    expect(value(t, '2101103', '财政拨款收入')).toBe('223800'); // 22.38
  });
});

describe('焦作 2022 决算: 公开03表 支出决算表', () => {
  const t = table(doc, 'final_expenditure');
  it('reads the row identities', () => {
    expect(value(t, '合计', '本年支出合计')).toBe('21827700'); // 2,182.77
    expect(value(t, '合计', '基本支出')).toBe('18617800'); // 1,861.78
    expect(value(t, '合计', '项目支出')).toBe('3209900'); // 320.99
    expect(value(t, '2150599', '基本支出')).toBe('613000'); // 61.30 (line 274)
    expect(value(t, '2150599', '项目支出')).toBe('175200'); // 17.52
    expect(value(t, '2080801', '项目支出')).toBe('170000'); // 17.00
  });
});

describe('焦作 2022 决算: 公开04表 财政拨款收入支出决算总表', () => {
  const t = table(doc, 'final_fiscal_summary');
  it('income half and multi-column expenditure half', () => {
    expect(value(t, '一、一般公共预算财政拨款', '收入/金额', '收入')).toBe('21827400');
    expect(value(t, '一般公共预算财政拨款', '收入/金额', '收入')).toBe('0'); // line 327 (年初结转 breakdown)
    expect(value(t, '十四、资源勘探工业信息等支出', '支出/合计', '支出')).toBe('10434000'); // 1,043.40 (line 308)
    expect(value(t, '十四、资源勘探工业信息等支出', '支出/一般公共预算财政拨款', '支出')).toBe('10434000');
    expect(value(t, '二十二、灾害防治及应急管理支出', '支出/政府性基金预算财政拨款', '支出')).toBe('0'); // after page break (line 320)
    expect(value(t, '总计', '支出/一般公共预算财政拨款', '支出')).toBe('21827400');
  });
});

describe('焦作 2022 决算: 公开05表 一般公共预算财政拨款支出决算表', () => {
  const t = table(doc, 'final_general_expenditure');
  it('flattens the two-level header', () => {
    expect(t.columns).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });
  it('reads values', () => {
    expect(value(t, '合计', '本年支出/基本支出')).toBe('18617500'); // 1,861.75 (line 347)
    expect(value(t, '215', '本年支出/基本支出')).toBe('8553200'); // 855.32 (line 376)
    expect(value(t, '2150501', '本年支出/小计')).toBe('7882600'); // 788.26
  });
});

describe('焦作 2022 决算: 公开06表 基本支出决算明细表 (three blocks)', () => {
  const t = table(doc, 'final_general_basic');
  it('reads every block', () => {
    expect(value(t, '30101', '决算数')).toBe('2894800'); // 基本工资 289.48 (block 1, line 401)
    expect(value(t, '30201', '决算数')).toBe('62100'); // 办公费 6.21 (block 2)
    expect(value(t, '31002', '决算数')).toBe('3500'); // 办公设备购置 0.35 (block 3)
    expect(value(t, '303', '决算数')).toBe('8860700'); // 对个人和家庭的补助 886.07
  });
  it('continues after the page break', () => {
    expect(row(t, '30231').line).toBe(426);
    expect(value(t, '30231', '决算数')).toBe('139600'); // 公务用车运行维护费 13.96
    expect(value(t, '30299', '决算数')).toBe('243300'); // 其他商品和服务支出 24.33 (line 429, block 2 only)
  });
  it('reads both totals of the last line (line 430)', () => {
    expect(value(t, '人员经费合计', '决算数')).toBe('17533900'); // 1,753.39
    expect(value(t, '公用经费合计', '决算数')).toBe('1083600'); // 108.36
  });
});

describe('焦作 2022 决算: empty tables 07/08 keep their statement', () => {
  it('政府性基金 公开07表', () => {
    const t = table(doc, 'final_gov_fund');
    expect(t.number).toBe('公开07表');
    expect(t.empty).toBe(true);
    expect(t.empty_statement).toContain('故本表无数据');
    expect(value(t, '合计', '本年收入')).toBe('0');
  });
  it('国有资本经营 公开08表', () => {
    const t = table(doc, 'final_state_capital');
    expect(t.empty).toBe(true);
    expect(t.empty_statement).toContain('没有使用国有资本经营预算安排的支出');
  });
});

describe('焦作 2022 决算: 公开09表 三公 (three-level header)', () => {
  const t = table(doc, 'final_three_public');
  it('is recognised by title, printed as 公开09表', () => expect(t.number).toBe('公开09表'));
  it('reads 预算数 and 决算数', () => {
    const r = t.rows[0]!;
    const get = (c: string) => r.cells.find((x) => x.column === c)?.value;
    expect(get('预算数/合计')).toBe('182000'); // 18.20 (line 485)
    expect(get('预算数/公务用车购置及运行维护费/小计')).toBe('139600'); // 13.96
    expect(get('预算数/公务用车购置及运行维护费/公务用车购置费')).toBe('0');
    expect(get('预算数/公务接待费')).toBe('42300'); // 4.23
    expect(get('决算数/合计')).toBe('172200'); // 17.22
    expect(get('决算数/公务用车购置及运行维护费/公务用车运行维护费')).toBe('139600');
    expect(get('决算数/公务接待费')).toBe('32500'); // 3.25
    expect(r.cells).toHaveLength(12);
  });
  it('records source lines', () => {
    expect(cellOf(t, t.rows[0]!.name, '预算数/合计').line).toBe(485);
  });
});
