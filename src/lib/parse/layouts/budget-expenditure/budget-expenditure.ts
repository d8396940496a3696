import { abs, cmp, parseDecimal, sub, toString, type Decimal } from '../../../decimal.ts';
import { figuresInOrder, printedCount, valueCells } from './value-cells.ts';
import { rowNumberCells } from './row-numbers.ts';
import { econTotalsByUnit, type EconTotals } from './econ.ts';
import { byFigureGaps } from './figure-gaps.ts';
import { joinFiguresBelow } from './figures-below.ts';
import { bySameShape } from './same-shape.ts';
import { byColumnEnds, columnEnds, lastFigures, settledEnds } from './figure-positions.ts';
import { parseBudgetLabelled } from '../budget-labelled/budget-labelled.ts';
import { parseClassified } from '../classified/classified.ts';
import type { Cell, Row, TableKind } from '../../../model/table.ts';
import { chooseExpenditureSchema, schemaLabels, type BudgetSchema, type PrintedWidth } from './schema.ts';
import { agreedPlacement, effectiveValues, isShifted, tolerance, jointUnitCandidates, pickBySibling, placedValues, rowCandidates, type Placement, type Slot } from './placement.ts';
import { isHeaderEcho, joinCodeLinesAbove, joinUnitNamesAbove, readRowHead, withWrappedName } from '../../tables/budget-rows.ts';
import { cleanText } from '../../../text/clean.ts';
import { cellKey, cellLine, pageIndex, type SourceLine } from '../../../text/lines.ts';
import { classifyCell, makeCell } from '../../tables/cells.ts';
import { isTotalLabel, makeRow, TableContext } from '../../tables/context.ts';
import { readGrid, type Grid } from '../../tables/grid.ts';
import { assignHierarchy } from '../../tables/levels.ts';
import { isBareTotalWord } from '../../tables/total-words.ts';
import type { DocBlocks, LayoutParser, ParsedTable } from '../types.ts';

/**
 * Budget expenditure tables by classification and budget unit (部门支出总体情况表 / 部门支出预算表,
 * 一般公共预算支出情况表, 政府性基金 / 国有资本经营预算支出情况表):
 *
 *     类 款 项 | 单位代码 | 单位（科目名称） | 合计 | 基本支出 … | 项目支出 …
 *
 * - a row with a 单位代码 starts a budget unit; the classification rows under it belong to it (Row.entity);
 * - 类/款/项 are joined into the 7-digit code;
 * - value columns come from a fixed schema (the printed header is often mangled);
 * - rows whose blank cells were dropped by the conversion are placed by the table identities and, when several
 *   placements fit, by the same row of the sibling table; placed cells are marked `placement: 'inferred'`;
 * - a blank subtotal whose parts are printed is filled (inferred) only when the table leaves that subtotal blank on
 *   every classification row and the sibling table prints it for the same row.
 */

const SIBLING: Partial<Record<TableKind, TableKind>> = {
  budget_expenditure: 'budget_general_expenditure',
  budget_general_expenditure: 'budget_expenditure',
};

const LABEL_CELLS = 5;

interface ReadRow {
  key: string;
  head: ReturnType<typeof readRowHead>;
  line: SourceLine;
  valueStart: number;
  /** Decimal values per schema column after placement (printed units); null blank. */
  values: Slot[] | null;
}

interface PendingRow {
  l: SourceLine;
  head: ReturnType<typeof readRowHead>;
  key: string;
  isUnit: boolean;
  isTotal: boolean;
  entity: string | null;
  entityCode: string | null;
  valueStart: number;
  raw: string[];
  /** Index of the printed cell (after the name) each `raw` cell was read from, when the figures were taken in order. */
  origin: number[] | null;
  cells: Slot[];
  candidates: Placement[];
  /** Placements that treat trailing blanks as padding (used when the unit sums reject the printed positions). */
  alt: Placement[];
  chosen: Placement | null;
  how: 'printed' | 'identities' | 'unit_sum' | 'units_total' | 'sibling' | 'econ' | 'gaps' | 'positions' | 'placed_positions' | 'shape' | null;
  error: string | null;
}

/** Sibling values by row key and schema column key. */
export type SiblingValues = Map<string, Map<string, Slot>>;

interface ParseOptions {
  sibling?: SiblingValues;
  /** Per-unit economic-class totals of the 支出经济分类汇总表 (printed units). */
  econ?: Map<string, EconTotals>;
  /** The table's lines as printed, for the header words the reader's header cells broke apart or reordered. */
  lines?: readonly SourceLine[];
}

function headerText(grid: Grid): string {
  return grid.header.map((r) => r.join(' ')).join(' ');
}

/**
 * The header lines as printed, top to bottom, from the first header line to the first row with figures (a word broken
 * over them keeps its pieces in reading order there, and lines the reader merged into one header row are all kept, as
 * are header lines past the grid's last header row: a tall header the reader wrote over more rows than the grid takes).
 */
function printedHeaderText(grid: Grid, lines: readonly SourceLine[] | undefined): string {
  if (!lines || grid.headerLines.length === 0) return '';
  const from = Math.min(...grid.headerLines);
  const to = grid.rows.find((l) => l.cells.some((c) => classifyCell(c) === 'number'))?.n ?? Math.max(...grid.headerLines) + 1;
  return lines.filter((l) => l.n >= from && l.n < to).map((l) => l.raw).join(' ');
}

/**
 * The 行次 cell of each row with figures (rows without a name read from the name column of the labelled rows). The
 * header's words as printed (`printedHeader`) count with the grid's: a 行次 the header reader merged away is still
 * printed there.
 */
function rowNumbers(grid: Grid, printedHeader = ''): Map<SourceLine, number> {
  const heads = grid.rows.filter((l) => !isHeaderEcho(l)).map((l) => ({ l, head: readRowHead(l, LABEL_CELLS) }));
  const nameIdx = heads.find((h) => h.head.nameIdx >= 0)?.head.nameIdx ?? -1;
  const withFigures = heads.filter((h) => h.l.cells.some((c) => classifyCell(c) === 'number' || classifyCell(c) === 'withheld'));
  return rowNumberCells(
    `${headerText(grid)} ${printedHeader}`,
    withFigures.map((h) => ({ l: h.l, from: (h.head.nameIdx >= 0 ? h.head.nameIdx : nameIdx) + 1, labelled: h.head.nameIdx >= 0 })),
  );
}

/** The widest row: only rows printing a figure count (a header line repeated after a page break, `类 款 项`, is none). */
function valueWidth(grid: Grid, printedHeader = ''): PrintedWidth {
  const w: PrintedWidth = { cells: 0, figures: 0 };
  const numbers = rowNumbers(grid, printedHeader);
  for (const l of grid.rows) {
    const h = readRowHead(l, LABEL_CELLS);
    if (h.nameIdx < 0 || !l.cells.some((c) => classifyCell(c) === 'number' || classifyCell(c) === 'withheld')) continue;
    const start = (numbers.get(l) ?? h.nameIdx) + 1;
    w.cells = Math.max(w.cells, Math.max(l.cells.length, LABEL_CELLS) - start);
    w.figures = Math.max(w.figures, printedCount(l.cells.slice(start)));
  }
  return w;
}

/** The labelled row nearest line `l` that prints as many cells, else the nearest labelled row. */
function nearestLabelled<T extends { l: { n: number; cells: readonly string[] } }>(labelled: readonly T[], l: { n: number; cells: readonly string[] }): T {
  const distance = (h: T) => Math.abs(h.l.n - l.n);
  const alike = labelled.filter((h) => h.l.cells.length === l.cells.length);
  return [...(alike.length > 0 ? alike : labelled)].sort((a, b) => distance(a) - distance(b))[0]!;
}

/** Every printed figure of the cells is zero (`0.00`, `0`); blanks aside, one figure at least. */
function onlyZeros(raw: readonly string[]): boolean {
  const slots = raw.filter((c) => c.trim() !== '').map((c) => toSlot(c));
  return slots.length > 0 && slots.every((v) => v !== null && v.units === 0n);
}

function toSlot(raw: string): Slot {
  const k = classifyCell(raw);
  if (k !== 'number') return null;
  return parseDecimal(raw.trim());
}

/** Parse an expenditure table; exported for sibling comparison and tests. */
export function parseExpenditureGrid(grid: Grid, ctx: TableContext, opts: ParseOptions = {}): ParsedTable & { values: SiblingValues; schema: BudgetSchema | null } {
  const text = headerText(grid);
  const printedHeader = printedHeaderText(grid, opts.lines);
  const schema = chooseExpenditureSchema(text, valueWidth(grid, printedHeader), printedHeader);
  const values: SiblingValues = new Map();
  if (!schema) {
    for (const l of grid.rows) ctx.problem(l, '支出表的表头无法识别，未能确定列', 'unknown_layout');
    return { columns: [], rows: [], values, schema };
  }
  const labels = schemaLabels(schema, text);
  const width = schema.columns.length;
  const rows: Row[] = [];
  let entity: string | null = null;
  let entityCode: string | null = null;
  // Printed precision of the table (one unit of the finest printed decimal).
  let scale = 0;
  for (const l of grid.rows)
    for (const c of l.cells) {
      const d = toSlot(c);
      if (d && d.scale > scale) scale = d.scale;
    }
  const precision: Decimal = { units: 1n, scale };
  // A row whose figures pdftotext wrote over two lines, the rest alone on the next: one row, read on its first line.
  const holds = (figures: readonly string[]) => {
    const res = rowCandidates({ printed: figures.map((c) => toSlot(c)), width, identities: schema.identities, required: [0], precision });
    return !('error' in res) && res.candidates.length > 0;
  };
  const printedNumbers = rowNumbers(grid, printedHeader);
  grid = { ...grid, rows: joinFiguresBelow(grid.rows, LABEL_CELLS, valueWidth(grid, printedHeader).figures, holds, (l) => printedNumbers.get(l)) };

  // Pass 1: read every row and the placements that satisfy its own identities.
  const read: PendingRow[] = [];
  const wrapEnds = new Map<PendingRow, number>();
  const wrapEnd = (r: PendingRow) => wrapEnds.get(r) ?? r.l.n;
  // A total printed without its label (pdftotext drops a 合计 it cannot place) is the first or last row with amounts
  // in a table without a labelled total; its amounts start after the name column of the labelled rows.
  const numbers = rowNumbers(grid, printedHeader);
  const hasAmounts = (l: Grid['rows'][number]) => l.cells.some((c) => classifyCell(c) === 'number' || classifyCell(c) === 'withheld');
  const { heads, joined } = joinUnitNamesAbove(
    grid.rows.filter((l) => !isHeaderEcho(l)).map((l) => ({ l, head: readRowHead(l, LABEL_CELLS) })),
    hasAmounts,
    isTotalLabel,
  );
  for (const j of joined) j.codeIdx.forEach((idx) => ctx.other(j.l, idx));
  const withAmounts = heads.filter((h) => hasAmounts(h.l));
  const labelled = heads.filter((h) => h.head.nameIdx >= 0);
  const labelledTotal = labelled.some((h) => h.head.code === null && isBareTotalWord(h.head.name));
  const unlabelledTotal = (l: Grid['rows'][number]) =>
    !labelledTotal && labelled.length > 0 && withAmounts.filter((h) => h.head.nameIdx < 0).length === 1 && (withAmounts[0]?.l === l || withAmounts[withAmounts.length - 1]?.l === l);
  // The unit in force before the latest unit row (restored when that row turns out to be a 类 row).
  let outer: { entity: string | null; entityCode: string | null } = { entity: null, entityCode: null };
  for (const { l, head: printed } of heads) {
    let head = printed;
    if (head.nameIdx < 0 && hasAmounts(l) && unlabelledTotal(l)) {
      // (its name column that of the labelled row nearest it printing as many cells: a table over pages read with other
      // columns on each page puts the names at another cell on each)
      head = { ...head, name: '合计', nameIdx: nearestLabelled(labelled, l).head.nameIdx };
      ctx.problem(l, `${withAmounts[0]?.l === l ? '首' : '末'}行有数值但没有印出名称：按合计行读取`, 'total_without_label', 'info');
    }
    if (head.nameIdx < 0) {
      if (hasAmounts(l)) ctx.problem(l, '有数值但没有行名称', 'row_without_label');
      continue;
    }
    // A label wrapped onto the next line (a name and nothing else, directly under a coded or unit row) ends the name
    // of the row above.
    const prev = read[read.length - 1];
    const bare = head.code === null && head.unitCode === null && head.codeIdx.length === 0 && !l.cells.some((c) => classifyCell(c) !== 'blank' && classifyCell(c) !== 'text');
    const labelOnly = l.cells.filter((c) => c.trim() !== '').length === 1;
    if (bare && labelOnly && prev && !prev.isTotal && (prev.head.code || prev.isUnit) && l.n - wrapEnd(prev) <= 2 && !isTotalLabel(head.name)) {
      const whole = withWrappedName(prev.head, prev.head.name + head.name);
      if (prev.isUnit && whole.code !== null) {
        // The lone code was the 类 code of a name ending in 支出, not a budget unit: the row stays in the unit above.
        prev.isUnit = false;
        prev.key = `${outer.entityCode ?? ''}|${whole.code}`;
        prev.entity = outer.entity;
        prev.entityCode = outer.entityCode;
        entity = outer.entity;
        entityCode = outer.entityCode;
      }
      prev.head = whole;
      wrapEnds.set(prev, l.n);
      continue;
    }
    head.codeIdx.forEach((j) => ctx.other(l, j));
    const isUnit = head.unitCode !== null && head.code === null;
    if (isUnit) {
      outer = { entity, entityCode };
      entityCode = head.unitCode;
      entity = `${head.unitCode} ${head.name}`;
    }
    const isTotal = !isUnit && head.code === null && isBareTotalWord(head.name);
    if (isTotal) {
      entity = null;
      entityCode = null;
    }
    const key = isTotal ? 'total' : isUnit ? `unit|${head.unitCode}` : `${entityCode ?? ''}|${head.code ?? head.name}`;
    const rowNumber = numbers.get(l);
    if (rowNumber !== undefined) ctx.other(l, rowNumber);
    const valueStart = (rowNumber ?? head.nameIdx) + 1;
    const { cells: raw, origin } = valueCells(l.cells.slice(valueStart), width);
    if (origin) ctx.problem(l, `行的数值与表头的列对不上（一格多个数字或格数多于表头）：${raw.length} 个数字按印刷顺序读取，按表内恒等式定位`, 'figures_in_order', 'info');
    const kinds = raw.map((c) => classifyCell(c));
    const pending: PendingRow = { l, head, key, isUnit, isTotal, entity: isTotal ? null : entity, entityCode, valueStart, raw, origin, cells: [], candidates: [], alt: [], chosen: null, how: null, error: null };
    if (kinds.some((k) => k === 'withheld' || k === 'text' || k === 'dash')) {
      // Non-numeric cells keep their printed positions.
      if (raw.length >= width || raw.slice(width).every((c) => c.trim() === '')) {
        pending.cells = raw.map((c) => toSlot(c));
        pending.chosen = { map: schema.columns.map((_, col) => (col < raw.length ? col : -1)), deviation: { units: 0n, scale: 0 } };
        pending.how = 'printed';
      } else pending.error = '行的单元格少于表头且含非数字单元格，无法定位';
    } else {
      let res = rowCandidates({ printed: raw.map((c) => toSlot(c)), width, identities: schema.identities, required: [0], precision });
      // Trailing blanks may be padding of a row that lost a blank cell in the middle.
      const trimmed = raw.map((c) => toSlot(c));
      while (trimmed.length > 0 && trimmed[trimmed.length - 1] === null) trimmed.pop();
      if (!('error' in res) && trimmed.length < res.cells.length) {
        const retry = rowCandidates({ printed: trimmed, width, identities: schema.identities, required: [0], precision });
        if (!('error' in retry)) {
          if (res.candidates.length === 0 && retry.candidates.length > 0) res = retry;
          else pending.alt = retry.candidates;
        }
      }
      // Printed positions that no placement reconciles with the identities: the figures in order, blanks dropped
      // (not a row of zeros only: zeros hold every identity in any order, so the identities cannot confirm that order
      // over where they are printed).
      if (!('error' in res) && res.candidates.length === 0 && raw.some((c) => c.trim() === '') && !onlyZeros(raw)) {
        const inOrder = figuresInOrder({ cells: raw, origin });
        const again = rowCandidates({ printed: inOrder.cells.map((c) => toSlot(c)), width, identities: schema.identities, required: [0], precision });
        if (!('error' in again) && again.candidates.length > 0) {
          res = again;
          pending.raw = inOrder.cells;
          pending.origin = inOrder.origin;
          pending.alt = [];
          ctx.problem(l, `行的数值按印刷位置不满足表内恒等式：${inOrder.cells.length} 个数字按印刷顺序读取，按表内恒等式定位`, 'figures_in_order', 'info');
        }
      }
      if ('error' in res) pending.error = res.error;
      else {
        pending.cells = res.cells;
        pending.candidates = res.candidates;
        if (res.candidates.length > 1 && isUnit && opts.econ?.has(head.unitCode!)) {
          const kept = byEconomicClass(res.candidates, res.cells, opts.econ.get(head.unitCode!)!, schema, precision);
          if (kept.length === 1) {
            pending.chosen = kept[0]!;
            pending.how = 'econ';
          }
        }
        if (pending.chosen) {
          // placed by the economic classification
        } else if (res.candidates.length === 1) {
          pending.chosen = res.candidates[0]!;
          pending.how = 'identities';
        } else if (res.candidates.length === 0) {
          if (res.cells.length === width) {
            pending.chosen = { map: schema.columns.map((_, col) => col), deviation: { units: 0n, scale: 0 } };
            pending.how = 'printed';
            ctx.problem(l, '表内恒等式不成立（按印刷位置保留）', 'identity_mismatch', 'warning');
          } else pending.error = '没有一种列位置能满足表内恒等式';
        }
      }
    }
    read.push(pending);
  }

  // Pass 2: a unit row equals the column sums of its classification rows.
  const groups = new Map<string, PendingRow[]>();
  for (const r of read) if (r.entityCode && !r.isTotal) groups.set(r.entityCode, [...(groups.get(r.entityCode) ?? []), r]);
  for (const group of groups.values()) {
    const unitRow = group.find((r) => r.isUnit);
    if (!unitRow || group.some((r) => r.error)) continue;
    const members = [unitRow, ...group.filter((r) => r !== unitRow)];
    const keyOf = (r: PendingRow, p: Placement) => placedValues(p, r.cells).map((v) => (v ? `${v.units}e${v.scale}` : '')).join('|');
    const placementsOf = (r: PendingRow, extended: boolean): Placement[] => {
      const base = r.chosen ? [r.chosen] : r.candidates;
      if (!extended) return base;
      const all = [...base, ...(r.chosen ? r.candidates : []), ...r.alt];
      const seen = new Set<string>();
      return all.filter((p) => {
        const k = keyOf(r, p);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    };
    // First with the placements the rows chose themselves (and the open candidates of the others).
    const values = (opts: Placement[][]) => opts.map((o, i) => o.map((p) => placedValues(p, members[i]!.cells)));
    const base = members.map((r) => placementsOf(r, false));
    // A blank unit cell admits no printed value below it; when that rejects the rows' own positions, a 0.00 below
    // a blank (zeros printed now blank, now 0.00) is admitted before any row is moved.
    const used = jointUnitCandidates(values(base), schema.identities, precision) ?? jointUnitCandidates(values(base), schema.identities, precision, undefined, true);
    if (used) {
      members.forEach((r, i) => {
        if (r.chosen) return;
        const keep = [...used[i]!].map((k) => base[i]![k]!);
        r.candidates = keep;
        if (keep.length === 1) {
          r.chosen = keep[0]!;
          r.how = 'unit_sum';
        }
      });
      continue;
    }
    // The unit sums reject the rows' own placements: a row whose trailing blanks may be padding (it lost a blank
    // cell in the middle) is moved when exactly one such row can be moved to make the sums hold.
    const fixes: { i: number; keep: Placement[] }[] = [];
    members.forEach((r, i) => {
      if (r.alt.length === 0) return;
      const opts = members.map((m, j) => (j === i ? placementsOf(m, true) : base[j]!));
      const u = jointUnitCandidates(values(opts), schema.identities, precision);
      if (u) fixes.push({ i, keep: [...u[i]!].map((k) => opts[i]![k]!) });
    });
    if (fixes.length === 1 && fixes[0]!.keep.length === 1) {
      const r = members[fixes[0]!.i]!;
      r.chosen = fixes[0]!.keep[0]!;
      r.how = 'unit_sum';
    } else if (!group.some((r) => r.chosen === null)) {
      ctx.problem(unitRow.l, `单位行与其科目行之和不符（${fixes.length} 种可能的修正）`, 'unit_sum_mismatch', 'warning');
    }
  }

  placeTotalByUnits(read, schema.identities, precision);

  // Pass 2c: where the free-standing figures end, against where the columns end in the whole rows of the page.
  const pageOf = pageIndex(opts.lines);
  const wholeFigures = read.map((r) => (!r.error && r.l.form === 'spaced' && printedCount(r.raw) === width ? lastFigures(r.l.raw, width) : null));
  // (on a page printing no whole row, the rows its figures already placed: each placed by the steps before, or left
  // one placement by its own figures' spacing)
  const settled = read.flatMap((r) => {
    if (r.error || r.l.form !== 'spaced') return [];
    const kept = r.chosen ? [r.chosen] : r.candidates.length > 1 ? byFigureGaps(r.candidates, r.cells, r.l.raw) : [];
    return kept.length === 1 ? [{ n: r.l.n, raw: r.l.raw, cells: r.cells, placement: kept[0]! }] : [];
  });
  for (const r of read) {
    if (r.chosen || r.error || r.candidates.length < 2 || r.l.form !== 'spaced') continue;
    const onPage = (n: number) => pageOf(n) === pageOf(r.l.n);
    const whole = columnEnds(read.flatMap((o, j) => (wholeFigures[j] && onPage(o.l.n) ? [wholeFigures[j]!] : [])));
    const ends = whole ?? settledEnds(settled.filter((o) => onPage(o.n)), width);
    if (!ends) continue;
    const kept = byFigureGaps(r.candidates, r.cells, r.l.raw);
    const pick = byColumnEnds(kept.length > 0 ? kept : r.candidates, r.cells, r.l.raw, ends);
    if (pick) {
      r.chosen = pick;
      r.how = whole ? 'positions' : 'placed_positions';
    }
  }

  // Pass 3: the same row in the sibling table.
  for (const r of read) {
    if (r.chosen || r.error || r.candidates.length === 0) continue;
    const sib = opts.sibling?.get(r.key);
    if (!sib) continue;
    const pick = pickBySibling(r.candidates, r.cells, schema.columns.map((c) => (sib.has(c.key) ? sib.get(c.key)! : undefined)));
    if (pick) {
      r.chosen = pick;
      r.how = 'sibling';
    }
  }

  // Pass 3b: in a squeezed conversion, no blank column lies between two figures printed one space apart.
  for (const r of read) {
    if (r.chosen || r.error || r.candidates.length < 2 || r.l.form !== 'spaced') continue;
    const kept = byFigureGaps(r.candidates, r.cells, r.l.raw);
    if (kept.length === 1) {
      r.chosen = kept[0]!;
      r.how = 'gaps';
    }
  }

  // Pass 3c: the rows of the same table printing their figures in the same cells, each placed by its own figures.
  for (const r of read) {
    if (r.chosen || r.error || r.candidates.length < 2) continue;
    const pick = bySameShape(r, read);
    if (pick) {
      r.chosen = pick;
      r.how = 'shape';
    }
  }

  // A subtotal column the table leaves blank by layout: no classification row prints a value in it (部门支出总体情况表
  // leaves 基本支出 小计 blank on every classification row). Only there does a blank hide an amount; where other
  // classification rows print the column, a blank is a blank (a zero printed as blank), never filled.
  const printedOnClassRows = new Set<number>();
  for (const r of read) {
    if (r.isUnit || r.isTotal || !r.chosen) continue;
    r.chosen.map.forEach((k, col) => {
      if (k >= 0 && r.raw[k]!.trim() !== '') printedOnClassRows.add(col);
    });
  }

  // Pass 4: cells and problems. A row no step singles out a placement for writes the figures every placement left
  // (those keeping figures printed one space apart in neighbouring columns, when any does) puts in the same column;
  // the others stay unread.
  let filled = 0;
  for (const r of read) {
    const l = r.l;
    let agreed: number[] | null = null;
    if (r.error) ctx.problem(l, `行的单元格少于表头，无法定位数值：${r.error}`, 'placement_failed', 'error');
    else if (!r.chosen) {
      const gapped = r.l.form === 'spaced' ? byFigureGaps(r.candidates, r.cells, r.l.raw) : [];
      const open = gapped.length > 0 ? gapped : r.candidates;
      agreed = agreedPlacement(open, r.cells);
      const alts = open
        .slice(0, 4)
        .map((p) => p.map.map((k, col) => (k >= 0 ? `${labels[col]}=${cleanText(r.raw[k]!).trim()}` : '')).filter(Boolean).join(', '))
        .join(' | ');
      const written = agreed ? '；各种可能一致的数值已写入，其余未写入' : '，未写入';
      ctx.problem(l, `行的单元格少于表头，数值的列位置不能由恒等式、单位合计或兄弟表唯一确定${written}：${alts}`, 'ambiguous_placement', 'error');
    }
    const map = r.chosen?.map ?? agreed;
    const shifted = map ? isShifted({ map }) : false;
    if (shifted) {
      const how =
        r.how === 'sibling'
          ? '兄弟表同一行'
          : r.how === 'unit_sum'
            ? '单位行 = 各科目行之和'
            : r.how === 'units_total'
              ? '总计行 = 各单位行之和'
            : r.how === 'econ'
              ? '支出经济分类汇总表中该单位的经济分类合计'
            : r.how === 'gaps'
              ? '表内恒等式与数字间距（相隔一个空格的两个数字之间没有空列）'
            : r.how === 'positions'
              ? '表内恒等式与数字的印刷位置（空格后单独印出的数字，其末位对照本页完整行各列的末位）'
            : r.how === 'placed_positions'
              ? '表内恒等式与数字的印刷位置（空格后单独印出的数字，其末位对照本页已定位各行同列单独印出数字的末位）'
            : r.how === 'shape'
              ? '表内恒等式与本表同样印出数字的各行（各自由其数字唯一定位，位置一致）'
              : '表内恒等式';
      ctx.problem(l, `行的单元格少于表头：数值按${how}定位 (placement=inferred)`, 'cells_placed', 'info');
    }
    const cells: Cell[] = [];
    const slotValues: Slot[] = Array.from({ length: width }, () => null);
    for (let col = 0; col < width; col++) {
      const k = map ? map[col]! : -1;
      if (k >= 0) {
        const cell = r.origin ? orderedCell(ctx, l, r.valueStart + r.origin[k]!, r.raw[k]!, labels[col]!) : ctx.cell(l, r.valueStart + k, labels[col]!);
        if (shifted && k !== col) cell.placement = 'inferred';
        cells.push(cell);
        slotValues[col] = toSlot(r.raw[k]!);
      } else {
        cells.push(makeCell('', { column: labels[col]!, line: l.n, unitExponent: ctx.unitExponent, unit: ctx.unit }).cell);
      }
    }
    if (r.chosen) values.set(r.key, new Map(schema.columns.map((c, col) => [c.key, slotValues[col]!] as const)));

    // A blank subtotal whose parts are printed (部门支出总体情况表 leaves 基本支出 小计 blank on classification rows):
    // filled from the sibling table, which prints it for the same row, when it agrees with the parts up to rounding.
    // The cell keeps raw '' (not printed here) and placement 'inferred'.
    if (r.chosen && opts.sibling) {
      const sib = opts.sibling.get(r.key);
      const eff = effectiveValues(slotValues, schema.identities);
      for (const [p, kids] of schema.identities) {
        if (slotValues[p] !== null || eff[p] === null || !sib || printedOnClassRows.has(p)) continue;
        const s = sib.get(schema.columns[p]!.key);
        if (!s || cmp(abs(sub(s, eff[p]!)), tolerance(precision, kids.length)) > 0) continue;
        const { cell } = makeCell(toString(s), { column: labels[p]!, line: l.n, unitExponent: ctx.unitExponent, unit: ctx.unit });
        cells[p] = { ...cell, raw: '', placement: 'inferred' };
        filled++;
      }
    }
    rows.push(
      makeRow({
        code: r.head.code,
        name: r.head.name,
        entity: r.entity,
        extra_codes: r.isUnit ? { unit_code: r.head.unitCode! } : {},
        line: l.n,
        cells,
      }),
    );
  }
  if (filled > 0) {
    ctx.problems.push({
      severity: 'info',
      line: grid.rows[0]?.n ?? 1,
      message: `${filled} 个未印出的小计单元格取自兄弟表同一行印出的数值（与各分项之和一致，placement=inferred，raw 为空）`,
      raw: '',
      code: 'subtotals_from_sibling',
    });
  }
  assignHierarchy(rows, new Map());
  return { columns: labels, rows, values, schema };
}

/** A figure read in printed order out of the printed cell `idx` (which may hold several figures). */
function orderedCell(ctx: TableContext, l: SourceLine, idx: number, raw: string, column: string): Cell {
  const { cell, kind } = makeCell(raw, { column, line: cellLine(l, idx), unitExponent: ctx.unitExponent, unit: ctx.unit });
  if (kind === 'number') ctx.used.set(cellKey(l, idx), 'value');
  return cell;
}

/**
 * Pass 2b: the 总计 row equals the column sums of the budget-unit rows under it — the rows whose own placement the
 * identities leave open (a blank between figures squeezed together) are settled by the units once they are placed.
 */
function placeTotalByUnits(read: PendingRow[], identities: BudgetSchema['identities'], precision: Decimal): void {
  const total = read.find((r) => r.isTotal);
  const units = read.filter((r) => r.isUnit);
  if (!total || total.chosen || total.error || total.candidates.length < 2 || units.length === 0) return;
  if (units.some((r) => !r.chosen)) return;
  const members = [total, ...units];
  const options = members.map((r) => (r.chosen ? [r.chosen] : r.candidates).map((p) => placedValues(p, r.cells)));
  const used = jointUnitCandidates(options, identities, precision);
  if (!used || used[0]!.size !== 1) return;
  total.chosen = total.candidates[[...used[0]!][0]!]!;
  total.how = 'units_total';
}

/** Sibling values of a document block, parsed without sibling information and with a throwaway context. */
export function siblingValues(kind: TableKind, doc: DocBlocks | undefined, unit: string, exponent: number): SiblingValues | undefined {
  const sk = SIBLING[kind];
  if (!sk || !doc) return undefined;
  const blocks = doc.blocks.filter((b) => b.kind === sk);
  if (blocks.length !== 1) return undefined;
  const read = readGrid(blocks[0]!.lines);
  const g = { ...read, rows: joinCodeLinesAbove(read.rows).rows };
  return parseExpenditureGrid(g, new TableContext(unit, exponent), { econ: econTotals(doc, unit, exponent), lines: doc.lines ?? blocks[0]!.lines }).values;
}

/** Per-unit economic-class totals from the document's 支出经济分类汇总表, when it has one. */
export function econTotals(doc: DocBlocks | undefined, unit: string, exponent: number): Map<string, EconTotals> | undefined {
  const blocks = doc?.blocks.filter((b) => b.kind === 'budget_economic_summary') ?? [];
  if (blocks.length !== 1) return undefined;
  const g = readGrid(blocks[0]!.lines);
  const parsed = parseBudgetLabelled(g, new TableContext(unit, exponent), blocks[0]!);
  return econTotalsByUnit(parsed.rows, (r) => {
    const c = r.cells[0];
    return c && c.value !== null ? parseDecimal(c.raw) : null;
  });
}

/**
 * Keep the unit-row placements whose basic-expenditure breakdown matches the unit's economic-class totals, for a
 * unit whose spending is all basic (its economic rows add up to its 基本支出).
 */
function byEconomicClass(candidates: Placement[], cells: Slot[], econ: EconTotals, schema: BudgetSchema, precision: Decimal): Placement[] {
  const idx = (key: string) => schema.columns.findIndex((c) => c.key === key);
  const tol = { units: precision.units * BigInt(Math.ceil((econ.rows + 1) / 2)), scale: precision.scale };
  const near = (a: Slot, b: Decimal) => cmp(abs(sub(a ?? { units: 0n, scale: 0 }, b)), tol) <= 0;
  return candidates.filter((p) => {
    const v = placedValues(p, cells);
    const project = v[idx('project')];
    if (project && project.units !== 0n) return false;
    if (!near(v[idx('basic')] ?? v[0]!, econ.all)) return false;
    return (['wages', 'family', 'goods', 'capital'] as const).every((k) => near(v[idx(k)]!, econ[k]));
  });
}

export const parseBudgetExpenditure: LayoutParser = (printed, ctx, block, doc) => {
  // A code printed on a line without figures, the name (or its rest) and figures on the next: one row.
  const joined = joinCodeLinesAbove(printed.rows);
  for (const l of joined.codeLines) l.cells.forEach((c, j) => c.trim() !== '' && ctx.other(l, j));
  const grid = { ...printed, rows: joined.rows };
  // Without the economic-class columns of a fixed schema (合计 | 基本支出 | 项目支出 …), the columns are read by
  // meaning like any classification table.
  const printedHeader = printedHeaderText(grid, doc?.lines ?? block.lines);
  if (!chooseExpenditureSchema(headerText(grid), valueWidth(grid, printedHeader), printedHeader)) return parseClassified(grid, ctx, block, doc);
  const sibling = siblingValues(block.kind, doc, ctx.unit, ctx.unitExponent);
  const econ = econTotals(doc, ctx.unit, ctx.unitExponent);
  const { columns, rows } = parseExpenditureGrid(grid, ctx, { sibling, econ, lines: doc?.lines ?? block.lines });
  return { columns, rows };
};
