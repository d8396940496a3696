import { z } from 'zod';

/** A target or an achieved value made comparable: comparator + number + unit when quantitative. */
export const TargetValue = z.object({
  /** Text as printed (LaTeX and markup cleaned: `$\geq 90\%$` → `≥90%`). */
  raw: z.string(),
  /** `quantitative` when a number could be read, `qualitative` for texts such as 提升, 明显, 达到预期指标. */
  kind: z.enum(['quantitative', 'qualitative', 'blank']),
  /** Comparator: ≥, ≤, >, <, = (a bare number is `=`). Null when qualitative. */
  comparator: z.enum(['>=', '<=', '>', '<', '=']).nullable(),
  /** Exact decimal string of the number, null when qualitative. */
  number: z.string().nullable(),
  /** Unit as printed after the number (`%`, `人次`, `个`, `万元` …), empty when none. */
  unit: z.string(),
});
export type TargetValue = z.infer<typeof TargetValue>;

/** One performance indicator row (一级/二级/三级指标). */
export const Indicator = z.object({
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
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
  /** 偏差原因分析及改进措施. */
  deviation_reason: z.string().nullable().default(null),
  /** met / not_met / not_measurable, computed from target vs actual. */
  outcome: z.enum(['met', 'not_met', 'not_measurable']),
  /** Why the outcome was decided (e.g. `99 < 400 人次`). */
  outcome_reason: z.string(),
  line: z.number().int().positive(),
});
export type Indicator = z.infer<typeof Indicator>;

/** Funds block of a self-evaluation (年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分) by source. */
export const FundsLine = z.object({
  /** Source as printed: 部门预算总额 / 年度资金总额 / 财政拨款 / 财政专户管理资金 / 单位资金 / 其他资金. */
  source: z.string(),
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

/** A performance self-evaluation (绩效自评表) or a performance target table (绩效目标表). */
export const Evaluation = z.object({
  /** Id of the table it came from (see Table.id). */
  table_id: z.string(),
  kind: z.enum(['perf_overall_selfeval', 'perf_project_selfeval', 'perf_overall_targets', 'perf_project_targets']),
  scope: z.object({
    level: z.enum(['department', 'project']),
    /** Project name, or department name for department-wide evaluations. */
    name: z.string(),
    project_code: z.string().nullable().default(null),
    /** 主管部门 and 实施单位 when printed. */
    competent_department: z.string().nullable().default(null),
    implementing_unit: z.string().nullable().default(null),
  }),
  /** Unit of the funds amounts as printed (万元 or 元). */
  funds_unit: z.string().nullable().default(null),
  funds: z.array(FundsLine).default([]),
  goals: z.object({ expected: z.string(), actual: z.string() }).nullable().default(null),
  tasks: z.array(Task).default([]),
  indicators: z.array(Indicator),
  /** The printed total score (总分 / 合计 得分), null when not printed. */
  total_score_printed: z.string().nullable(),
  /** The printed total weight (总分 分值), null when not printed. */
  total_weight_printed: z.string().nullable().default(null),
  /** Σ 得分 of the parts (indicators + funds score), exact. */
  score_sum: z.string().nullable(),
  /** Σ 分值 of the parts. */
  weight_sum: z.string().nullable().default(null),
  /** Grade (优/良/中/差) as printed. */
  grade: z.string().nullable().default(null),
  /** Grade thresholds when printed, e.g. { 优: "90" }. */
  grade_thresholds: z.record(z.string(), z.string()).default({}),
  start_line: z.number().int().positive(),
  end_line: z.number().int().positive(),
});
export type Evaluation = z.infer<typeof Evaluation>;
