/**
 * A 一般公共预算支出表 whose last row stands alone on a page of its own, pdftotext writing its code, name and 合计 on one
 * line and the rest of its figures alone on the next (tests/fixtures/text-forms/expenditure-row-figures-below-on-own-page
 * .pdftotext.txt: the title lines and source lines 189–238 of synth-140300-zhujianju-2017-budget-00048, pdf92; fixture
 * line n is source line n + 184 from line 5 on). Every other row prints nine figures (the two 小计 of 人员经费 and 公用经费
 * never printed); the split row prints one on line 46 and eight on line 47. Values read by hand (万元, read in 元).
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
const cell = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col);

describe('a row whose figures pdftotext wrote on the line below its name, alone on its page', () => {
  it('reads line 46 (212 01 99 其他城乡社区管理事务支出) with the nine figures of lines 46 and 47', () => {
    const r = at(46);
    expect(r?.code).toBe('2120199');
    expect(r?.name).toBe('其他城乡社区管理事务支出');
    expect(cell(r, '合计')?.value).toBe('33763400'); // 3,376.34 on line 46
    expect(cell(r, '基本支出/合计')?.value).toBe('20953400'); // 2,095.34 on line 47
    expect(cell(r, '基本支出/人员经费/工资福利支出')?.value).toBe('3594900'); // 359.49
    expect(cell(r, '基本支出/人员经费/对个人和家庭的补助')?.value).toBe('12958300'); // 1,295.83
    expect(cell(r, '基本支出/公用经费/商品和服务支出')?.value).toBe('2043400'); // 204.34
    expect(cell(r, '基本支出/公用经费/资本性支出')?.value).toBe('2356800'); // 235.68
    expect(cell(r, '项目支出/合计')?.value).toBe('12810000'); // 1,281.00
    expect(cell(r, '项目支出/其他运转类')?.value).toBe('1665300'); // 166.53
    expect(cell(r, '项目支出/特定目标类')?.value).toBe('11144700'); // 1,114.47
  });
  it('links each figure to the line it was printed on', () => {
    expect(cell(at(46), '合计')?.line).toBe(46);
    expect(cell(at(46), '基本支出/合计')?.line).toBe(47);
    expect(cell(at(46), '项目支出/特定目标类')?.line).toBe(47);
  });
  it('leaves no number of line 47 unaccounted and reports no row without a label there', () => {
    expect(d.problems.filter((p) => p.line === 47).map((p) => p.code)).toEqual([]);
  });
  it('reads the unlabelled first line of figures (line 14) as the table total, now the only line without a name', () => {
    const r = at(14);
    expect(r?.name).toBe('合计');
    expect(cell(r, '合计')?.value).toBe('238971100'); // 23,897.11
    expect(cell(r, '基本支出/合计')?.value).toBe('185081800'); // 18,508.18
    expect(cell(r, '基本支出/公用经费/资本性支出')?.value).toBe('20817700'); // 2,081.77
    expect(cell(r, '项目支出/特定目标类')?.value).toBe('26378100'); // 2,637.81
  });
});
