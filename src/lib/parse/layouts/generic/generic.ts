import { cellLabel } from '../../../text/clean.ts';
import { classifyCell } from '../../tables/cells.ts';
import { makeRow } from '../../tables/context.ts';
import { flattenHeader } from '../../tables/grid.ts';
import { isRowNumberColumn, type LayoutParser } from '../types.ts';

/**
 * Fallback for layouts without a dedicated parser (and for kind `other`): the first text cell of each row is its
 * label; every numeric cell becomes a value under its header label (or `列N` when the header has none).
 */
export const parseGeneric: LayoutParser = (grid, ctx) => {
  // No spread over rows: a table of many rows would overflow the stack.
  const width = grid.rows.reduce((m, r) => Math.max(m, r.cells.length), Math.max(0, ...grid.header.map((r) => r.length)));
  const labels = flattenHeader(grid.header, width);
  const columns = new Set<string>();
  const rows = [];
  for (const l of grid.rows) {
    const labelIdx = l.cells.findIndex((c) => classifyCell(c) === 'text');
    const name = labelIdx >= 0 ? cellLabel(l.cells[labelIdx]!) : '';
    const cells = [];
    for (let j = 0; j < l.cells.length; j++) {
      const k = classifyCell(l.cells[j]!);
      if (k !== 'number' && k !== 'percent' && k !== 'withheld') continue;
      const label = labels[j] || `列${j + 1}`;
      if (isRowNumberColumn(label)) {
        ctx.other(l, j);
        continue;
      }
      columns.add(label);
      cells.push(ctx.cell(l, j, label));
    }
    if (!name && cells.length === 0) continue;
    rows.push(makeRow({ code: null, name, line: l.n, cells }));
  }
  return { columns: [...columns], rows };
};
