/**
 * Steps 4 and 5 of the spaced reader (`spaced.ts`): each row of a table placed on its columns. First by position or by
 * order (`firstPlacement`: the 栏次 row by its numbers, a row under a 行次 column with its number there, a squeezed
 * table's row by meaning, else in order), then re-placed by the steps of one precedence list (`RE_PLACING`), and, once
 * every row is placed, table-wide by the header's totals (`placeAgainByTotals` when `totalsConfirmed`).
 */
import type { Problem } from '../../model/document.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import { trailingFigures } from './columns.ts';
import { placeParts, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';
import { placeInOrder, placeWithRowNumber, rowNumberColumn, withoutRowNumber } from './figure-order.ts';
import { labelColumnsEnd, namedValueColumnCount, numberedValueCount, recalibrate, valueColumnCount, wholeNeighbours } from './row-calibration.ts';
import { placeByRunBlocks, placeRunStarts, runPages } from './run-starts.ts';
import { placeByEndGroups } from './end-groups.ts';
import { columnsUnderNumbers, numbersOverPage, valueColumnNumbers } from './apart-under-numbers.ts';
import { totalFirst } from './total-first.ts';
import { fullRowDrawnLeft, fullRowInOrder, fullRowOnWiderPage } from './full-row-order.ts';
import { respaceOnlyRow } from './only-row-spacing.ts';
import { onlyRowByNumbers } from './only-row-numbered.ts';
import { placeAgainByTotals, totalsConfirmed, totalsTally, type TotalsTally } from './row-totals.ts';
import { keepsTotals, placeSqueezedRow, squeezedFigures } from './squeezed-rows.ts';
import type { Placed } from './placed.ts';
import { columnNumbersOf, isAmountLine, isColumnNumbersLine } from './spaced-lines.ts';
import { numberedColumns, numbersApart, numbersShareCells, placeNumbersApart, unnumberedRow } from './column-numbers-apart.ts';
import { blockWordAsColumn, blockWordRow } from './block-word.ts';
import { driftedRows, upperRowsDrawnRight } from './drifted-rows.ts';
import { countsFromOne } from './piece.ts';

/**
 * Cells of the 栏次 row. Its numbers number the value columns left to right and may stand anywhere in their cells
 * (centred, left-aligned, beside a short right-aligned figure, so nearer another column's figures than their own):
 * numbered 1 … n, with at most one 栏次 word and as many numbers as value columns, each number goes to its column in
 * order; otherwise (a row of 行次 numbers only, side-by-side halves) each piece goes where it stands.
 */
function placeColumnNumbers(parts: Positioned[], model: ColumnModel): ReturnType<typeof placeParts> {
  const nums = parts.filter((p) => p.text !== '栏次');
  const words = parts.filter((p) => p.text === '栏次');
  // (the value columns: none of the label columns, a blank 科目名称 of a row without its label among them)
  const values = numberedColumns(model);
  const numbering = countsFromOne(nums);
  // (numbered 1 … n over other columns than n: each number where it stands, numbers sharing a cell one space apart,
  // still the 栏次 row and never figures)
  if (words.length === 0 && numbersApart(nums, model)) return placeNumbersApart(nums, model);
  if (!numbering || nums.length !== values.length || words.length > 1) return placeParts(parts, model);
  const placed = placeParts(words, model);
  values.forEach((j, k) => {
    placed.cells[j] = nums[k]!.text;
    placed.spans[j] = { start: nums[k]!.start, end: nums[k]!.end };
  });
  return placed;
}

/** What the placing steps know of one row of a table. */
export interface RowContext {
  /** The row as printed: its source line and its pieces as cut (unshifted). */
  src: SourceLine;
  parts: Positioned[];
  /** The columns of its page: the table's, or those fitted again to the page after a header repeated in the run. */
  page: ColumnModel;
  /** The shift its pieces are placed with: the table's on a page carried by shift, 0 on a page fitted again; less the
   * step right a row drawn right of its page's upper rows stands (`driftedRows`). */
  d: number;
  /** Its page's 行次 column (null when none). */
  rowNumbers: number | null;
  /** It is the 栏次 row. */
  columnNumbers: boolean;
  /** Its page's columns have as many value columns as the table's (the run starts were found with the table's count). */
  sameCount: boolean;
  /** The table's value columns (null when its columns are not labels then amounts). */
  tableCount: number | null;
  /** Its value columns by where the first figures of its page's runs end (`placeByRunStarts`), null when unknown. */
  byRuns: number[] | null;
  /** The value columns those run starts were placed on (a column no row prints in counted when a value word of its own
   * heads it, `namedValueColumnCount`), and whether its page has as many. */
  runCount: number | null;
  sameRunCount: boolean;
  /** Its value columns by the 栏次 numbers of its page over its figures standing apart (`columnsUnderNumbers`), null
   * when unknown. */
  byNumbers: number[] | null;
  /** Its value columns by where all the figures of its block of lines on its page end, when they end in as many places
   * as the table has value columns (`placeByEndGroups`), null when unknown. */
  byEnds: number[] | null;
  /** Its nearest whole rows on its page (`wholeNeighbours`), undefined when unknown. */
  near: Positioned[][] | undefined;
  /** It is the table's one amount line (no header repeated in the run). */
  onlyRow: boolean;
  /** The numbers of the table's 栏次 row when it is the table's one line of figures (else empty). */
  numbers: readonly Positioned[];
}

/** The first placement of a row: the 栏次 row by its numbers, a row of a squeezed table no row fills by how its figures
 * stand apart and by the totals, an amount line under a 行次 column with its number there, any other by position and
 * order. */
export function firstPlacement(row: RowContext): Placed {
  const { parts, page, d, rowNumbers } = row;
  const place = row.columnNumbers
    ? placeColumnNumbers
    : rowNumbers !== null && isAmountLine({ line: row.src, parts })
      ? (ps: Positioned[], m: ColumnModel) => placeWithRowNumber(ps, m, rowNumbers)
      : placeInOrder;
  const shifted = parts.map((p) => ({ ...p, start: p.start + d, end: p.end + d }));
  // (a squeezed table no row fills: each row's figures placed by how they stand apart and by the totals)
  return page.squeezed && !row.columnNumbers ? placeSqueezedRow(shifted, page, row.byRuns) : place(shifted, page);
}

/** A re-placing step: the row and its placement so far in, a new placement out, or null when the step refuses. */
export type RowStep = (row: RowContext, placed: Placed) => Placed | null;

/** Placed by position and calibrated (not under a 行次 column, not on a squeezed page, not the 栏次 row). */
const calibrable = (row: RowContext) => row.rowNumbers === null && !row.page.squeezed && !row.columnNumbers;
/** Free to be placed again by its totals (not on a squeezed page, not the 栏次 row). */
const free = (row: RowContext) => !row.columnNumbers && !row.page.squeezed;

/** A full row in order: a row of as many figures as value columns, two placed in one cell, one figure to a column. */
const fullInOrder: RowStep = (row, placed) => (free(row) ? fullRowInOrder(placed, row.parts, row.page, row.d) : null);
/** A full row of the table on a page read into more value columns: its figures in order, one to a column. */
const fullOnWiderPage: RowStep = (row, placed) => (free(row) ? fullRowOnWiderPage(placed, row.parts, row.page, row.tableCount, row.rowNumbers, row.d) : null);
/** A full row drawn a column left under a 行次 column: its 行次 in its column, its figures in order, one to a column. */
const fullDrawnLeft: RowStep = (row, placed) => (free(row) ? fullRowDrawnLeft(placed, row.parts, row.page, row.rowNumbers, row.d) : null);
/** Placed by position under a 行次 column (not on a squeezed page, not the 栏次 row): its figures, its 行次 left out,
 * calibrated like any row's. */
const numberedCalibrable = (row: RowContext) => row.rowNumbers !== null && !row.page.squeezed && !row.columnNumbers;
/** Run starts: the row's figures (its 行次 left out) moved to the value columns where the first figures of its page's
 * runs end. */
const byRunStarts: RowStep = (row, placed) => {
  if (!row.sameRunCount || row.runCount === null) return null;
  const again = calibrable(row)
    ? placeRunStarts(placed, row.parts, row.byRuns, row.page, row.d, row.runCount)
    : numberedCalibrable(row)
      ? placeRunStarts(placed, withoutRowNumber(row.parts), row.byRuns, row.page, row.d, row.runCount)
      : null;
  return again !== null && intoBlankColumn(again, placed, row.page) ? null : again;
};
/**
 * Whether a placement puts a figure into a column the page's columns know blank, fitted to the page's own rows that
 * fill every other column (`blankOnPage`), that `before` left empty, `before` holding every figure in a column the
 * rows fill: the page's columns, fitted to its own rows, place the row; its run starts, read over fewer groups of
 * ends than columns, may shift a run into the blank column (`1010859.43 214640.57` under 对个人和家庭的补助 and
 * 商品和服务支出 instead of 商品和服务支出 and 资本性支出).
 */
function intoBlankColumn(placed: Placed, before: Placed, page: ColumnModel): boolean {
  if (page.blankOnPage !== true) return false;
  const kinds = page.columns.map((c) => c.kind);
  const filledBlank = placed.cells.some((c, j) => kinds[j] === 'blank' && c !== '' && (before.cells[j] ?? '') === '');
  return filledBlank && before.cells.every((c, j) => c === '' || kinds[j] !== 'blank');
}
/** Under the 栏次 numbers: the row's figures standing apart (its 行次 left out) moved to the value columns whose
 * numbers stand over their ends on its page. */
const byColumnNumbers: RowStep = (row, placed) =>
  !row.sameCount ? null : calibrable(row) ? placeRunStarts(placed, row.parts, row.byNumbers, row.page, row.d) : numberedCalibrable(row) ? placeRunStarts(placed, withoutRowNumber(row.parts), row.byNumbers, row.page, row.d) : null;
/** End places: the row's figures (its 行次 left out) moved to the value columns where all the figures of its block of
 * lines on its page end, one place a column. */
const byEndGroups: RowStep = (row, placed) =>
  !row.sameCount ? null : calibrable(row) ? placeRunStarts(placed, row.parts, row.byEnds, row.page, row.d) : numberedCalibrable(row) ? placeRunStarts(placed, withoutRowNumber(row.parts), row.byEnds, row.page, row.d) : null;
/** Whole neighbours: the row's figures moved where its nearest whole rows, one squeezed, place them (its 行次 and theirs
 * no figure). */
const byWholeNeighbours: RowStep = (row, placed) =>
  !row.near ? null : calibrable(row) ? recalibrate(placed, row.parts, row.near, row.page, row.d) : numberedCalibrable(row) ? recalibrate(placed, withoutRowNumber(row.parts), row.near, row.page, row.d) : null;
/** The only row under its 栏次 row: an empty table's only row, each figure under the 栏次 number of its column. */
const onlyRowNumbered: RowStep = (row, placed) => (row.numbers.length > 0 ? onlyRowByNumbers(placed, row.parts, row.page, row.numbers, row.d) : null);
/** The only row respaced: an empty table's only row, its figures placed again by how they stand apart. */
const onlyRowRespaced: RowStep = (row, placed) => (row.onlyRow ? respaceOnlyRow(placed, row.parts, row.page) : null);
/** The total first: a squeezed row placed with its total column blank, its figures from the total column on. */
const byTotalFirst: RowStep = (row, placed) => (free(row) ? totalFirst(placed, row.parts, row.page, row.d) : null);

/**
 * The re-placing steps after a row's first placement, in precedence order. One contract: a step takes the row and
 * its placement so far and returns a new placement, or null when it refuses (it does not apply to the row, or decides
 * nothing), the placement so far passing on. The steps of one group are alternatives: the first that decides
 * re-places the row and the rest of its group is not tried; each group starts from the placement the groups before it
 * left. (Rows of a squeezed table no row fills are placed by their own totals in `firstPlacement`, or left unread:
 * only the only-row step applies to them.)
 */
export const RE_PLACING: readonly (readonly RowStep[])[] = [
  // a full row (not on a squeezed page, not the 栏次 row) placed with two figures in one cell, or with a blank cell on
  // a page read into more value columns than the table's, or drawn a column left under a 行次 column: one figure to a
  // column
  [fullInOrder, fullOnWiderPage, fullDrawnLeft],
  // calibration (a row placed by position, not on a squeezed page, not the 栏次 row; under a 行次 column its figures
  // without its 行次): by the run starts of its page when its page has the table's value columns, else by its page's
  // 栏次 numbers over its figures standing apart, else by where all the figures of its block of lines end, else by its
  // whole neighbours
  [byRunStarts, byColumnNumbers, byEndGroups, byWholeNeighbours],
  // the table's one line of figures under its 栏次 numbers standing apart, else its one amount line (no repeated
  // header) placed by how its figures stand apart
  [onlyRowNumbered, onlyRowRespaced],
  // a row not on a squeezed page, not the 栏次 row, its total column left blank: its figures from the total on
  [byTotalFirst],
];

/** A row placed again by the steps of `RE_PLACING`, in order, from its first placement. */
export function replaceRow(row: RowContext, first: Placed): Placed {
  let placed = first;
  for (const group of RE_PLACING) {
    for (const step of group) {
      const again = step(row, placed);
      if (again !== null) {
        placed = again;
        break;
      }
    }
  }
  return placed;
}

/** A table's rows to place, and the columns found for them. */
export interface RowsToPlace {
  /** The table's lines (indices into the document's lines), top down. */
  run: readonly number[];
  /** The headers repeated inside the run, and their lines. */
  repeats: readonly (readonly number[])[];
  inRepeat: ReadonlySet<number>;
  /** The table's columns and the shift its rows are placed with. */
  model: ColumnModel;
  shift: number;
  /** The columns of each row on a page after a repeated header, when fitted again to it. */
  onPage: ReadonlyMap<number, ColumnModel>;
  /** The run's lines as first cut (the 行次 column is found from their amount lines). */
  data: PositionedLine[];
  /** The value columns of the table a page printing no header goes on with (null: the table's own, `model`'s). */
  tableCount?: number | null;
}

/**
 * Every row of a table placed (`firstPlacement`, then `RE_PLACING`), written into `lines` as spaced cells, then the
 * rows the header's totals break placed again where they hold; returns the problems (a row ambiguous or crowded).
 * `rowNumbersOf`: the 行次 column found once per set of columns, also for a next page read with them (read and
 * filled here). `tallies`: the rows holding and breaking the header's totals on the pages of each set of columns read
 * so far (a next page read with them is confirmed by them too; read and filled here).
 */
export function placeRows(
  lines: SourceLine[],
  table: RowsToPlace,
  pageStarts: ReadonlySet<number>,
  dp: (k: number) => Positioned[],
  rowNumbersOf: Map<ColumnModel, number | null>,
  tallies: Map<ColumnModel, TotalsTally> = new Map(),
): Problem[] {
  const { run, repeats, inRepeat, model, shift, onPage } = table;
  const dataLines = table.data;
  const problems: Problem[] = [];
  // (each line's nearest whole rows on its page, for a row with blank cells placed by where its figures end)
  const count = numberedValueCount(model, columnNumbersOf(dataLines));
  const amountRows = run.filter((k) => !isColumnNumbersLine(dp(k)) && isAmountLine({ line: lines[k]!, parts: dp(k) }));
  const onlyAmountLine = amountRows.length === 1 && repeats.length === 0 ? amountRows[0]! : -1;
  // (the table's one line of figures, its 栏次 row aside: an amount line, or a lone figure an unlabelled 合计 prints)
  const figureRows = run.filter((k) => !isColumnNumbersLine(dp(k)) && trailingFigures(dp(k)).length > 0);
  const onlyFigureLine = figureRows.length === 1 && repeats.length === 0 ? figureRows[0]! : -1;
  // (under a 行次 column, each line's figures without its 行次)
  if (!rowNumbersOf.has(model)) rowNumbersOf.set(model, rowNumberColumn(dataLines.filter(isAmountLine), model));
  const figuresOnly = (k: number) => (rowNumbersOf.get(model) !== null ? withoutRowNumber(dp(k)) : dp(k));
  const near = count === null ? [] : wholeNeighbours(run.map((k) => (isColumnNumbersLine(dp(k)) ? [] : figuresOnly(k))), count);
  // (how far right of its page's columns each line was drawn: the lower rows of a page drawn right from a line on; each
  // part of such a page is a page of its own to the run starts)
  const newPage = (k: number) => pageStarts.has(lines[k]!.n) || inRepeat.has(k);
  const drift = new Map<number, number>();
  // (the first row of a page's lower part, its upper rows' figures drawn right of the rest)
  const lowerPartStarts = new Set<number>();
  for (const pageRun of runPages(run, newPage)) {
    const figures = pageRun.map((k) => (isColumnNumbersLine(dp(k)) || inRepeat.has(k) || !isAmountLine({ line: lines[k]!, parts: dp(k) }) ? [] : trailingFigures(figuresOnly(k))));
    const steps = driftedRows(figures);
    pageRun.forEach((k, j) => drift.set(k, steps[j]!));
    const cut = upperRowsDrawnRight(figures);
    if (cut >= 0) lowerPartStarts.add(pageRun[cut]!);
  }
  const stepAt = (k: number) => {
    const i = run.indexOf(k);
    return i > 0 && (drift.get(k) !== drift.get(run[i - 1]!) || lowerPartStarts.has(k));
  };
  // (each line's value columns by where all the figures of its block of lines on its page end, its 行次 no figure)
  const byEnds = new Map<number, number[] | null>();
  if (count !== null)
    for (const pageRun of runPages(run, newPage)) {
      const figures = pageRun.map((k) => (isColumnNumbersLine(dp(k)) || inRepeat.has(k) || !isAmountLine({ line: lines[k]!, parts: dp(k) }) ? [] : trailingFigures(figuresOnly(k))));
      const fits = placeByEndGroups(figures, count);
      pageRun.forEach((k, j) => byEnds.set(k, fits[j]!));
    }
  // (each line's value columns by where the first figures of its page's runs end, its 行次 no figure)
  const byRuns = new Map<number, number[] | null>();
  // (on the value columns, a column no row prints in among them counted when a value word of its own heads it)
  const printed = run.map((k) => (isColumnNumbersLine(dp(k)) ? [] : trailingFigures(figuresOnly(k))));
  const runCount = count !== null || columnNumbersOf(dataLines).length > 0 || amountRows.length < 3 ? count : namedValueColumnCount(model, printed);
  if (runCount !== null)
    for (const pageRun of runPages(run, (k) => newPage(k) || stepAt(k))) {
      const figures = pageRun.map((k) => (isColumnNumbersLine(dp(k)) || inRepeat.has(k) || !isAmountLine({ line: lines[k]!, parts: dp(k) }) ? [] : squeezedFigures(figuresOnly(k), model)));
      // (on a squeezed table no row fills, the page's rows keeping the header's totals where their runs are placed)
      const fits = placeByRunBlocks(
        figures,
        runCount,
        model.squeezed,
        (j, columns) => !model.squeezed || keepsTotals(figures[j]!, columns, model),
        pageRun.map((k) => byEnds.get(k) ?? null),
      );
      pageRun.forEach((k, j) => byRuns.set(k, fits[j]!));
    }
  // (each line's value columns by the 栏次 numbers its page prints over its figures standing apart, its 行次 no figure)
  const byNumbers = new Map<number, number[] | null>();
  if (count !== null)
    for (const pageRun of runPages(run, newPage)) {
      const at = pageRun.find((k) => isColumnNumbersLine(dp(k)));
      const rows = pageRun.filter((k) => k !== at && !inRepeat.has(k) && isAmountLine({ line: lines[k]!, parts: dp(k) }));
      const figures = rows.map((k) => trailingFigures(figuresOnly(k)));
      const numbers = numbersOverPage(figures, at === undefined ? null : valueColumnNumbers(dp(at).filter((p) => p.text !== '栏次'), count));
      if (numbers === null) continue;
      // (under numbers squeezed at the row's end, placed by the order of the figures' ends, a row is so placed only
      // when its totals hold there: a row drawn a few characters right of the numbers reads one column off)
      rows.forEach((k, j) => {
        const columns = columnsUnderNumbers(figures[j]!, numbers);
        byNumbers.set(k, columns !== null && numbers.squeezed && !keepsTotals(figures[j]!, columns, model) ? null : columns);
      });
    }
  // (each row as placed, for the header's totals to place again the rows they break)
  const byTotals: { k: number; placed: Placed; parts: Positioned[]; page: ColumnModel; d: number; problems: number }[] = [];
  for (const [r, k] of run.entries()) {
    if (inRepeat.has(k) && lines[k]!.form === 'spaced') continue;
    const src = lines[k]!;
    const page = onPage.get(k) ?? model;
    // (a set of columns found without a 行次 column keeps none: not looked for again on each row or next page)
    const rowNumbers = rowNumbersOf.has(page) ? rowNumbersOf.get(page)! : rowNumberColumn(dataLines.filter(isAmountLine), page);
    rowNumbersOf.set(page, rowNumbers);
    const row: RowContext = {
      src,
      parts: dp(k),
      page,
      d: (onPage.has(k) ? 0 : shift) - (drift.get(k) ?? 0),
      rowNumbers,
      columnNumbers: isColumnNumbersLine(dp(k)),
      sameCount: valueColumnCount(page) === count,
      runCount,
      sameRunCount: (count !== null ? valueColumnCount(page) : namedValueColumnCount(page, printed)) === runCount,
      tableCount: table.tableCount ?? count,
      byRuns: byRuns.get(k) ?? null,
      byNumbers: byNumbers.get(k) ?? null,
      byEnds: byEnds.get(k) ?? null,
      near: near[r],
      onlyRow: onlyAmountLine === k,
      numbers: onlyFigureLine === k ? columnNumbersOf(dataLines) : [],
    };
    const placed = replaceRow(row, firstPlacement(row));
    const d = row.d;
    if (free(row)) byTotals.push({ k, placed, parts: dp(k), page, d, problems: problems.length });
    const spans = placed.spans.map((sp) => ({ start: sp.start - d, end: sp.end - d }));
    lines[k] = { ...src, form: 'spaced', cells: placed.cells, spans };
    if ('ambiguous' in placed && placed.ambiguous) {
      problems.push(ambiguousRow(src));
    } else if ('bySummary' in placed && placed.bySummary) {
      problems.push(bySummaryRow(src));
    } else if (placed.crowded) {
      problems.push(rowReport(src, 'warning', 'spaced_column_crowded', '空格对齐的表格中两个数字落在同一列，列位置可能有误'));
    }
  }
  // (a row of numbers 1 … n only over other than n value columns, two of them sharing a cell: the columns read are not
  // the table's, and its rows' figures are not read)
  const unnumbered = run.some((k) => isColumnNumbersLine(dp(k)) && numbersApart(dp(k), model) && numbersShareCells(lines[k]!.cells));
  // (a block word read as a column of its own among columns read twice: the columns read are not the table's either)
  if (unnumbered || blockWordAsColumn(model, amountRows.map((k) => dp(k)))) {
    for (const k of amountRows) {
      if (inRepeat.has(k)) continue;
      lines[k] = { ...lines[k]!, cells: lines[k]!.cells.map((c, j) => (model.columns[j]?.kind === 'text' ? c : '')) };
      problems.push(unnumbered ? unnumberedRow(lines[k]!) : blockWordRow(lines[k]!));
    }
    return problems;
  }
  // a row whose placement the header's totals break, in a table whose other rows they confirm: where they hold,
  // when they single out one placement (its report of a crowded or ambiguous placement withdrawn); the rows of the
  // pages before read with the same columns count too
  const here = totalsTally(totalsModel(model), byTotals.map((b) => b.placed.cells));
  const before = tallies.get(model) ?? { hold: 0, broken: 0, moved: 0 };
  const tally = here === null ? null : { hold: before.hold + here.hold, broken: before.broken + here.broken, moved: before.moved + here.moved };
  if (tally !== null) tallies.set(model, tally);
  if (tally !== null && totalsConfirmed(tally)) {
    const withdrawn = new Set<Problem>();
    const added: Problem[] = [];
    for (const b of byTotals) {
      const again = placeAgainByTotals(b.placed, b.parts, totalsModel(b.page), b.d);
      if (again === null) continue;
      lines[b.k] = { ...lines[b.k]!, cells: again.cells, spans: again.spans.map((sp) => ({ start: sp.start - b.d, end: sp.end - b.d })) };
      // (a placement leaving zeros unread keeps its report of an ambiguous row, or gets one)
      const reports = problems.slice(b.problems).filter((p) => p.line === lines[b.k]!.n && (p.code === 'spaced_row_ambiguous' || p.code === 'spaced_column_crowded'));
      for (const p of reports) if (!again.ambiguous || p.code !== 'spaced_row_ambiguous') withdrawn.add(p);
      if (again.ambiguous && !reports.some((p) => p.code === 'spaced_row_ambiguous')) added.push(ambiguousRow(lines[b.k]!));
    }
    if (withdrawn.size > 0 || added.length > 0) problems.splice(0, problems.length, ...problems.filter((p) => !withdrawn.has(p)), ...added);
  }
  return problems;
}

/**
 * The columns the header's totals are read over: a table's own, or, when columns its header words keep blank in every
 * row stand among its value columns (labels, then value columns blank or not), those value columns with the blank ones
 * (the header's totals sum over every column it heads; a blank cell adds nothing).
 */
export function totalsModel(model: ColumnModel): ColumnModel {
  if (model.figures !== undefined || valueColumnCount(model) !== null) return model;
  const kinds = model.columns.map((c) => c.kind);
  // (a 行次 column after the labels counts the rows, no money: a label column too)
  const labels = labelColumnsEnd(model);
  if (labels === null) return model;
  const values = kinds.slice(labels);
  if (values.length === 0) return model;
  if (values.some((k) => k !== 'amount' && k !== 'blank') || kinds[labels] !== 'amount') return model;
  return { ...model, figures: values.length };
}

/** A report on a row, with its line and raw text. */
const rowReport = (src: SourceLine, severity: Problem['severity'], code: string, message: string): Problem => ({ severity, line: src.n, message, raw: excerpt(src.raw), code });

/** The report of a squeezed 收入 row some of whose figures were put where the settle stage is to check them by the
 * 收支总表 (`figuresBySummary` of `squeezed-rows.ts`). */
const bySummaryRow = (src: SourceLine) =>
  rowReport(src, 'info', 'spaced_row_by_summary', '空格对齐的表格中此行有数字按位置不能确定所在的列（几种来源均可）：暂放在多数行可放的一列，由收支总表的各项收入核定');

/** The report of a row whose figures no placement puts in one column each: some left unread. */
const ambiguousRow = (src: SourceLine) => rowReport(src, 'warning', 'spaced_row_ambiguous', '空格对齐的表格中此行有空白单元格，数字挤在一起，按位置不能唯一确定各数字所在的列');
