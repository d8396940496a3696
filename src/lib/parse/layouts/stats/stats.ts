import { cellLabel } from '../../../text/clean.ts';
import { classifyCell } from '../../tables/cells.ts';
import { makeRow } from '../../tables/context.ts';
import type { Measure } from '../../../model/table.ts';
import type { LayoutParser } from '../types.ts';

/**
 * Sectioned statistics tables (部门决算公开相关信息统计表): `一、政府采购情况` section lines, a sub-header
 * (`项目 行次 采购金额`), then `label 行次 value` rows. Vehicle and equipment counts are `count`, not money.
 */
export const parseStats: LayoutParser = (grid, ctx) => {
  let section = '';
  let valueLabel = '金额';
  const columns: string[] = [];
  const rows = [];
  const all = [...grid.header.map((h, i) => ({ cells: h, n: grid.headerLines[i]!, raw: h.join('\t') })), ...grid.rows];
  for (const l of all) {
    const cells = l.cells.map((c) => cellLabel(c));
    const label = cells[0] ?? '';
    const numericIdx = cells.map((c, j) => ({ c, j })).filter(({ c }) => classifyCell(c) === 'number' || classifyCell(c) === 'percent');
    if (/^[一二三四五六七八九十]+、/.test(label) && numericIdx.length === 0) {
      section = label.replace(/^[一二三四五六七八九十]+、/, '');
      continue;
    }
    if (label === '项目' || (numericIdx.length === 0 && cells.filter(Boolean).length >= 2)) {
      valueLabel = cells.filter(Boolean).pop() ?? valueLabel;
      continue;
    }
    if (!label) {
      if (numericIdx.length > 0) ctx.problem(l, '有数值但没有行名称', 'row_without_label');
      continue;
    }
    // label, 行次, value
    const rowNoIdx = cells.length >= 3 ? 1 : -1;
    if (rowNoIdx > 0 && /^\d+(?:\.0+)?$/.test(cells[rowNoIdx] ?? '')) ctx.other(l, rowNoIdx);
    const valueIdx = cells.length >= 3 ? 2 : 1;
    const count = /辆|台|套|个数|人数/.test(label) || /国有资产|车辆/.test(section);
    const measure: Measure = count ? 'count' : 'yuan';
    const unit = count ? (/台|套|设备/.test(label) ? '台(套)' : /辆|车/.test(label) ? '辆' : '个') : ctx.unit;
    const column = `${section ? `${section}/` : ''}${valueLabel}`;
    if (!columns.includes(column)) columns.push(column);
    for (let j = valueIdx + 1; j < cells.length; j++) if (cells[j]) ctx.problem(l, `行的单元格多于表头`, 'row_too_long');
    rows.push(makeRow({ code: null, name: label, block: section || null, line: l.n, cells: [ctx.cell(l, valueIdx, column, measure, unit)] }));
  }
  return { columns, rows };
};
