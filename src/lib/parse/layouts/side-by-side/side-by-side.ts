import type { Row } from '../../../model/table.ts';
import type { SourceLine } from '../../../text/lines.ts';
import { cellLabel } from '../../../text/clean.ts';
import { continuesLabel, fillsColumn, isNumberedColumn, widestLabel } from '../../tables/levels.ts';
import { makeRow } from '../../tables/context.ts';
import { flattenHeader } from '../../tables/grid.ts';
import { isRowNumberColumn, type LayoutParser } from '../types.ts';
import { familyOf, isHeaderWordRow, mapHeader, reportUnknownColumns, type ColumnMeaning } from '../../tables/vocabulary.ts';
import { rereadHeader } from './reread.ts';
import { READING_WORDS } from './header-chars.ts';
import { classifyCell } from '../../tables/cells.ts';
import { headerWidth, lastSegment } from '../types.ts';
import { isRepeatedHeader, readPdfRows } from './pdf-rows.ts';
import { ungluedRowNumbers } from './glued-row-number.ts';
import { pairRuleOf, totalOverFunds } from './funds.ts';

interface Group {
  name: string;
  labelIdx: number;
  valueIdx: number[];
  /** 行次 columns of the group. */
  numberIdx: number[];
}

/** The halves of a flattened header: a label column by meaning starts a half; 行次 and figure columns follow it. */
function groupsOf(labels: string[], meanings: ColumnMeaning[]): Group[] {
  const groups: Group[] = [];
  for (let j = 0; j < labels.length; j++) {
    const top = labels[j]!.split('/')[0]!;
    // A label column by meaning (项目, 收入项目, 支出项目, 科目名称 …), and the first column in any case.
    const isLabelCol = meanings[j]!.role === 'name' || (groups.length === 0 && j === 0);
    const cur = groups[groups.length - 1];
    if (isLabelCol || !cur || (top !== cur.name && labels[j]!.includes('/'))) {
      groups.push({ name: top, labelIdx: j, valueIdx: [], numberIdx: [] });
      continue;
    }
    if (isRowNumberColumn(labels[j]!)) cur.numberIdx.push(j);
    if (isRowNumberColumn(labels[j]!) || !labels[j]) continue;
    cur.valueIdx.push(j);
  }
  return groups;
}

/**
 * Each half's label read by order replaced by the cell of the line that holds it with the pieces joined to it: pieces
 * of words, no digit (a figure or 行次 the grid's columns put beside the label is no piece of it).
 */
function keepJoinedLabels(cells: string[], joined: readonly string[], groups: readonly Group[]): void {
  for (const g of groups) {
    const label = cells[g.labelIdx]!.replace(/\s+/g, '');
    if (!label) continue;
    const whole = joined
      .filter((c) => c.replace(/\s+/g, '').includes(label) && !/\d/.test(c.replace(/\s+/g, '').replace(label, '')))
      .sort((a, b) => b.length - a.length)[0];
    if (whole) cells[g.labelIdx] = whole;
  }
}

/**
 * Side-by-side layouts (收入支出决算总表, 财政拨款收入支出决算总表, budget 收支总表): the income half and the
 * expenditure half are printed on the same lines. Each half is unpivoted so every printed label is its own row.
 */
/**
 * True when the cells the spaced reader found by position (`byPosition`) hold every figure a reading by order put in
 * the figure columns (`values`: their indices in `read`), each in its column as read: the positions then read those
 * figures as the order does, and may place what it cannot.
 */
export function positionsHold(byPosition: readonly string[], read: readonly string[], values: readonly number[]): boolean {
  const squeezed = (c: string | undefined) => (c ?? '').replace(/[\s\u3000]+/g, '');
  return values.every((j) => squeezed(read[j]) === '' || squeezed(byPosition[j]) === squeezed(read[j]));
}

export const parseSideBySide: LayoutParser = (grid, ctx, block) => {
  const width = headerWidth(grid);
  // (each column by its printed label with a word wrapped over two header lines joined, `一般公共预算` / `财政拨款`)
  let meanings = mapHeader(flattenHeader(grid.header, width), familyOf(block.kind));
  let labels = meanings.map((m) => m.label);
  let groups = groupsOf(labels, meanings);
  // On the PDF path a header whose names the narrow columns broke and interleaved is read again by its characters.
  const reread = grid.rows.some((l) => l.form === 'spaced') ? rereadHeader(grid, block, groups, meanings) : null;
  if (reread) {
    meanings = mapHeader(reread.labels, familyOf(block.kind));
    labels = meanings.map((m) => m.label);
    groups = reread.halves.map((h) => ({ ...h }));
    const read = labels.filter((_, j) => groups.some((g) => g.valueIdx.includes(j)));
    ctx.problem(reread.line, `表头被窄列拆散，重新读出：${read.join('、')}（${READING_WORDS[reread.how]}）`, 'header_read_by_characters', 'info');
  }
  const columns = groups.flatMap((g) => g.valueIdx.map((j) => labels[j]!));
  reportUnknownColumns(ctx, grid.rows[0], meanings, groups.flatMap((g) => g.valueIdx));
  // On the PDF path each page is laid out on its own: its lines are read by the order of their words, or placed on
  // the page's own calibration (pdf-rows.ts); their cells are laid out again on the header's columns. Lines not so
  // read under a header read again have cells on columns that no longer exist: reported, not read.
  const names = groups.flatMap((g) => g.valueIdx.map((j) => lastSegment(labels[j]!)));
  const data = reread ? grid.rows.filter((l) => l.n >= reread.firstRow) : grid.rows;
  const pairs = pairRuleOf(data, groups, labels);
  // (a half's 行次 run into its first figure written apart first: the rows read from lines so rewritten)
  const unglued = ungluedRowNumbers(data);
  const asRead = data.map((l) => (unglued.has(l) ? { ...l, raw: unglued.get(l)! } : l));
  const readRows = readPdfRows(asRead, groups, labels.length, names, pairs, totalOverFunds(groups, labels));
  const pdfRows = new Map(data.flatMap((l, i) => (readRows.has(asRead[i]!) ? [[l, readRows.get(asRead[i]!)!] as const] : [])));
  const how = { first: null as SourceLine | null, order: 0, placed: 0, pair: 0 };
  // (each line's cells as printed on it, before a wrapped label's pieces are joined: how wide a column's labels print)
  const printed = new Map<SourceLine, string[]>();
  const lines = data.filter((l) => {
    // (a pair beside zeros it cannot place is read only where the line would be lost: the cells found by position
    // under a header not read again place the zeros too — when they hold every figure the pair reads where it reads it)
    const found = pdfRows.get(l);
    const byPosition = found?.how === 'pair' && found.unplaced?.length && !reread && positionsHold(l.cells, found.cells, groups.flatMap((g) => g.valueIdx));
    const read = byPosition ? { how: 'unread' as const } : found;
    if (read?.how === 'header' || read?.how === 'joined') l.cells.forEach((_, j) => ctx.other(l, j));
    else if (read && 'cells' in read) {
      // a label the reader joined from the lines around (`一、一般公共预算财政` + `拨款`) is kept whole
      printed.set(l, [...read.cells]);
      if (l.joined?.length) keepJoinedLabels(read.cells, l.cells, groups);
      l.cells = read.cells;
      if (read.lines) l.cellLines = read.lines;
      l.spans = undefined;
      how.first ??= l;
      if (read.how === 'placed') how.placed++;
      else if (read.how === 'pair') how.pair++;
      else how.order++;
      for (const zero of read.unplaced ?? []) {
        ctx.problem(l, `数字「${zero}」：只有一种资金有收入，这个零可能在任何一个没有收入的资金列，未读入`, 'sides_zero_not_placed', 'warning');
      }
    } else if (read && reread) ctx.problem(l, '行的词序有多种读法，也无法按本页校准的位置放置：本行未读', 'row_not_read', 'error');
    return read?.how !== 'header' && read?.how !== 'joined' && !(read?.how === 'unread' && reread);
  });
  const rows: Row[] = [];
  // The last row of each half, to join a label the conversion wrapped onto the next line.
  const previous = new Map<Group, { row: Row; line: number; piece: string }>();
  const widest = new Map(groups.map((g) => [g, widestLabel(lines.map((l) => ({ cells: printed.get(l) ?? l.cells })), g.labelIdx)]));
  const numbered = new Map(groups.map((g) => [g, isNumberedColumn(lines.map((l) => l.cells[g.labelIdx] ?? ''))]));
  // (right under a line of the header's words repeated after a page break)
  let underHeader = false;
  for (const l of lines) {
    const noNumber = !l.cells.some((c) => classifyCell(c) === 'number');
    // A header repeated after a page break (wrapped differently, so the grid did not match it) is not data.
    // (on the PDF path, by its words: a page's header words stand at other positions than the first page's columns)
    if (noNumber && (isHeaderWordRow(l.cells, familyOf(block.kind)) || (l.form === 'spaced' && isHeaderWordRow(l.raw.split(/[\s\u3000]+/), familyOf(block.kind))))) {
      underHeader = true;
      continue;
    }
    // (nor are the lines of pieces of its column names under such a line, where pdftotext left no blank line at the
    // page break: `政府性 国有资` under `收入   支出` is the header's, never the rest of the label of the row above)
    if (underHeader && noNumber && l.form === 'spaced' && isRepeatedHeader(l.raw, names)) continue;
    underHeader = false;
    for (let j = 0; j < l.cells.length; j++) if (isRowNumberColumn(labels[j] ?? '')) ctx.other(l, j);
    if (l.cells.length > labels.length && l.cells.slice(labels.length).some((c) => c.trim() !== '')) {
      ctx.problem(l, `行的单元格多于表头 (${l.cells.length} > ${labels.length})`, 'row_too_long');
    }
    for (const g of groups) {
      const name = cellLabel(l.cells[g.labelIdx] ?? '');
      const hasValue = g.valueIdx.some((j) => (l.cells[j] ?? '').trim() !== '');
      if (!name) {
        if (hasValue) ctx.problem(l, `「${g.name}」一侧有数值但没有行名称`, 'row_without_label');
        continue;
      }
      // A label alone in its half (no amounts, no 行次) under a row of that half whose label fills the column, in a
      // column of numbered labels: the rest of its wrapped label.
      const above = previous.get(g);
      const rowNumber = g.numberIdx.some((j) => (l.cells[j] ?? '').trim() !== '');
      const wrapped = above && !hasValue && !rowNumber && !above.row.is_total && numbered.get(g) && fillsColumn(above.piece, widest.get(g)!);
      if (wrapped && continuesLabel(name, l.n - above.line)) {
        above.row.name += name;
        above.line = l.n;
        above.piece = name;
        continue;
      }
      const row = makeRow({
        code: null,
        name,
        block: g.name,
        line: l.n,
        cells: g.valueIdx.map((j) => ctx.cell(l, j, labels[j]!)),
      });
      rows.push(row);
      previous.set(g, { row, line: l.n, piece: name });
    }
  }
  if (how.first) {
    ctx.problem(
      how.first,
      `PDF 转换的收支两侧：${how.order} 行按词序读取（每侧：行名称、行次、全部数值），${how.placed} 行的数值按本页校准的列位置放置${
        how.pair ? `，${how.pair} 行的支出一侧只印两个相等的数：只有一种资金有收入，它们是合计和该资金一列` : ''
      }`,
      'sides_read_by_order',
      'info',
    );
  }
  return { columns, rows };
};
