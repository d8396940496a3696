/**
 * Bounds on what one document may cost, and the problems that report them. Pure: the clock is injected.
 *
 * - Size: lines are cut to MAX_LINE characters and MAX_CELLS cells, documents to MAX_LINES lines (text/lines.ts);
 *   every cut is reported here with its line, never dropped silently.
 * - Time: a per-document budget (`TimeBudget`) is checked cooperatively by parseDocument between tables and stages.
 *   An overrun stops the remaining work and reports what was not parsed, naming the lines, instead of stalling.
 * - Truncation: a text that ends in the middle of a table row, or whose 目录 promises tables after the last one
 *   found, is reported as truncated.
 */
import type { Problem } from '../model/document.ts';
import type { TableBlock } from '../parse/segment.ts';
import { excerpt, MAX_CELLS, MAX_DOC_CELLS, MAX_LINE, MAX_LINES, type SourceLine } from '../text/lines.ts';

/** Default per-document time budget for the ingest (ms); a seed document parses in well under 100 ms. */
export const DEFAULT_DOC_BUDGET_MS = 10_000;

/** A cooperative deadline: `now()` in ms (injected so the pure parser stays deterministic in tests). */
export interface TimeBudget {
  now: () => number;
  /** Time (in `now()` units) after which remaining work is skipped and reported. */
  deadline: number;
  /** The budget in ms, for messages. */
  budgetMs: number;
}

/** The per-document budget from the environment (INGEST_DOC_BUDGET_MS), else DEFAULT_DOC_BUDGET_MS. */
export function docBudgetMs(env: Record<string, string | undefined>): number {
  const v = Number(env.INGEST_DOC_BUDGET_MS);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_DOC_BUDGET_MS;
}

export function timeBudget(budgetMs: number, now: () => number = () => performance.now()): TimeBudget {
  return { now, deadline: now() + budgetMs, budgetMs };
}

export function overBudget(b: TimeBudget | undefined): boolean {
  return b !== undefined && b.now() > b.deadline;
}

/** The problem reported for work skipped after an overrun, at the line where the skipped work starts. */
export function budgetProblem(b: TimeBudget, line: number, what: string, raw = ''): Problem {
  return {
    severity: 'error',
    line,
    message: `超出单个文件的解析时间预算 (${b.budgetMs} ms)，未解析：${what}`,
    raw: excerpt(raw),
    code: 'time_budget',
  };
}

/** Problems for lines cut to the size bounds and for lines beyond MAX_LINES. */
export function lineBoundProblems(lines: SourceLine[], truncatedAt: number | null, bound: 'lines' | 'cells' | null = 'lines'): Problem[] {
  const out: Problem[] = [];
  for (const l of lines) {
    if (!l.cut) continue;
    if (l.cut.chars !== undefined) {
      out.push({
        severity: 'error',
        line: l.n,
        message: `行过长 (${l.cut.chars} 字符)：只读取前 ${MAX_LINE} 个字符`,
        raw: excerpt(l.raw, 120),
        code: 'line_too_long',
      });
    }
    if (l.cut.cells !== undefined) {
      out.push({
        severity: 'error',
        line: l.n,
        message: `单元格过多 (${l.cut.cells} 个)：只读取前 ${MAX_CELLS} 个`,
        raw: excerpt(l.raw, 120),
        code: 'too_many_cells',
      });
    }
  }
  if (truncatedAt !== null) {
    out.push({
      severity: 'error',
      line: truncatedAt,
      message:
        bound === 'cells'
          ? `文件单元格过多（超过 ${MAX_DOC_CELLS} 个）：从第 ${truncatedAt} 行起未解析`
          : `文件行数过多：只读取前 ${MAX_LINES} 行，从第 ${truncatedAt} 行起未解析`,
      raw: '',
      code: 'too_many_lines',
    });
  }
  return out;
}

interface TocLike {
  title: string;
  kind: string;
  line: number;
}
interface TableLike {
  kind: string;
  title: string;
  start_line: number;
  rows: { line: number }[];
}

/**
 * Signs that the text was cut off: (1) its last non-blank line is a data row of the last table with fewer cells
 * than that table's other rows (cut mid-row); (2) the 目录 lists tables after the last table found, and none of
 * them appears (the tail is missing). Reported at the last line of the text.
 */
export function truncationProblems(lines: SourceLine[], toc: TocLike[], tables: TableLike[]): Problem[] {
  let last: SourceLine | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.raw.trim() !== '') {
      last = lines[i];
      break;
    }
  }
  if (!last || tables.length === 0) return [];
  const out: Problem[] = [];
  const lastTable = tables.reduce((a, b) => (b.start_line > a.start_line ? b : a));
  const rowLines = new Set(lastTable.rows.map((r) => r.line));
  if (rowLines.has(last.n) && !last.cut) {
    // Cell counts (empty cells included: converters pad rows to the table width) of the table's other rows.
    const counts = new Map<number, number>();
    for (const l of lines) {
      if (l.n !== last.n && rowLines.has(l.n)) counts.set(l.cells.length, (counts.get(l.cells.length) ?? 0) + 1);
    }
    let mode = 0;
    let best = 0;
    for (const [c, k] of counts) if (k > best || (k === best && c > mode)) [mode, best] = [c, k];
    // A line without tabs is a footer (填报人：…), not a cut row; a cut row keeps some of its tabs.
    if (best >= 2 && last.cells.length >= 2 && last.cells.length < mode) {
      out.push({
        severity: 'error',
        line: last.n,
        message: `文件在表「${lastTable.title}」的一行中间结束（${last.cells.length} 个单元格，其他行 ${mode} 个）：文件可能被截断`,
        raw: excerpt(last.raw),
        code: 'truncated',
      });
    }
  }
  const found = new Set(tables.map((t) => t.kind));
  const known = toc.filter((e) => e.kind !== 'other');
  let lastFound = -1;
  known.forEach((e, i) => {
    if (found.has(e.kind)) lastFound = i;
  });
  const missingTail = known.slice(lastFound + 1).filter((e) => !found.has(e.kind));
  if (lastFound >= 0 && missingTail.length > 0) {
    out.push({
      severity: 'error',
      line: last.n,
      message: `目录列出的表在正文中没有找到：${missingTail.map((e) => `「${e.title}」(第 ${e.line} 行)`).join('、')}；文件可能在第 ${last.n} 行之后被截断`,
      raw: excerpt(last.raw),
      code: 'truncated',
    });
  }
  return out;
}

/** `target.push(...items)` without the spread: a spread of a very large array overflows the call stack. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Cap on problems listed per document; the rest are summarised in one problem (counted, never silently lost). */
export const MAX_PROBLEMS = 5000;

/** Problems about the document as a whole (bounds, truncation, budget): always listed, before any row problem. */
const DOCUMENT_CODES = new Set(['line_too_long', 'too_many_cells', 'too_many_lines', 'table_too_large', 'truncated', 'time_budget', 'stage_crash', 'no_tables', 'no_year', 'no_department', 'no_doc_kind']);

/**
 * Keep at most `max` problems (document-level codes first, then errors, then in line order) and summarise the rest in one problem that
 * counts them by code and names the first line. Input problems are expected sorted by line.
 */
export function capProblems(problems: Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return problems;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const key = (p: Problem) => (DOCUMENT_CODES.has(p.code) ? -1 : rank[p.severity]);
  const ordered = problems.map((p, i) => ({ p, i })).sort((a, b) => key(a.p) - key(b.p) || a.i - b.i);
  const keep = ordered.slice(0, max - 1);
  const rest = ordered.slice(max - 1).map((x) => x.p);
  const byCode = new Map<string, number>();
  let first = rest[0]!;
  for (const p of rest) {
    byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
    if (p.line < first.line) first = p;
  }
  const worst = rest.some((p) => p.severity === 'error') ? 'error' : rest.some((p) => p.severity === 'warning') ? 'warning' : 'info';
  const summary: Problem = {
    severity: worst,
    line: first.line,
    message: `另有 ${rest.length} 个问题未逐条列出（${[...byCode].map(([c, n]) => `${c}×${n}`).join('，')}），第一个在第 ${first.line} 行：${first.message}`,
    raw: first.raw,
    code: 'too_many_problems',
  };
  return [...keep.map((x) => x.p), summary].sort((a, b) => a.line - b.line);
}

/** Cap on lines and cells in one table block (real tables have at most a few hundred rows). */
export const MAX_TABLE_LINES = 10_000;
export const MAX_TABLE_CELLS = 200_000;

/** Cut an oversized table block to the bounds above; the lines left out are reported from the first one. */
export function boundBlock(block: TableBlock): { block: TableBlock; problem: Problem | null } {
  let cells = 0;
  let keep = 0;
  for (const l of block.lines) {
    if (keep >= MAX_TABLE_LINES || cells + l.cells.length > MAX_TABLE_CELLS) break;
    cells += l.cells.length;
    keep++;
  }
  if (keep === block.lines.length) return { block, problem: null };
  const first = block.lines[keep]!;
  const lastLine = block.lines[block.lines.length - 1]!.n;
  return {
    block: { ...block, lines: block.lines.slice(0, keep), continuationLines: block.continuationLines.filter((n) => n < first.n) },
    problem: {
      severity: 'error',
      line: first.n,
      message: `表「${block.title}」过大（${block.lines.length} 行）：第 ${first.n}–${lastLine} 行未解析（上限 ${MAX_TABLE_LINES} 行、${MAX_TABLE_CELLS} 个单元格）`,
      raw: excerpt(first.raw, 120),
      code: 'table_too_large',
    },
  };
}
