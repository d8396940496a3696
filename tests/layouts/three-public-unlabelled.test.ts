/**
 * A vertical “三公” table as pdftotext prints a PDF whose 合计 label sits in a merged cell the conversion lost: the
 * first row is amounts with no label, the next item row has blank amounts. Fixture hand-written (values invented,
 * 万元 × 10,000 = 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';

const text = [
  '2022年度',
  '测试市商务局部门决算',
  '',
  '                          财政拨款“三公”经费支出决算表',
  '',
  '部门名称：测试市商务局                                 单位：万元',
  '',
  ' 项目                   预算数    决算数',
  '',
  '                       13.7   11.6',
  ' 1.因公出国（境）费用',
  ' 2.公务接待费              2.0     1.4',
  ' 3.公务用车购置及运行维护费        11.7 10.2',
  ' 其中：公务用车运行维护费         11.7   10.2',
  ' 公务用车购置费',
  '',
  '注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。',
].join('\n');

const values = (t: Table) => Object.fromEntries(t.rows.flatMap((r) => r.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])));

describe('a vertical 三公 table whose first row of amounts has no label', () => {
  const d = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'final_three_public')!;
  it('reads line 10 as the 合计: 13.7 预算数, 11.6 决算数', () => {
    expect(values(t)['预算数/合计']).toBe('137000');
    expect(values(t)['决算数/合计']).toBe('116000');
    expect(t.rows[0]!.cells.find((c) => c.column === '决算数/合计')!.line).toBe(10);
  });
  it('leaves 因公出国（境）费 (line 11) blank, never joined to the unlabelled row above it', () => {
    expect(values(t)['预算数/因公出国（境）费']).toBeUndefined();
    expect(values(t)['决算数/因公出国（境）费']).toBeUndefined();
  });
  it('reads the items below in their columns: 公务接待费 2.0 / 1.4 (line 12), 运行维护费 11.7 / 10.2 (line 14)', () => {
    expect(values(t)['预算数/公务接待费']).toBe('20000');
    expect(values(t)['决算数/公务接待费']).toBe('14000');
    expect(values(t)['决算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('102000');
  });
  it('says so with an info problem on line 10, not an error, and the 三公 totals check passes', () => {
    expect(d.problems.filter((p) => p.line === 10).map((p) => `${p.code}:${p.severity}`)).toEqual(['total_without_label:info']);
    expect(d.checks.filter((c) => c.check_id === 'three_public.total').map((c) => c.status)).toEqual(['pass', 'pass']);
  });
});

describe('a vertical 三公 table whose item labels wrap with the figures on their last line', () => {
  const body = [
    '2016年',
    '测试市科学技术局部门预算',
    '',
    '一般公共预算“三公”经费支出表',
    '',
    '部门名称：测试市科学技术局                          单位：万元',
    '',
    ' 项目       预算数',
    '',
    '          14.00',
    ' 1.因公出国（境',
    ' ）费',
    ' 2.公务用车购置',
    ' 及运行费     14.00',
    ' 其中：公务用车购',
    ' 置费',
    ' 公务用车运行费  14.00',
    ' 3.公务接待费',
  ].join('\n');
  const d = ingestText({ text: body, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'budget_three_public')!;
  it('joins 2.公务用车购置 (line 13) into the row of its figures on line 14: 公务用车购置及运行费 14.00', () => {
    const c = t.rows[0]!.cells.find((x) => x.column === '预算数/公务用车购置及运行费/小计');
    expect(c?.value).toBe('140000');
    expect(c?.line).toBe(14);
  });
  it('reads 合计 14.00 on line 10 and 公务用车运行费 14.00 on line 17, with no column named by a label piece', () => {
    expect(values(t)['预算数/合计']).toBe('140000');
    expect(values(t)['预算数/公务用车购置及运行费/公务用车运行费']).toBe('140000');
    expect(Object.keys(values(t)).filter((k) => k.includes('及运行费') && !k.includes('公务用车购置及运行费'))).toEqual([]);
  });
});

describe('a vertical 三公 table whose blank items were read as the rest of a wrapped label', () => {
  // Labels wrapped at ten characters (`2.公务用车购置及运` / `行费`): `其中：公务用车购置费` (no amounts) above
  // `公务用车运行费 19.62`, or `公务用车购置费` (no amounts) under `其中：公务用车运行费 0.82`, fills the cell like a
  // wrapped label's first line; the row keeps the item its figures belong to.
  const parse = (rows: string[]) =>
    ingestText({
      text: ['2021年', '测试市生态环境局部门预算', '', '一般公共预算“三公”经费支出表', '', '部门：测试市生态环境局                                          单位：万元', '', '  项目            预算数', '', ...rows].join('\n'),
      sourceFile: 'x.txt',
      docId: 'x',
      sha256: '0',
    });
  const vehicles = (d: ReturnType<typeof ingestText>) => values(d.tables.find((x) => x.kind === 'budget_three_public')!);
  it('reads 公务用车运行费 19.62 (line 15) under 运行费 when the blank 购置费 (line 14) stands above it', () => {
    const v = vehicles(
      parse([
        '  “三公”经费合计       25.31',
        '  1.因公出国（境）费',
        '  2.公务用车购置及运     19.62',
        '  行费',
        '  其中：公务用车购置费',
        '  公务用车运行费        19.62',
        '  3.公务接待费        5.68',
      ]),
    );
    expect(v['预算数/公务用车购置及运行费/公务用车运行费']).toBe('196200');
    expect(v['预算数/公务用车购置及运行费/公务用车购置费']).toBeUndefined();
    expect(v['预算数/公务接待费']).toBe('56800');
  });
  it('reads 公务用车运行费 0.82 (line 16) under 运行费 when the blank 购置费 (line 17) stands below it', () => {
    const v = vehicles(
      parse([
        '                 2.29',
        '  1.因公出国（境）费',
        '  用',
        '  2.公务接待费        1.47',
        '  3.公务用车购置及运     0.82',
        '  行费',
        '  其中：公务用车运行费     0.82',
        '  公务用车购置费',
      ]),
    );
    expect(v['预算数/公务用车购置及运行费/公务用车运行费']).toBe('8200');
    expect(v['预算数/公务用车购置及运行费/公务用车购置费']).toBeUndefined();
    expect(v['预算数/合计']).toBe('22900');
  });
});
