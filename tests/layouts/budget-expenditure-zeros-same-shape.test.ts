/**
 * A row whose figures leave its placement open: `201 03 08 信访事务 994.39 0.00 0.00 0.00 0.00 0.00 994.39 924.78 69.61`
 * (fixture line 18; source line 202 of synth-140300-zhujianju-2017-budget-00048, pdf92). Nine figures for eleven
 * columns: the five zeros hold every identity wherever they go among 基本支出 and its parts. Every other row of the table
 * prints nine figures in the same cells and is placed by its own figures one way (the 小计 of 人员经费 and of 公用经费 left
 * out), so this row is read the same way. Values read by hand (万元, read in 元).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Row } from '../../src/lib/model/table.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/text-forms/expenditure-row-figures-below-on-own-page.pdftotext.txt'), 'utf8');
const d = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const t = d.tables.find((x) => x.kind === 'budget_general_expenditure')!;
const at = (n: number) => t.rows.find((x) => x.line === n);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a row of zeros placed as the rows printing their figures in the same cells', () => {
  it('reads 信访事务 (line 18) with zero basic spending in each of its printed columns and its project spending', () => {
    const r = at(18);
    expect(value(r, '合计')).toBe('9943900'); // 994.39
    expect(value(r, '基本支出/合计')).toBe('0');
    expect(value(r, '基本支出/人员经费/工资福利支出')).toBe('0');
    expect(value(r, '基本支出/人员经费/对个人和家庭的补助')).toBe('0');
    expect(value(r, '基本支出/公用经费/商品和服务支出')).toBe('0');
    expect(value(r, '基本支出/公用经费/资本性支出')).toBe('0');
    expect(value(r, '基本支出/人员经费/小计')).toBeNull();
    expect(value(r, '基本支出/公用经费/小计')).toBeNull();
    expect(value(r, '项目支出/合计')).toBe('9943900'); // 994.39
    expect(value(r, '项目支出/其他运转类')).toBe('9247800'); // 924.78
    expect(value(r, '项目支出/特定目标类')).toBe('696100'); // 69.61
  });
  it('reads 一般行政管理事务 (line 25) the same way, and reports neither row ambiguous', () => {
    expect(value(at(25), '基本支出/合计')).toBe('0');
    expect(value(at(25), '基本支出/公用经费/商品和服务支出')).toBe('0');
    expect(value(at(25), '项目支出/其他运转类')).toBe('712600'); // 71.26
    expect(d.problems.filter((p) => p.code === 'ambiguous_placement' || p.code === 'unaccounted_number').map((p) => p.line)).toEqual([]);
  });
});
