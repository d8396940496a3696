import type { Evaluation, Indicator } from '../../../model/performance.ts';

export interface MissedTarget {
  /** Evaluation the indicator belongs to. */
  table_id: string;
  scope: Evaluation['scope']['level'];
  /** Project name, or the department for department-wide evaluations. */
  name: string;
  indicator: Indicator;
}

/**
 * Which targets were missed: the indicators of an evaluation whose printed actual does not reach the printed target
 * (outcome `not_met`), in printed order. Indicators that cannot be measured (blank target, texts that cannot be
 * compared) are not counted as missed; ask `unmeasurableTargets` for those.
 */
export function missedTargets(evaluation: Evaluation): Indicator[] {
  return evaluation.indicators.filter((i) => i.outcome === 'not_met');
}

/** Indicators whose outcome could not be decided from what is printed. */
export function unmeasurableTargets(evaluation: Evaluation): Indicator[] {
  return evaluation.indicators.filter((i) => i.outcome === 'not_measurable');
}

/** Missed targets of all evaluations of a document, each with the project / department it belongs to. */
export function missedTargetsAll(evaluations: readonly Evaluation[]): MissedTarget[] {
  return evaluations.flatMap((e) => missedTargets(e).map((indicator) => ({ table_id: e.table_id, scope: e.scope.level, name: e.scope.name, indicator })));
}
