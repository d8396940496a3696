/** Check summaries and links from check refs to table rows / narrative lines. */
import type { CheckResult, DocumentModel } from '../model/document.ts';
import { perfRowId, rowId, safeSlug, tableAnchor } from './slug.ts';
import { formatDecimal, yuanToWan } from './format.ts';

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

/** Anchor id of a 绩效 evaluation on the department-year page (its indicator rows use `perfRowId`). */
export function perfAnchor(evalIndex: number): string {
  return `perf-${evalIndex}`;
}

/**
 * Resolve a check ref (`table_kind`, `table_kind:row`, `table_kind:row:column`, `narrative:L<line>`) to an anchor.
 * `lines` are the check's source lines: when several rows share the printed name or code (tables printed unit by
 * unit), the row on one of those lines is the one meant. Refs to performance tables land on the evaluation or the
 * indicator row of the structured 绩效 section.
 */
export function resolveRef(doc: DocumentModel, ref: string, lines: readonly number[] = []): RefLink {
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
  const perf = resolvePerf(doc, kind, row, lines);
  if (perf) return perf;
  const candidates = doc.tables.filter((t) => t.id === kind || t.kind === kind);
  const table =
    (lines.length ? candidates.find((t) => lines.some((n) => n >= t.start_line && n <= t.end_line)) : undefined) ?? candidates.find((t) => t.id === kind) ?? candidates[0];
  if (!table) return { text: ref, anchor: null, line: null };
  if (!row) return { text: table.title, anchor: `#${tableAnchor(table.id)}`, line: table.start_line };
  const matches = table.rows.map((r, i) => [r, i] as const).filter(([r]) => r.code === row || norm(r.name) === norm(row));
  const hit = matches.find(([r]) => lines.includes(r.line) || r.cells.some((c) => lines.includes(c.line))) ?? matches[0];
  if (!hit) return { text: `${table.title}：${row}`, anchor: `#${tableAnchor(table.id)}`, line: table.start_line, table: table.title, row, ...(column ? { column } : {}) };
  const [r, idx] = hit;
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

/** A ref into a performance table: the indicator row (by name or line) or the evaluation it belongs to. */
function resolvePerf(doc: DocumentModel, kind: string, row: string | undefined, lines: readonly number[]): RefLink | null {
  if (!kind.startsWith('perf_')) return null;
  const evals = doc.performance.map((e, i) => [e, i] as const).filter(([e]) => e.table_id === kind || e.table_id.replace(/-\d+$/, '') === kind);
  if (evals.length === 0) return null;
  const title = doc.tables.find((t) => t.id === evals[0]![0].table_id)?.title ?? kind;
  const ind = (ei: number, x: DocumentModel['performance'][number]['indicators'][number]): RefLink => ({ text: `${title}：${x.level3}`, anchor: `#${perfRowId(ei, doc.performance[ei]!.indicators, doc.performance[ei]!.indicators.indexOf(x))}`, line: x.line, table: title, row: x.level3 });
  for (const [e, ei] of evals) {
    const x = row ? e.indicators.find((i) => norm(i.level3) === norm(row)) : undefined;
    if (x) return ind(ei, x);
  }
  const [e, ei] = evals.find(([e]) => row && norm(e.scope.name) === norm(row)) ?? evals.find(([e]) => lines.some((n) => n >= e.start_line && n <= e.end_line)) ?? evals[0]!;
  const x = e.indicators.find((i) => lines.includes(i.line));
  if (x) return ind(ei, x);
  return { text: `${title}：${e.scope.name}`, anchor: `#${perfAnchor(ei)}`, line: e.start_line, table: title, row: e.scope.name };
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

/** The unit most of a document's money tables print (`万元` or `元`): check amounts are shown in it. */
export function docMoneyUnit(doc: DocumentModel): '万元' | '元' {
  let wan = 0;
  let yuan = 0;
  for (const t of doc.tables) {
    if (t.unit === '万元') wan++;
    else if (t.unit === '元') yuan++;
  }
  return yuan > wan ? '元' : '万元';
}

/**
 * A check amount (exact 元 string) in the document's unit: 万元 with 2 decimals, more when a small difference or
 * tolerance would otherwise show as 0.00. Non-numeric values (counts, text) are returned as printed.
 */
export function checkAmount(v: string | null, unit: '万元' | '元', money = true): string {
  if (v == null) return '—';
  if (!/^-?\d+(\.\d+)?$/.test(v)) return v;
  if (!money) return v;
  if (unit === '元') return formatDecimal(v);
  const four = yuanToWan(v, 4);
  return /\.\d\d00$/.test(four) ? yuanToWan(v, 2) : four.replace(/(?<!0)0+$/, ''); // (?<!0): linear on long zero runs
}

/** Unique, stable row ids for a list of checks: `check-<id>-<n>` (n counts repeats of one check id from 1). */
export function checkRowIds(checks: readonly Pick<CheckResult, 'check_id'>[]): string[] {
  const seen = new Map<string, number>();
  return checks.map((c) => {
    const base = `check-${safeSlug(c.check_id.replace(/[._]/g, '-'), 'c')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}-${n}`;
  });
}

/** Checks whose amounts are not money (scores, percentages, counts of items or vehicles). */
const NOT_MONEY = /^(perf|comp)\.|^narr\.(share|completion|perf_score|perf_grades|vehicles|yoy)$|vehicles$/;
export function isMoneyCheck(checkId: string): boolean {
  return !NOT_MONEY.test(checkId);
}
