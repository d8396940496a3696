/**
 * A row whose dropped blank cell cannot be placed (no unit row, no sibling table, identities hold either way) is
 * reported as an error with its line and raw text; of its numbers only the one every placement puts in the same column
 * (the row's 合计, 5.4) is written, the other left unread: nothing is guessed.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const T = '\t';
const text = [
  '某某局2022年部门预算',
  '',
  '2022年部门支出总体情况表',
  '单位：万元',
  ['科目编码', '', '', '单位代码', '单位（科目名称）', '合计', '基本支出', '', '', '', '项目支出', '', ''].join(T),
  ['', '', '', '', '', '', '小计', '人员经费', '', '公用经费', '', '小计', '其他运转类', '特定目标类'].join(T),
  ['类', '款', '项', '工资福利支出', '对个人和家庭的补助', '商品和服务支出', '', '资本性支出', '', '', '', '', '', ''].join(T),
  ['208', '05', '05', '', '机关事业单位基本养老保险缴费支出', '5.4', '', '5.4', '', '', '', '', ''].join(T),
  ['215', '05', '01', '', '行政运行', '3.0', '3.0', '2.0', '', '1.0', '', '', '', ''].join(T),
].join('\n');

describe('ambiguous dropped-cell rows', () => {
  const doc = parseDocument({ text, sourceFile: 'x.txt', docId: 'x', sha256: '' });
  const t = doc.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('reports the row with its line and raw text', () => {
    const p = doc.problems.filter((x) => x.code === 'ambiguous_placement');
    expect(p).toHaveLength(1);
    expect(p[0]!.line).toBe(8);
    expect(p[0]!.severity).toBe('error');
    expect(p[0]!.raw).toContain('机关事业单位基本养老保险缴费支出');
    expect(p[0]!.message).toContain('基本支出/人员经费/工资福利支出=5.4');
    expect(p[0]!.message).toContain('基本支出/人员经费/对个人和家庭的补助=5.4');
  });
  it('writes only its 合计, which every placement puts there, and the other number shows up as unaccounted', () => {
    const r = t.rows.find((x) => x.line === 8)!;
    expect(r.code).toBe('2080505');
    expect(r.cells.map((c) => c.value)).toEqual(['54000', null, null, null, null, null, null, null, null]);
    expect(doc.coverage.unaccounted.filter((u) => u.line === 8)).toHaveLength(1);
  });
  it('still reads the full-width row in place', () => {
    const r = t.rows.find((x) => x.line === 9)!;
    expect(r.cells.map((c) => c.value)).toEqual(['30000', '30000', '20000', null, '10000', null, null, null, null]);
  });
});
