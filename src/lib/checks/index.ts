import type { CheckResult, DocumentModel } from '../model/document.ts';
import { CATALOGUE, def } from './catalogue.ts';
import { budgetChecks } from './budget.ts';
import { columnGroupChecks } from './columns.ts';
import { completenessChecks } from './completeness.ts';
import { crossFinal } from './cross.ts';
import { finalChecks } from './final.ts';
import { hierarchyChecks } from './hierarchy.ts';
import { narrativeChecks } from './narrative.ts';
import { wordingChecks } from './wording.ts';
import { performanceChecks } from './performance.ts';
import { econClassChecks, threePublicChecks } from './within-misc.ts';
import { skip } from './types.ts';

const FAMILIES: ((m: DocumentModel) => CheckResult[])[] = [
  hierarchyChecks,
  finalChecks,
  econClassChecks,
  threePublicChecks,
  budgetChecks,
  columnGroupChecks,
  crossFinal,
  performanceChecks,
  narrativeChecks,
  wordingChecks,
  completenessChecks,
];

const ORDER = new Map(CATALOGUE.map((c, i) => [c.id, i]));

/**
 * Run the whole catalogue on a parsed document. Pure. A check family that throws on unexpected data never takes the
 * others down: its checks are reported as skipped with the error.
 */
export function runChecks(model: DocumentModel): CheckResult[] {
  const out: CheckResult[] = [];
  for (const f of FAMILIES) {
    try {
      out.push(...f(model));
    } catch (e) {
      out.push(skip(def('engine.error'), `核对程序出错（${f.name}），该类核对已跳过：${String((e as Error)?.message ?? e).slice(0, 200)}`));
    }
  }
  return guardUnreliable(model, out).sort((a, b) => (ORDER.get(a.check_id) ?? 999) - (ORDER.get(b.check_id) ?? 999));
}

/**
 * A fail or warn that involves a table the parser could not read cleanly (an error or warning inside the table's
 * lines, e.g. cells it could not place) is not evidence of a discrepancy in the document: report it as skipped, with
 * the parser's problem as the reason. A red badge must always mean a real discrepancy.
 */
export function guardUnreliable(model: DocumentModel, results: CheckResult[]): CheckResult[] {
  return results.map((r) => {
    if (r.status !== 'fail' && r.status !== 'warn') return r;
    const kinds = new Set(r.refs.map((x) => x.split(':')[0]!));
    const tables = model.tables.filter((t) => kinds.has(t.kind));
    const probs = model.problems.filter((p) => (p.severity === 'error' || p.severity === 'warning') && tables.some((t) => p.line >= t.start_line && p.line <= t.end_line));
    if (probs.length === 0) return r;
    const p = probs[0]!;
    return {
      ...r,
      status: 'skip' as const,
      rounding: false,
      message: `结果不可靠，未判定（原为${r.status === 'fail' ? '不一致' : '警告'}：${r.message.slice(0, 120)}）：表内第 ${p.line} 行有解析问题（${p.message.slice(0, 60)}）${probs.length > 1 ? `等 ${probs.length} 处` : ''}`,
    };
  });
}

export { CATALOGUE };
