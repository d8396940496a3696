/** Check summaries and links from check refs to table rows / narrative lines. */
import type { CheckResult, DocumentModel } from '../model/document.ts';
import { rowId, tableAnchor } from './slug.ts';

export interface CheckSummary {
  ran: number;
  pass: number;
  rounding: number;
  warn: number;
  fail: number;
  skip: number;
}

export function summarize(checks: readonly CheckResult[]): CheckSummary {
  const s: CheckSummary = { ran: 0, pass: 0, rounding: 0, warn: 0, fail: 0, skip: 0 };
  for (const c of checks) {
    if (c.status === 'skip') {
      s.skip++;
      continue;
    }
    s.ran++;
    if (c.status === 'pass') {
      if (c.rounding) s.rounding++;
      else s.pass++;
    } else if (c.status === 'warn') s.warn++;
    else s.fail++;
  }
  return s;
}

/** "31 checks · 28 ✓ · 2 尾差 · 1 ✗" style text; "检查未运行" when nothing ran. */
export function badgeText(s: CheckSummary): string {
  if (s.ran === 0) return s.skip > 0 ? `检查未运行（${s.skip} 项跳过）` : '检查未运行';
  const parts = [`${s.ran} 项检查`, `${s.pass} ✓`];
  if (s.rounding) parts.push(`${s.rounding} 尾差`);
  if (s.warn) parts.push(`${s.warn} ⚠`);
  if (s.fail) parts.push(`${s.fail} ✗`);
  if (s.skip) parts.push(`${s.skip} 跳过`);
  return parts.join(' · ');
}

export type BadgeTone = 'none' | 'ok' | 'warn' | 'fail';
export function badgeTone(s: CheckSummary): BadgeTone {
  if (s.ran === 0) return 'none';
  if (s.fail > 0) return 'fail';
  if (s.warn > 0) return 'warn';
  return 'ok';
}

export function statusLabel(c: Pick<CheckResult, 'status' | 'rounding'>): string {
  if (c.status === 'pass') return c.rounding ? '尾差' : '通过';
  if (c.status === 'warn') return '警告';
  if (c.status === 'fail') return '不符';
  return '跳过';
}

export interface RefLink {
  /** Text shown for the link. */
  text: string;
  /** Fragment on the department-year page (`#r-…`, `#t-…`, `#p-…`) or null when not resolvable. */
  anchor: string | null;
  /** Source line, when known. */
  line: number | null;
  /** For table refs: the table title, the column (if any) and the row label, for compact grouped display. */
  table?: string;
  column?: string;
  row?: string;
}

const norm = (s: string) => s.replace(/\s+/g, '');

/** Resolve a check ref (`table_kind`, `table_kind:row`, `table_kind:row:column`, `narrative:L<line>`) to an anchor. */
export function resolveRef(doc: DocumentModel, ref: string): RefLink {
  const nm = /^narrative:L(\d+)$/.exec(ref);
  if (nm) {
    const line = Number(nm[1]);
    // The sentence's own paragraph, or the closest one starting just before it (multi-line paragraphs).
    const para =
      doc.narrative.paragraphs.find((p) => p.line === line) ??
      doc.narrative.paragraphs.filter((p) => p.line < line && line - p.line <= 10).sort((a, b) => b.line - a.line)[0];
    return { text: `说明 第${line}行`, anchor: para ? `#p-${para.line}` : null, line };
  }
  const [kind, row, column] = splitRef(ref);
  const table = doc.tables.find((t) => t.id === kind) ?? doc.tables.find((t) => t.kind === kind);
  if (!table) return { text: ref, anchor: null, line: null };
  if (!row) return { text: table.title, anchor: `#${tableAnchor(table.id)}`, line: table.start_line };
  const idx = table.rows.findIndex((r) => r.code === row || norm(r.name) === norm(row));
  if (idx < 0) return { text: `${table.title}：${row}`, anchor: `#${tableAnchor(table.id)}`, line: table.start_line, table: table.title, row, ...(column ? { column } : {}) };
  const r = table.rows[idx]!;
  const cell = column ? r.cells.find((c) => c.column === column) : undefined;
  return {
    text: `${table.title}：${row}${column ? ` / ${column}` : ''}`,
    anchor: `#${rowId(table.id, idx)}`,
    line: cell?.line ?? r.line,
    table: table.title,
    row,
    ...(column ? { column } : {}),
  };
}

/** Split a ref on ':' into at most 3 parts (the column may itself contain ':'). */
function splitRef(ref: string): [string, string | undefined, string | undefined] {
  const i = ref.indexOf(':');
  if (i < 0) return [ref, undefined, undefined];
  const j = ref.indexOf(':', i + 1);
  if (j < 0) return [ref.slice(0, i), ref.slice(i + 1), undefined];
  return [ref.slice(0, i), ref.slice(i + 1, j), ref.slice(j + 1)];
}

/** Group resolved refs for compact display: one entry per table (and column), rows listed as links. */
export function groupRefs(links: RefLink[]): { head: string; items: RefLink[] }[] {
  const out: { head: string; items: RefLink[] }[] = [];
  for (const l of links) {
    const head = l.table ? `${l.table}${l.column ? `「${l.column}」` : ''}` : '';
    const g = out.find((x) => x.head === head);
    if (g) g.items.push(l);
    else out.push({ head, items: [l] });
  }
  return out;
}
