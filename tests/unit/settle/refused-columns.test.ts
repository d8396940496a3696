/**
 * A 收入决算表 whose columns the 收入支出决算总表 contradicts and no reading settles: its figures under the columns in
 * question left unread, with a warning (`withColumnsUnread` of `refused-columns.ts`), rather than published under a
 * column the 总表 says they do not belong to. Lines as pdftotext -layout wrote a generated 决算 (万元), the 总表's
 * 八、其他收入 printed 110.85 where the 收入决算表's column read as 其他收入 totals 110.84: no column of the
 * 总表 takes 110.84, so no reading agrees (its 本年收入合计 34197.74 as printed). Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';
import type { Table } from '../../../src/lib/model/table.ts';
import { PRINTED } from './fixtures/contradicted-income.ts';

// (the 总表 of the printed fixture, its 八、其他收入 printed 110.85)
const NONE_AGREES = PRINTED.replace('八、其他收入     8   110.84', '八、其他收入     8   110.85');

const parse = (text: string) => parseDocument({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
const income = (tables: Table[], name: string) =>
  Object.fromEntries(tables.find((t) => t.kind === 'final_income')!.rows.find((r) => r.name === name)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));

describe('a 收入决算表 column the 总表 contradicts, no reading settling it', () => {
  const model = parse(NONE_AGREES);

  it('leaves its figures unread (合计 110.84, 201 一般公共服务支出 37.12), the columns the 总表 confirms read', () => {
    expect(income(model.tables, '合计')).toEqual({ 本年收入合计: '341977400', 财政拨款: '340869000' });
    expect(income(model.tables, '一般公共服务支出')).toEqual({ 本年收入合计: '153687800', 财政拨款: '153316600' });
  });

  it("keeps each unread figure's printed text, no blank cell", () => {
    const row = model.tables.find((t) => t.kind === 'final_income')!.rows.find((r) => r.name === '一般公共服务支出')!;
    expect(row.cells.find((c) => c.raw === '37.12')).toMatchObject({ value: null, blank: false });
  });

  it("reports the columns left unread with the 合计 row's line and text", () => {
    const p = model.problems.find((x) => x.code === 'columns_unread')!;
    expect(p.severity).toBe('warning');
    expect(p.message).toContain('其他收入');
    expect(p.raw).toContain('110.84');
  });
});

describe('a 收入决算表 whose 合计 row the reader placed apart from its rows, the 总表 contradicting', () => {
  // (the 合计 row's 110.84 drawn under the column after the one its 类 rows fill: its column's total-row figure is not
  // the sum of its 类 rows, and no reading agrees with the 总表's 110.85)
  const model = parse(NONE_AGREES.replace('                       34197.74 34086.90         110.84', '                       34197.74 34086.90                   110.84'));
  const table = model.tables.find((t) => t.kind === 'final_income')!;

  it("leaves only the 合计 row's figure unread, its printed text kept", () => {
    const total = table.rows.find((r) => r.is_total)!;
    expect(total.cells.find((c) => c.raw === '110.84')).toMatchObject({ value: null, blank: false });
  });

  it("keeps the rows' figures read (201 一般公共服务支出 37.12)", () => {
    const row = table.rows.find((r) => r.name === '一般公共服务支出')!;
    expect(row.cells.find((c) => c.raw === '37.12')!.value).toBe('371200');
  });

  it("reports it on the 合计 row's line", () => {
    const p = model.problems.find((x) => x.code === 'columns_unread')!;
    expect(p.message).toContain('合计行的 1 个数字未读入');
    expect(p.raw).toContain('110.84');
  });
});
