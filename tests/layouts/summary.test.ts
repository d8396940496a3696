/**
 * Side-by-side 收支总表 layouts: the label columns are found by meaning (项目, 收入项目, 支出项目), wherever they stand,
 * and the 行次 columns are kept out of the values. Fixtures hand-written (⇥ = tab); values read by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { tabbed as T } from '../helpers.ts';

const parse = (body: string) => parseDocument({ text: T(`2024年\n测试市工业和信息化局部门预算\n\n${body}`), sourceFile: 'x.txt', docId: 'x', sha256: '0' });

describe('side-by-side summary tables', () => {
  it('reads 收入项目 / 支出项目 label columns with 本年预算 values', () => {
    const d = parse(`部门收支预算总表
单位：万元
收入项目⇥本年预算⇥支出项目⇥本年预算
一般公共预算拨款⇥8.00⇥一般公共服务支出⇥3.00
上年结转⇥2.00⇥社会保障和就业支出⇥7.00
收入总计⇥10.00⇥支出总计⇥10.00
`);
    const t = d.tables.find((x) => x.kind === 'budget_summary')!;
    expect(t.columns).toEqual(['本年预算', '本年预算']);
    const v = (name: string) => t.rows.find((r) => r.name === name)!.cells[0]!.value;
    expect(v('上年结转')).toBe('20000'); // 2.00 (line 7)
    expect(v('社会保障和就业支出')).toBe('70000'); // 7.00 (line 7)
    expect(t.rows.filter((r) => r.is_total).map((r) => r.name)).toEqual(['收入总计', '支出总计']);
  });
  it('reads spaced 项 目 labels and skips 行次 on both halves', () => {
    const d = parse(`收入支出决算总表
单位：万元
收 入⇥⇥⇥支 出⇥⇥
项 目⇥行次⇥决算数⇥项 目⇥行次⇥决算数
一、一般公共预算财政拨款收入⇥1⇥5.00⇥一、一般公共服务支出⇥2⇥5.00
`);
    const t = d.tables.find((x) => x.kind === 'final_summary')!;
    expect(t.rows.map((r) => [r.block, r.name, r.cells[0]!.value])).toEqual([
      ['收入', '一、一般公共预算财政拨款收入', '50000'],
      ['支出', '一、一般公共服务支出', '50000'],
    ]);
    expect(d.problems.filter((p) => p.code === 'unaccounted_number' || p.code === 'unknown_column')).toEqual([]);
  });
  it('skips a header repeated after a page break with different spacing', () => {
    const d = parse(`收入支出决算总表
单位：万元
收入⇥⇥⇥支出⇥⇥
项目⇥行次⇥决算数⇥项目⇥行次⇥决算数
一、一般公共预算财政拨款收入⇥1⇥5.00⇥一、一般公共服务支出⇥2⇥1.00
项 目⇥行 次⇥决 算 数⇥项 目⇥⇥决 算 数
⇥⇥⇥二、社会保障和就业支出⇥3⇥4.00
`);
    const t = d.tables.find((x) => x.kind === 'final_summary')!;
    expect(t.rows.map((r) => r.name)).toEqual(['一、一般公共预算财政拨款收入', '一、一般公共服务支出', '二、社会保障和就业支出']);
    expect(t.rows[2]!.cells[0]!.value).toBe('40000'); // 4.00 (line 10)
  });
});

describe('labels wrapped onto the next line in a side-by-side table', () => {
  it('joins the rest of a numbered label that fills its column to the row above, in its own half', () => {
    // Lines 8–13: 一、一般公共预算财政拨款 / 收入 and 二、政府性基金预算财政拨 / 款收入 are wrapped labels (the first part of each
    // fills the label column, 12 characters); the expenditure half is read alongside.
    const d = parse(`收入支出决算总表
单位：万元
收入⇥⇥⇥支出⇥⇥
项目⇥行次⇥决算数⇥项目⇥行次⇥决算数
一、一般公共预算财政拨款⇥1⇥5.00⇥一、一般公共服务支出⇥4⇥5.00
收入⇥⇥⇥⇥⇥
二、政府性基金预算财政拨⇥2⇥1.00⇥二、外交支出⇥5⇥1.00
款收入⇥⇥⇥⇥⇥
三、上级补助收入⇥3⇥⇥三、国防支出⇥6⇥
本年收入合计⇥⇥6.00⇥本年支出合计⇥⇥6.00
`);
    const t = d.tables.find((x) => x.kind === 'final_summary')!;
    const income = t.rows.filter((r) => r.block === '收入');
    expect(income.map((r) => [r.name, r.line, r.cells[0]!.value])).toEqual([
      ['一、一般公共预算财政拨款收入', 8, '50000'],
      ['二、政府性基金预算财政拨款收入', 10, '10000'],
      ['三、上级补助收入', 12, null],
      ['本年收入合计', 13, '60000'],
    ]);
    expect(t.rows.filter((r) => r.block === '支出').map((r) => r.name)).toEqual(['一、一般公共服务支出', '二、外交支出', '三、国防支出', '本年支出合计']);
  });
  it('keeps a 类 printed with blank amounts as a row of its own in an unnumbered column (a budget summary)', () => {
    // Lines 7–9 (the expenditure half): 一般公共服务支出 has 3.00, 外交支出 and 国防支出 are printed with blank amounts — three rows, not one.
    const d = parse(`财政拨款收支总表
单位：万元
收入项目⇥本年预算⇥支出项目⇥本年预算
一般公共预算拨款⇥3.00⇥一般公共服务支出⇥3.00
⇥⇥外交支出⇥
⇥⇥国防支出⇥
收入总计⇥3.00⇥支出总计⇥3.00
`);
    const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
    expect(t.rows.filter((r) => r.block === '支出项目').map((r) => r.name)).toEqual(['一般公共服务支出', '外交支出', '国防支出', '支出总计']);
  });
});
