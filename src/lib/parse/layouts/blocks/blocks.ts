import type { Row } from '../../../model/table.ts';
import { cellLabel } from '../../../text/clean.ts';
import { continuesLabel } from '../../tables/levels.ts';
import { parseCode } from '../../tables/cells.ts';
import { isTotalLabel, makeRow } from '../../tables/context.ts';
import { flattenHeader } from '../../tables/grid.ts';
import { isRowNumberColumn, lastSegment, type LayoutParser } from '../types.ts';
import { headerWidth } from '../types.ts';
import { lookupWord, mapHeader, reportUnknownColumns } from '../../tables/vocabulary.ts';

/**
 * Repeating blocks of (科目编码, 科目名称, values…) printed side by side: the basic-expenditure detail table
 * (焦作/平顶山: three 决算数 blocks; 阳泉: four 金额 / 其中：基本支出 blocks). Each block part of a line becomes a row.
 * A total label printed in one block with its values further right (阳泉 公用经费合计) is joined to those values.
 */
export const parseBlocks: LayoutParser = (grid, ctx) => {
  const width = headerWidth(grid);
  const labels = flattenHeader(grid.header, width);
  const starts: number[] = [];
  for (let j = 0; j < labels.length; j++) if (/编码|代码/.test(lastSegment(labels[j] ?? ''))) starts.push(j);
  if (starts.length === 0) starts.push(0);
  let group: string | null = null;
  const blocks = starts.map((s, b) => {
    const end = starts[b + 1] ?? labels.length;
    const nameIdx = s + 1;
    const valueIdx: number[] = [];
    for (let j = nameIdx + 1; j < end; j++) if (labels[j] && !isRowNumberColumn(labels[j]!)) valueIdx.push(j);
    // A header that flattens to no labels has no label at `s`: the block is still named, never read through undefined.
    const head = labels[s] ?? '';
    // A group label over the blocks (人员经费 | 公用经费) heads its block and the blocks after it up to the next group,
    // even where a space-aligned header shows it over the block's first column only.
    // (`项目` over the code and name columns is a label group: it names its block only.)
    const top = head.includes('/') ? (head.split('/')[0] ?? '') : null;
    if (top !== null) group = isBlockGroup(top) ? top : null;
    for (const j of valueIdx) if (group && !labels[j]!.startsWith(`${group}/`)) labels[j] = `${group}/${labels[j]}`;
    return { codeIdx: s, nameIdx, valueIdx, name: top ?? group ?? `第${b + 1}栏` };
  });
  const columns = [...new Set(blocks.flatMap((b) => b.valueIdx.map((j) => labels[j]!)))];
  reportUnknownColumns(ctx, grid.rows[0], mapHeader(columns, 'economic'), columns.map((_, i) => i));
  const rows: Row[] = [];
  // The last coded row of each block, to join a label the conversion wrapped onto the next line.
  const previous = new Map<(typeof blocks)[number], { row: Row; line: number }>();
  for (const l of grid.rows) {
    let pending: { name: string; block: string } | null = null;
    for (const b of blocks) {
      const codeRaw = cellLabel(l.cells[b.codeIdx] ?? '');
      const nameRaw = cellLabel(l.cells[b.nameIdx] ?? '');
      const code = parseCode(codeRaw);
      if (code) ctx.other(l, b.codeIdx);
      let name = nameRaw || (!code ? codeRaw : '');
      const hasValue = b.valueIdx.some((j) => (l.cells[j] ?? '').trim() !== '');
      // A name alone in its block (no code, no amounts) under a coded row of the block: the rest of its label.
      const above = previous.get(b);
      if (nameRaw && !codeRaw && !hasValue && above && continuesLabel(nameRaw, l.n - above.line)) {
        above.row.name += nameRaw;
        above.line = l.n;
        continue;
      }
      if (!name && !code) {
        if (!hasValue) continue;
        if (pending) {
          name = pending.name;
        } else {
          ctx.problem(l, `第${blocks.indexOf(b) + 1}栏有数值但没有科目`, 'row_without_label');
          continue;
        }
      }
      if (!hasValue && !code && isTotalLabel(name)) {
        pending = { name, block: b.name };
        continue;
      }
      const blockName = pending && name === pending.name ? pending.block : b.name;
      if (pending && name === pending.name) pending = null;
      const row = makeRow({
        code,
        name,
        block: blockName,
        line: l.n,
        cells: b.valueIdx.map((j) => ctx.cell(l, j, labels[j]!)),
      });
      rows.push(row);
      if (code) previous.set(b, { row, line: l.n });
      else previous.delete(b);
    }
    if (pending) ctx.problem(l, `合计行「${pending.name}」没有数值`, 'total_without_value', 'warning');
    if (l.cells.length > labels.length && l.cells.slice(labels.length).some((c) => c.trim() !== '')) {
      ctx.problem(l, `行的单元格多于表头 (${l.cells.length} > ${labels.length})`, 'row_too_long');
    }
  }
  return { columns, rows };
};

/** A group word over whole blocks (人员经费, 公用经费, or a word the vocabulary does not know), not a label group (项目). */
function isBlockGroup(word: string): boolean {
  const term = lookupWord(word, 'economic');
  return term === null || term.role === 'value';
}
