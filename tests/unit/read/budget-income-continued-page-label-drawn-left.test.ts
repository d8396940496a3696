/**
 * A 部门收入总表 (万元) continued on a page that repeats its header, the header's `科目名称` alone on its line, and prints
 * its 合计 row's label left of where the names stand (tests/fixtures/text-forms/
 * budget-income-continued-page-label-drawn-left.pdftotext.txt: source lines 74–115 of the generated
 * synth-410700-zhujianju-2020-budget-00099 of pdf31 as `pdftotext -layout` wrote them; fixture lines 33–41):
 *
 * ```
 *         项目                      一般公
 *                     合计     上年结  共预算 事业收 其他收
 *          科目名称               转 拨款收 入      入
 *                                  入
 *           栏次          1     2     3    4 5
 *    住房公积金              2.49        2.31   0.18
 *    提租补贴              10.50       10.50
 *    购房补贴              15.92 0.67 15.25
 * 合计                  133.28 0.67 131.93   0.68
 * ```
 *
 * The spaced reader reads that page into one label column more than the first page (the 合计 drawn left of the names
 * a column of its own). Its rows are the table's under the header the page repeats, its two lines (`项目 … 其他收入`
 * and `科目名称` alone) one header: each cell in the table's column of the same header word, and the 合计 drawn left in
 * the names' column its row leaves blank. Values read by hand under the 栏次 numbers (万元 × 10,000 = 元).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/budget-income-continued-page-label-drawn-left.pdftotext.txt'), 'utf8');

describe('a continued page whose 合计 is drawn left of the names is read under the header it repeats', () => {
  const doc = ingestText({ text, sourceFile: 'zhujianju.txt', docId: 'zhujianju', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'budget_income')!;
  const row = (line: number) => t.rows.find((r) => r.line === line);
  const values = (line: number) => row(line)?.cells.filter((c) => !c.blank).map((c) => [c.column, c.value]);

  it('reads 住房公积金 (line 38: 2.49 under 1, 2.31 under 3, 0.18 under 5)', () => {
    expect(values(38)).toEqual([
      ['合计', '24900'],
      ['一般公共预算拨款收入', '23100'],
      ['其他收入', '1800'],
    ]);
  });
  it('reads the 合计 row drawn left of the names (line 41: 133.28 | 0.67 | 131.93 | 0.68)', () => {
    expect(row(41)?.name).toBe('合计');
    expect(values(41)).toEqual([
      ['合计', '1332800'],
      ['上年结转', '6700'],
      ['一般公共预算拨款收入', '1319300'],
      ['其他收入', '6800'],
    ]);
  });
});
