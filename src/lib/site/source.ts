/**
 * The source-text view of a document: table regions (header lines to pin above a linked line) and cell anchors
 * (`#L168-3`: the 3rd tab-separated field of line 168), so "number → source" lands on the cell with its column
 * headers in view. Pure functions over the raw lines and the parsed tables.
 */
import type { Table, Cell } from '../model/table.ts';

/** Anchor id of a cell: line and 1-based field on that line. */
export function cellId(line: number, field: number): string {
  return `L${line}-${field}`;
}

/** The tab-separated fields of a raw line (as the source page prints them). */
export function fields(raw: string): string[] {
  return raw.split('\t');
}

const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * The source anchor of every printed cell of a table: the k-th field of its line whose text is the cell's raw text,
 * where k counts the earlier cells of the same line with the same text. Cells not found keep the line anchor.
 */
export function cellAnchors(table: Table, lineText: (n: number) => string | undefined): Map<Cell, string> {
  const out = new Map<Cell, string>();
  const used = new Map<number, Map<string, number>>();
  for (const r of table.rows) {
    for (const c of r.cells) {
      if (c.blank || !c.raw) continue;
      const raw = lineText(c.line);
      if (raw == null) continue;
      const want = norm(c.raw);
      const seen = used.get(c.line) ?? new Map<string, number>();
      used.set(c.line, seen);
      const skip = seen.get(want) ?? 0;
      const fs = fields(raw);
      let k = -1;
      let hits = 0;
      for (let i = 0; i < fs.length; i++) {
        if (norm(fs[i]!) === want && hits++ === skip) {
          k = i;
          break;
        }
      }
      seen.set(want, skip + 1);
      if (k >= 0) out.set(c, cellId(c.line, k + 1));
    }
  }
  return out;
}

export interface Region {
  /** Lines pinned while reading the region (column headers), 1-based, inclusive. */
  head: [number, number];
  /** Lines of the region body, 1-based, inclusive. */
  body: [number, number];
  title: string;
}

/** Most header lines pinned above a region (the column-header lines just above the first row). */
export const MAX_PINNED = 4;

/**
 * Table regions in line order, without overlaps: the pinned head is the (at most MAX_PINNED) lines above the
 * table's first row; the body runs from the first row to the table's end.
 */
export function tableRegions(tables: readonly Table[]): Region[] {
  const out: Region[] = [];
  const sorted = [...tables].filter((t) => t.rows.length > 0).sort((a, b) => a.start_line - b.start_line);
  let last = 0;
  for (const t of sorted) {
    const first = Math.min(...t.rows.map((r) => r.line));
    if (t.start_line <= last || first > t.end_line) continue;
    const headStart = Math.max(t.start_line, first - MAX_PINNED);
    if (headStart >= first) continue;
    out.push({ head: [headStart, first - 1], body: [first, t.end_line], title: t.title });
    last = t.end_line;
  }
  return out;
}
