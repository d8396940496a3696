import { joinCodeLinesAbove } from '../../tables/budget-rows.ts';
import { columnWordRows, flattenHeader } from '../../tables/grid.ts';
import { familyOf, mapHeader } from '../../tables/vocabulary.ts';
import { parseBudgetLabelled } from '../budget-labelled/budget-labelled.ts';
import { parseClassified } from '../classified/classified.ts';
import type { LayoutParser } from '../types.ts';

/**
 * Budget income tables (部门收入总体情况表 / 部门收入预算表 / 收入预算表) come in two layouts, told apart by the
 * header's meaning: one row per budget unit (`单位代码 | 单位名称 | amounts`, read by the labelled parser), or one row
 * per function class (`科目编码 | 科目名称 | 合计 | 一般公共预算拨款 | … | 上年结转`, or `项目 | 合计 | …` printed without
 * codes, read as a classification table).
 */
export const parseBudgetIncome: LayoutParser = (grid, ctx, block, doc) => {
  const header = columnWordRows(grid.header);
  const roles = mapHeader(flattenHeader(header), familyOf(block.kind)).map((m) => m.role);
  // By class when the header names a classification code or, printed without codes, only a name column (科目名称 /
  // 项目, the level then shown by indentation); by unit when it names a unit code.
  const labelRoles = roles.filter((r) => r === 'code' || r === 'code_part' || r === 'name');
  const byClass = !roles.includes('unit_code') && (roles.includes('code') || roles.includes('code_part') || labelRoles.length === 1);
  if (!byClass) return parseBudgetLabelled(grid, ctx, block, doc);
  // A code printed on a line without figures, the name (or its rest) and figures on the next: one row.
  const { rows, codeLines } = joinCodeLinesAbove(grid.rows);
  for (const l of codeLines) l.cells.forEach((c, j) => c.trim() !== '' && ctx.other(l, j));
  return parseClassified({ ...grid, header, rows }, ctx, block, doc);
};
