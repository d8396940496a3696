/**
 * A 部门支出总表 no row of which prints every column: the department has no 资本性支出, so every row leaves it blank
 * and the page shows no whole row to say where the columns end. tests/fixtures/text-forms/budget-expenditure-no-whole-row.pdftotext.txt
 * is its first page and the top of its second of synth-410100-fagaiwei-2016-budget-00032 (a fresh corpus, its lines
 * 95–127; line n here is line n + 94 there), real `pdftotext -layout` output of the Chromium-printed generator
 * document. Columns: 合计 | 基本支出 小计, 工资福利支出, 对个人和家庭的补助, 商品和服务支出, 资本性支出 | 项目支出 小计,
 * 其他运转类, 特定目标类. Character places (from the line's start) read by hand. Values in 万元, read in 元.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Row } from '../../src/lib/model/table.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/text-forms/budget-expenditure-no-whole-row.pdftotext.txt'), 'utf8');
const d = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
const at = (n: number) => t.rows.find((x) => x.line === n);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;
const problemsOn = (n: number) => d.problems.filter((p) => p.line === n).map((p) => p.code);

describe('rows of eight figures placed as the rows of that shape whose spacing placed them', () => {
  // line 14 (410001) prints `276.36   374.28`: three spaces, the blank 资本性支出 between 商品和服务支出 and 项目支出
  // 小计; lines 13 and 24 print their eight figures one space apart but for gaps no blank column needs
  it('reads the 总计 of line 13 with 资本性支出 blank', () => {
    const r = at(13);
    expect(value(r, '合计')).toBe('32383100'); // 3,238.31
    expect(value(r, '基本支出/小计')).toBe('22877700'); // 2,287.77
    expect(value(r, '基本支出/人员经费/工资福利支出')).toBe('10210200'); // 1,021.02
    expect(value(r, '基本支出/人员经费/对个人和家庭的补助')).toBe('8549500'); // 854.95
    expect(value(r, '基本支出/公用经费/商品和服务支出')).toBe('4118000'); // 411.80
    expect(value(r, '基本支出/公用经费/资本性支出')).toBeNull();
    expect(value(r, '项目支出/小计')).toBe('9505400'); // 950.54
    expect(value(r, '项目支出/其他运转类')).toBe('4978500'); // 497.85
    expect(value(r, '项目支出/特定目标类')).toBe('4526900'); // 452.69
  });
  it('reads 其他社会保障和就业支出 (line 24) the same way, neither row reported ambiguous', () => {
    const r = at(24);
    expect(value(r, '基本支出/人员经费/工资福利支出')).toBe('317100'); // 31.71
    expect(value(r, '基本支出/人员经费/对个人和家庭的补助')).toBe('244300'); // 24.43
    expect(value(r, '基本支出/公用经费/商品和服务支出')).toBe('123200'); // 12.32
    expect(value(r, '基本支出/公用经费/资本性支出')).toBeNull();
    expect(problemsOn(13)).not.toContain('ambiguous_placement');
    expect(problemsOn(24)).not.toContain('ambiguous_placement');
  });
});

describe('a project row placed where the page’s placed rows end their columns', () => {
  // line 19 prints `287.37` (ending at 45) and, after forty spaces, `287.37 224.15 63.22` (the second 287.37 ending at
  // 86, where line 14's 项目支出 小计 374.28 ends, after its gap); 合计 = 基本 + 项目 holds with the three under 基本支出 as
  // well (小计, 工资福利支出, 对个人和家庭的补助), so only where they print says 项目支出
  it('reads 一般行政管理事务 (line 19) as project spending', () => {
    const r = at(19);
    expect(value(r, '合计')).toBe('2873700'); // 287.37
    expect(value(r, '基本支出/小计')).toBeNull();
    expect(value(r, '项目支出/小计')).toBe('2873700'); // 287.37
    expect(value(r, '项目支出/其他运转类')).toBe('2241500'); // 224.15
    expect(value(r, '项目支出/特定目标类')).toBe('632200'); // 63.22
    expect(problemsOn(19)).toContain('cells_placed');
    expect(problemsOn(19)).not.toContain('ambiguous_placement');
  });
  it('reads 科技奖励 (line 23) so too', () => {
    expect(value(at(23), '项目支出/小计')).toBe('2904800'); // 290.48
    expect(value(at(23), '项目支出/特定目标类')).toBe('2091400'); // 209.14
  });
  // line 31 (产业发展, the second page) prints `146.70` and `146.70 11.74 134.96` after a gap, but no row placed on
  // that page shows where the project columns end: left ambiguous, reported
  it('leaves 产业发展 on the next page, where no placed row shows the project columns, reported', () => {
    expect(problemsOn(31)).toContain('ambiguous_placement');
    expect(value(at(31), '项目支出/小计')).toBeNull();
  });
});
