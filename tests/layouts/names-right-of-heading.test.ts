/**
 * `pdftotext -layout` draws a centred 科目名称 heading left of the labels under it, so the reader finds the labels in a
 * column with no heading of its own. Those labels are the rows' names, never unheaded values. Fixture: the shape of a
 * converted 收入决算表 (header squeezed, figures one space apart); values invented, read by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

const text = `2015年度新乡市农业农村局部门决算

收入决算表
部门：新乡市农业农村局                                                   单位：万元
          项目                一般公共     上级             附属
                   本年收入 预算拨款 补助 事业 经营 单位 其他
 功能分类科 科目名称         合计       收入      收入   收入 收入 上缴 收入
  目编码                                               收入
             栏次       1        2      3 4 5 6 7
201       一般公共服务支出 1,463.49 1,463.49 0.00 0.00 0.00 0.00 0.00
201 01    人大事务       505.54 505.54 0.00 0.00 0.00 0.00 0.00
201 01 01 行政运行       223.50 223.50 0.00 0.00 0.00 0.00 0.00
`;

describe('labels printed right of their 科目名称 heading', () => {
  const d = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'final_income')!;
  it('reads 人大事务 on line 11 as the name of row 20101, with its 505.54', () => {
    const row = t.rows.find((r) => r.line === 11)!;
    expect(row.code).toBe('20101');
    expect(row.name).toBe('人大事务');
    expect(row.cells.find((c) => c.column === '本年收入合计')?.value).toBe('5055400');
  });
  it('names every coded row (lines 10–12) and reports no cell without a heading', () => {
    expect(t.rows.filter((r) => r.code).map((r) => [r.line, r.name])).toEqual([
      [10, '一般公共服务支出'],
      [11, '人大事务'],
      [12, '行政运行'],
    ]);
    expect(d.problems.filter((p) => p.code === 'cell_without_header')).toEqual([]);
  });
});
