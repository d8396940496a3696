/**
 * A table whose header is repeated word for word, at the same character positions, before its next page's rows — as a
 * converter that keeps one layout for every page writes it (no shift between pages): the columns found on the first
 * page stay, and rows whose names are indented deeper than any on the page before still take their names.
 * tests/fixtures/text-forms/repeated-header-same-place.txt: 一般公共预算财政拨款支出决算表 of the text generator's
 * real-variants-final family (seed 1, document 589: synth-410700-shengtaiju-2019-final-00589, source lines 286–342),
 * in 万元, the header printed three times (fixture lines 9, 28, 47; the test puts two lines before the fixture), 0 printed for zero, blank cells left blank.
 * Expected cells are read by hand from the fixture's lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/repeated-header-same-place.txt'), 'utf8');
const doc = ingestText({ text: `新乡市生态环境局2019年度部门决算\n\n${text}`, sourceFile: 'repeated-header-same-place.txt', docId: 'x', sha256: '0'.repeat(64) });
const table = doc.tables.find((t) => t.kind === 'final_general_expenditure')!;
const row = (name: string) => Object.fromEntries(table.rows.find((r) => r.name === name)!.cells.map((c) => [c.column, c.value]));

describe('a header repeated word for word at the same place on the next page', () => {
  it("keeps the first page's columns: 住房公积金 (fixture line 53) reads 98.44 | 98.44 | 79.74 | 18.70 | 0", () => {
    expect(Object.values(row('住房公积金'))).toEqual(['984400', '984400', '797400', '187000', '0']);
  });
  it('leaves the blank 项目支出 of 购房补贴 (fixture line 55) blank, not zero', () => {
    const cells = table.rows.find((r) => r.name === '购房补贴')!.cells;
    expect(cells.map((c) => c.value)).toEqual(['659000', '659000', '533800', '125200', null]);
  });
  it('reads every row of the last page without an error', () => {
    expect(doc.problems.filter((p) => p.severity === 'error' && p.line >= 55)).toEqual([]);
  });
});
