import type { TableKind } from '../../model/table.ts';
import type { GridOptions } from './grid.ts';
import { parseBlocks } from '../layouts/blocks/blocks.ts';
import { parseClassified } from '../layouts/classified/classified.ts';
import { parseGeneric } from '../layouts/generic/generic.ts';
import { parseSideBySide } from '../layouts/side-by-side/side-by-side.ts';
import { parseThreePublic } from '../layouts/three-public/three-public.ts';
import { parseStats } from '../layouts/stats/stats.ts';
import type { LayoutParser } from '../layouts/types.ts';
import { parsePerfSelfEval, PERF_SELFEVAL_GRID } from '../layouts/perf-selfeval/perf-selfeval.ts';
import { parseBudgetExpenditure } from '../layouts/budget-expenditure/budget-expenditure.ts';
import { parseBudgetLabelled } from '../layouts/budget-labelled/budget-labelled.ts';
import { parseBudgetIncome } from '../layouts/budget-income/budget-income.ts';
import { parseBudgetSummary } from '../layouts/budget-summary/budget-summary.ts';
import { parseTargets, TARGETS_GRID } from '../layouts/budget-targets/budget-targets.ts';

export interface KindSpec {
  parse: LayoutParser;
  grid?: GridOptions;
}

/**
 * Which layout parser reads which table kind. One small module per layout family; kinds without an entry fall back
 * to the generic parser (and are reported by coverage if it misses cells). Other issues register their kinds here.
 */
export const KIND_PARSERS: Partial<Record<TableKind, KindSpec>> = {
  // 绩效自评 (issue 4): src/lib/parse/layouts/perf-selfeval/perf-selfeval.ts
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
  // 预算 (issue 3): src/lib/parse/layouts/budget-*.ts
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
