import { readOverallTargets } from './targets-overall.ts';
import { readProjectTargets } from './targets-project.ts';
import type { GridOptions } from '../../tables/grid.ts';
import type { LayoutParser } from '../types.ts';

/**
 * 绩效目标表 (预算): the amounts become table rows; the indicators go to the Evaluation model through the budget
 * targets stage (src/lib/parse/layouts/budget-targets/targets-stage.ts), which re-reads the block with the same pure readers.
 * Every line is a data line (titles, `(2022年度)` and repeated headers are skipped by the readers).
 */
export const TARGETS_GRID: GridOptions = { maxHeaderRows: 0 };

export const parseTargets: LayoutParser = (grid, ctx, block) => {
  const input = { lines: grid.rows, tableId: block.kind, startLine: block.titleLine, endLine: block.titleLine, unit: ctx.unit };
  const read =
    block.kind === 'perf_overall_targets'
      ? readOverallTargets({ ...input, department: grid.printedDepartment }, ctx)
      : readProjectTargets(input, ctx);
  return { columns: read.columns, rows: read.rows };
};
