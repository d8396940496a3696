import type { CheckDef } from './types.ts';

const F: ('final' | 'budget')[] = ['final'];
const B: ('final' | 'budget')[] = ['budget'];
const FB: ('final' | 'budget')[] = ['final', 'budget'];
const CLASSIFIED = ['final_income', 'final_expenditure', 'final_general_expenditure', 'final_gov_fund', 'final_state_capital', 'budget_income', 'budget_expenditure', 'budget_general_expenditure'];

/**
 * The catalogue of reconciliation checks. Ids are stable (they appear in checks.csv and on the site): never rename
 * one; add new ids instead.
 */
export const CATALOGUE: CheckDef[] = [
  // ── within a table: classification hierarchy ────────────────────────────────────────────────────────────
  { id: 'hier.total_classes', family: 'within', title: '合计等于各类之和', description: '功能分类表中“合计”行等于各“类”级科目行之和（逐列）。', formula: '合计 = Σ 类', kinds: CLASSIFIED, docKinds: FB },
  { id: 'hier.class_sections', family: 'within', title: '类等于所属各款之和', description: '每个“类”级科目等于其下各“款”级科目之和（逐列）。', formula: '类 = Σ 款', kinds: CLASSIFIED, docKinds: FB },
  { id: 'hier.section_items', family: 'within', title: '款等于所属各项之和', description: '每个“款”级科目等于其下各“项”级科目之和（逐列）。', formula: '款 = Σ 项', kinds: CLASSIFIED, docKinds: FB },
  // ── within a table: row identities ────────────────────────────────────────────────────────────────────────
  { id: 'final.income.row_sources', family: 'within', title: '收入决算表：本年收入合计等于各来源之和', description: '收入决算表每一行的“本年收入合计”等于财政拨款收入、上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入之和。', formula: '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他', kinds: ['final_income'], docKinds: F },
  { id: 'final.expenditure.row_parts', family: 'within', title: '支出决算表：本年支出合计等于各部分之和', description: '支出决算表每一行的“本年支出合计”等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和。', formula: '本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助', kinds: ['final_expenditure'], docKinds: F },
  { id: 'final.general.row_parts', family: 'within', title: '一般公共预算支出表：小计等于基本支出加项目支出', description: '一般公共预算财政拨款支出决算表每一行“小计”等于基本支出与项目支出之和。', formula: '小计 = 基本支出 + 项目支出', kinds: ['final_general_expenditure'], docKinds: F },
  { id: 'final.summary.income_sources', family: 'within', title: '收支总表：本年收入合计等于各项收入之和', description: '收入支出决算总表中“本年收入合计”等于一至八项收入之和。', formula: '本年收入合计 = Σ 收入项目', kinds: ['final_summary'], docKinds: F },
  { id: 'final.summary.expenditure_classes', family: 'within', title: '收支总表：本年支出合计等于各类支出之和', description: '收入支出决算总表中“本年支出合计”等于各功能分类支出之和。', formula: '本年支出合计 = Σ 支出功能分类', kinds: ['final_summary'], docKinds: F },
  { id: 'final.summary.income_grand', family: 'within', title: '收支总表：收入总计', description: '收入总计等于本年收入合计、使用非财政拨款结余与年初结转和结余之和。', formula: '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', kinds: ['final_summary'], docKinds: F },
  { id: 'final.summary.expenditure_grand', family: 'within', title: '收支总表：支出总计', description: '支出总计等于本年支出合计、结余分配与年末结转和结余之和。', formula: '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', kinds: ['final_summary'], docKinds: F },
  { id: 'final.summary.balance', family: 'within', title: '收支总表：收入总计等于支出总计', description: '收入支出决算总表收支平衡。', formula: '收入总计 = 支出总计', kinds: ['final_summary'], docKinds: F },
  { id: 'final.fiscal.income_sources', family: 'within', title: '财政拨款总表：本年收入合计等于三类拨款之和', description: '财政拨款收入支出决算总表中本年收入合计等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和。', formula: '本年收入合计 = 一般公共预算 + 政府性基金 + 国有资本经营', kinds: ['final_fiscal_summary'], docKinds: F },
  { id: 'final.fiscal.carryover', family: 'within', title: '财政拨款总表：年初结转和结余等于分项之和', description: '年初财政拨款结转和结余等于其下三类财政拨款结转和结余之和。', formula: '年初结转和结余 = 一般公共预算 + 政府性基金 + 国有资本经营', kinds: ['final_fiscal_summary'], docKinds: F },
  { id: 'final.fiscal.income_grand', family: 'within', title: '财政拨款总表：收入总计', description: '收入方总计等于本年收入合计加年初财政拨款结转和结余。', formula: '总计 = 本年收入合计 + 年初财政拨款结转和结余', kinds: ['final_fiscal_summary'], docKinds: F },
  { id: 'final.fiscal.expenditure_grand', family: 'within', title: '财政拨款总表：支出总计', description: '支出方总计（逐列）等于本年支出合计加年末财政拨款结转和结余。', formula: '总计 = 本年支出合计 + 年末财政拨款结转和结余', kinds: ['final_fiscal_summary'], docKinds: F },
  { id: 'final.fiscal.balance', family: 'within', title: '财政拨款总表：收支平衡', description: '收入方总计等于支出方总计。', formula: '收入总计 = 支出总计', kinds: ['final_fiscal_summary'], docKinds: F },
  { id: 'final.fiscal.row_columns', family: 'within', title: '财政拨款总表：合计列等于三类拨款列之和', description: '支出方每一行“合计”等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款三列之和。', formula: '合计 = 一般公共预算 + 政府性基金 + 国有资本经营', kinds: ['final_fiscal_summary'], docKinds: F },
  { id: 'final.fiscal.expenditure_classes', family: 'within', title: '财政拨款总表：本年支出合计等于各类支出之和', description: '支出方本年支出合计（逐列）等于各功能分类支出之和。', formula: '本年支出合计 = Σ 支出功能分类', kinds: ['final_fiscal_summary'], docKinds: F },
  { id: 'final.basic.personnel', family: 'within', title: '基本支出明细表：人员经费合计', description: '人员经费合计等于工资福利支出（301）与对个人和家庭的补助（303）之和。', formula: '人员经费合计 = 301 + 303', kinds: ['final_general_basic'], docKinds: F },
  { id: 'final.basic.public', family: 'within', title: '基本支出明细表：公用经费合计', description: '公用经费合计等于商品和服务支出（302）、资本性支出（310）及版式中列入公用经费的其他经济分类（307、309、311、312、313、399）之和。', formula: '公用经费合计 = 302 + 310 (+ 307 + 309 + 311 + 312 + 313 + 399)', kinds: ['final_general_basic'], docKinds: F },
  { id: 'econ.class_items', family: 'within', title: '经济分类：类等于所属各款之和', description: '基本支出（明细）表中每个经济分类“类”（如 302）等于其下各“款”（如 30201…30299）之和。', formula: '3xx = Σ 3xxyy', kinds: ['final_general_basic', 'budget_general_basic', 'budget_economic_summary'], docKinds: FB },
  { id: 'three_public.total', family: 'within', title: '“三公”经费：合计等于三项之和', description: '“三公”经费合计等于因公出国（境）费、公务用车购置及运行（维护）费小计与公务接待费之和（预算数与决算数分别核对）。', formula: '合计 = 因公出国（境）费 + 公务用车小计 + 公务接待费', kinds: ['final_three_public', 'budget_three_public'], docKinds: FB },
  { id: 'three_public.vehicles', family: 'within', title: '“三公”经费：公务用车小计等于购置费加运行费', description: '公务用车购置及运行（维护）费小计等于公务用车购置费与运行（维护）费之和（预算数与决算数分别核对）。', formula: '小计 = 购置费 + 运行（维护）费', kinds: ['final_three_public', 'budget_three_public'], docKinds: FB },
  { id: 'final.gov_fund.balance', family: 'within', title: '政府性基金表：结转结余平衡', description: '年初结转和结余加本年收入减本年支出等于年末结转和结余；本年支出小计等于基本支出加项目支出。', formula: '年初 + 本年收入 − 本年支出 = 年末；小计 = 基本 + 项目', kinds: ['final_gov_fund'], docKinds: F },
  { id: 'final.state_capital.row_parts', family: 'within', title: '国有资本经营表：小计等于基本支出加项目支出', description: '国有资本经营预算财政拨款支出表每一行小计等于基本支出加项目支出。', formula: '小计 = 基本支出 + 项目支出', kinds: ['final_state_capital'], docKinds: F },
  { id: 'final.stats.procurement', family: 'within', title: '公开统计表：政府采购合计', description: '政府采购合计等于货物、工程、服务之和。', formula: '合计 = 货物 + 工程 + 服务', kinds: ['final_disclosure_stats'], docKinds: F },
  { id: 'final.stats.vehicles', family: 'within', title: '公开统计表：车辆数合计', description: '车辆数合计等于各类用车之和。', formula: '车辆数合计 = Σ 各类用车', kinds: ['final_disclosure_stats'], docKinds: F },
  // ── budget tables ─────────────────────────────────────────────────────────────────────────────────────────
  { id: 'budget.summary.income_total', family: 'budget', title: '收支总表：本年收入合计等于各项收入之和', description: '部门收支总表中本年收入合计等于各收入项目之和（“其中”行不重复计入）。', formula: '本年收入合计 = Σ 收入项目', kinds: ['budget_summary'], docKinds: B },
  { id: 'budget.summary.expenditure_total', family: 'budget', title: '收支总表：本年支出合计等于各类支出之和', description: '部门收支总表中本年支出合计等于各功能分类支出之和。', formula: '本年支出合计 = Σ 支出功能分类', kinds: ['budget_summary'], docKinds: B },
  { id: 'budget.summary.balance', family: 'budget', title: '收支总表：收入总计等于支出总计', description: '收入总计等于本年收入合计加上年结转结余，且等于支出总计。', formula: '收入总计 = 本年收入合计 + 上年结转 = 支出总计', kinds: ['budget_summary'], docKinds: B },
  { id: 'budget.fiscal.balance', family: 'budget', title: '财政拨款收支总表：收支平衡', description: '财政拨款收支总表收入总计等于支出总计，本年收入合计等于各拨款之和。', formula: '收入总计 = 支出总计', kinds: ['budget_fiscal_summary'], docKinds: B },
  { id: 'budget.row_parts', family: 'budget', title: '支出预算表：合计等于基本支出加项目支出', description: '部门支出预算表、一般公共预算支出表每一行合计等于基本支出与项目支出之和。', formula: '合计 = 基本支出 + 项目支出', kinds: ['budget_expenditure', 'budget_general_expenditure'], docKinds: B },
  { id: 'table.column_groups', family: 'budget', title: '分组列：小计等于组内各列之和', description: '预算表中带“小计/合计”的分组列（如 基本支出/人员经费/小计 = 工资福利支出 + 对个人和家庭的补助；本年拨款各列）逐行等于组内各列之和；“其中”列不计入。', formula: 'G/小计 = Σ G/列', kinds: ['budget_income', 'budget_expenditure', 'budget_general_expenditure', 'budget_fiscal_summary', 'budget_projects', 'budget_general_basic_detail', 'budget_economic_summary'], docKinds: B },
  { id: 'budget.units_sum', family: 'budget', title: '预算表：各单位之和等于部门合计', description: '按单位列示的预算表中，各预算单位行之和等于部门合计行。', formula: '部门合计 = Σ 单位', kinds: ['budget_income', 'budget_expenditure', 'budget_general_expenditure', 'budget_projects', 'budget_general_basic_detail'], docKinds: B },
  { id: 'budget.unit_items', family: 'budget', title: '预算表：单位行等于该单位各明细行之和', description: '按单位列示的经济分类汇总表、项目支出表、基本支出明细表中，每个单位行等于该单位下各明细行（科目或项目）之和。', formula: '单位 = Σ 该单位明细', kinds: ['budget_economic_summary', 'budget_projects', 'budget_general_basic_detail'], docKinds: B },
  { id: 'budget.basic.totals', family: 'budget', title: '基本支出表：合计等于人员经费加公用经费', description: '一般公共预算基本支出表合计等于人员经费与公用经费之和，且等于各经济分类科目之和。', formula: '合计 = 人员经费 + 公用经费 = Σ 科目', kinds: ['budget_general_basic'], docKinds: B },
  { id: 'budget.projects.total', family: 'budget', title: '项目支出预算表：合计等于各项目之和', description: '项目支出预算表合计等于各项目金额之和。', formula: '合计 = Σ 项目', kinds: ['budget_projects'], docKinds: B },
  { id: 'budget.operating_costs.total', family: 'budget', title: '机关运行经费表：合计等于各科目之和', description: '机关（机构）运行经费表合计等于各经济分类科目之和。', formula: '合计 = Σ 科目', kinds: ['budget_operating_costs'], docKinds: B },
  // ── across tables ─────────────────────────────────────────────────────────────────────────────────────────
  { id: 'x.income_total', family: 'across', title: '收支总表本年收入合计＝收入决算表合计', description: '01 表本年收入合计与 02 表合计行“本年收入合计”一致。', formula: '01 本年收入合计 = 02 合计', kinds: ['final_summary', 'final_income'], docKinds: F },
  { id: 'x.income_sources', family: 'across', title: '收支总表各项收入＝收入决算表各列合计', description: '01 表各项收入与 02 表合计行对应列一致（财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营）。', formula: '01 收入项目 = 02 合计行对应列', kinds: ['final_summary', 'final_income'], docKinds: F },
  { id: 'x.expenditure_total', family: 'across', title: '收支总表本年支出合计＝支出决算表合计', description: '01 表本年支出合计与 03 表合计行“本年支出合计”一致。', formula: '01 本年支出合计 = 03 合计', kinds: ['final_summary', 'final_expenditure'], docKinds: F },
  { id: 'x.expenditure_classes', family: 'across', title: '收支总表各类支出＝支出决算表各类', description: '01 表各功能分类支出与 03 表对应“类”行本年支出合计一致。', formula: '01 类 = 03 类', kinds: ['final_summary', 'final_expenditure'], docKinds: F },
  { id: 'x.fiscal_income', family: 'across', title: '收入决算表财政拨款收入＝财政拨款总表本年收入', description: '02 表合计行财政拨款收入与 04 表本年收入合计一致。', formula: '02 财政拨款收入 = 04 本年收入合计', kinds: ['final_income', 'final_fiscal_summary'], docKinds: F },
  { id: 'x.fiscal_sources', family: 'across', title: '收支总表三类财政拨款＝财政拨款总表', description: '01 表一般公共预算、政府性基金、国有资本经营预算财政拨款收入与 04 表收入方对应行一致。', formula: '01 一般/基金/国资 = 04 一般/基金/国资', kinds: ['final_summary', 'final_fiscal_summary'], docKinds: F },
  { id: 'x.general_total', family: 'across', title: '财政拨款总表一般公共预算支出＝一般公共预算支出表合计', description: '04 表本年支出合计“一般公共预算财政拨款”列与 05 表合计行小计一致。', formula: '04 一般公共预算支出 = 05 合计', kinds: ['final_fiscal_summary', 'final_general_expenditure'], docKinds: F },
  { id: 'x.general_classes', family: 'across', title: '财政拨款总表各类一般公共预算支出＝一般公共预算支出表各类', description: '04 表各功能分类的一般公共预算财政拨款支出与 05 表对应类行小计一致。', formula: '04 类（一般公共预算）= 05 类', kinds: ['final_fiscal_summary', 'final_general_expenditure'], docKinds: F },
  { id: 'x.basic_total', family: 'across', title: '一般公共预算基本支出＝基本支出明细表合计', description: '05 表合计行基本支出等于 06 表人员经费合计与公用经费合计（基本支出部分）之和。', formula: '05 基本支出 = 06 人员经费合计 + 公用经费合计', kinds: ['final_general_expenditure', 'final_general_basic'], docKinds: F },
  { id: 'x.general_within_total', family: 'across', title: '一般公共预算支出不超过部门支出', description: '05 表合计、基本支出、项目支出分别不超过 03 表对应数（财政拨款是全部支出的一部分）。', formula: '05 ≤ 03（逐列）', kinds: ['final_general_expenditure', 'final_expenditure'], docKinds: F },
  { id: 'x.gov_fund', family: 'across', title: '政府性基金支出＝政府性基金表', description: '04 表政府性基金预算财政拨款支出与 07 表本年支出一致；为零时 07 表应为空表。', formula: '04 基金支出 = 07 本年支出；0 ⇒ 空表', kinds: ['final_fiscal_summary', 'final_gov_fund'], docKinds: F },
  { id: 'x.state_capital', family: 'across', title: '国有资本经营支出＝国有资本经营表', description: '04 表国有资本经营预算财政拨款支出与 08 表本年支出一致；为零时 08 表应为空表。', formula: '04 国资支出 = 08 本年支出；0 ⇒ 空表', kinds: ['final_fiscal_summary', 'final_state_capital'], docKinds: F },
  { id: 'x.three_public_vs_basic', family: 'across', title: '基本支出中的“三公”科目不超过“三公”经费', description: '基本支出明细中因公出国（境）费用（30212）、公务用车购置（31013）、公务用车运行维护费（30231）、公务接待费（30217）分别不超过“三公”经费表相应决算数（单向：“三公”还含项目支出）。', formula: '30212 ≤ 出国；31013 ≤ 购置；30231 ≤ 运行；30217 ≤ 接待', kinds: ['final_general_basic', 'final_three_public', 'budget_general_basic', 'budget_three_public'], docKinds: FB },
  { id: 'x.budget.summary_vs_fiscal', family: 'across', title: '部门收支总表与财政拨款收支总表一致', description: '部门收支总表的一般公共预算收入与财政拨款收支总表的一般公共预算一致。', formula: 'budget_summary 一般公共预算 = budget_fiscal_summary 一般公共预算', kinds: ['budget_summary', 'budget_fiscal_summary'], docKinds: B },
  { id: 'x.budget.general_vs_summary', family: 'across', title: '一般公共预算支出表合计与收支总表一致', description: '一般公共预算支出表合计等于部门收支总表一般公共预算收入。收支总表列有上年结转时不判定（一般公共预算支出可含上年结转的资金，由财政拨款收支总表核对）。', formula: 'budget_general_expenditure 合计 = budget_summary 一般公共预算', kinds: ['budget_general_expenditure', 'budget_summary'], docKinds: B },
  { id: 'x.budget.general_vs_fiscal', family: 'across', title: '一般公共预算支出表合计与财政拨款收支总表一致', description: '一般公共预算支出表合计等于财政拨款收支总表本年支出中的一般公共预算（含上年结转的一般公共预算资金）。', formula: 'budget_general_expenditure 合计 = budget_fiscal_summary 本年支出·一般公共预算', kinds: ['budget_general_expenditure', 'budget_fiscal_summary'], docKinds: B },
  { id: 'x.budget.basic_vs_general', family: 'across', title: '基本支出表合计与一般公共预算支出表基本支出一致', description: '一般公共预算基本支出表合计等于一般公共预算支出表合计行的基本支出。', formula: 'budget_general_basic 合计 = budget_general_expenditure 基本支出', kinds: ['budget_general_basic', 'budget_general_expenditure'], docKinds: B },
  { id: 'x.budget.projects_vs_expenditure', family: 'across', title: '项目支出预算表合计与部门支出表项目支出一致', description: '项目支出预算表合计等于部门支出预算表合计行的项目支出。', formula: 'budget_projects 合计 = budget_expenditure 项目支出', kinds: ['budget_projects', 'budget_expenditure'], docKinds: B },
  { id: 'x.budget.summary_vs_expenditure', family: 'across', title: '收支总表本年支出合计与部门支出表合计一致', description: '部门收支总表本年支出合计等于部门支出预算表合计。', formula: 'budget_summary 本年支出合计 = budget_expenditure 合计', kinds: ['budget_summary', 'budget_expenditure'], docKinds: B },
  { id: 'x.budget.econ_vs_summary', family: 'across', title: '支出经济分类汇总表合计与收支总表一致', description: '支出经济分类汇总表合计（总计列）等于部门收支总表本年支出合计。', formula: 'budget_economic_summary 合计 = budget_summary 本年支出合计', kinds: ['budget_economic_summary', 'budget_summary'], docKinds: B },
  // ── performance ───────────────────────────────────────────────────────────────────────────────────────────
  { id: 'perf.score_sum', family: 'performance', title: '绩效自评：各项得分之和等于总分', description: '绩效自评表各指标（含预算执行率）得分之和等于打印的总分。', formula: 'Σ 得分 = 总分', kinds: ['perf_overall_selfeval', 'perf_project_selfeval'], docKinds: F },
  { id: 'perf.weight_sum', family: 'performance', title: '绩效自评：各项分值之和等于满分', description: '绩效自评表各指标分值之和等于 100 或打印的分值合计。', formula: 'Σ 分值 = 100（或打印合计）', kinds: ['perf_overall_selfeval', 'perf_project_selfeval'], docKinds: F },
  { id: 'perf.score_within_weight', family: 'performance', title: '绩效自评：得分不超过分值', description: '绩效自评表每一项（含预算执行率）的得分不超过其分值。', formula: '得分 ≤ 分值', kinds: ['perf_overall_selfeval', 'perf_project_selfeval'], docKinds: F },
  // ── table vs narrative ────────────────────────────────────────────────────────────────────────────────────
  { id: 'narr.grand_total', family: 'narrative', title: '说明：收支总计与报表一致', description: '情况说明中的收入总计、支出总计与收支总表一致。', formula: '说明 收支总计 = 总表 收入总计 / 支出总计', kinds: ['final_summary', 'budget_summary'], docKinds: FB },
  { id: 'narr.income', family: 'narrative', title: '说明：收入合计及来源与报表一致', description: '情况说明中的收入合计及各项收入与报表一致。', formula: '说明 收入 = 报表 收入', kinds: ['final_summary', 'final_income', 'budget_summary'], docKinds: FB },
  { id: 'narr.expenditure', family: 'narrative', title: '说明：支出合计、基本支出、项目支出与报表一致', description: '情况说明中的支出合计、基本支出、项目支出（及其他支出）与支出表合计行一致。', formula: '说明 支出 = 支出表 合计行', kinds: ['final_expenditure', 'budget_expenditure', 'budget_summary'], docKinds: FB },
  { id: 'narr.share', family: 'narrative', title: '说明：占比按所述数重新计算', description: '情况说明中每个“占…%”按说明自身所述的分子、分母重新计算，误差不超过末位半个单位（或输入尾差可解释的范围）。', formula: '占比 = 分项 / 合计 × 100%', kinds: [], docKinds: FB },
  { id: 'narr.completion', family: 'narrative', title: '说明：完成预算百分比按所述数重新计算', description: '情况说明中“完成（年初）预算的…%”按所述决算数 / 预算数重新计算。', formula: '完成率 = 决算数 / 预算数 × 100%', kinds: [], docKinds: FB },
  { id: 'narr.yoy', family: 'narrative', title: '说明：同比增减百分比按所述数重新计算', description: '情况说明中“比上年增加（减少）X，增长（下降）Y%”按本年数与增减额推出上年数后重新计算：Y = X ÷ 上年数 × 100%，上年数 = 本年数 ∓ X。本年数取同一句中紧前的金额。', formula: '增减率 = 增减额 / (本年数 ∓ 增减额) × 100%', kinds: [], docKinds: FB },
  { id: 'narr.fiscal_total', family: 'narrative', title: '说明：财政拨款收支总计与报表一致', description: '情况说明中的财政拨款收、支总计与财政拨款收支总表一致。', formula: '说明 财政拨款总计 = 04 总计', kinds: ['final_fiscal_summary', 'budget_fiscal_summary', 'budget_summary'], docKinds: FB },
  { id: 'narr.general_total', family: 'narrative', title: '说明：一般公共预算财政拨款支出与报表一致', description: '情况说明中的一般公共预算（财政拨款）支出总额与一般公共预算支出表合计一致。', formula: '说明 一般公共预算支出 = 05 合计', kinds: ['final_general_expenditure', 'budget_general_expenditure'], docKinds: FB },
  { id: 'narr.general_classes', family: 'narrative', title: '说明：一般公共预算支出各类金额与报表一致', description: '情况说明“结构情况”中各类支出金额与一般公共预算支出表对应类行一致。', formula: '说明 类 = 05 类', kinds: ['final_general_expenditure', 'budget_general_expenditure', 'budget_summary'], docKinds: FB },
  { id: 'narr.items', family: 'narrative', title: '说明：各项（项级科目）决算数与报表一致', description: '情况说明“具体情况”中每个项级科目的支出决算与一般公共预算支出表对应项一致。', formula: '说明 项 决算 = 05 项', kinds: ['final_general_expenditure'], docKinds: F },
  { id: 'narr.basic', family: 'narrative', title: '说明：基本支出、人员经费、公用经费与报表一致', description: '情况说明中的一般公共预算基本支出、人员经费、公用经费与基本支出（明细）表一致。', formula: '说明 人员/公用 = 06 人员经费合计 / 公用经费合计', kinds: ['final_general_basic', 'final_general_expenditure', 'budget_general_basic'], docKinds: FB },
  { id: 'narr.three_public', family: 'narrative', title: '说明：“三公”经费与报表一致', description: '情况说明中的“三公”经费预算数、决算数及各分项与“三公”经费表一致。', formula: '说明 三公 = 三公表', kinds: ['final_three_public', 'budget_three_public'], docKinds: FB },
  { id: 'narr.operating_costs', family: 'narrative', title: '说明：机关运行经费与报表一致', description: '情况说明中的机关（机构）运行经费与公开统计表或机关运行经费表一致；无对应表时跳过。', formula: '说明 机关运行经费 = 统计表 / 运行经费表', kinds: ['final_disclosure_stats', 'budget_operating_costs'], docKinds: FB },
  { id: 'narr.procurement', family: 'narrative', title: '说明：政府采购总额等于货物、工程、服务之和', description: '情况说明中政府采购支出总额等于货物、工程、服务之和，并与公开统计表一致（有表时）。', formula: '总额 = 货物 + 工程 + 服务', kinds: ['final_disclosure_stats'], docKinds: FB },
  { id: 'narr.vehicles', family: 'narrative', title: '说明：车辆数等于各类车辆之和', description: '情况说明中车辆总数等于所列各类车辆之和，并与公开统计表一致（有表时）。', formula: '车辆总数 = Σ 各类', kinds: ['final_disclosure_stats'], docKinds: FB },
  // ── the 说明's comparison words agree with its own numbers ───────────────────────────────────────────────
  { id: 'words.budget_comparison', family: 'wording', title: '说明：决算数与预算数的比较用语与所述数一致', description: '情况说明用文字比较决算数与年初预算数（大于、小于、等于、持平、存在差异、比预算增加或减少若干）时，用语须与所述两数相符；两数在印刷舍入内相等即为持平，只在舍入内相等时“大于/小于”不作判定；所述增减额须等于两数之差。两数本身与报表的核对见各自主题的核对项。', formula: '大于 ⇔ 决算 > 预算；小于 ⇔ 决算 < 预算；等于/持平 ⇔ |决算 − 预算| ≤ 舍入；存在差异 ⇔ 决算 ≠ 预算；增减额 = |决算 − 预算|', kinds: [], docKinds: FB },
  { id: 'words.yoy_direction', family: 'wording', title: '说明：与上年比较的增减用语一致', description: '“比上年增加（减少）X，增长（下降）Y%”中金额与百分比的增减方向一致；称“与上年持平”时同句所述增减额为 0。', formula: '增加 ⇔ 增长；减少 ⇔ 下降；持平 ⇔ 增减额 = 0', kinds: [], docKinds: FB },
  { id: 'narr.perf_score', family: 'narrative', title: '说明：部门整体绩效自评得分与自评表一致', description: '情况说明中的部门整体支出绩效自评结果与部门整体支出绩效自评表总分一致。', formula: '说明 自评得分 = 自评表 总分', kinds: ['perf_overall_selfeval'], docKinds: F },
  { id: 'narr.perf_grades', family: 'narrative', title: '说明：项目自评等级个数之和等于项目数', description: '情况说明中各自评等级（优、良、中、差）的项目个数之和等于所述项目总数。', formula: 'Σ 等级个数 = 项目数', kinds: [], docKinds: F },
  { id: 'narr.perf_funds', family: 'narrative', title: '说明：纳入绩效管理的支出与报表一致', description: '情况说明中纳入预算绩效管理的支出总额、基本支出、项目支出与支出表一致。', formula: '说明 绩效管理支出 = 03 合计行', kinds: ['final_expenditure'], docKinds: F },
  { id: 'engine.error', family: 'completeness', title: '核对程序出错', description: '某一类核对在处理本文件时出错（程序缺陷或极端输入）；该类核对未能进行。永远是 skip，不影响其他核对。', formula: '不适用（程序出错时记录）', kinds: [], docKinds: FB },
  // ── completeness ──────────────────────────────────────────────────────────────────────────────────────────
  { id: 'comp.required_tables', family: 'completeness', title: '必须公开的报表齐全', description: '决算须公开 9 张表（收支总表、收入、支出、财政拨款收支总表、一般公共预算支出、基本支出明细、政府性基金、国有资本经营、“三公”）；预算须公开收支总表、收入、支出、财政拨款收支总表、一般公共预算支出、基本支出、“三公”、政府性基金、国有资本经营等表。', formula: '必需表种类 ⊆ 正文表种类', kinds: [], docKinds: FB },
  { id: 'comp.toc_in_body', family: 'completeness', title: '目录所列报表均在正文中', description: '目录列出的每一张报表在正文中都能找到。', formula: '目录表 ⊆ 正文表', kinds: [], docKinds: FB },
  { id: 'comp.empty_statement', family: 'completeness', title: '空表附“本表无数据”说明', description: '没有数据的表应附有说明（如“本表无数据”）。', formula: '空表 ⇒ 有说明', kinds: [], docKinds: FB },
];

export const CHECK_IDS = new Set(CATALOGUE.map((c) => c.id));

export function def(id: string): CheckDef {
  const d = CATALOGUE.find((c) => c.id === id);
  if (!d) throw new Error(`unknown check id ${id}`);
  return d;
}
