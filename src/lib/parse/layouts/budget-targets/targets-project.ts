import type { Cell, Row } from '../../../model/table.ts';
import { classifyCell, makeCell } from '../../tables/cells.ts';
import { makeRow, type TableContext } from '../../tables/context.ts';
import { accountIndicatorTokens, budgetFund, cellsOf, isTargetMetaLine, targetIndicator, type EvaluationInput, type IndicatorInput } from './targets-common.ts';
import type { SourceLine } from '../../../text/lines.ts';
import type { TargetsRead } from './targets-overall.ts';

/**
 * 项目绩效目标表 / 部门预算项目绩效目标汇总表 (预算):
 *
 *     单位编码（项目编码） | 项目单位（项目名称） | 资金总额 | 政府预算资金 | 财政专户管理资金 | 单位资金 |
 *     成本指标 三级指标 | 指标值 | 产出指标 三级 | 值 | 效益指标 三级 | 值 | 满意度指标 三级 | 值
 *
 * Unit rows (`021001 郑州市工业和信息化局`, `566`) carry the unit's total; project rows (a long project code or the
 * 涉密 XXXX line) start a project, the following rows add indicators. The conversion drops blank cells, so a row
 * whose first indicator cell sits at an odd position is shifted back by one; indicator cells that hold only a name
 * fragment (`通过率`, `性`) continue the wrapped name of the previous indicator of the same group, and a row that
 * holds only a project-name fragment (`地奖补资金`) continues the wrapped project name.
 */

export interface ProjectTargetsInput {
  lines: SourceLine[];
  tableId: string;
  startLine: number;
  endLine: number;
  unit: string;
}

export const PROJECT_AMOUNT_COLUMNS = ['资金总额', '政府预算资金', '财政专户管理资金', '单位资金'] as const;
const GROUPS = ['成本指标', '产出指标', '效益指标', '满意度指标'] as const;
const FIRST_INDICATOR = 6;

function isHeaderLine(cells: string[]): boolean {
  const t = cells.join('|').replace(/\s/g, '');
  return /三级指标|资金总额|单位编码|成本指标\|/.test(t) && !cells.some((c) => classifyCell(c) === 'number');
}

interface Project {
  row: Row;
  evaluation: EvaluationInput;
  indicators: IndicatorInput[];
}

export function readProjectTargets(input: ProjectTargetsInput, ctx: TableContext): TargetsRead {
  const rows: Row[] = [];
  const projects: Project[] = [];
  let entity: string | null = null;
  let current: Project | null = null;

  for (const l of input.lines) {
    const cells = cellsOf(l);
    if (cells.every((c) => c === '') || isTargetMetaLine(cells) || isHeaderLine(cells)) continue;
    const codeRaw = (cells[0] ?? '').replace(/[\s\u3000]/g, '');
    const name = cells[1] ?? '';
    const hasAmount = [2, 3, 4, 5].some((j) => {
      const k = classifyCell(cells[j] ?? '');
      return k === 'number' || k === 'withheld';
    });
    const isCode = /^\d+$/.test(codeRaw);
    if (isCode) ctx.other(l, 0);

    if (hasAmount && (isCode || /涉密/.test(name))) {
      const amounts: Cell[] = PROJECT_AMOUNT_COLUMNS.map((col, k) =>
        classifyCell(cells[2 + k] ?? '') === 'text'
          ? // An indicator shifted left into the amount columns (a blank cell was dropped): not an amount.
            makeCell('', { column: col, line: l.n, unitExponent: ctx.unitExponent, unit: ctx.unit }).cell
          : ctx.cell(l, 2 + k, col),
      );
      const isProject = (isCode && codeRaw.length > 8) || /涉密/.test(name);
      if (!isProject) {
        // Unit row (6 digits) or the department row (3 digits, no name).
        const unitName = name || '合计';
        entity = name ? `${codeRaw} ${name}` : null;
        current = null;
        rows.push(makeRow({ code: null, name: unitName, entity, extra_codes: { unit_code: codeRaw }, is_total: !name, line: l.n, cells: amounts }));
        continue;
      }
      const row = makeRow({ code: isCode ? codeRaw : null, name, entity: name, extra_codes: entity ? { unit_code: entity.split(' ')[0]! } : {}, line: l.n, cells: amounts });
      rows.push(row);
      const evaluation: EvaluationInput = {
        table_id: input.tableId,
        kind: 'perf_project_targets',
        scope: { level: 'project', name, project_code: isCode ? codeRaw : null, implementing_unit: entity ? entity.replace(/^\d+\s/, '') : null },
        funds_unit: input.unit,
        funds: PROJECT_AMOUNT_COLUMNS.map((col, k) => budgetFund(col, amounts[k]!.value, l.n)),
        indicators: [],
        total_score_printed: null,
        score_sum: null,
        start_line: l.n,
        end_line: l.n,
      };
      current = { row, evaluation, indicators: [] };
      projects.push(current);
    } else if (isCode || hasAmount) {
      ctx.problem(l, '项目绩效目标行的编码或金额无法识别', 'unclassified_row', 'warning');
      continue;
    }

    if (!current) {
      if (cells.slice(2).some((c) => c !== '')) ctx.problem(l, '绩效指标不属于任何项目', 'indicator_without_project', 'warning');
      continue;
    }
    current.evaluation.end_line = l.n;
    // A project-name fragment on a continuation row (wrapped 项目名称).
    if (!hasAmount && !isCode && name) {
      current.row.name += name;
      current.row.entity = current.row.name;
      current.evaluation.scope.name = current.row.name;
    }
    accountIndicatorTokens(ctx, l, 4);
    readIndicatorCells(cells, l, current, ctx);
  }
  for (const p of projects) p.evaluation.indicators = p.indicators;
  const withheld = rows.filter((r) => r.cells.some((c) => c.withheld));
  if (withheld.length > 0) {
    ctx.problems.push({
      severity: 'info',
      line: withheld[0]!.line,
      message: `${withheld.length} 个项目的金额按规定不予公开（XXXX，记为 withheld）；单位和部门合计包含这些金额 (lines ${withheld.map((r) => r.line).join(', ')})`,
      raw: '',
      code: 'withheld_values',
    });
  }
  return { rows, columns: [...PROJECT_AMOUNT_COLUMNS], evaluations: projects.map((p) => p.evaluation) };
}

function readIndicatorCells(cells: string[], l: SourceLine, p: Project, ctx: TableContext): void {
  // First indicator cell: after the amounts (index ≥ 4, skipping amount cells).
  let first = -1;
  for (let j = 4; j < cells.length; j++) {
    const k = classifyCell(cells[j]!);
    if (cells[j] !== '' && !(j < FIRST_INDICATOR && (k === 'number' || k === 'withheld'))) {
      first = j;
      break;
    }
  }
  if (first < 0) return;
  // The conversion drops blank cells in front of the indicators: a first indicator cell at an odd position is one
  // cell to the left of its column. A 满意度 indicator name fixes the shift of its row.
  let shift = first % 2 === 1 ? 1 : 0;
  let lastSatisfaction = -1;
  for (let j = first; j < cells.length; j++) if (/满意/.test(cells[j]!) && j + 1 < cells.length && cells[j + 1] !== '') lastSatisfaction = j;
  const satShift = FIRST_INDICATOR + 2 * (GROUPS.length - 1) - lastSatisfaction;
  if (lastSatisfaction >= 0 && satShift >= 0 && satShift <= 2) shift = satShift;
  for (let g = 0; g < GROUPS.length; g++) {
    const ni = FIRST_INDICATOR + 2 * g - shift;
    const name = ni >= 0 ? (cells[ni] ?? '') : '';
    const value = cells[ni + 1] ?? '';
    if (!name && !value) continue;
    const group = GROUPS[g]!;
    const prev = [...p.indicators].reverse().find((x) => x.level1 === group);
    if (name && !value && prev) {
      // Wrapped indicator name continued on this line.
      prev.level3 += name;
      continue;
    }
    if (!name && value && prev && prev.target.kind === 'blank') {
      prev.target = targetIndicator(group, '', prev.level3, value, null, prev.line).target;
      continue;
    }
    if (!name) {
      ctx.problem(l, `「${group}」有指标值「${value}」但没有三级指标`, 'indicator_without_name', 'warning');
      continue;
    }
    p.indicators.push(targetIndicator(group, '', name, value, null, l.n));
  }
  const extra = cells.slice(FIRST_INDICATOR + 2 * GROUPS.length - shift).filter((c) => c !== '');
  if (extra.length > 0) ctx.problem(l, `绩效指标单元格多于表头：${extra.join('、')}`, 'row_too_long', 'warning');
}
