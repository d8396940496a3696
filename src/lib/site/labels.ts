/**
 * Chinese labels for the stable ASCII identifiers of the open-data contract (table kinds, check families,
 * document kinds), shown to readers instead of the ids. One table for the whole site: pages and components import
 * from here, never keep their own copy.
 */
import type { TableKind } from '../model/table.ts';
import { kindLabel } from './format.ts';

/** Short Chinese name of each semantic table kind (as a reader would call the table, not its printed number). */
export const TABLE_KIND_LABELS: Record<TableKind, string> = {
  final_summary: '收入支出决算总表',
  final_income: '收入决算表',
  final_expenditure: '支出决算表',
  final_fiscal_summary: '财政拨款收入支出决算总表',
  final_general_expenditure: '一般公共预算财政拨款支出决算表',
  final_general_basic: '一般公共预算财政拨款基本支出决算表',
  final_gov_fund: '政府性基金预算财政拨款收入支出决算表',
  final_state_capital: '国有资本经营预算财政拨款支出决算表',
  final_three_public: '“三公”经费支出决算表',
  final_disclosure_stats: '部门决算相关信息统计表',
  budget_summary: '部门收支总表',
  budget_income: '部门收入总表',
  budget_expenditure: '部门支出总表',
  budget_fiscal_summary: '财政拨款收支总表',
  budget_general_expenditure: '一般公共预算支出表',
  budget_general_basic: '一般公共预算基本支出表',
  budget_general_basic_detail: '基本支出明细表',
  budget_economic_summary: '支出经济分类汇总表',
  budget_three_public: '“三公”经费支出预算表',
  budget_gov_fund: '政府性基金预算支出表',
  budget_state_capital: '国有资本经营预算支出表',
  budget_projects: '项目支出预算表',
  budget_operating_costs: '机关运行经费预算表',
  perf_overall_selfeval: '部门整体绩效自评表',
  perf_project_selfeval: '项目绩效自评表',
  perf_overall_targets: '部门整体绩效目标表',
  perf_project_targets: '项目绩效目标表',
  other: '未识别的表',
};

/** Chinese label of a table kind; an unknown id is returned as is (never hidden). */
export function tableKindLabel(kind: string): string {
  return (TABLE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** Check families of the catalogue (src/lib/checks/catalogue.ts). */
export const CHECK_FAMILY_LABELS: Record<string, string> = {
  within: '表内勾稽',
  across: '表间勾稽',
  budget: '预算表勾稽',
  narrative: '说明与表格一致',
  wording: '说明措辞与数字一致',
  completeness: '完整性',
  performance: '绩效',
};

export function checkFamilyLabel(family: string): string {
  return CHECK_FAMILY_LABELS[family] ?? family;
}

/** A list of document kinds as Chinese (`['final','budget']` → 决算、预算). */
export function docKindsLabel(kinds: readonly string[]): string {
  return kinds.map((k) => (k === 'final' || k === 'budget' ? kindLabel(k) : k)).join('、');
}

/** A list of table kinds as Chinese names joined with 、. */
export function tableKindsLabel(kinds: readonly string[]): string {
  return kinds.map(tableKindLabel).join('、');
}

/** Parse status of a document (index.json `status`). */
export const DOC_STATUS_LABELS: Record<string, string> = { ok: '解析完整', partial: '部分解析', failed: '解析失败' };

export function docStatusLabel(status: string): string {
  return DOC_STATUS_LABELS[status] ?? status;
}
