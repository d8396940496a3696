/** One test per failure class: each problem is reported with its line and raw text, never dropped silently. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { DocumentModel } from '../../src/lib/model/document.ts';
import { tabbed as T } from '../helpers.ts';

const parse = (body: string) =>
  parseDocument({ text: T(`2022年度\n测试市工业和信息化局部门决算\n\n${body}`), sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const HEAD = `收入决算表
公开02表
单位：万元
项目⇥⇥本年收入合计⇥财政拨款收入
功能分类科目编码⇥科目名称⇥⇥
⇥栏次⇥1⇥2
`;

describe('failure classes', () => {
  it('unknown table title: kept as kind other and reported', () => {
    const d = parse(`部门资产负债情况统计表\n单位：万元\n项目⇥金额\n资产合计⇥12.00\n`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.kind).toBe('other');
    expect(d.tables[0]!.rows[0]!.cells[0]!.value).toBe('120000');
    const p = d.problems.find((x) => x.code === 'unknown_table')!;
    expect(p.line).toBe(4);
    expect(p.raw).toBe('部门资产负债情况统计表');
    expect(d.status).toBe('partial');
  });
  it('malformed number: reported with its line, not turned into a value', () => {
    const d = parse(`${HEAD}201⇥一般公共服务支出⇥1,2,3.4⇥1.00\n`);
    const c = d.tables[0]!.rows[0]!.cells[0]!;
    expect(c.value).toBeNull();
    expect(c.raw).toBe('1,2,3.4');
    const p = d.problems.find((x) => x.code === 'bad_number')!;
    expect(p.line).toBe(10);
    expect(p.raw).toContain('1,2,3.4');
  });
  it('row with too many cells: reported, values kept in their columns', () => {
    const d = parse(`${HEAD}201⇥一般公共服务支出⇥1.00⇥1.00⇥9.99\n`);
    const p = d.problems.find((x) => x.code === 'row_too_long')!;
    expect(p.line).toBe(10);
    expect(p.severity).toBe('error');
    expect(d.coverage.unaccounted).toEqual([{ line: 10, raw: '9.99' }]);
    expect(d.status).toBe('partial');
  });
  it('truncated table: what was read is kept, missing parts reported', () => {
    const d = parse(`${HEAD}⇥合计⇥3.00⇥3.00\n201⇥一般公共服务支出⇥1.0`);
    expect(() => DocumentModel.parse(d)).not.toThrow();
    expect(d.tables[0]!.rows.map((r) => r.name)).toEqual(['合计', '一般公共服务支出']);
    expect(d.tables[0]!.rows[1]!.cells[0]!.value).toBe('10000');
    expect(d.tables[0]!.rows[1]!.cells[1]!.value).toBeNull();
  });
  it('no tables at all: failed', () => {
    const d = parse('这是一段没有表格的文字。\n');
    expect(d.status).toBe('failed');
    expect(d.problems.some((p) => p.code === 'no_tables')).toBe(true);
  });
  it('a value without a row label is reported', () => {
    const d = parse(`${HEAD}⇥⇥5.00⇥5.00\n`);
    expect(d.problems.find((p) => p.code === 'row_without_label')?.line).toBe(10);
  });
});
