import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';
import type { Row, TableKind } from '../../../src/lib/model/table.ts';

/**
 * Read a text with the text-form readers: `at(n)` is line n (1-based) as read, `header(n)` the flattened header whose
 * first row is on line n (the header lines after it that carry no digits), `valuesUnder(h, n)` line n's non-blank
 * cells keyed by the header on line h, only the columns whose header matches `heads` (by default the 年初 / 本年 /
 * 年末 columns of a 政府性基金 or 国有资本经营 table).
 */
export function readFixture(text: string) {
  const { lines } = readTextForms(splitLines(text));
  const at = (n: number) => lines[n - 1]!;
  const header = (n: number) => {
    const rows = [at(n).cells];
    for (let k = n + 1; at(k).form === 'spaced' && at(k).cells.every((c) => !/\d/.test(c)) && !at(k).skip; k++) rows.push(at(k).cells);
    return flattenHeader(rows);
  };
  const valuesUnder = (h: number, n: number, heads: RegExp = /年初|本年|年末/): Record<string, string> =>
    Object.fromEntries(header(h).flatMap((head, j) => (heads.test(head) && (at(n).cells[j] ?? '') !== '' ? [[head, at(n).cells[j]!]] : [])));
  return { lines, at, header, valuesUnder };
}

/** `readFixture` of a real pdftotext output kept under tests/fixtures/text-forms/ (`name` without the folder). */
export function readTextFormFixture(name: string) {
  return readFixture(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', name), 'utf8'));
}

/**
 * A real pdftotext output kept under tests/fixtures/text-forms/ (`name` without the folder) ingested whole: the
 * document, its first table of `kind`, and a row's values (the cells holding one, keyed by column) found by the line
 * it is printed on, its name or its code; `cellsOnLine(n)` the same cells as `[column, value]` pairs in the table's
 * column order (for a test that also asserts which column comes first); `inBlockOnLine(block, n)` the values of the row
 * of one block on line n (a side-by-side table prints a 收入 and a 支出 row on each line).
 */
export function ingestTextFormFixture(name: string, kind: TableKind) {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', name), 'utf8');
  const doc = ingestText({ text, sourceFile: name, docId: name, sha256: '0' });
  const table = doc.tables.find((t) => t.kind === kind)!;
  const valuesOf = (row: Row | undefined) => Object.fromEntries(row!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));
  return {
    doc,
    table,
    onLine: (n: number) => valuesOf(table.rows.find((r) => r.line === n)),
    cellsOnLine: (n: number) => table.rows.find((r) => r.line === n)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]),
    inBlockOnLine: (block: string, n: number) => valuesOf(table.rows.find((r) => r.line === n && r.block === block)),
    named: (rowName: string) => valuesOf(table.rows.find((r) => r.name === rowName)),
    coded: (code: string) => valuesOf(table.rows.find((r) => r.code === code)),
  };
}

/**
 * A 支出决算表 row's values in the columns a header `其中：基本支出` over `小计 人员经费 公用经费` names: its total, its
 * 基本支出 (the total unless given) and that one's two parts. The test spreads the row's other cells after it.
 */
export function basicParts(total: string, personnel: string, office: string, subtotal = total): Record<string, string> {
  return { 本年支出合计: total, '其中：基本支出/小计': subtotal, '其中：基本支出/人员经费': personnel, '其中：基本支出/公用经费': office };
}
