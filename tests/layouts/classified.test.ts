/**
 * Classification tables read by meaning: codes joined, spaced, split into 类/款/项 columns, printed in the label or
 * absent (levels from indentation), wrapped labels, the 合计 row first, last or unlabelled, 行次 columns, repeated
 * headers and unknown columns. Fixtures are hand-written tab-separated text (⇥ = tab); every expected value is read
 * from the fixture by hand and converted to 元 by hand (万元 × 10,000).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GOV_FUND_COLUMNS, tabbed as T } from '../helpers.ts';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';

const input = (body: string) => ({ text: T(`2023年度\n测试市工业和信息化局部门决算\n\n${body}`), sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const parse = (body: string) => parseDocument(input(body));

function only(body: string, kind = 'final_expenditure'): { t: Table; problems: ReturnType<typeof parse>['problems'] } {
  const d = parse(body);
  const t = d.tables.filter((x) => x.kind === kind);
  expect(t).toHaveLength(1);
  return { t: t[0]!, problems: d.problems };
}
const cell = (t: Table, key: string, col: string) => t.rows.find((r) => r.code === key || r.name === key)!.cells.find((c) => c.column === col)!.value;

describe('codes in every printed form', () => {
  it('joins codes split into 类 / 款 / 项 columns, carrying the 类 and 款 a row leaves blank', () => {
    const { t } = only(`支出决算表
单位：万元
项目⇥⇥⇥⇥本年支出合计⇥基本支出⇥项目支出
科目编码⇥⇥⇥科目名称⇥⇥⇥
类⇥款⇥项⇥⇥⇥⇥
⇥⇥⇥合计⇥10.00⇥6.00⇥4.00
208⇥⇥⇥社会保障和就业支出⇥10.00⇥6.00⇥4.00
208⇥05⇥⇥行政事业单位养老支出⇥10.00⇥6.00⇥4.00
⇥⇥01⇥行政单位离退休⇥7.00⇥6.00⇥1.00
⇥⇥05⇥机关事业单位基本养老保险缴费支出⇥3.00⇥⇥3.00
`);
    expect(t.rows.map((r) => r.code)).toEqual([null, '208', '20805', '2080501', '2080505']);
    expect(t.columns).toEqual(['本年支出合计', '基本支出', '项目支出']);
    expect(cell(t, '2080501', '基本支出')).toBe('60000'); // 6.00 (line 12)
    expect(cell(t, '2080505', '基本支出')).toBeNull(); // blank is not zero
    expect(t.rows.map((r) => r.level)).toEqual([null, 1, 2, 3, 3]);
    expect(t.rows.find((r) => r.code === '2080505')!.parent_line).toBe(11); // the 20805 row
  });
  it('reads codes printed with spaces (208 05 01) as one code', () => {
    const { t } = only(`支出决算表
单位：万元
科目编码⇥科目名称⇥本年支出合计
合计⇥⇥7.00
208⇥社会保障和就业支出⇥7.00
208 05⇥行政事业单位养老支出⇥7.00
208 05 01⇥行政单位离退休⇥7.00
`);
    expect(t.rows.map((r) => r.code)).toEqual([null, '208', '20805', '2080501']);
    expect(cell(t, '2080501', '本年支出合计')).toBe('70000');
  });
  it('reads a code printed at the start of the label when there is no code column', () => {
    const { t } = only(`支出决算表
单位：万元
项目⇥本年支出合计⇥基本支出
合计⇥7.00⇥7.00
208 社会保障和就业支出⇥7.00⇥7.00
20805 行政事业单位养老支出⇥7.00⇥7.00
2080501 行政单位离退休⇥7.00⇥7.00
`);
    expect(t.rows.map((r) => [r.code, r.name])).toEqual([
      [null, '合计'],
      ['208', '社会保障和就业支出'],
      ['20805', '行政事业单位养老支出'],
      ['2080501', '行政单位离退休'],
    ]);
  });
});

describe('levels from indentation when no codes are printed', () => {
  const body = `支出决算表
单位：万元
科目名称⇥本年支出合计⇥基本支出⇥项目支出
合计⇥12.00⇥8.00⇥4.00
社会保障和就业支出⇥10.00⇥6.00⇥4.00
  行政事业单位养老支出⇥10.00⇥6.00⇥4.00
    行政单位离退休⇥7.00⇥6.00⇥1.00
    机关事业单位基本养老保险缴费支出⇥3.00⇥⇥3.00
住房保障支出⇥2.00⇥2.00⇥
\u3000住房改革支出⇥2.00⇥2.00⇥
\u3000\u3000住房公积金⇥2.00⇥2.00⇥
`;
  it('gives each row its level and parent from the printed indentation (spaces or full-width spaces)', () => {
    const { t } = only(body);
    expect(t.rows.map((r) => [r.name, r.level, r.parent_line])).toEqual([
      ['合计', null, null],
      ['社会保障和就业支出', 1, null],
      ['行政事业单位养老支出', 2, 8],
      ['行政单位离退休', 3, 9],
      ['机关事业单位基本养老保险缴费支出', 3, 9],
      ['住房保障支出', 1, null],
      ['住房改革支出', 2, 12],
      ['住房公积金', 3, 13],
    ]);
    expect(cell(t, '住房公积金', '基本支出')).toBe('20000'); // 2.00 (line 14)
  });
  it('runs the hierarchy checks on the indented rows (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项)', () => {
    const d = ingestText(input(body));
    const hier = d.checks.filter((c) => c.check_id.startsWith('hier.'));
    const passed = hier.filter((c) => c.status === 'pass').map((c) => c.check_id);
    expect(passed.filter((id) => id === 'hier.total_classes')).toHaveLength(1);
    expect(passed.filter((id) => id === 'hier.class_sections')).toHaveLength(2);
    expect(passed.filter((id) => id === 'hier.section_items')).toHaveLength(2);
    expect(hier.filter((c) => c.status === 'fail')).toEqual([]);
  });
  it('finds a wrong parent sum in an indented table', () => {
    const d = ingestText(input(body.replace('    行政单位离退休⇥7.00', '    行政单位离退休⇥7.50')));
    const failed = d.checks.filter((c) => c.check_id === 'hier.section_items' && c.status === 'fail');
    expect(failed).toHaveLength(1);
  });
});

describe('rows', () => {
  it('joins a label wrapped onto the next line to the row above', () => {
    const { t } = only(`支出决算表
单位：万元
科目编码⇥科目名称⇥本年支出合计
2080505⇥机关事业单位基本养老保险缴费⇥3.00
⇥支出⇥
2080506⇥机关事业单位职业年金缴费支出⇥1.00
合计⇥⇥4.00
`);
    expect(t.rows.map((r) => r.name)).toEqual(['机关事业单位基本养老保险缴费支出', '机关事业单位职业年金缴费支出', '合计']);
    expect(t.rows[0]!.line).toBe(7);
  });
  it('joins a wrapped label in a table printed without codes, when the part above fills the name column', () => {
    // Lines 9–10: 政府办公厅（室）及相关机 / 构事务 is one label (its first part, 12 characters, is the widest of the
    // column); lines 11–12 are indented 项 rows of their own.
    const { t } = only(`支出决算表
单位：万元
项目⇥本年支出合计⇥基本支出
合计⇥9.00⇥9.00
一般公共服务支出⇥9.00⇥9.00
  政府办公厅（室）及相关机⇥9.00⇥9.00
构事务⇥⇥
    行政运行⇥8.00⇥8.00
    其他政府办公厅事务⇥1.00⇥1.00
`);
    expect(t.rows.map((r) => [r.name, r.level])).toEqual([
      ['合计', null],
      ['一般公共服务支出', 1],
      ['政府办公厅（室）及相关机构事务', 2],
      ['行政运行', 3],
      ['其他政府办公厅事务', 3],
    ]);
    expect(cell(t, '政府办公厅（室）及相关机构事务', '本年支出合计')).toBe('90000');
  });
  it('never joins text printed in the code column (a running head) to the row above', () => {
    const { t } = only(`支出决算表
单位：万元
科目编码⇥科目名称⇥本年支出合计
201⇥一般公共服务支出⇥1.00
测试局2023年度部门决算
208⇥社会保障和就业支出⇥3.00
`);
    expect(t.rows.find((r) => r.code === '201')!.name).toBe('一般公共服务支出');
  });
  it('reads the 合计 row printed last', () => {
    const { t } = only(`支出决算表
单位：万元
科目编码⇥科目名称⇥本年支出合计
201⇥一般公共服务支出⇥1.00
208⇥社会保障和就业支出⇥3.00
⇥合计⇥4.00
`);
    const total = t.rows[t.rows.length - 1]!;
    expect([total.name, total.is_total, total.cells[0]!.value]).toEqual(['合计', true, '40000']);
  });
  it('reads an unlabelled first row of amounts as the 合计 row, and says so', () => {
    const { t, problems } = only(`支出决算表
单位：万元
科目编码⇥科目名称⇥本年支出合计⇥基本支出
⇥⇥4.00⇥4.00
201⇥一般公共服务支出⇥1.00⇥1.00
208⇥社会保障和就业支出⇥3.00⇥3.00
`);
    expect(t.rows[0]).toMatchObject({ name: '合计', is_total: true, line: 7 });
    expect(t.rows[0]!.cells.map((c) => c.value)).toEqual(['40000', '40000']);
    expect(problems.find((p) => p.code === 'total_without_label')?.line).toBe(7);
  });
  it('keeps 行次 out of the values wherever the column stands', () => {
    const { t, problems } = only(`支出决算表
单位：万元
科目编码⇥科目名称⇥行次⇥本年支出合计
⇥合计⇥1⇥4.00
201⇥一般公共服务支出⇥2⇥4.00
`);
    expect(t.columns).toEqual(['本年支出合计']);
    expect(cell(t, '201', '本年支出合计')).toBe('40000');
    expect(problems.filter((p) => p.code === 'unaccounted_number')).toEqual([]);
  });
});

describe('headers by meaning', () => {
  it('maps 其中：基本支出 with 人员经费 and 公用经费 under it, and 年初预算 / 全年预算 / 决算数', () => {
    const { t, problems } = only(
      `一般公共预算财政拨款支出决算表
单位：万元
科目编码⇥科目名称⇥年初预算⇥全年预算⇥决算数⇥⇥⇥
⇥⇥⇥⇥合计⇥其中：基本支出⇥⇥项目支出
⇥⇥⇥⇥⇥人员经费⇥公用经费⇥
201⇥一般公共服务支出⇥5.00⇥6.00⇥5.50⇥3.00⇥1.50⇥1.00
`,
      'final_general_expenditure',
    );
    expect(t.columns).toEqual(['年初预算', '全年预算', '决算数/合计', '决算数/其中：基本支出/人员经费', '决算数/其中：基本支出/公用经费', '决算数/项目支出']);
    expect(cell(t, '201', '决算数/其中：基本支出/公用经费')).toBe('15000');
    expect(problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });
  it('joins a header word wrapped over two header lines (本年收入合 / 计, 财政拨款收 / 入)', () => {
    const { t, problems } = only(
      `收入决算表
单位：万元
项目⇥⇥本年收入合⇥财政拨款收⇥其他收
科目编码⇥科目名称⇥计⇥入⇥入
⇥合计⇥5.00⇥4.00⇥1.00
201⇥一般公共服务支出⇥5.00⇥4.00⇥1.00
`,
      'final_income',
    );
    expect(t.columns).toEqual(['本年收入合计', '财政拨款收入', '其他收入']);
    expect(cell(t, '201', '其他收入')).toBe('10000'); // 1.00 (line 9)
    expect(problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });
  it('reads a rate column as a percentage, never as money, with or without the % sign', () => {
    const { t, problems } = only(
      `一般公共预算财政拨款支出决算表
单位：万元
科目编码⇥科目名称⇥年初预算⇥决算数⇥决算数为年初预算数的%
201⇥一般公共服务支出⇥4.00⇥5.00⇥125.00
205⇥教育支出⇥2.00⇥1.00⇥50%
`,
      'final_general_expenditure',
    );
    const rate = (code: string) => t.rows.find((r) => r.code === code)!.cells[2]!;
    expect([rate('201').value, rate('201').measure, rate('201').unit]).toEqual(['125', 'percent', '%']); // 125.00 (line 7)
    expect([rate('205').value, rate('205').measure]).toEqual(['50', 'percent']); // 50% (line 8)
    expect(cell(t, '201', '决算数')).toBe('50000');
    expect(problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });
  it('reports a column the vocabulary does not know (values kept under the printed label, meaning not guessed)', () => {
    const { t, problems } = only(`支出决算表
单位：万元
科目编码⇥科目名称⇥本年支出合计⇥神秘列
201⇥一般公共服务支出⇥1.00⇥1.00
`);
    const p = problems.find((x) => x.code === 'unknown_column')!;
    expect(p.message).toContain('神秘列');
    expect(p.line).toBe(7);
    expect(t.columns).toEqual(['本年支出合计', '神秘列']);
  });
  it('reads a label printed under the second of two name columns (科目 | 名称 drawn apart) as the name, never as a value', () => {
    const { t, problems } = only(
      `政府性基金预算财政拨款收入支出决算表
单位：万元
科目编码⇥⇥⇥⇥年初结转和结余⇥本年收入⇥年末结转和结余
名称⇥类⇥款⇥科目⇥⇥⇥
⇥⇥⇥合计⇥0.0⇥1.5⇥1.5
`,
      'final_gov_fund',
    );
    expect(t.columns).toEqual(['年初结转和结余', '本年收入', '年末结转和结余']);
    expect(t.rows.map((r) => r.name)).toEqual(['合计']); // line 8
    expect(cell(t, '合计', '本年收入')).toBe('15000'); // 1.5 万元 (line 8)
    expect(problems.filter((p) => ['cell_without_header', 'row_without_label', 'unknown_column'].includes(p.code))).toEqual([]);
  });
  it('skips a header repeated after a page break even when it wraps differently', () => {
    const { t } = only(`支出决算表
单位：万元
项目⇥⇥本年支出合计⇥基本支出
科目编码⇥科目名称⇥⇥
201⇥一般公共服务支出⇥1.00⇥1.00
科目编码⇥科目名称⇥本年支出合计⇥基本支出
208⇥社会保障和就业支出⇥3.00⇥3.00
`);
    expect(t.rows.map((r) => r.code)).toEqual(['201', '208']);
  });
});

describe('repeated code / name / value blocks (基本支出决算明细表)', () => {
  it('joins a name wrapped onto the next line to the coded row above, in its own block', () => {
    // Lines 8–9: 30108 机关事业单位基本养老保 / 险缴费 (2.00) is one row of the first block, kept on line 8 where its
    // figure stands; the second block's 30201 办公费 (line 8) and 30202 印刷费 (line 10) are rows of their own.
    const { t } = only(
      `一般公共预算财政拨款基本支出决算明细表
单位：万元
人员经费⇥⇥⇥公用经费⇥⇥
科目编码⇥科目名称⇥决算数⇥科目编码⇥科目名称⇥决算数
30108⇥机关事业单位基本养老保⇥2.00⇥30201⇥办公费⇥1.00
⇥险缴费⇥⇥⇥⇥
30109⇥职业年金缴费⇥0.50⇥30202⇥印刷费⇥0.20
人员经费合计⇥⇥2.50⇥公用经费合计⇥⇥1.20
`,
      'final_general_basic',
    );
    expect(t.rows.map((r) => [r.code, r.name, r.line])).toEqual([
      ['30108', '机关事业单位基本养老保险缴费', 8],
      ['30201', '办公费', 8],
      ['30109', '职业年金缴费', 10],
      ['30202', '印刷费', 10],
      [null, '人员经费合计', 11],
      [null, '公用经费合计', 11],
    ]);
    expect(cell(t, '30108', '人员经费/决算数')).toBe('20000');
  });
});

describe('an empty 政府性基金 table from pdftotext with its 科目名称 drawn apart', () => {
  // tests/fixtures/text-forms/gov-fund-name-split.pdftotext.txt: 决算07表 and 决算08表 of
  // synth-410800-caizhengju-2016-final-00020 (its lines 357–386): `科目` over the 合计 row, `名称` a line below it among
  // 类 款 项, one row of 0.0 under a 栏次 row; read by hand from the HTML: 合计 0.0 in every column (万元)
  const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/text-forms/gov-fund-name-split.pdftotext.txt'), 'utf8');
  const d = ingestText({ text: `2016年度\n焦作市财政局部门决算\n\n${text}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  it('reads its 合计 row with a zero in each of its six columns (fixture line 10)', () => {
    const t = d.tables.find((x) => x.kind === 'final_gov_fund')!;
    expect(t.rows.map((r) => [r.name, r.line])).toEqual([['合计', 13]]); // fixture line 10, after three lines of prefix
    expect(t.rows[0]!.cells.map((c) => [c.column, c.value])).toEqual(GOV_FUND_COLUMNS.map((c) => [c, '0']));
  });
  it('reads the 国有资本经营 table after it alike (fixture line 27)', () => {
    const t = d.tables.find((x) => x.kind === 'final_state_capital')!;
    expect(t.rows.map((r) => [r.name, r.line, r.cells.map((c) => c.value)])).toEqual([['合计', 30, ['0', '0', '0']]]);
  });
});
