import { readSelfEval, type SelfEvalKind } from './selfeval.ts';
import { blockEndLine, type LayoutParser } from '../types.ts';

/**
 * 绩效自评表 (部门整体 / 项目支出): the form is read by the performance reader; the table keeps the rows that carry
 * numbers — funds in 元, 执行率 in percent, 分值/得分 as scores, numeric 指标值/实际完成值 — with the section as the
 * row block (资金, 资金管理情况, 一级/二级指标, 收入/支出, 总分) and the project name as the entity of project rows.
 * The same reading gives the table's Evaluation (a department form without a printed name takes the department
 * printed above the table).
 */
export const parsePerfSelfEval: LayoutParser = (grid, ctx, block) => {
  const { rows, columns, evaluation } = readSelfEval(
    {
      lines: grid.rows,
      kind: block.kind as SelfEvalKind,
      tableId: '',
      title: block.title,
      startLine: block.titleLine,
      endLine: blockEndLine(block),
      unit: ctx.unit,
      unitExponent: ctx.unitExponent,
    },
    ctx,
  );
  if (evaluation.scope.level === 'department' && !evaluation.scope.name && grid.printedDepartment) evaluation.scope.name = grid.printedDepartment;
  return { columns, rows, evaluations: [evaluation] };
};

/** Grid options of the self-evaluation forms: no header rows (the form has several, read by section). */
export const PERF_SELFEVAL_GRID = { maxHeaderRows: 0 } as const;
