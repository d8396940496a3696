/**
 * A header repeated inside a table without a page mark, its first line the label word `项目` standing in the name
 * column right under a row of figures: the line is the header's own, never the rest of that row's name
 * (`repeatedHeaders` of `src/lib/parse/read/page-columns.ts`). Real `pdftotext -layout` output of Chromium-printed
 * generator HTML (kept corpus pdf7):
 * - tests/fixtures/text-forms/repeated-header-label-word-under-row.pdftotext.txt: the 部门收入总表 of
 *   synth-410300-chengguanju-2020-budget-00093, its lines 60–92. The HTML prints the row `210 11 02 事业单位医疗
 *   4589857.68` (合计 and 财政拨款（补助）收入) right before the table's page break; the next page repeats the header,
 *   `项目` / `科目名称 合计 …`.
 * Line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const TEXT = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/repeated-header-label-word-under-row.pdftotext.txt'), 'utf8');

describe('a repeated header starting with the label word 项目 under a row', () => {
  it('reads the row 2101102 named 事业单位医疗, without 项目 (line 23)', () => {
    const model = parseDocument({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) });
    const table = model.tables.find((t) => t.kind === 'budget_income')!;
    const row = table.rows.find((r) => r.line === 23)!;
    expect(row.name).toBe('事业单位医疗');
  });
});
