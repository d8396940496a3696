/**
 * Shared by the side-by-side PDF-path tests: the 支出 half of a document's 财政拨款收入支出决算总表, read through
 * `parseDocument`, each row's printed cells by the two characters naming their column (`合计`, `一般`, `政府`, `国有`).
 */
import { parseDocument } from '../../src/lib/parse-document.ts';

/** `body` parsed as a 部门决算 of `year`; a lookup of one 支出 row's cells by name (undefined when no such row). */
export function finalSpending(year: number, body: string): (name: string) => Record<string, string | null> | undefined {
  const d = parseDocument({ text: `${year}年度\n部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
  return (name: string) => {
    const row = t.rows.find((r) => r.block === '支出' && r.name === name);
    return row ? Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3, 5), c.value])) : undefined;
  };
}
