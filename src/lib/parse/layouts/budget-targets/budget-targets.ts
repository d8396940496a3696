import { readOverallTargets } from './targets-overall.ts';
import { readProjectTargets } from './targets-project.ts';
import type { GridOptions } from '../../tables/grid.ts';
import { blockEndLine, type LayoutParser } from '../types.ts';

/**
 * 绩效目标表 (预算): the amounts become table rows and the same reading gives the Evaluations — one for the
 * 部门（单位）整体绩效目标表, one per project of the 项目绩效目标表.
 * Every line is a data line (titles, `(2022年度)` and repeated headers are skipped by the readers).
 */
export const TARGETS_GRID: GridOptions = { maxHeaderRows: 0 };

export const parseTargets: LayoutParser = (grid, ctx, block) => {
  const input = { lines: grid.rows, tableId: '', startLine: block.titleLine, endLine: blockEndLine(block), unit: ctx.unit };
  const read =
    block.kind === 'perf_overall_targets'
      ? readOverallTargets({ ...input, department: grid.printedDepartment }, ctx)
      : readProjectTargets(input, ctx);
  return { columns: read.columns, rows: read.rows, evaluations: read.evaluations };
};
