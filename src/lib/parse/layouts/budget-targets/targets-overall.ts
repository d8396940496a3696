import type { Row } from '../../../model/table.ts';
import type { SourceLine } from '../../../text/lines.ts';
import { classifyCell } from '../../tables/cells.ts';
import { makeRow, type TableContext } from '../../tables/context.ts';
import { accountIndicatorTokens, budgetFund, cellsOf, isTargetMetaLine, targetIndicator, type EvaluationInput, type IndicatorInput } from './targets-common.ts';

/**
 * 部门（单位）整体绩效目标表 (预算): 年度履职目标, 年度主要任务 (任务名称 / 主要内容), 预算情况 (部门预算总额, 资金来源,
 * 资金结构 amounts) and the indicator block 一级 / 二级 / 三级指标 | 指标值 | 指标值说明. Continued across pages with
 * repeated titles; merged 一级/二级 cells are carried down; rows that lost their leading blank cell (`⇥三级⇥值⇥说明`)
 * are re-aligned to the right. The amounts become table rows (column `金额`); everything goes into one Evaluation.
 */

export interface OverallTargetsInput {
  lines: SourceLine[];
  tableId: string;
  startLine: number;
  endLine: number;
  unit: string;
  department: string | null;
}

export interface TargetsRead {
  rows: Row[];
  columns: string[];
  evaluations: EvaluationInput[];
}

const FUNDS_RE = /预算总额|资金来源|资金结构|政府预算资金|财政专户管理资金|单位资金|基本支出|项目支出|财政拨款|其他资金/;

function normSource(label: string): string {
  return label
    .replace(/[\s\u3000]/g, '')
    .replace(/^\d[、.．]\s*(?:资金来源|资金结构)[:：]/, '')
    .replace(/^[（(]\d[）)]/, '')
    .replace(/[（(]万元[）)]$/, '');
}

export function readOverallTargets(input: OverallTargetsInput, ctx: TableContext): TargetsRead {
  const rows: Row[] = [];
  const indicators: IndicatorInput[] = [];
  const tasks: { name: string; content: string; result: string; line: number }[] = [];
  const funds: NonNullable<EvaluationInput['funds']> = [];
  let goal = '';
  let name = input.department ?? '';
  let phase: 'head' | 'tasks' | 'funds' | 'indicators' = 'head';
  let level1 = '';
  let level2 = '';

  for (const l of input.lines) {
    const cells = cellsOf(l);
    if (cells.every((c) => c === '') || isTargetMetaLine(cells)) continue;
    const first = cells[0]!.replace(/\s/g, '');
    if (/^部门[（(]单位[)）]名称$/.test(first)) {
      name = cells.slice(1).find((c) => c !== '') ?? name;
      continue;
    }
    if (/^年度履职目标$/.test(first)) {
      goal = cells.slice(1).filter((c) => c !== '').join('');
      continue;
    }
    if (/^年度主要任务$/.test(first)) {
      phase = 'tasks';
      continue;
    }
    if (cells.slice(0, 3).join('|').replace(/\s/g, '') === '一级指标|二级指标|三级指标') {
      phase = 'indicators';
      continue;
    }
    if (phase === 'indicators') {
      accountIndicatorTokens(ctx, l, 0);
      const c = [...cells];
      while (c.length > 5 && c[c.length - 1] === '') c.pop();
      while (c.length < 5) c.unshift('');
      if (c[0]) level1 = c[0];
      if (c[1]) level2 = c[1];
      if (!c[2] && !c[3]) {
        // Explanation continued on its own line.
        const last = indicators[indicators.length - 1];
        if (last && c[4]) last.explanation = `${last.explanation ?? ''}${c[4]}`;
        else if (c.some((x) => x !== '')) ctx.problem(l, '绩效指标行没有三级指标和指标值', 'indicator_without_name', 'warning');
        continue;
      }
      indicators.push(targetIndicator(level1, level2, c[2]!, c[3]!, c[4] || null, l.n));
      continue;
    }
    // Tasks and funds share the rows between 年度主要任务 and the indicator header.
    const label = cells[1] ?? '';
    const amountIdx = cells.findIndex((x, j) => j >= 2 && classifyCell(x) === 'number');
    const isFunds = FUNDS_RE.test(label.replace(/\s/g, '')) && (amountIdx >= 0 || cells.slice(2).every((x) => x === ''));
    if (isFunds) {
      phase = 'funds';
      const source = normSource(label);
      const cell = amountIdx >= 0 ? ctx.cell(l, amountIdx, '金额') : ctx.cell(l, 3, '金额');
      for (let j = 2; j < cells.length; j++) if (j !== amountIdx && classifyCell(cells[j]!) === 'number') ctx.problem(l, `多余的数字「${cells[j]}」`, 'unexpected_number', 'warning');
      rows.push(makeRow({ code: null, name: source, block: '预算情况', line: l.n, cells: [cell] }));
      funds.push(budgetFund(source, cell.value, l.n));
      continue;
    }
    if (phase === 'tasks' || phase === 'head') {
      const content = cells.slice(2).filter((x) => x !== '').join('');
      if (label || content) {
        tasks.push({ name: label, content, result: '', line: l.n });
        accountIndicatorTokens(ctx, l, 0);
        continue;
      }
    }
    if (cells.some((x) => classifyCell(x) === 'number')) ctx.problem(l, '整体绩效目标表中无法归类的行', 'unclassified_row', 'warning');
  }

  const evaluation: EvaluationInput = {
    table_id: input.tableId,
    kind: 'perf_overall_targets',
    scope: { level: 'department', name },
    funds_unit: input.unit,
    funds,
    goals: goal ? { expected: goal, actual: '' } : null,
    tasks,
    indicators,
    total_score_printed: null,
    score_sum: null,
    start_line: input.startLine,
    end_line: input.endLine,
  };
  return { rows, columns: ['金额'], evaluations: [evaluation] };
}
