import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of two generated budgets (lines 1–2 of each document, a blank line, then the lines of
// its last two tables: fixture line n is the document's line n + 339, and n + 299, from line 4 on). Each prints an
// empty 政府性基金预算支出表 under the 一般公共预算“三公”经费支出表: its title right of `2019年部门预算表` (line 24), a header
// squeezed into narrow columns, no rows, and the statement `说明：本部门无政府性基金预算拨款安排的支出，故本表无数据。`
// (line 30; line 31 in the second). Before, no line under the title read as a table body (no two cells, no header
// words set apart by two spaces), so the table was not listed and its lines were read into the 三公 table.

describe('an empty 政府性基金预算支出表 printed by pdftotext under a squeezed header', () => {
  it('is listed as an empty table with its statement, its header words one space apart (`科目 合计 支出 支出`, line 27)', () => {
    const { doc, table } = ingestTextFormFixture('budget-gov-fund-empty-squeezed-header.pdftotext.txt', 'budget_gov_fund');
    expect(table).toBeDefined();
    expect(table.title).toBe('政府性基金预算支出表');
    expect(table.start_line).toBe(24);
    expect(table.rows).toHaveLength(0);
    expect(table.empty).toBe(true);
    expect(table.empty_statement).toBe('说明：本部门无政府性基金预算拨款安排的支出，故本表无数据。');
    // the 三公 table above ends at its own note (line 15), its figures as printed (330000.00 on line 7, 20000.00 line 14)
    const three = doc.tables.find((t) => t.kind === 'budget_three_public')!;
    expect(three.end_line).toBeLessThan(24);
    const figures = three.rows.flatMap((r) => r.cells.flatMap((c) => (c.value === null ? [] : [c.value])));
    expect(figures).toEqual(['330000', '310000', '140000', '170000', '20000']);
  });

  it('is listed, with no row, when only its statement says it is a table (`科目 合计 基本支 出`: two header words, line 26; `名称` alone on line 29 the last line of the header)', () => {
    const { doc, table } = ingestTextFormFixture('budget-gov-fund-empty-statement-only.pdftotext.txt', 'budget_gov_fund');
    expect(table).toBeDefined();
    expect(table.start_line).toBe(24);
    expect(table.rows).toHaveLength(0);
    expect(table.empty).toBe(true);
    expect(table.empty_statement).toBe('说明：本部门无政府性基金预算拨款安排的支出，故本表无数据。');
    expect(doc.tables.find((t) => t.kind === 'budget_three_public')!.end_line).toBeLessThan(24);
  });
});
