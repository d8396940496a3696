/**
 * Space-aligned tables as `pdftotext -layout` writes them: no tabs, columns aligned with runs of spaces whose width
 * varies from row to row, headers wrapped over several lines. Lines are cut into positioned pieces (character columns
 * as written: a CJK character counts as one column, as pdftotext counts it) and read by the positioned-text core.
 */
import type { Problem } from '../../model/document.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import { figuresOnMiddleLine, joinCodeLines, joinWrappedLabels, wrappedLabels, type WrapChoice } from './wrapped-labels.ts';
import { moveNamesBesideCodes, splitNamesOffCodes } from './name-beside-code.ts';
import { placeParts, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';
import { placeInOrder, placeWithRowNumber, rowNumberColumn } from './figure-order.ts';
import { joinCodeParts } from './page-fit.ts';
import { joinSplitRows } from './split-rows.ts';
import { recalibrate, valueColumnCount, wholeNeighbours } from './row-calibration.ts';
import { placeByRunStarts, placeRunStarts, runPages } from './run-starts.ts';
import { totalFirst } from './total-first.ts';
import { respaceOnlyRow } from './only-row-spacing.ts';
import { placeAgainByTotals, totalsConfirmed } from './row-totals.ts';
import { placeSqueezedRow } from './squeezed-rows.ts';
import { dataPieces } from './data-pieces.ts';
import { isAmountLine, isColumnNumbersLine } from './spaced-lines.ts';
import type { CarriedTable } from './carry-shift.ts';
import { findRun, isTableRun, wordLinesAfter } from './table-run.ts';
import { carriedColumnWords, codeInOneColumn, headerBandOf, headerLinesOf, writeHeader } from './header-band.ts';
import { chooseColumns, repeatedHeadersIn } from './page-columns.ts';

export { dataPieces, splitRunTogether } from './data-pieces.ts';

/**
 * Cells of the 栏次 row. Its numbers number the value columns left to right and may stand anywhere in their cells
 * (centred, left-aligned, beside a short right-aligned figure, so nearer another column's figures than their own):
 * numbered 1 … n, with at most one 栏次 word and as many numbers as value columns, each number goes to its column in
 * order; otherwise (a row of 行次 numbers only, side-by-side halves) each piece goes where it stands.
 */
function placeColumnNumbers(parts: Positioned[], model: ColumnModel): ReturnType<typeof placeParts> {
  const nums = parts.filter((p) => p.text !== '栏次');
  const words = parts.filter((p) => p.text === '栏次');
  const values = model.columns.flatMap((c, j) => (c.kind === 'text' ? [] : [j]));
  const numbering = nums.every((p, k) => p.text === String(k + 1));
  if (!numbering || nums.length !== values.length || words.length > 1) return placeParts(parts, model);
  const placed = placeParts(words, model);
  values.forEach((j, k) => {
    placed.cells[j] = nums[k]!.text;
    placed.spans[j] = { start: nums[k]!.start, end: nums[k]!.end };
  });
  return placed;
}

export interface SpacedResult {
  lines: SourceLine[];
  problems: Problem[];
}

/**
 * Read every space-aligned table of a document: a run of lines with amounts (allowing word lines, blank lines and
 * page furniture inside), with its header lines above. Header lines are read into the first band line's cells
 * (one row per header level; the other band lines are marked `joined`); each data line gets one cell per column.
 * Lines with tabs, pipe rows and prose are left as they are.
 */
export function readSpaced(input: SourceLine[], pageStarts: ReadonlySet<number> = new Set()): SpacedResult {
  const lines = [...input];
  const problems: Problem[] = [];
  let floor = 0;
  // The table a page break interrupted (its columns and the header it was read with): a next page without header lines
  // continues it.
  let carried: CarriedTable | null = null;
  // A 行次 column, found once per model: the rows' numbers put in it wherever they stand, also on a next page read
  // with the same columns (a page of one or two rows shows too few numbers to find it again).
  const rowNumbersOf = new Map<ColumnModel, number | null>();
  // Wrapped row labels, joined once every table is read (where the figures stand is decided for the document).
  const wraps: WrapChoice[] = [];
  // Pieces of each line, cut once (lines are only rewritten after they were cut); a step may give a line other pieces
  // (a 栏次 row without the words it carries, a code's parts joined).
  const cut = new Map<number, Positioned[]>();
  const dp = (k: number): Positioned[] => {
    let ps = cut.get(k);
    if (ps === undefined) {
      ps = dataPieces(lines[k]!.raw);
      cut.set(k, ps);
    }
    return ps;
  };
  const joinCodes = (rows: readonly number[]) => {
    for (const k of rows) cut.set(k, joinCodeParts(dp(k)));
  };
  for (let i = 0; i < lines.length; i++) {
    // 1. the run of table lines from line i
    const carriedEnds = carried ? carried.columns.columns.filter((c) => c.kind === 'amount').map((c) => c.end) : [];
    const found = findRun(lines, i, floor, pageStarts, dp, carriedEnds);
    if (found === null) continue;
    // 2. its header band, and the words its 栏次 rows carry
    const { band, run, titled, otherTable } = headerBandOf(lines, found.run, found.first, floor, pageStarts, dp, carried);
    const carriedWords = carriedColumnWords(lines, run, dp);
    for (const [k, rest] of carriedWords.rests) cut.set(k, rest);
    if (!isTableRun(lines, run, band, found.rowNumber, dp, carried?.columns ?? null)) continue;
    if (codeInOneColumn(lines, band, run, dp)) joinCodes(run);
    const headerLines = headerLinesOf(lines, band, carriedWords.words);
    const dataLines: PositionedLine[] = run.map((k) => ({ line: lines[k]!, parts: dp(k) }));
    // 3. its columns: the carried table's moved by one shift, fitted again to the page, or read anew
    const table = { run, band, header: headerLines, carriedWords: carriedWords.words, data: dataLines, titled, otherTable, pageBreak: found.pageBreak };
    const chosen = chooseColumns(lines, floor, dp, table, carried);
    const { model, shift } = chosen;
    if (chosen.joinCodes) joinCodes(run);
    if (chosen.problem) problems.push(chosen.problem);
    carried = chosen.carried;
    run.push(...wordLinesAfter(lines, run, i, pageStarts, dp, model, shift));
    writeHeader(lines, band, model);
    const repeated = repeatedHeadersIn(lines, run, model, dp, carriedWords.at, dataLines);
    const { repeats, onPage } = repeated;
    joinCodes(repeated.joinCodes);
    problems.push(...repeated.problems);
    const inRepeat = new Set(repeats.flat());
    // (each line's nearest whole rows on its page, for a row with blank cells placed by where its figures end)
    const count = valueColumnCount(model);
    const amountRows = run.filter((k) => !isColumnNumbersLine(dp(k)) && isAmountLine({ line: lines[k]!, parts: dp(k) }));
    const onlyAmountLine = amountRows.length === 1 && repeats.length === 0 ? amountRows[0]! : -1;
    const near = count === null ? [] : wholeNeighbours(run.map((k) => (isColumnNumbersLine(dp(k)) ? [] : dp(k))), count);
    // (each line's value columns by where the first figures of its page's runs end)
    const byRuns = new Map<number, number[] | null>();
    if (count !== null)
      for (const pageRun of runPages(run, (k) => pageStarts.has(lines[k]!.n) || inRepeat.has(k))) {
        const fits = placeByRunStarts(pageRun.map((k) => (isColumnNumbersLine(dp(k)) || inRepeat.has(k) || !isAmountLine({ line: lines[k]!, parts: dp(k) }) ? [] : dp(k))), count);
        pageRun.forEach((k, j) => byRuns.set(k, fits[j]!));
      }
    // (each row as placed, for the header's totals to place again the rows they break)
    const byTotals: { k: number; placed: ReturnType<typeof placeInOrder>; parts: Positioned[]; page: ColumnModel; d: number; problems: number }[] = [];
    for (const [r, k] of run.entries()) {
      if (inRepeat.has(k) && lines[k]!.form === 'spaced') continue;
      const src = lines[k]!;
      const page = onPage.get(k) ?? model;
      const rowNumbers = rowNumbersOf.get(page) ?? rowNumberColumn(dataLines.filter(isAmountLine), page);
      rowNumbersOf.set(page, rowNumbers);
      const place = isColumnNumbersLine(dp(k))
        ? placeColumnNumbers
        : rowNumbers !== null && isAmountLine({ line: src, parts: dp(k) })
          ? (ps: Positioned[], m: ColumnModel) => placeWithRowNumber(ps, m, rowNumbers)
          : placeInOrder;
      const d = onPage.has(k) ? 0 : shift;
      const shifted = dp(k).map((p) => ({ ...p, start: p.start + d, end: p.end + d }));
      // (a squeezed table no row fills: each row's figures placed by how they stand apart and by the totals)
      const byColumns = page.squeezed && !isColumnNumbersLine(dp(k)) ? placeSqueezedRow(shifted, page) : place(shifted, page);
      const calibrable = rowNumbers === null && !page.squeezed && !isColumnNumbersLine(dp(k));
      const calibrated =
        (calibrable && valueColumnCount(page) === count ? placeRunStarts(byColumns, dp(k), byRuns.get(k) ?? null, page, d) : null) ??
        (calibrable && near[r] ? recalibrate(byColumns, dp(k), near[r], page, d) : null) ??
        byColumns;
      // (an empty table's only row: its figures placed again by how they stand apart)
      const respaced = (onlyAmountLine === k ? respaceOnlyRow(calibrated, dp(k), page) : null) ?? calibrated;
      // (a squeezed row placed with its total column blank: its figures from the total column on)
      // (rows of a squeezed table no row fills are placed by their own totals above, or left unread)
      const free = !isColumnNumbersLine(dp(k)) && !page.squeezed;
      const placed = free ? (totalFirst(respaced, dp(k), page, d) ?? respaced) : respaced;
      if (free) byTotals.push({ k, placed, parts: dp(k), page, d, problems: problems.length });
      const spans = placed.spans.map((sp) => ({ start: sp.start - d, end: sp.end - d }));
      lines[k] = { ...src, form: 'spaced', cells: placed.cells, spans };
      if ('ambiguous' in placed && placed.ambiguous) {
        problems.push({
          severity: 'warning',
          line: src.n,
          message: '空格对齐的表格中此行有空白单元格，数字挤在一起，按位置不能唯一确定各数字所在的列',
          raw: excerpt(src.raw),
          code: 'spaced_row_ambiguous',
        });
      } else if (placed.crowded) {
        problems.push({
          severity: 'warning',
          line: src.n,
          message: '空格对齐的表格中两个数字落在同一列，列位置可能有误',
          raw: excerpt(src.raw),
          code: 'spaced_column_crowded',
        });
      }
    }
    // a row whose placement the header's totals break, in a table whose other rows they confirm: where they hold,
    // when they single out one placement (its report of a crowded or ambiguous placement withdrawn)
    if (totalsConfirmed(model, byTotals.map((b) => b.placed.cells))) {
      const withdrawn = new Set<Problem>();
      for (const b of byTotals) {
        const again = placeAgainByTotals(b.placed, b.parts, b.page, b.d);
        if (again === null) continue;
        lines[b.k] = { ...lines[b.k]!, cells: again.cells, spans: again.spans.map((sp) => ({ start: sp.start - b.d, end: sp.end - b.d })) };
        for (const p of problems.slice(b.problems)) if (p.line === lines[b.k]!.n && (p.code === 'spaced_row_ambiguous' || p.code === 'spaced_column_crowded')) withdrawn.add(p);
      }
      if (withdrawn.size > 0) problems.splice(0, problems.length, ...problems.filter((p) => !withdrawn.has(p)));
    }
    // the table's rows (not a repeated header, not the 栏次 row) and what its columns hold, for the joins below
    const body = run.filter((k) => !inRepeat.has(k) && !isColumnNumbersLine(dp(k)));
    const kinds = model.columns.map((c) => c.kind);
    // a row split over two lines, its first figures on the label's line and the rest alone on the next: one row
    problems.push(...joinSplitRows(lines, body, model, dp));
    // a name drawn where the code's 项 part stands, in a column of its own: the name column's
    moveNamesBesideCodes(lines, body, kinds);
    splitNamesOffCodes(lines, body, kinds);
    // a code on a wrapped label's first line, its figures on a later one: one row
    joinCodeLines(lines, body, kinds);
    wraps.push(...wrappedLabels(lines, body, kinds));
    const last = run.length > 0 ? run[run.length - 1]! : i;
    floor = last + 1;
    i = last;
  }
  joinWrappedLabels(lines, wraps, figuresOnMiddleLine(wraps));
  return { lines, problems };
}
