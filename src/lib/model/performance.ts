import { z } from 'zod';

/** A target or an achieved value made comparable: comparator + number + unit when quantitative. */
export const TargetValue = z.object({
  /** Text as printed (LaTeX and markup cleaned: `$\geq 90\%$` → `≥90%`). */
  raw: z.string(),
  /** `quantitative` when a number could be read, `qualitative` for texts such as 提升, 明显, 达到预期指标. */
  kind: z.enum(['quantitative', 'qualitative', 'blank']),
  /**
   * Comparator: ≥, ≤, >, <, = (a bare number is `=`), `~` for an approximate value (约300人). Null when
   * qualitative or blank.
   */
  comparator: z.enum(['>=', '<=', '>', '<', '=', '~']).nullable(),
  /** True when the comparator was printed (`=3个`, `≥90%`, `100%以上`); false for a bare number (`100%`, `2人`). */
  comparator_printed: z.boolean().default(false),
  /** Exact decimal string of the number, null when qualitative. */
  number: z.string().nullable(),
  /** Unit as printed after the number (`%`, `人次`, `个`, `万元` …), empty when none. */
  unit: z.string(),
});
export type TargetValue = z.infer<typeof TargetValue>;

/** One performance indicator row (一级/二级/三级指标). */
export const Indicator = z.object({
  /** 一级指标 / 二级指标, carried down from the rows above when the printed cell is blank (merged cells). */
  level1: z.string(),
  level2: z.string(),
  /** 三级指标 as printed (a `任务N` prefix is moved to `task`). */
  level3: z.string(),
  /** The task (`任务1` …) the indicator belongs to, for tables that print indicators per 任务 (阳泉). */
  task: z.string().nullable().default(null),
  /** 年度指标值 (target). */
  target: TargetValue,
  /** 实际完成值 (actual), null in target tables (预算 绩效目标表) that have no actual. */
  actual: TargetValue.nullable(),
  /** 指标值说明 when printed. */
  explanation: z.string().nullable().default(null),
  /** 分值 (weight) and 得分 (score) as exact decimal strings; null when blank. */
  weight: z.string().nullable(),
  score: z.string().nullable(),
  /** 偏差度 as printed. */
  deviation: z.string().nullable().default(null),
  /** 偏差原因分析及改进措施 / 未完成原因和改进措施. */
  deviation_reason: z.string().nullable().default(null),
  /** met / not_met / not_measurable, computed from target vs actual. */
  outcome: z.enum(['met', 'not_met', 'not_measurable']),
  /** Why the outcome was decided (e.g. `99 < 400人次`). */
  outcome_reason: z.string(),
  /**
   * How many cells the printed row is shifted against the header (the PDF conversion drops or inserts blank cells
   * of merged columns); 0 when the row lines up with the header.
   */
  column_offset: z.number().int().default(0),
  line: z.number().int().positive(),
});
export type Indicator = z.infer<typeof Indicator>;

/** Funds block of a self-evaluation (年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分) by source. */
export const FundsLine = z.object({
  /**
   * Source, normalised from the printed label (numbering `(1)`, `资金来源:`, `其中:` and colons removed):
   * 部门预算总额 / 年度资金总额 / 财政拨款 / 政府预算资金 / 财政专户管理资金 / 单位资金 / 其他资金.
   */
  source: z.string(),
  /** The label exactly as printed (cleaned of markup). */
  label: z.string().default(''),
  /** Amounts in 元 (exact decimal strings), null when blank or `-`. */
  initial_budget: z.string().nullable(),
  full_year_budget: z.string().nullable(),
  executed: z.string().nullable(),
  /** 执行率 in percent as printed number (e.g. "81.08"), null when blank. */
  execution_rate: z.string().nullable(),
  weight: z.string().nullable(),
  score: z.string().nullable(),
  line: z.number().int().positive(),
});
export type FundsLine = z.infer<typeof FundsLine>;

export const Task = z.object({
  name: z.string(),
  content: z.string(),
  result: z.string(),
  line: z.number().int().positive(),
});

/** 资金管理情况 items of project self-evaluations (安排科学性, 拨付合规性, 使用规范性, 预算绩效管理情况). */
export const ManagementItem = z.object({
  name: z.string(),
  /** 情况说明 as printed. */
  explanation: z.string(),
  weight: z.string().nullable(),
  score: z.string().nullable(),
  /** The 得分 cell as printed (e.g. `5.0%` where a score was printed as a percentage). */
  score_raw: z.string(),
  /** 存在问题和改进措施. */
  issues: z.string(),
  line: z.number().int().positive(),
});
export type ManagementItem = z.infer<typeof ManagementItem>;

/**
 * Weight and score printed for a whole 一级指标 group (平顶山 prints 投入管理指标 30 in a 分值 column; 阳泉 prints
 * `产出指标 (30分)` in the label and one 自评得分 for the group) or for 执行情况 (10分).
 */
export const GroupScore = z.object({
  name: z.string(),
  weight: z.string().nullable(),
  score: z.string().nullable(),
  line: z.number().int().positive(),
});
export type GroupScore = z.infer<typeof GroupScore>;

/** Income / expenditure lines of a 部门（单位）收支情况 block (阳泉), amounts in 元. */
export const FinanceLine = z.object({
  side: z.enum(['income', 'expenditure']),
  item: z.string(),
  /** Exact amount in 元, null when the printed cell is blank. */
  amount: z.string().nullable(),
  line: z.number().int().positive(),
});
export type FinanceLine = z.infer<typeof FinanceLine>;

/** A labelled text block of the form (部门基本信息, 自评结论, 存在问题与整改措施, 评价人员 …). */
export const LabelledText = z.object({ label: z.string(), text: z.string(), line: z.number().int().positive() });

/** A performance self-evaluation (绩效自评表) or a performance target table (绩效目标表). */
export const Evaluation = z.object({
  /** Id of the table it came from (see Table.id). */
  table_id: z.string(),
  kind: z.enum(['perf_overall_selfeval', 'perf_project_selfeval', 'perf_overall_targets', 'perf_project_targets']),
  /** Title as printed. */
  title: z.string().default(''),
  scope: z.object({
    level: z.enum(['department', 'project']),
    /** Project name, or department name for department-wide evaluations. */
    name: z.string(),
    project_code: z.string().nullable().default(null),
    /** 主管部门 and 实施单位 when printed. */
    competent_department: z.string().nullable().default(null),
    /** Code printed in 主管部门及代码 (平顶山: 509001). */
    competent_department_code: z.string().nullable().default(null),
    implementing_unit: z.string().nullable().default(null),
  }),
  /** Unit of the funds amounts as printed (万元 or 元). */
  funds_unit: z.string().nullable().default(null),
  funds: z.array(FundsLine).default([]),
  /** 部门（单位）收支情况 (阳泉), amounts in 元. */
  finances: z.array(FinanceLine).default([]),
  /** 资金管理情况 items with their weight and score. */
  management: z.array(ManagementItem).default([]),
  goals: z.object({ expected: z.string(), actual: z.string() }).nullable().default(null),
  tasks: z.array(Task).default([]),
  indicators: z.array(Indicator),
  /** Weights / scores printed per 一级指标 group or for 执行情况. */
  groups: z.array(GroupScore).default([]),
  /** The printed total score (总分 / 合计 得分), null when not printed. */
  total_score_printed: z.string().nullable(),
  /** The printed total weight (总分 分值, or 总分设置为100分), null when not printed. */
  total_weight_printed: z.string().nullable().default(null),
  /** Line of the printed total, null when none. */
  total_line: z.number().int().positive().nullable().default(null),
  /**
   * Σ 得分 of the parts, exact: indicators + funds 得分 + 资金管理 得分 + group scores of groups whose indicators
   * carry no score. Null when no part has a score.
   */
  score_sum: z.string().nullable(),
  /** Σ 分值 of the same parts. */
  weight_sum: z.string().nullable().default(null),
  /** Σ 得分 / Σ 分值 of the indicators only (平顶山's 合计 row covers the indicators only). */
  indicators_score_sum: z.string().nullable().default(null),
  indicators_weight_sum: z.string().nullable().default(null),
  /** Grade (优/良/中/差) as printed. */
  grade: z.string().nullable().default(null),
  /** Grade thresholds when printed: lower bound (inclusive) of each grade, e.g. { 优: "90", 良: "80", 中: "60", 差: "0" }. */
  grade_thresholds: z.record(z.string(), z.string()).default({}),
  /** Grade the printed total falls in under the printed thresholds (not printed itself); null without both. */
  grade_derived: z.string().nullable().default(null),
  /** Other labelled texts of the form: 部门基本信息, 职能职责, 自评结论, 存在问题, 评价人员, 填报单位 … */
  notes: z.array(LabelledText).default([]),
  start_line: z.number().int().positive(),
  end_line: z.number().int().positive(),
});
export type Evaluation = z.infer<typeof Evaluation>;
