import { cleanLabel } from '../../text/clean.ts';
import { parseCode } from '../cells.ts';
import { makeRow } from '../context.ts';
import { flattenHeader } from '../grid.ts';
import { isRowNumberColumn, lastSegment, type LayoutParser } from './types.ts';
import { headerWidth } from './types.ts';

/**
 * Classification tables: a code column (功能分类科目编码 / 科目代码), a name column (科目名称), then value columns
 * (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表, 政府性基金 / 国有资本经营 tables).
 */
export const parseClassified: LayoutParser = (grid, ctx) => {
  const width = headerWidth(grid);
  const labels = flattenHeader(grid.header, width);
  let codeIdx = labels.findIndex((l) => /编码|代码/.test(lastSegment(l)));
  let nameIdx = labels.findIndex((l) => /名称/.test(lastSegment(l)));
  if (codeIdx < 0) codeIdx = 0;
  if (nameIdx < 0 || nameIdx === codeIdx) nameIdx = codeIdx + 1;
  const valueIdx: number[] = [];
  for (let j = 0; j < labels.length; j++) {
    if (j === codeIdx || j === nameIdx) continue;
    if (isRowNumberColumn(labels[j]!)) continue;
    if (!labels[j]) continue;
    valueIdx.push(j);
  }
  const columns = valueIdx.map((j) => labels[j]!);
  const rows = [];
  for (const l of grid.rows) {
    const codeRaw = cleanLabel(l.cells[codeIdx] ?? '');
    const nameRaw = cleanLabel(l.cells[nameIdx] ?? '');
    const code = parseCode(codeRaw);
    let name = nameRaw;
    if (!code && codeRaw && !nameRaw) name = codeRaw;
    else if (!code && codeRaw && nameRaw) name = `${codeRaw}${nameRaw}`;
    if (code) ctx.other(l, codeIdx);
    for (let j = 0; j < l.cells.length; j++) if (isRowNumberColumn(labels[j] ?? '')) ctx.other(l, j);
    const extra = l.cells.slice(labels.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) ctx.problem(l, `行的单元格多于表头 (${l.cells.length} > ${labels.length})`, 'row_too_long');
    const unlabeled = l.cells.some((c, j) => j < labels.length && !labels[j] && c.trim() !== '' && j !== codeIdx && j !== nameIdx);
    if (unlabeled) ctx.problem(l, '单元格没有对应的表头', 'cell_without_header');
    if (!name && !code) {
      if (valueIdx.some((j) => (l.cells[j] ?? '').trim() !== '')) ctx.problem(l, '有数值但没有行名称', 'row_without_label');
      continue;
    }
    rows.push(
      makeRow({
        code,
        name,
        line: l.n,
        cells: valueIdx.map((j) => ctx.cell(l, j, labels[j]!)),
      }),
    );
  }
  return { columns, rows };
};
