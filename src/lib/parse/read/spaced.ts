/**
 * Space-aligned tables as `pdftotext -layout` writes them: no tabs, columns aligned with runs of spaces whose width
 * varies from row to row, headers wrapped over several lines. Lines are cut into positioned pieces (character columns
 * as written: a CJK character counts as one column, as pdftotext counts it) and read by the positioned-text core.
 */
import type { Problem } from '../../model/document.ts';
import type { TableKind } from '../../model/table.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import { figuresOnMiddleLine, joinCodeLines, joinWrappedLabels, wrappedLabels, type WrapChoice } from './wrapped-labels.ts';
import { moveNamesBesideCodes, splitNamesOffCodes } from './name-beside-code.ts';
import { buildColumns, columnsFromNumbers, fitsModel, placeParts, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';
import { reassembleHeader } from './header-words.ts';
import { columnsByOrder, placeInOrder, placeWithRowNumber, rowNumberColumn } from './figure-order.ts';
import { fitToPage, fullRowsApart, joinCodeParts, sameCharacters } from './page-fit.ts';
import { joinSplitRows } from './split-rows.ts';
import { recalibrate, valueColumnCount, wholeNeighbours } from './row-calibration.ts';
import { placeByRunStarts, placeRunStarts, runPages } from './run-starts.ts';
import { coverOnNumbers } from './header-cover.ts';
import { coverOnlyRow } from './only-row.ts';
import { onlyRowNumber } from './only-row-number.ts';
import { totalFirst } from './total-first.ts';
import { respaceOnlyRow } from './only-row-spacing.ts';
import { coverOnAmounts } from './sparse-cover.ts';
import { placeAgainByTotals, totalsConfirmed } from './row-totals.ts';
import { coverOnSqueezedRows, placeSqueezedRow } from './squeezed-rows.ts';
import { pieces } from './piece.ts';
import { dataPieces } from './data-pieces.ts';
import { columnNumbersOf, isAmountLine, isAmountPiece, isBoundary, isCandidate, isColumnNumbersLine } from './spaced-lines.ts';
import { carryShift } from './carry-shift.ts';
import { findRun, isTableRun } from './table-run.ts';
import { carriedColumnWords, codeInOneColumn, headerBandOf, headerLinesOf, writeHeader } from './header-band.ts';

export { dataPieces, splitRunTogether } from './data-pieces.ts';

/** The columns of a table from its header and amount lines (and its 栏次 numbers); header words broken and interleaved
 * over many lines are re-read by meaning where the reading by position leaves words the vocabulary does not know
 * (`header-words.ts`); figures squeezed one space apart are read by the order of full rows (`figure-order.ts`). */
function columnsOf(header: PositionedLine[], data: PositionedLine[], columnNumbers: Positioned[] = []): ColumnModel {
  const built = buildColumns(header, data, columnNumbers);
  const model = reassembleHeader(header, built, false, columnNumbers.length > 0) ?? built;
  // (a table of mostly blank columns under a 栏次 row: its header read as an exact cover onto the numbered columns)
  // (the only row of an empty table, every figure printed: its header read as an exact cover of its figures)
  // (a sparse table whose figures stand apart by position: its header read as an exact cover onto those columns)
  // (else by position, the only row's 行次 never read as money)
  return columnsByOrder(header, data, model, columnNumbers.length > 0 ? columnNumbers : null) ?? coverOnNumbers(header, data, model, columnNumbers) ?? coverOnlyRow(header, data, model) ?? coverOnAmounts(header, data, model) ?? coverOnSqueezedRows(header, data, model) ?? onlyRowNumber(data, model) ?? model;
}

/** How a header read as an exact cover of vocabulary words was read (`header-cover.ts`): an `info` problem on its
 * first line, the words found and the columns they head. */
function coverProblem(header: PositionedLine[], model: ColumnModel): Problem {
  const figures = model.figures ?? 0;
  const labels = model.columns.slice(model.columns.length - figures).map((_, k) => {
    const j = model.columns.length - figures + k;
    return model.header.map((r) => r[j] ?? '').filter((x) => x !== '').join('/');
  });
  const first = header[0]!.line;
  const undecided = model.coverUndecided
    ? `「${model.coverUndecided.join('」「')}」的列序无法由表头确定，但这些列在每一行的数值相同，按任一列序读出的数值都一样`
    : '读法唯一';
  return {
    severity: 'info',
    line: first.n,
    message: `表头的字被折行打乱（第 ${first.n}–${header[header.length - 1]!.line.n} 行）：按词表拼成整词「${model.cover!.join('」「')}」，每个字恰好用一次，${undecided}；数值列依次为「${labels.join('」「')}」`,
    raw: excerpt(first.raw),
    code: 'header_cover',
  };
}

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

/** Runs of word lines inside a table whose words stand over two amount or blank columns or more: repeated headers. */
function repeatedHeaders(lines: SourceLine[], run: number[], model: ColumnModel, dp: (k: number) => Positioned[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    const over = new Set<number>();
    for (const k of cur)
      for (const p of pieces(lines[k]!.raw))
        model.columns.forEach((c, j) => {
          if (c.kind !== 'text' && Math.min(c.end, p.end) - Math.max(c.start, p.start) > 0) over.add(j);
        });
    if (over.size >= 2) out.push(cur);
    cur = [];
  };
  for (const k of run) {
    const parts = dp(k);
    if (parts.some((p) => isAmountPiece(p.text))) flush();
    else cur.push(k);
  }
  flush();
  return out;
}

/** The info that a page's columns were fitted again to its rows (`page-fit.ts`), on its first row of figures. */
function refitted(at: SourceLine, fullRows: number, byNumbers = false): Problem {
  return {
    severity: 'info',
    line: at.n,
    message: byNumbers
      ? '续页的列位置按本页栏次行的编号重新定位（本页没有完整数据行；列名沿用上页表头，每个数值落在一个栏次编号之下）'
      : `续页的列位置按本页 ${fullRows} 个完整数据行重新定位（列名沿用上页表头，数值按顺序对应各列）`,
    raw: excerpt(at.raw),
    code: 'page_columns_refitted',
  };
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
  // The columns of the table a page break interrupted: a next page without header lines continues it.
  let previous: ColumnModel | null = null;
  // The words of the header that table was read with (a page repeating them repeats its header).
  let previousWords = '';
  // Where its header's pieces stood (each line's pieces and their start columns).
  let previousPlaces = '';
  // A 行次 column, found once per model: the rows' numbers put in it wherever they stand, also on a next page read
  // with the same columns (a page of one or two rows shows too few numbers to find it again).
  const rowNumbersOf = new Map<ColumnModel, number | null>();
  // The kind its title names (null when none was printed above it).
  let previousKind: TableKind | null = null;
  // Wrapped row labels, joined once every table is read (where the figures stand is decided for the document).
  const wraps: WrapChoice[] = [];
  // Pieces of each line, cut once (lines are only rewritten after they were cut).
  const cut = new Map<number, Positioned[]>();
  const dp = (k: number): Positioned[] => {
    let ps = cut.get(k);
    if (ps === undefined) {
      ps = dataPieces(lines[k]!.raw);
      cut.set(k, ps);
    }
    return ps;
  };
  for (let i = 0; i < lines.length; i++) {
    const carriedEnds = previous ? previous.columns.filter((c) => c.kind === 'amount').map((c) => c.end) : [];
    const found = findRun(lines, i, floor, pageStarts, dp, carriedEnds);
    if (found === null) continue;
    const { first, pageBreak, rowNumber } = found;
    const carriedTable = previous ? { columns: previous, words: previousWords, places: previousPlaces, kind: previousKind } : null;
    const { band, run, titled, otherTable } = headerBandOf(lines, found.run, first, floor, pageStarts, dp, carriedTable);
    const carriedWords = carriedColumnWords(lines, run, dp);
    for (const [k, rest] of carriedWords.rests) cut.set(k, rest);
    const carriedAt = carriedWords.at;
    if (!isTableRun(lines, run, band, rowNumber, dp, previous)) continue;
    if (codeInOneColumn(lines, band, run, dp)) for (const k of run) cut.set(k, joinCodeParts(dp(k)));
    const headerLines = headerLinesOf(lines, band, carriedWords.words);
    const dataLines: PositionedLine[] = run.map((k) => ({ line: lines[k]!, parts: dp(k) }));
    let model: ColumnModel;
    let shift = 0;
    // A page without header lines continues the table of the page before; so does a page that repeats the header
    // right after the page break (nothing but blank lines and page furniture between), read with that table's
    // columns when its lines fit them or repeat its header's words (a page with few rows shows too little to find all
    // the columns again; header words may stand beside their columns, left of short right-aligned figures).
    // (with the label words the 栏次 line carries: `科目编码` written beside 栏次 on this page, over it on the page before)
    const words = [...band.map((k) => lines[k]!.raw), ...(band.length > 0 ? carriedWords.words.flatMap((l) => l.parts.map((p) => p.text)) : [])].join('').replace(/[\s\u3000]+/g, '');
    const places = JSON.stringify(headerLines.map((h) => h.parts.map((p) => [p.text, p.start])));
    const rightAfter = band.length > 0 && lines.slice(floor, band[0]).every((m) => m.skip || m.raw.trim() === '');
    const fits = (d: number | null) => d !== null && headerLines.every((h) => fitsModel(h.parts.map((p) => ({ ...p, start: p.start + d, end: p.end + d })), previous!));
    const carried = previous && !otherTable && (band.length === 0 || rightAfter) ? carryShift(dataLines, previous) : null;
    // (else the page's own rows place the table's columns again: a header repeated in other words' order, or none)
    const byShift = carried !== null && (band.length === 0 || fits(carried) || words === previousWords);
    // (a page whose header repeats the table's words where they stood, every piece at its column, its rows unshifted, is
    // laid out as the page before: its columns stay; the same words standing elsewhere are a page laid out anew, its
    // columns fitted again to its full rows, two at least standing apart: one row's figures tell too little where they
    // stand, and a row most of whose figures pdftotext packed one space apart shows none of them where it stands)
    const sameWords = carried === 0 && band.length > 0 && words === previousWords;
    const fitted =
      previous && !(sameWords && places === previousPlaces) && !otherTable && (band.length === 0 || (rightAfter && (byShift || sameCharacters(words, previousWords))))
        ? fitToPage(previous, dataLines.filter(isAmountLine), columnNumbersOf(dataLines), carried, band.length > 0 && sameCharacters(words, previousWords), !byShift)
        : null;
    const again = fitted !== null && !(sameWords && fullRowsApart(dataLines.filter(isAmountLine)) < 2) ? fitted : null;
    if (again !== null) {
      model = again.model;
      if (again.joinCodes) for (const k of run) cut.set(k, joinCodeParts(dp(k)));
      problems.push(refitted((dataLines.find(isAmountLine) ?? dataLines[0]!).line, again.fullRows, again.byNumbers));
    } else if (byShift) {
      model = previous!;
      shift = carried!;
    } else {
      const numbers = run.find((k) => isColumnNumbersLine(dp(k)));
      const amountLines = dataLines.filter(isAmountLine);
      model = columnsFromNumbers(headerLines, numbers !== undefined ? pieces(lines[numbers]!.raw) : null, amountLines) ?? columnsOf(headerLines, amountLines, columnNumbersOf(dataLines));
      previousWords = words;
      previousPlaces = places;
      previousKind = titled;
      if (model.cover && headerLines.length > 0) problems.push(coverProblem(headerLines, model));
    }
    previous = pageBreak ? model : null;
    // Word lines right after the last amount line (a row with every amount blank, the rest of a wrapped label) belong
    // to the table when all their words stand in its label columns.
    for (let k = (run[run.length - 1] ?? i) + 1; k < lines.length; k++) {
      const m = lines[k]!;
      const ps = dp(k);
      if (m.skip || !isCandidate(m) || ps.length === 0 || isBoundary(m, ps) || (pageStarts.has(m.n) && k > i)) break;
      const texts = model.columns.map((c) => c.kind === 'text');
      if (!ps.every((p) => model.columns.some((c, j) => texts[j] && Math.min(c.end, p.end + shift) - Math.max(c.start, p.start + shift) > 0))) break;
      run.push(k);
    }
    writeHeader(lines, band, model);
    // A header repeated inside the run (a page break the text does not mark): word lines with words over two amount or
    // blank columns or more, read as a header with the same columns, so the grid knows them as a repeat.
    const repeats = repeatedHeaders(lines, run, model, dp);
    for (const rep of repeats) {
      const after = carriedAt.get(run[run.indexOf(rep[rep.length - 1]!) + 1] ?? -1);
      const again = columnsOf(
        [...rep.map((k) => ({ line: lines[k]!, parts: pieces(lines[k]!.raw) })), ...(after ? [after] : [])],
        dataLines.filter(isAmountLine),
      );
      if (again.columns.length === model.columns.length) writeHeader(lines, rep, again);
    }
    const inRepeat = new Set(repeats.flat());
    // the rows after a repeated header stand on a page of their own: the table's columns fitted to that page's rows
    const onPage = new Map<number, ColumnModel>();
    repeats.forEach((rep, r) => {
      const rows = run.slice(run.indexOf(rep[rep.length - 1]!) + 1, r + 1 < repeats.length ? run.indexOf(repeats[r + 1]![0]!) : run.length);
      const page = rows.map((k) => ({ line: lines[k]!, parts: dp(k) }));
      const fit = fitToPage(model, page.filter(isAmountLine), columnNumbersOf(page));
      if (fit === null) return;
      for (const k of rows) {
        onPage.set(k, fit.model);
        if (fit.joinCodes) cut.set(k, joinCodeParts(dp(k)));
      }
      problems.push(refitted(page.find(isAmountLine)!.line, fit.fullRows, fit.byNumbers));
    });
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
