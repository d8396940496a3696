/**
 * Checks of one ingested table against values read by hand, for the PDF e2e tests: a row by code or name (and block),
 * a cell by column label, a row's printed amounts (`1,000.00`, '' for blank) on the row's own line, and every amount
 * printed on a table's lines read, in order, into the rows of that line.
 */
import { expect } from 'vitest';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import type { Row, Table } from '../../src/lib/model/table.ts';

/** Amounts as the HTML prints them (`12,345,678.90`), left to right on a line. */
const AMOUNT_RE = /\d{1,3}(?:,\d{3})*\.\d{2}/g;

export function tableChecks(doc: DocumentModel, lines: readonly string[], exponent = 0) {
  /** Exact 元 value of a printed amount written by hand in the tests (`12,345,678.90` → `12345678.9`; 万元 × 10⁴). */
  const yuan = (printed: string) => {
    const [int, frac = ''] = printed.replace(/,/g, '').split('.');
    const digits = (int! + frac).padEnd(int!.length + exponent, '0');
    const whole = digits.slice(0, int!.length + exponent).replace(/^0+(?=\d)/, '');
    const rest = digits.slice(int!.length + exponent).replace(/0+$/, '');
    return rest ? `${whole}.${rest}` : whole;
  };
  const table = (kind: string): Table => {
    const t = doc.tables.filter((x) => x.kind === kind);
    expect(t, kind).toHaveLength(1);
    return t[0]!;
  };
  const rowOf = (t: Table, key: string, block?: string): Row => {
    const r = t.rows.filter((x) => (x.code === key || x.name === key) && (block === undefined || x.block === block));
    expect(r, `${key} ${block ?? ''}`).toHaveLength(1);
    return r[0]!;
  };
  /** The cell whose column label is `label` (exact), or ends with `/label`. */
  const cell = (r: Row, label: string) => {
    const c = r.cells.filter((x) => x.column === label || x.column.endsWith(`/${label}`));
    expect(c, `${r.name} ${label}`).toHaveLength(1);
    return c[0]!;
  };
  /** The row's values by column label: printed amounts (`1,000.00`) or '' for a blank cell. */
  const expectRow = (r: Row, expected: Record<string, string>) => {
    for (const [label, printed] of Object.entries(expected)) {
      const c = cell(r, label);
      if (printed === '') {
        expect(c.blank, `${r.name} ${label} blank`).toBe(true);
        expect(c.value).toBeNull();
      } else {
        expect(c.value, `${r.name} ${label}`).toBe(yuan(printed));
        // the figure stands on the row's own line
        expect(c.line).toBe(r.line);
        expect(lines[c.line - 1], `${r.name} ${label} on line ${c.line}`).toContain(printed);
      }
    }
  };
  /** Every amount printed on the table's lines is read, in order, into the rows of its line (blocks left to right). */
  const expectLinesRead = (t: Table) => {
    const byLine = new Map<number, string[]>();
    for (const r of t.rows) for (const c of r.cells) if (!c.blank) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c.raw]);
    let amountLines = 0;
    for (let n = t.start_line; n <= t.end_line; n++) {
      const printed = lines[n - 1]!.match(AMOUNT_RE) ?? [];
      if (printed.length > 0) amountLines++;
      expect(byLine.get(n) ?? [], `line ${n}: ${lines[n - 1]}`).toEqual(printed);
    }
    expect(amountLines).toBeGreaterThan(0);
  };
  return { table, rowOf, cell, expectRow, expectLinesRead, yuan };
}
