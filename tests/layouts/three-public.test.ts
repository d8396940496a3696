/**
 * “三公”经费 tables horizontal (items as columns) and vertical (items as rows, 预算数 / 决算数 as columns) read into
 * the same shape, and checked alike. Fixtures are hand-written (⇥ = tab); values read from them by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';
import { tabbed as T } from '../helpers.ts';

const input = (body: string) => ({ text: T(`2023年度\n测试市工业和信息化局部门决算\n\n${body}`), sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const HORIZONTAL = `财政拨款“三公”经费支出决算表
单位：万元
预算数⇥⇥⇥⇥⇥⇥决算数⇥⇥⇥⇥⇥
合计⇥因公出国（境）费⇥公务用车购置及运行维护费⇥⇥⇥公务接待费⇥合计⇥因公出国（境）费⇥公务用车购置及运行维护费⇥⇥⇥公务接待费
⇥⇥小计⇥公务用车购置费⇥公务用车运行维护费⇥⇥⇥⇥小计⇥公务用车购置费⇥公务用车运行维护费⇥
10.00⇥2.00⇥6.00⇥0.00⇥6.00⇥2.00⇥8.50⇥1.00⇥5.50⇥0.00⇥5.50⇥2.00
`;

const VERTICAL = `财政拨款“三公”经费支出决算表
单位：万元
项目⇥预算数⇥决算数
合计⇥10.00⇥8.50
1、因公出国（境）费⇥2.00⇥1.00
2、公务用车购置及运行维护费⇥6.00⇥5.50
  其中：公务用车购置费⇥0.00⇥0.00
        公务用车运行维护费⇥6.00⇥5.50
3、公务接待费⇥2.00⇥2.00
`;

const values = (t: Table) => Object.fromEntries(t.rows.flatMap((r) => r.cells.map((c) => [c.column, c.value])));

describe('“三公”经费 tables in both orientations', () => {
  const h = ingestText(input(HORIZONTAL));
  const v = ingestText(input(VERTICAL));
  const th = h.tables.find((t) => t.kind === 'final_three_public')!;
  const tv = v.tables.find((t) => t.kind === 'final_three_public')!;
  it('reads the vertical table: items as rows, 预算数 and 决算数 as columns', () => {
    expect(tv.rows).toHaveLength(1);
    expect(values(tv)['决算数/合计']).toBe('85000'); // 8.50 (line 7)
    expect(values(tv)['预算数/因公出国（境）费']).toBe('20000'); // 2.00 (line 8)
    expect(values(tv)['决算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('55000'); // 5.50 (line 11)
    expect(values(tv)['决算数/公务用车购置及运行维护费/小计']).toBe('55000'); // 5.50 (line 9)
    expect(tv.rows[0]!.cells.find((c) => c.column === '决算数/公务接待费')!.line).toBe(12);
  });
  it('reads both orientations into the same columns and values', () => {
    expect(values(tv)).toEqual(values(th));
  });
  it('runs the 三公 checks on the vertical table as on the horizontal one', () => {
    const ids = (d: typeof v) => d.checks.filter((c) => c.check_id.startsWith('three_public.')).map((c) => `${c.check_id}:${c.status}`).sort();
    expect(ids(v)).toEqual(['three_public.total:pass', 'three_public.total:pass', 'three_public.vehicles:pass', 'three_public.vehicles:pass']);
    expect(ids(v)).toEqual(ids(h));
  });
  it('reads a budget 三公 table printed vertically with one 预算数 column', () => {
    const d = ingestText({ ...input(''), text: T(`2024年\n测试市工业和信息化局部门预算\n\n一般公共预算“三公”经费支出情况表\n单位：万元\n项目⇥2024年预算数\n合计⇥5.00\n因公出国（境）费⇥1.00\n公务用车购置及运行费⇥3.00\n其中：公务用车购置费⇥1.00\n公务用车运行费⇥2.00\n公务接待费⇥1.00\n`) });
    const t = d.tables.find((x) => x.kind === 'budget_three_public')!;
    expect(values(t)['预算数/公务用车购置及运行费/公务用车购置费']).toBe('10000');
    expect(d.checks.filter((c) => c.check_id.startsWith('three_public.')).map((c) => c.status)).toEqual(['pass', 'pass']);
  });
  it('keeps 会议费 and 培训费 printed under the 三公 items as known columns', () => {
    const d = ingestText(input(VERTICAL.replace('3、公务接待费⇥2.00⇥2.00', '3、公务接待费⇥2.00⇥2.00\n会议费⇥1.00⇥0.50\n培训费⇥0.80⇥0.60')));
    const t = d.tables.find((x) => x.kind === 'final_three_public')!;
    expect(values(t)['决算数/培训费']).toBe('6000'); // 0.60 (line 14)
    expect(d.problems.filter((p) => p.code === 'unknown_row')).toEqual([]);
    expect(d.checks.filter((c) => c.check_id === 'three_public.total').map((c) => c.status)).toEqual(['pass', 'pass']);
  });
  it('reads items as columns with one row per measure (预算数 / 决算数 rows) into the same shape', () => {
    const d = ingestText(input(`财政拨款“三公”经费支出决算表
单位：万元
项目⇥合计⇥因公出国（境）费⇥公务用车购置及运行维护费⇥⇥⇥公务接待费
⇥⇥⇥小计⇥公务用车购置费⇥公务用车运行维护费⇥
预算数⇥10.00⇥2.00⇥6.00⇥0.00⇥6.00⇥2.00
决算数⇥8.50⇥1.00⇥5.50⇥0.00⇥5.50⇥2.00
`));
    const t = d.tables.find((x) => x.kind === 'final_three_public')!;
    expect(values(t)).toEqual(values(th));
    expect(d.problems.filter((p) => p.code === 'bad_number' || p.code === 'unknown_column')).toEqual([]);
  });
});

describe('a vertical “三公” table whose item label wraps onto the next line', () => {
  // Lines 9–10: 2、公务用车购置及运行维 / 护费 is one item (6.00 预算数, 5.50 决算数); line 8 (因公出国（境）费) is
  // printed with blank amounts and stays an item of its own.
  const d = ingestText(
    input(`财政拨款“三公”经费支出决算表
单位：万元
项目⇥预算数⇥决算数
合计⇥8.00⇥7.50
1、因公出国（境）费⇥⇥
2、公务用车购置及运行维⇥6.00⇥5.50
护费⇥⇥
其中：公务用车购置费⇥0.00⇥0.00
公务用车运行维护费⇥6.00⇥5.50
3、公务接待费⇥2.00⇥2.00
`),
  );
  const t = d.tables.find((x) => x.kind === 'final_three_public')!;
  it('joins the wrapped label into the item the vocabulary knows', () => {
    const v = values(t);
    expect(v['预算数/公务用车购置及运行维护费/小计']).toBe('60000');
    expect(v['决算数/公务用车购置及运行维护费/小计']).toBe('55000');
    expect(v['决算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('55000');
    expect(v['预算数/因公出国（境）费']).toBeNull();
    expect(d.problems.filter((p) => p.code === 'unknown_row')).toEqual([]);
  });
});

describe('a vertical “三公” table whose first items are printed with blank amounts', () => {
  // Lines 7–10 print no amount at all (合计, 1.因公出国（境）费, 2.公务用车购置及运行维护费, 其中：公务用车购置费); line 11
  // prints 0.00 / 0.00 for 公务用车运行维护费 and line 12 prints 0.00 决算数 for 公务接待费.
  const d = ingestText(
    input(`财政拨款“三公”经费支出决算表
单位：元
项目⇥预算数⇥决算数
合计⇥⇥
1.因公出国（境）费⇥⇥
2.公务用车购置及运行维护费⇥⇥
其中：公务用车购置费⇥⇥
公务用车运行维护费⇥0.00⇥0.00
3.公务接待费⇥⇥0.00
`),
  );
  const t = d.tables.find((x) => x.kind === 'final_three_public')!;
  it('names the vehicle items under the group word as printed (公务用车购置及运行维护费)', () => {
    const v = values(t);
    expect(v['预算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('0');
    expect(v['决算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('0');
    expect(v['决算数/公务接待费']).toBe('0');
    expect(Object.keys(v).some((k) => k.includes('公务用车购置及运行费'))).toBe(false);
  });
});
