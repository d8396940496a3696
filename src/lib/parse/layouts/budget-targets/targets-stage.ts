import type { StageContext } from '../../../stages.ts';
import type { Problem } from '../../../model/document.ts';
import { Evaluation } from '../../../model/performance.ts';
import { TableContext } from '../../tables/context.ts';
import { readGrid } from '../../tables/grid.ts';
import { TARGETS_GRID } from './budget-targets.ts';
import { readOverallTargets } from './targets-overall.ts';
import { readProjectTargets } from './targets-project.ts';

/**
 * Budget-side performance stage: one Evaluation for the 部门（单位）整体绩效目标表 and one per project of the 项目绩效目标表.
 * The blocks are re-read with the readers the layout parser used (row problems were reported with the table).
 */
export function budgetTargetsStage(ctx: StageContext): { evaluations: Evaluation[]; problems: Problem[] } {
  const evaluations: Evaluation[] = [];
  const problems: Problem[] = [];
  for (const block of ctx.segmentation.blocks) {
    if (block.kind !== 'perf_overall_targets' && block.kind !== 'perf_project_targets') continue;
    const table = ctx.tables.find((t) => t.kind === block.kind && t.start_line === block.titleLine);
    if (!table) continue;
    const grid = readGrid(block.lines, TARGETS_GRID);
    const tctx = new TableContext(table.unit, table.unit_exponent);
    const input = { lines: grid.rows, tableId: table.id, startLine: table.start_line, endLine: table.end_line, unit: table.unit };
    const read =
      block.kind === 'perf_overall_targets'
        ? readOverallTargets({ ...input, department: table.printed_department }, tctx)
        : readProjectTargets(input, tctx);
    for (const e of read.evaluations) {
      const parsed = Evaluation.safeParse(e);
      if (parsed.success) evaluations.push(parsed.data);
      else problems.push({ severity: 'error', line: e.start_line, message: `绩效目标无法写入模型：${parsed.error.message.slice(0, 200)}`, raw: '', code: 'evaluation_invalid' });
    }
  }
  return { evaluations, problems };
}
