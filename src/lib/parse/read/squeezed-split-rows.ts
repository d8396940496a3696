/**
 * A row of a squeezed table (`squeezed-rows.ts`: no row fills its columns, each row's figures placed by how they stand
 * apart and by the header's totals) that pdftotext split over two lines: its label and first figures on one line, the
 * rest of its figures alone on the next (`总计  4,901.01` / `3,516.14 3,270.01 246.13 1,384.87`). Alone, the first
 * line's total sums nothing beside it and keeps no placement (its figures left unread); the next line placed alone is a
 * row without a label. Joined, the row's figures are placed as one row's: in printed order, the next line's after the
 * first line's, every total of the header holding, each figure in the one column every such placement gives it. The
 * lines' own positions say nothing of how far the next line's first figure stands from the first line's last: no
 * column is asked between them, nor forbidden. The joined row keeps each cell's source line (`cellLines`); the next
 * line is marked `skip: 'joined'`. A pair that does not so place every figure is left as it was. Pure but for
 * `lines`, which is rewritten in place; returns the numbers of the lines joined.
 */
import type { SourceLine } from '../../text/lines.ts';
import type { ColumnModel, Positioned } from './columns.ts';
import { isAmountText } from './columns.ts';
import { labelColumnCount } from './header-cover.ts';
import { squeezedFigures, squeezedPaths, squeezedPlacement, withGapAfter } from './squeezed-rows.ts';

/**
 * Join the split rows of `run` (indexes in `lines`) of a squeezed table (`model`; `parts(k)`: the pieces of line k as
 * cut), see the module comment. Returns the numbers of both lines of every pair joined.
 */
export function joinSqueezedSplitRows(lines: SourceLine[], run: readonly number[], model: ColumnModel, parts: (k: number) => readonly Positioned[]): Set<number> {
  const joined = new Set<number>();
  if (!model.squeezed) return joined;
  const labels = labelColumnCount(model);
  const paths = squeezedPaths(model);
  const filled = (l: SourceLine, j: number) => (l.cells[j] ?? '').trim() !== '';
  const valueColumns = model.columns.map((_, j) => j).slice(labels);
  for (let r = 0; r + 1 < run.length; r++) {
    const [a, b] = [run[r]!, run[r + 1]!];
    const [first, next] = [lines[a]!, lines[b]!];
    if (first.skip || next.skip || next.n !== first.n + 1 || next.pageStart) continue;
    // the first line: a label, its figures left unread; the next: figures alone
    const own = squeezedFigures([...parts(a)], model);
    const rest = squeezedFigures([...parts(b)], model);
    if (own.length === 0 || rest.length === 0 || valueColumns.some((j) => filled(first, j))) continue;
    if (!model.columns.slice(0, labels).some((_, j) => filled(first, j)) || parts(b).length !== rest.length || !rest.every((p) => isAmountText(p.text))) continue;
    const figures = [...own, ...withGapAfter(own, rest)];
    const at = squeezedPlacement(figures, paths, model.squeezedCell);
    if (at === null || at.some((c) => c < 0)) continue;
    const cells = [...first.cells];
    const spans = first.spans ? [...first.spans] : undefined;
    const cellLines = cells.map((_, j) => first.cellLines?.[j] ?? first.n);
    for (const j of valueColumns) cells[j] = '';
    at.forEach((c, i) => {
      const j = labels + c;
      const printed = i < own.length ? own[i]! : rest[i - own.length]!;
      cells[j] = printed.text;
      cellLines[j] = i < own.length ? first.n : next.n;
      if (spans) spans[j] = { start: printed.start, end: printed.end };
    });
    lines[a] = { ...first, cells, ...(spans ? { spans } : {}), cellLines, joined: [...(first.joined ?? []), next.n] };
    lines[b] = { ...next, cells: next.cells.map(() => ''), skip: 'joined' };
    joined.add(first.n).add(next.n);
    r++;
  }
  return joined;
}
