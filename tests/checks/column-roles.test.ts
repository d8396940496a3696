import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index.ts';
import { columnRole, splitByRole } from '../../src/lib/checks/column-roles.ts';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import { parseSeed } from '../helpers.ts';

const clone = (d: DocumentModel): DocumentModel => JSON.parse(JSON.stringify(d));
const rename = (doc: DocumentModel, kind: string, from: string, to: string) => {
  for (const r of doc.tables.find((t) => t.kind === kind)!.rows) for (const c of r.cells) if (c.column === from) c.column = to;
};
const results = (doc: DocumentModel, id: string) => runChecks(doc).filter((c) => c.check_id === id);

describe('a row-wise identity reads its columns by meaning', () => {
  it('a 小计 under a part names the part, under a stage or 本年支出 the total', () => {
    expect(columnRole('其中：基本支出/小计')).toBe('basic');
    expect(columnRole('本年支出/其中：基本支出/小计')).toBe('basic');
    expect(columnRole('决算数/小计')).toBe('total');
    expect(columnRole('本年支出/小计')).toBe('expenditure_total');
    expect(columnRole('本年支出/其中：基本支出/人员经费')).toBe('personnel');
  });

  it('the 财政拨款 source is one meaning however it is printed, and a torn word has none', () => {
    for (const w of ['财政拨款收入', '财政拨款（补助）收入', '一般公共预算拨款收入']) expect(columnRole(w)).toBe('fiscal_grant');
    expect(columnRole('助收入')).toBeNull();
  });

  it('人员经费 and 公用经费 under 基本支出 are not parts beside its 小计', () => {
    const s = splitByRole(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出'], ['expenditure_total'], ['basic', 'project']);
    expect(s).toEqual({ total: '本年支出合计', parts: ['其中：基本支出/小计', '项目支出'], unknown: [] });
  });

  it('a total and its parts are read within one stage (决算数), not from the 年初预算 beside it', () => {
    const s = splitByRole(['年初预算数/小计', '年初预算数/基本支出', '决算数/小计', '决算数/基本支出', '决算数/项目支出'], ['total'], ['basic', 'project']);
    expect(s.total).toBe('年初预算数/小计');
    expect(s.parts).toEqual(['年初预算数/基本支出']);
  });
});

describe('row-wise checks on differently printed column names (焦作 2022 收入决算表, 合计 line 185: 2,182.91 = 2,182.74 + 0.17)', () => {
  it('财政拨款（补助）收入 in place of 财政拨款收入: every row still agrees, none fails', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    rename(doc, 'final_income', '财政拨款收入', '财政拨款（补助）收入');
    const r = results(doc, 'final.income.row_sources');
    expect(r.filter((c) => c.status === 'fail')).toEqual([]);
    expect(r.some((c) => c.status === 'pass' && c.message.includes('34 行完全一致'))).toBe(true);
  });

  it('基本支出 printed as 其中：基本支出 over 小计 / 人员经费 / 公用经费 (支出决算表 合计 line 240: 2,182.77 = 1,861.78 + 320.99)', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    rename(doc, 'final_expenditure', '基本支出', '其中：基本支出/小计');
    const r = results(doc, 'final.expenditure.row_parts');
    expect(r.filter((c) => c.status === 'fail')).toEqual([]);
    expect(r.some((c) => c.status === 'pass' && c.message.includes('34 行完全一致'))).toBe(true);
  });

  it('a wrong figure under a renamed column still fails: 财政拨款（补助）收入 2,182.74 → 2,082.74 is 100 万元 off', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    rename(doc, 'final_income', '财政拨款收入', '财政拨款（补助）收入');
    const total = doc.tables.find((t) => t.kind === 'final_income')!.rows.find((x) => x.line === 185)!;
    total.cells.find((c) => c.column === '财政拨款（补助）收入')!.value = '20827400';
    const fail = results(doc, 'final.income.row_sources').find((c) => c.status === 'fail');
    expect(fail).toMatchObject({ expected: '21829100', actual: '20829100' });
  });

  it('money under a torn header word (助收入) is not summed as if absent: those rows are not judged, and the skip names the word', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    rename(doc, 'final_income', '其他收入', '助收入');
    const r = results(doc, 'final.income.row_sources');
    expect(r.filter((c) => c.status === 'fail')).toEqual([]);
    const skipped = r.find((c) => c.status === 'skip');
    expect(skipped?.message).toContain('助收入');
  });
});
