import { columnWordRows } from '../../tables/grid.ts';
import { parseSideBySide } from '../side-by-side/side-by-side.ts';
import type { LayoutParser } from '../types.ts';

/**
 * Budget 收支总表 (部门收支总体情况表 / 部门收支预算表, 财政拨款收支总体情况表): the side-by-side income and
 * expenditure halves, unpivoted like the 决算 总表. A department name printed alone on the line under `部门名称：`
 * (焦作解放区) is not a header row and is dropped from the header before the columns are flattened.
 */
export const parseBudgetSummary: LayoutParser = (grid, ctx, block, doc) => {
  const header = columnWordRows(grid.header);
  return parseSideBySide({ ...grid, header }, ctx, block, doc);
};
