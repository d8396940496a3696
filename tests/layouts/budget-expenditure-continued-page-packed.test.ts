/**
 * A 部门支出总表 continued on a page pdftotext packed one space apart (tests/fixtures/text-forms/
 * expenditure-continued-page-packed.pdftotext.txt: the title lines and source lines 94–130 of
 * synth-410700-zhujianju-2020-budget-00099, pdf21). Its labels stand left of where the page before printed them, so
 * the carried columns put each row's name where the codes' 项 stood and its first two figures in one cell under the
 * name heading (`行政运行 | 2769.1 2769.1`): several figures in one cell are no name, the name is the word cell before
 * them, and the figures are read in order. Values read by hand from lines 32–36 (万元, read in 元).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Row } from '../../src/lib/model/table.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/text-forms/expenditure-continued-page-packed.pdftotext.txt'), 'utf8');
const d = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a continued page whose first figures share a cell under the name heading', () => {
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('reads the unit row of line 32 under its unit, nine figures in order', () => {
    expect(at(32)?.entity).toContain('新乡市住房和城乡建设离退休人员管理服务中心');
    expect(value(at(32), '合计')).toBe('57408000');
    expect(value(at(32), '基本支出/小计')).toBe('44393000');
    expect(value(at(32), '基本支出/人员经费/工资福利支出')).toBe('15880000');
    expect(value(at(32), '基本支出/公用经费/资本性支出')).toBe('1814000');
    expect(value(at(32), '项目支出/特定目标类')).toBe('5188000');
  });
  it('reads line 35 (死亡抚恤) with its code and all nine figures', () => {
    expect(at(35)?.code).toBe('2080801');
    expect(value(at(35), '合计')).toBe('16436000');
    expect(value(at(35), '基本支出/小计')).toBe('4862000');
    expect(value(at(35), '项目支出/小计')).toBe('11574000');
    expect(value(at(35), '项目支出/特定目标类')).toBe('3935000');
  });
  it('reads line 34 (行政运行) as basic spending only', () => {
    expect(at(34)?.code).toBe('2011101');
    expect(value(at(34), '合计')).toBe('27691000');
    expect(value(at(34), '基本支出/公用经费/商品和服务支出')).toBe('5514000');
    expect(value(at(34), '基本支出/公用经费/资本性支出')).toBe('1132000');
  });
});
