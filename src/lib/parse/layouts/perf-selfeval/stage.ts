import type { StageContext } from '../../../stages.ts';
import type { Problem } from '../../../model/document.ts';
import type { Evaluation } from '../../../model/performance.ts';
import { TableContext } from '../../tables/context.ts';
import { readGrid } from '../../tables/grid.ts';
import { PERF_SELFEVAL_GRID } from './perf-selfeval.ts';
import { readSelfEval, type SelfEvalKind } from './selfeval.ts';

const KINDS = new Set(['perf_overall_selfeval', 'perf_project_selfeval']);

/**
 * Performance stage: one Evaluation per 绩效自评表 of the document. The table blocks are read again with the same
 * pure reader as the layout parser (its row problems are already reported with the table, so only the
 * evaluations are returned here).
 */
export function performanceStage(ctx: StageContext): { evaluations: Evaluation[]; problems: Problem[] } {
  const evaluations: Evaluation[] = [];
  const problems: Problem[] = [];
  for (const block of ctx.segmentation.blocks) {
    if (!KINDS.has(block.kind)) continue;
    const table = ctx.tables.find((t) => t.kind === block.kind && t.start_line === block.titleLine);
    if (!table) continue; // not assembled (e.g. time budget exceeded): reported by the ingest
    const grid = readGrid(block.lines, PERF_SELFEVAL_GRID);
    const tctx = new TableContext(table.unit, table.unit_exponent);
    const { evaluation } = readSelfEval(
      {
        lines: grid.rows,
        kind: block.kind as SelfEvalKind,
        tableId: table.id,
        title: table.title,
        startLine: table.start_line,
        endLine: table.end_line,
        unit: table.unit,
        unitExponent: table.unit_exponent,
      },
      tctx,
    );
    if (evaluation.scope.level === 'department' && !evaluation.scope.name) {
      const dept = table.printed_department;
      if (dept) evaluation.scope.name = dept;
    }
    evaluations.push(evaluation);
  }
  return { evaluations, problems };
}
