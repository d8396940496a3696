import type { TableKind } from '../../model/table.ts';
import type { GridOptions } from '../tables/grid.ts';
import { parseBlocks } from './blocks/blocks.ts';
import { parseClassified } from './classified/classified.ts';
import { parseGeneric } from './generic/generic.ts';
import { parseSideBySide } from './side-by-side/side-by-side.ts';
import { parseThreePublic } from './three-public/three-public.ts';
import { parseStats } from './stats/stats.ts';
import type { LayoutParser } from './types.ts';
import { parsePerfSelfEval, PERF_SELFEVAL_GRID } from './perf-selfeval/perf-selfeval.ts';
import { parseBudgetExpenditure } from './budget-expenditure/budget-expenditure.ts';
import { parseBudgetLabelled } from './budget-labelled/budget-labelled.ts';
import { parseBudgetIncome } from './budget-income/budget-income.ts';
import { parseBudgetSummary } from './budget-summary/budget-summary.ts';
import { parseTargets, TARGETS_GRID } from './budget-targets/budget-targets.ts';

export interface KindSpec {
  parse: LayoutParser;
  grid?: GridOptions;
}

/**
 * Which layout parser reads which table kind. One small module per layout family; kinds without an entry fall back
 * to the generic parser (and are reported by coverage if it misses cells). A new family registers its kinds here.
 */
export const KIND_PARSERS: Partial<Record<TableKind, KindSpec>> = {
  // 绩效自评: perf-selfeval/ (the parser returns the Evaluation with the rows)
  perf_overall_selfeval: { parse: parsePerfSelfEval, grid: PERF_SELFEVAL_GRID },
  perf_project_selfeval: { parse: parsePerfSelfEval, grid: PERF_SELFEVAL_GRID },
  final_summary: { parse: parseSideBySide },
  final_fiscal_summary: { parse: parseSideBySide },
  final_income: { parse: parseClassified },
  final_expenditure: { parse: parseClassified },
  final_general_expenditure: { parse: parseClassified },
  final_gov_fund: { parse: parseClassified },
  final_state_capital: { parse: parseClassified },
  final_general_basic: { parse: parseBlocks },
  final_three_public: { parse: parseThreePublic },
  final_disclosure_stats: { parse: parseStats, grid: { maxHeaderRows: 0 } },
  // 预算: budget-*/
  budget_expenditure: { parse: parseBudgetExpenditure },
  budget_general_expenditure: { parse: parseBudgetExpenditure },
  budget_gov_fund: { parse: parseBudgetExpenditure },
  budget_state_capital: { parse: parseBudgetExpenditure },
  budget_summary: { parse: parseBudgetSummary },
  budget_fiscal_summary: { parse: parseBudgetSummary },
  budget_general_basic: { parse: parseBudgetLabelled },
  budget_economic_summary: { parse: parseBudgetLabelled },
  budget_projects: { parse: parseBudgetLabelled },
  budget_general_basic_detail: { parse: parseBudgetLabelled },
  budget_operating_costs: { parse: parseBudgetLabelled },
  budget_income: { parse: parseBudgetIncome },
  budget_three_public: { parse: parseThreePublic },
  perf_overall_targets: { parse: parseTargets, grid: TARGETS_GRID },
  perf_project_targets: { parse: parseTargets, grid: TARGETS_GRID },
};

export function specFor(kind: TableKind): KindSpec {
  return KIND_PARSERS[kind] ?? { parse: parseGeneric };
}
