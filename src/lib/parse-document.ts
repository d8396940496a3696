import { DocumentModel, type CheckResult, type Problem } from './model/document.ts';
import { Evaluation } from './model/performance.ts';
import type { EvaluationInput } from './parse/layouts/types.ts';
import type { Table, TableKind } from './model/table.ts';
import { readMetadata } from './metadata/metadata.ts';
import { readGlossary, readNarrative } from './parse/narrative.ts';
import { segment } from './parse/segment.ts';
import { assembleTable, type AssembledTable } from './parse/assemble.ts';
import { splitLinesBounded, type SourceLine } from './text/lines.ts';
import { readTextForms } from './parse/read/index.ts';
import { appendAll, boundBlock, budgetProblem, capProblems, lineBoundProblems, overBudget, truncationProblems, type TimeBudget } from './input/limits.ts';
import { findUnit } from './parse/tables/unit.ts';
import { mergeBudgetUnits } from './parse/budget-units.ts';
import { rejoinUnitNames } from './parse/unit-names.ts';
import { REQUIRED } from './checks/completeness.ts';
import { decideStatus } from './status.ts';

import { PARSER_VERSION } from './version.ts';
import type { StageContext, Stages } from './stages.ts';

export { PARSER_VERSION };
export type { StageContext, Stages } from './stages.ts';

export interface IngestInput {
  text: string;
  sourceFile: string;
  docId: string;
  sha256: string;
  /** Per-document time budget, checked between tables and stages (see input/limits.ts). None: unbounded. */
  budget?: TimeBudget;
}

/** Default: a perf project table starting with 项目名称 is a new project, not a continuation (lines as segmented: clean). */
export function defaultIsNewInstance(kind: TableKind, lines: SourceLine[]): boolean {
  if (kind !== 'perf_project_selfeval' && kind !== 'perf_project_targets') return false;
  return lines.slice(0, 8).some((l) => /^项目名称/.test((l.cells[0] ?? '').replace(/\s+/g, '')));
}

/**
 * Parse one disclosure text into the document model. Pure: no I/O, no clock. Never throws on bad input —
 * problems are returned in the model, and the status says whether the document is usable.
 */
export function parseDocument(input: IngestInput, stages: Stages = {}): DocumentModel {
  const split = splitLinesBounded(input.text);
  const problems: Problem[] = lineBoundProblems(split.lines, split.truncatedAt, split.bound);
  // Each text form (tabs, markdown pipes, space-aligned columns) read into cells; page furniture removed.
  const forms = readTextForms(split.lines);
  const lines = forms.lines;
  appendAll(problems, forms.problems);
  const { metadata, problems: metaProblems } = readMetadata(lines, input.docId);
  appendAll(problems, metaProblems);

  const seg = segment(lines, { isNewInstance: stages.isNewInstance ?? defaultIsNewInstance });
  appendAll(problems, seg.problems);

  // A document-wide unit statement (some budgets print it once) is the fallback for tables without one.
  let docUnit: { unit: string; exponent: number } | null = null;
  for (const l of lines) {
    const u = findUnit(l.raw);
    if (u) {
      docUnit = u;
      break;
    }
  }

  const tables: Table[] = [];
  // The 绩效 evaluations each table's layout parser read with its rows, by table.
  const read: { table: Table; evaluations: EvaluationInput[] }[] = [];
  const readings: AssembledTable[] = [];
  const kindCount = new Map<string, number>();
  for (const rawBlock of seg.blocks) {
    const { block, problem: sizeProblem } = boundBlock(rawBlock);
    if (sizeProblem) problems.push(sizeProblem);
    if (overBudget(input.budget)) {
      problems.push(budgetProblem(input.budget!, block.titleLine, `表「${block.title}」`, block.title));
      continue;
    }
    const n = (kindCount.get(block.kind) ?? 0) + 1;
    kindCount.set(block.kind, n);
    const id = n === 1 ? block.kind : `${block.kind}-${n}`;
    const assembled = assembleTable(block, id, docUnit, { blocks: seg.blocks, lines });
    readings.push(assembled);
    if (assembled.evaluations.length > 0) read.push({ table: assembled.table, evaluations: assembled.evaluations });
  }
  // Tables with the same kind: number the first one too when several exist, so ids are stable.
  for (const [kind, count] of kindCount) {
    if (count > 1) {
      const first = readings.find((r) => r.table.id === kind);
      if (first) for (const t of [first.table, first.undecided?.table]) if (t) t.id = `${kind}-1`;
    }
  }
  // Columns a table's reader left undecided, settled by meaning from another table of the document.
  const settled = runStage(input.budget, problems, '表间核定列的含义', stages.settle && (() => stages.settle!(readings)));
  let tokens = 0;
  let cells = 0;
  let other = 0;
  const unaccounted: { line: number; raw: string }[] = [];
  readings.forEach((reading, i) => {
    const chosen = settled?.[i];
    const { coverage } = chosen?.undecided && reading.undecided ? reading.undecided : reading;
    tables.push(chosen?.table ?? reading.table);
    appendAll(problems, chosen?.problems ?? reading.problems);
    tokens += coverage.tokens;
    cells += coverage.cells;
    other += coverage.other;
    appendAll(unaccounted, coverage.unaccounted);
  });
  const evaluations = validEvaluations(read, problems);
  if (tables.length === 0) {
    problems.push({ severity: 'error', line: 0, message: `文件中没有识别到任何表格（共 ${lines.length} 行）`, raw: '', code: 'no_tables' });
  }
  appendAll(problems, truncationProblems(lines, seg.toc, tables));

  const paragraphs = readNarrative(lines, seg.parts);
  const glossary = readGlossary(lines, seg.parts);
  // Budgets: the 预算单位构成 list gets the 单位代码 printed by the unit-by-unit tables (issue 3).
  if (metadata.doc_kind === 'budget') {
    // (unit names a wrap split at the wrong line put back by the printed list first)
    const rejoined = rejoinUnitNames(tables, metadata.budget_units.map((u) => u.name));
    tables.splice(0, tables.length, ...rejoined.tables);
    appendAll(problems, rejoined.problems);
    metadata.budget_units = mergeBudgetUnits(metadata.budget_units, tables);
  }
  const ctx: StageContext = { lines, tables, segmentation: seg, paragraphs, docKind: metadata.doc_kind };
  const claims = runStage(input.budget, problems, '情况说明中的数字', stages.claims && (() => stages.claims!(ctx))) ?? { claims: [], problems: [] };
  appendAll(problems, claims.problems);

  const ratio = tokens === 0 ? '100.00' : ((Number(cells + other) * 10000) / tokens / 100).toFixed(2);
  const decided = decideStatus({ docKind: metadata.doc_kind, blocks: seg.blocks, tables, unaccounted, problems, required: REQUIRED[metadata.doc_kind] });
  appendAll(problems, decided.problems);

  const model: DocumentModel = {
    parser_version: PARSER_VERSION,
    doc_id: input.docId,
    source_file: input.sourceFile,
    sha256: input.sha256,
    status: decided.status,
    status_reason: decided.reason,
    metadata,
    parts: seg.parts,
    toc: seg.toc,
    tables,
    narrative: { paragraphs, claims: claims.claims },
    glossary,
    performance: evaluations,
    checks: [],
    check_summary: { ran: 0, pass: 0, rounding: 0, warn: 0, fail: 0, skip: 0 },
    problems: capProblems(problems.sort((a, b) => a.line - b.line)),
    coverage: { numeric_tokens: tokens, cells, accounted_other: other, unaccounted, ratio },
  };
  if (stages.checks) {
    const checks = runStage(input.budget, model.problems, '勾稽检查', () => stages.checks!(model));
    if (checks) {
      model.checks = checks;
      model.check_summary = summariseChecks(model.checks);
    } else if (model.status === 'ok') {
      model.status = 'partial';
      model.status_reason = '勾稽检查没有完成（超时或出错），结果不完整。';
    }
    model.problems.sort((a, b) => a.line - b.line);
  }
  return model;
}

/**
 * The evaluations read with the tables, in table order: each gets the id of its (numbered) table and is validated
 * against the model; one that does not fit is reported, never written.
 */
function validEvaluations(read: { table: Table; evaluations: EvaluationInput[] }[], problems: Problem[]): Evaluation[] {
  const out: Evaluation[] = [];
  for (const { table, evaluations } of read)
    for (const e of evaluations) {
      const parsed = Evaluation.safeParse({ ...e, table_id: table.id });
      if (parsed.success) out.push(parsed.data);
      else problems.push({ severity: 'error', line: e.start_line, message: `绩效表无法写入模型：${parsed.error.message.slice(0, 200)}`, raw: '', code: 'evaluation_invalid' });
    }
  return out;
}

/** Run an optional stage within the time budget: an overrun or a crash is reported as a problem, never thrown. */
function runStage<T>(budget: TimeBudget | undefined, problems: Problem[], what: string, f: (() => T) | undefined): T | undefined {
  if (!f) return undefined;
  if (overBudget(budget)) {
    problems.push(budgetProblem(budget!, 0, what));
    return undefined;
  }
  try {
    return f();
  } catch (e) {
    problems.push({ severity: 'error', line: 0, message: `${what}出错：${e instanceof Error ? e.message : String(e)}`, raw: '', code: 'stage_crash' });
    return undefined;
  }
}

export function summariseChecks(checks: CheckResult[]): DocumentModel['check_summary'] {
  const s = { ran: 0, pass: 0, rounding: 0, warn: 0, fail: 0, skip: 0 };
  for (const c of checks) {
    if (c.status !== 'skip') s.ran++;
    s[c.status]++;
    if (c.status === 'pass' && c.rounding) s.rounding++;
  }
  return s;
}
