import type { Cell } from '../../../model/table.ts';
import { cleanLabel } from '../../../text/clean.ts';
import { classifyCell, makeCell } from '../../tables/cells.ts';
import { makeRow } from '../../tables/context.ts';
import { flattenHeader } from '../../tables/grid.ts';
import { lookupWord, mapHeader, normHeaderWord, reportUnknownColumns, type Term } from '../../tables/vocabulary.ts';
import type { SourceLine } from '../../../text/lines.ts';
import { parseSingleRow, subjectOf } from './single-row.ts';
import { readHorizontal, reportUnread } from './horizontal.ts';
import type { LayoutParser } from '../types.ts';

/**
 * “三公”经费 tables, horizontal or vertical.
 *
 * - Horizontal (the items are columns under a 1–3 line header, one row of amounts): read by the single-row parser.
 * - Vertical (the items are rows — 合计, 1、因公出国（境）费, 2、公务用车购置及运行（维护）费, 其中：公务用车购置费,
 *   公务用车运行（维护）费, 3、公务接待费 — and 预算数 / 决算数 are columns): pivoted into the same one-row shape as
 *   the horizontal table, so the checks and the site read both alike. Columns are named by meaning:
 *   `<预算数|决算数>/<item>`, the vehicle items under `<公务用车…费>/小计|购置费|运行费`. Each cell keeps its printed
 *   line. An item row the vocabulary does not know is kept under its printed label and reported.
 */
export const parseThreePublic: LayoutParser = (grid, ctx, block, doc) => {
  const items = readItems(grid.rows);
  if (items.filter((i) => i.term?.key.startsWith('tp_')).length < 2) {
    // Items as columns and one row per measure, labelled 预算数 / 决算数 in a 项目 column.
    const measures = items.filter((i) => ['budget_initial', 'final_amount'].includes(lookupWord(i.label)?.key ?? ''));
    if (measures.length > 0 && measures.length === items.filter((i) => i.label).length) return byMeasureRows(grid, ctx, block, measures);
    // Read by the header's characters (words broken and reordered, figures squeezed together); when that cannot
    // tell the columns apart, a header the grid read as known words over one figure per cell reads as printed.
    const h = readHorizontal(grid, ctx, block, doc);
    if (h && 'unread' in h) return printedReads(grid) ? parseSingleRow(grid, ctx, block, doc) : reportUnread(ctx, h);
    return h ?? parseSingleRow(grid, ctx, block, doc);
  }

  // A row of amounts printed without its label (a merged 合计 cell lost in conversion) is the total when it stands
  // first or last and no row says 合计.
  const withAmounts = items.filter((i) => i.l.cells.some((c) => classifyCell(c) === 'number'));
  const unlabelled = withAmounts.filter((i) => !i.label);
  const total = unlabelled[0];
  if (total && unlabelled.length === 1 && !items.some((i) => i.term?.key === 'tp_total' || i.term?.key === 'total') && (total === withAmounts[0] || total === withAmounts.at(-1))) {
    total.label = '合计';
    total.term = lookupWord('合计', 'three_public');
    ctx.problem(total.l, `${total === withAmounts[0] ? '首' : '末'}行有数值但没有印出名称：按合计行读取`, 'total_without_label', 'info');
  }

  const { labels, meanings } = headerOf(grid);
  const labelIdx = Math.min(...items.filter((i) => i.idx >= 0).map((i) => i.idx));
  const valueIdx = labels.flatMap((l, j) => (j > labelIdx && meanings[j]!.role === 'value' ? [j] : []));
  reportUnknownColumns(ctx, grid.rows[0], meanings, valueIdx);
  for (const i of items) for (let j = 0; j < i.l.cells.length; j++) if (meanings[j]?.role === 'row_number') ctx.other(i.l, j);
  // Column prefix by meaning: 年初预算 / 预算数 → 预算数, 决算 → 决算数; anything else keeps its printed label.
  const prefixOf = (j: number) => {
    const key = meanings[j]!.key?.split('/').pop();
    if (key === 'budget_initial') return '预算数';
    if (key === 'final_amount') return '决算数';
    return labels[j]!;
  };
  // The vehicles item names its group; printed with blank amounts above the first amount, it may have been read as
  // a header line.
  const vehicles = items.find((i) => i.term?.key === 'tp_vehicles')?.label ?? grid.header.flat().find((c) => lookupWord(cleanLabel(c), 'three_public')?.key === 'tp_vehicles');
  const vehiclesWord = vehicles ? normHeaderWord(cleanLabel(vehicles)) : '公务用车购置及运行费';
  const itemColumn = (i: (typeof items)[number]): string => {
    const word = normHeaderWord(i.label);
    switch (i.term?.key) {
      case 'tp_total':
        return '合计';
      case 'tp_vehicles':
        return `${vehiclesWord}/小计`;
      case 'tp_vehicle_purchase':
      case 'tp_vehicle_running':
        return `${vehiclesWord}/${word}`;
      default:
        return word;
    }
  };

  const squeezed = new Map(items.map((i) => [i, squeezedFigures(i.l, valueIdx)]));
  for (const [i, figures] of squeezed) {
    if (!figures) continue;
    ctx.problem(i.l, `行「${i.label}」的 ${figures.length} 个数字挤在一起：按顺序分入 ${valueIdx.length} 个数值列`, 'squeezed_figures', 'info');
    for (const j of valueIdx) ctx.other(i.l, j);
  }
  const cells: Cell[] = [];
  const columns: string[] = [];
  for (const [n, j] of valueIdx.entries()) {
    for (const i of items) {
      if (!i.label) {
        if (i.l.cells.some((c) => classifyCell(c) === 'number')) ctx.problem(i.l, '有数值但没有行名称', 'row_without_label');
        continue;
      }
      if (!i.term && j === valueIdx[0]) ctx.problem(i.l, `“三公”经费表中未知的项目「${i.label}」：按印刷的名称保留`, 'unknown_row', 'warning');
      const column = `${prefixOf(j)}/${itemColumn(i)}`;
      columns.push(column);
      const figures = squeezed.get(i);
      cells.push(figures ? makeCell(figures[n]!, { column, line: i.l.n, unitExponent: ctx.unitExponent, unit: ctx.unit }).cell : ctx.cell(i.l, j, column));
    }
  }
  const first = items.find((i) => i.term?.key === 'tp_total') ?? items[0]!;
  return { columns, rows: [makeRow({ code: null, name: subjectOf(block.title), line: first.l.n, cells })] };
};

type Item = { l: SourceLine; idx: number; label: string; term: Term | null };

/**
 * The figures of an item row whose value cells the reader could not split (`0.00 0.00` in one cell: pdftotext
 * squeezed them to one space): the figures printed after the label, when there are exactly as many as value
 * columns. Null when each value cell holds one figure or none.
 */
function squeezedFigures(l: SourceLine, valueIdx: readonly number[]): string[] | null {
  if (valueIdx.every((j) => classifyCell(l.cells[j] ?? '') !== 'text')) return null;
  const pieces = l.raw.trim().split(/\s+/);
  const figures: string[] = [];
  for (let k = pieces.length - 1; k >= 0; k--) {
    const kind = classifyCell(pieces[k]!);
    if (kind !== 'number' && kind !== 'dash') break;
    figures.unshift(pieces[k]!);
  }
  return figures.length === valueIdx.length ? figures : null;
}

/** An item the vocabulary knows. */
const itemTerm = (label: string) => lookupWord(label, 'three_public');

/**
 * The rows of a vertical table with their item labels, joined where the conversion wrapped them: a piece that means
 * nothing alone but completes the label above into an item the vocabulary knows (`2.公务用车购置及运行维` / `护费`,
 * `其中：公务用车运行` / `费`) joins it — into the row above when it has no amounts, else the row above (the label's
 * start, no amounts) joins the row of its figures (`2.公务用车购置` / `及运行费  14.00`, a row centred on its lines).
 * A label running two items together (`公务用车运行费公务用车购置费`: an item with blank amounts read as part of a
 * wrapped label) keeps the item whose figures the row holds.
 */
function readItems(rows: readonly SourceLine[]): Item[] {
  const items: Item[] = [];
  for (const l of rows) {
    const idx = l.cells.findIndex((c) => classifyCell(c) === 'text');
    const label = ownItem(idx >= 0 ? cleanLabel(l.cells[idx]!) : '', (l.joined ?? []).some((n) => n < l.n));
    const above = items.at(-1);
    const amounts = (x: SourceLine) => x.cells.some((c) => classifyCell(c) === 'number');
    const completes = above?.label && label && (!above.term || !itemTerm(label)) && itemTerm(above.label + label);
    if (above && completes && !amounts(l)) {
      above.label += label;
      above.term = itemTerm(above.label);
      continue;
    }
    if (above && completes && !amounts(above.l) && !itemTerm(label)) {
      items.pop();
      items.push({ l, idx, label: above.label + label, term: itemTerm(above.label + label) });
      continue;
    }
    items.push({ l, idx, label, term: label ? itemTerm(label) : null });
  }
  return items;
}

/** Of two items run together in one label, the row's own: the last when lines above were joined into the row (its
 * figures stand under the other's label), else the first. Any other label as printed. */
function ownItem(label: string, joinedAbove: boolean): string {
  if (!label || itemTerm(label)) return label;
  const isItem = (w: string) => itemTerm(w)?.key.startsWith('tp_') === true;
  for (let k = 2; k <= label.length - 2; k++) if (isItem(label.slice(0, k)) && isItem(label.slice(k))) return joinedAbove ? label.slice(k) : label.slice(0, k);
  return label;
}

/**
 * Horizontal 三公 table whose rows are the measures (`预算数⇥合计⇥因公出国（境）费⇥…`, then `决算数⇥…`): one row
 * with columns `<预算数|决算数>/<item>`, the same shape as the other orientations.
 */
function byMeasureRows(grid: Parameters<LayoutParser>[0], ctx: Parameters<LayoutParser>[1], block: Parameters<LayoutParser>[2], measures: { l: (typeof grid.rows)[number]; idx: number; label: string }[]) {
  const { labels, meanings } = headerOf(grid);
  const labelIdx = Math.max(...measures.map((m) => m.idx));
  const valueIdx = labels.flatMap((l, j) => (j > labelIdx && l && meanings[j]!.role === 'value' ? [j] : []));
  reportUnknownColumns(ctx, grid.rows[0], meanings, valueIdx);
  const cells: Cell[] = [];
  const columns: string[] = [];
  for (const m of measures) {
    const prefix = lookupWord(m.label)!.key === 'final_amount' ? '决算数' : '预算数';
    for (const j of valueIdx) {
      const column = `${prefix}/${labels[j]!.replace(/^(?:“三公”经费|"三公"经费)?合计$/, '合计')}`;
      columns.push(column);
      cells.push(ctx.cell(m.l, j, column));
    }
  }
  return { columns, rows: [makeRow({ code: null, name: subjectOf(block.title), line: measures[0]!.l.n, cells })] };
}

/**
 * Does the header as the grid read it name every column by a known word, with no figure outside a column and no
 * cell holding two figures? A measure word read as a column of its own among item columns (`合计 | 因公出国（境）费 |
 * 小计 | 预算数 | …`: the 预算数 / 决算数 over a half read into the half's cells) names no column of the table: the
 * columns are not the table's.
 */
function printedReads(grid: Parameters<LayoutParser>[0]): boolean {
  const { labels, meanings } = headerOf(grid);
  const columns = labels.flatMap((l, j) => (l && meanings[j]!.role === 'value' ? [j] : []));
  if (columns.length === 0 || columns.some((j) => meanings[j]!.key === null || meanings[j]!.unknown.length > 0)) return false;
  const measureAlone = (key: string | null) => key === 'budget_initial' || key === 'final_amount';
  if (columns.some((j) => measureAlone(meanings[j]!.key)) && columns.some((j) => !measureAlone(meanings[j]!.key))) return false;
  return grid.rows.every((r) =>
    r.cells.every((c, j) => {
      const k = classifyCell(c);
      return k === 'blank' || (labels[j] !== '' && labels[j] !== undefined && k !== 'text') || (j === 0 && !labels[0]);
    }),
  );
}

/** The flattened header over the widest row, with the meaning of each column. */
function headerOf(grid: Parameters<LayoutParser>[0]) {
  // No spread over rows: a table of many rows would overflow the stack.
  const width = grid.rows.reduce((m, r) => Math.max(m, r.cells.length), Math.max(0, ...grid.header.map((r) => r.length)));
  const labels = flattenHeader(grid.header, width);
  return { labels, meanings: mapHeader(labels, 'three_public') };
}
