import { cellLabel } from '../../../text/clean.ts';
import { makeRow } from '../../tables/context.ts';
import { flattenHeader } from '../../tables/grid.ts';
import { isRowNumberColumn, type LayoutParser } from '../types.ts';
import { classifyCell } from '../../tables/cells.ts';

/**
 * Tables whose data rows carry no printed label in a label column of their own (三公 tables: one row of 12 amounts
 * under a three-level header). Rows with a leading text cell use it as label.
 */
export const parseSingleRow: LayoutParser = (grid, ctx, block) => {
  // No spread over rows: a table of many rows would overflow the stack.
  const width = grid.rows.reduce((m, r) => Math.max(m, r.cells.length), Math.max(0, ...grid.header.map((r) => r.length)));
  const labels = flattenHeader(grid.header, width);
  const columns = labels.filter((l) => l && !isRowNumberColumn(l));
  const rows = [];
  for (const l of grid.rows) {
    const first = l.cells[0] ?? '';
    const firstIsLabel = classifyCell(first) === 'text' && !labels[0];
    const name = firstIsLabel ? cellLabel(first) : subjectOf(block.title);
    const cells = [];
    for (let j = firstIsLabel ? 1 : 0; j < l.cells.length; j++) {
      const label = labels[j];
      if (!label) {
        if ((l.cells[j] ?? '').trim() !== '') ctx.problem(l, '单元格没有对应的表头', 'cell_without_header');
        continue;
      }
      if (isRowNumberColumn(label)) {
        ctx.other(l, j);
        continue;
      }
      cells.push(ctx.cell(l, j, label));
    }
    rows.push(makeRow({ code: null, name, line: l.n, cells }));
  }
  return { columns, rows };
};

/** The subject a label-less row is about, from the title (财政拨款“三公”经费支出决算表 → 财政拨款“三公”经费支出). */
export function subjectOf(title: string): string {
  return title.replace(/^\d{4}年度?/, '').replace(/(?:决算|预算)?(?:情况)?表$/, '') || title;
}
