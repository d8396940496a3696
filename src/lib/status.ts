import type { DocumentModel, Problem } from './model/document.ts';
import type { Table, TableKind } from './model/table.ts';
import type { TableBlock } from './parse/segment.ts';
import { cleanText } from './text/clean.ts';

/**
 * The document's status, and why (a Chinese sentence), decided from what was read — never from what was hoped:
 *
 * - `failed`: no table was recognised, the cover names no department or year, or the tables hold no value at all;
 * - `partial`: any numeric token in a table region did not become a cell (or was not accounted for as 行次/栏次/code),
 *   a required table the document prints was not read, or another error problem was reported;
 * - `ok`: none of the above.
 *
 * "Required" is the summary table of the document kind (收入支出决算总表 / 部门收支总表: without it nothing can be
 * reconciled) and every other table of the 财政部 template (checks/completeness.ts REQUIRED) that the body prints: a
 * printed table must yield values or be an empty table. A template table the department did not publish at all is a
 * finding about the disclosure (check comp.required_tables), not about our reading, and does not lower the status.
 *
 * Each reason that lowers the status is also returned as an error problem with its line and raw text, so nothing
 * is dropped silently and the report can list it.
 */
export interface StatusInput {
  docKind: 'final' | 'budget';
  blocks: TableBlock[];
  tables: Table[];
  /** Numeric tokens of table rows that became no cell (parse/assemble.ts coverage). */
  unaccounted: { line: number; raw: string }[];
  /** All problems so far (errors among them lower the status). */
  problems: Problem[];
  /** Template tables (checks/completeness.ts REQUIRED) of the document kind. */
  required: TableKind[];
}

export interface StatusResult {
  status: DocumentModel['status'];
  reason: string | null;
  /** Error problems that explain the status (to be added to the document's problems). */
  problems: Problem[];
}

/** Labels of the two summary tables, for the reason sentence. */
const SUMMARY: Record<'final' | 'budget', { kind: TableKind; title: string }> = {
  final: { kind: 'final_summary', title: '收入支出决算总表' },
  budget: { kind: 'budget_summary', title: '部门收支总表' },
};

/**
 * Amount-like tokens a grid did not take as cells: a thousands-separated or decimal number standing alone (not part of
 * a code like 2010101, a year, a date or a 栏次). Used on table lines that yielded no cell at all.
 */
const AMOUNT_RE = /(?<![\d.,A-Za-z])-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,6})(?![\d.,])(?!\s*[年月日])/g;
/** A 行次/栏次 printed with decimals: at most three digits, zero fraction. */
const ROW_NUMBER_RE = /^\d{1,3}\.0+$/;
/** Lines of a table region that are not table values: notes, unit statements, the department line, dates. */
const META_RE = /^(?:栏次|行次|注|说明|备注|单位|金额单位|编制单位|填报单位|部门|单位名称|部门名称|制表|填表|公开\d+表|表[一二三四五六七八九十\d]+)/;

const MAX_LISTED = 5;

export function decideStatus(input: StatusInput): StatusResult {
  const { docKind, blocks, tables, unaccounted, problems } = input;
  const out: Problem[] = [];
  const listLines = (xs: { line: number }[]) => {
    const lines = [...new Set(xs.map((x) => x.line))].sort((a, b) => a - b);
    return lines.slice(0, MAX_LISTED).join('、') + (lines.length > MAX_LISTED ? ' 等' : '');
  };

  // failed: nothing to read, or nothing read.
  if (tables.length === 0) return { status: 'failed', reason: firstError(problems, 'no_tables') ?? '文件中没有识别到任何表格。', problems: out };
  const meta = problems.find((p) => p.code === 'no_department' || p.code === 'no_year');
  if (meta) return { status: 'failed', reason: `${meta.message}。`, problems: out };
  const values = tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.filter((c) => c.value !== null || c.withheld).length, 0), 0);
  if (values === 0) {
    const reason = `识别到 ${tables.length} 张表，但没有读出任何表格数值（表格的行列可能未能识别）。`;
    out.push({ severity: 'error', line: tables[0]!.start_line, message: reason, raw: tables[0]!.title, code: 'no_table_values' });
    return { status: 'failed', reason, problems: out };
  }

  const reasons: string[] = [];
  // Numbers of the table regions that became no cell: those the grid saw, and amounts on lines that yielded nothing.
  const scanned = unreadAmounts(blocks, tables);
  const seen = new Set(scanned.map((u) => `${u.line}:${norm(u.raw)}`));
  const unread = [...scanned, ...unaccounted.filter((u) => !seen.has(`${u.line}:${norm(u.raw)}`))].sort((a, b) => a.line - b.line);
  if (unread.length > 0) {
    const r = `表格中有 ${unread.length} 个数字没有读入单元格（第 ${listLines(unread)} 行）`;
    reasons.push(r);
    out.push({ severity: 'error', line: unread[0]!.line, message: r, raw: unread[0]!.raw, code: 'unread_numbers' });
  }

  // Required tables: the summary table must be there; every template table printed must have been read.
  const summary = SUMMARY[docKind];
  if (!tables.some((t) => t.kind === summary.kind)) {
    const r = `没有找到${summary.title}`;
    reasons.push(r);
    out.push({ severity: 'error', line: 0, message: r, raw: '', code: 'no_summary_table' });
  }
  const unreadTables = tables.filter((t) => input.required.includes(t.kind) && t.rows.length === 0 && !t.empty_statement);
  for (const t of unreadTables) {
    const r = `必需的「${t.title}」没有读出任何数据行`;
    reasons.push(r);
    out.push({ severity: 'error', line: t.start_line, message: r, raw: t.title, code: 'required_table_unread' });
  }

  const otherErrors = problems.filter((p) => p.severity === 'error');
  if (otherErrors.length > 0) reasons.push(`另有 ${otherErrors.length} 个错误，如第 ${otherErrors[0]!.line} 行：${otherErrors[0]!.message}`);
  if (reasons.length === 0) return { status: 'ok', reason: null, problems: out };
  return { status: 'partial', reason: `${reasons.join('；')}。`, problems: out };
}

/**
 * Amounts printed on the lines of a (non-performance) table region that no cell of that line took: a grid that did
 * not split a line (pdftotext -layout spacing, a merged cell) or a row the parser dropped leaves them unread.
 * Each printed token is matched against the raw text of the cells read from its line (a multiset).
 */
export function unreadAmounts(blocks: TableBlock[], tables: Table[]): { line: number; raw: string }[] {
  const out: { line: number; raw: string }[] = [];
  const taken = new Map<number, Map<string, number>>();
  for (const t of tables) {
    for (const r of t.rows) {
      for (const c of r.cells) {
        if (c.value === null && !c.withheld) continue;
        const k = norm(c.raw);
        const m = taken.get(c.line) ?? new Map<string, number>();
        m.set(k, (m.get(k) ?? 0) + 1);
        taken.set(c.line, m);
      }
    }
  }
  for (const b of blocks) {
    if (b.kind === 'other' || b.kind.startsWith('perf_')) continue;
    for (const l of b.lines) {
      if (l.n === b.titleLine) continue;
      const t = cleanText(l.raw).trim();
      if (!t || META_RE.test(t.replace(/\s+/g, ''))) continue;
      const m = taken.get(l.n);
      for (const x of t.matchAll(AMOUNT_RE)) {
        // 行次 printed as decimals (阳泉: `30  61.00` on a blank line) are row numbers, not amounts.
        if (ROW_NUMBER_RE.test(x[0])) continue;
        const k = norm(x[0]);
        const left = m?.get(k) ?? 0;
        if (left > 0) m!.set(k, left - 1);
        else out.push({ line: l.n, raw: x[0] });
      }
    }
  }
  return out;
}

/** A printed amount without separators, spaces or a percent sign, for matching a token with a cell's raw text. */
const norm = (raw: string) => cleanText(raw).replace(/[,，\s%]/g, '');

function firstError(problems: Problem[], code: string): string | null {
  const p = problems.find((x) => x.code === code);
  return p ? `${p.message}。` : null;
}
