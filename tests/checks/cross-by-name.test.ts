import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index.ts';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import { parseSeed } from '../helpers.ts';

const clone = (d: DocumentModel): DocumentModel => JSON.parse(JSON.stringify(d));
const withoutCodes = (doc: DocumentModel, kind: string) => {
  for (const r of doc.tables.find((t) => t.kind === kind)!.rows) Object.assign(r, { code: null, level: null, parent_line: null });
};
const results = (doc: DocumentModel, id: string) => runChecks(doc).filter((c) => c.check_id === id);

// 焦作 2022 决算: 05 表 (lines 348–353) prints six 类 — 201 一般公共服务支出 0.65, 205 教育支出 3.43, 206 科学技术支出
// 115.26, 208 社会保障和就业支出 969.61, 210 卫生健康支出 50.39, 215 资源勘探工业信息等支出 1,043.40 — and the 04 表
// (line 295: 一、一般公共服务支出 … 0.65) lists the same classes by name only.
describe('class rows of a table printed without codes are found by the 总表 class names', () => {
  it('05 表 without codes: its six 类 rows agree with the 04 表 by name, and no class is reported missing', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    withoutCodes(doc, 'final_general_expenditure');
    const r = results(doc, 'x.general_classes');
    expect(r.filter((c) => c.status === 'fail')).toEqual([]);
    expect(r.filter((c) => c.status === 'pass')).toHaveLength(6);
  });

  it('a wrong class figure in the uncoded 05 表 still fails: 教育支出 3.43 → 4.43', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    withoutCodes(doc, 'final_general_expenditure');
    const edu = doc.tables.find((t) => t.kind === 'final_general_expenditure')!.rows.find((x) => x.name === '教育支出')!;
    edu.cells.find((c) => c.column === '本年支出/小计')!.value = '44300';
    const fail = results(doc, 'x.general_classes').filter((c) => c.status === 'fail');
    expect(fail).toHaveLength(1);
    expect(fail[0]!.message).toContain('教育');
  });

  it('03 表 without codes: its 类 rows are compared with the 01 表 by name instead of skipped', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    withoutCodes(doc, 'final_expenditure');
    const r = results(doc, 'x.expenditure_classes');
    expect(r.filter((c) => c.status === 'fail')).toEqual([]);
    expect(r.filter((c) => c.status === 'pass').length).toBeGreaterThanOrEqual(6);
  });

  it('02 财政拨款收入 printed as 财政拨款（补助）收入 is still compared with the 04 本年收入合计 (2,182.74)', () => {
    const doc = clone(parseSeed('jiaozuo2022'));
    for (const r of doc.tables.find((t) => t.kind === 'final_income')!.rows) for (const c of r.cells) if (c.column === '财政拨款收入') c.column = '财政拨款（补助）收入';
    const r = results(doc, 'x.fiscal_income');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ status: 'pass', expected: '21827400' });
  });
});
