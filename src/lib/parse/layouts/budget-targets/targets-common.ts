import type { z } from 'zod';
import type { Indicator } from '../../../model/performance.ts';
import { parseTargetValue } from '../../tables/target-value.ts';
import { cellLabel } from '../../../text/clean.ts';
import { cellKey, type SourceLine } from '../../../text/lines.ts';
import { classifyCell } from '../../tables/cells.ts';
import type { TableContext } from '../../tables/context.ts';

export type { EvaluationInput } from '../types.ts';
export type IndicatorInput = z.input<typeof Indicator>;

/** A fund line of a 绩效目标表: a budget sets only its 年初预算 (the execution columns belong to the 自评表). */
export function budgetFund(source: string, initialBudget: string | null, line: number) {
  return { source, initial_budget: initialBudget, full_year_budget: null, executed: null, execution_rate: null, weight: null, score: null, line };
}

/** Cell labels of a line (markup such as `<p>` was removed at segmentation; wrapped CJK joined). */
export function cellsOf(l: SourceLine): string[] {
  return l.cells.map((c) => cellLabel(c));
}

/** Title repeats, `(2022年度)`, `单位名称：…`, `单位：万元` lines of a target table continued across pages. */
export function isTargetMetaLine(cells: string[]): boolean {
  const ne = cells.filter((c) => c !== '');
  if (ne.length !== 1) return false;
  const t = ne[0]!.replace(/[\s\u3000]/g, '');
  return /绩效目标(?:汇总)?表|^[（(]?\d{4}年度?[)）]?$|^(?:单位名称|部门名称|单位)[:：]/.test(t);
}

/** An indicator of a target table: a target and no actual, so no outcome can be decided. */
export function targetIndicator(level1: string, level2: string, level3: string, value: string, explanation: string | null, line: number): IndicatorInput {
  return {
    level1,
    level2,
    level3,
    target: parseTargetValue(value),
    actual: null,
    explanation,
    weight: null,
    score: null,
    outcome: 'not_measurable',
    outcome_reason: '绩效目标表只有目标值，没有实际完成值',
    line,
  };
}

/** Numeric tokens printed in indicator cells (`100%`, `1%`) are targets, not table values: account for them. */
export function accountIndicatorTokens(ctx: TableContext, l: SourceLine, from: number): void {
  for (let j = from; j < l.cells.length; j++) {
    if (ctx.used.get(cellKey(l, j)) === 'value') continue;
    const k = classifyCell(l.cells[j]!);
    if (k === 'number' || k === 'percent') ctx.other(l, j);
  }
}
