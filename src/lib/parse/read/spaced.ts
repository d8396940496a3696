/**
 * Space-aligned tables as `pdftotext -layout` writes them: no tabs, columns aligned with runs of spaces whose width
 * varies from row to row, headers wrapped over several lines. Lines are cut into positioned pieces (character columns
 * as written: a CJK character counts as one column, as pdftotext counts it) and read by the positioned-text core.
 * Each table is read in seven steps, each a function of its own: 1. the run of its lines (`table-run.ts`), 2. its header
 * band and the words its 栏次 rows carry (`header-band.ts`), 3. its columns, the table a page break interrupted
 * carried as one record (`page-columns.ts`, `carry-shift.ts`), 4. each row's first placement and 5. the re-placing
 * steps of one precedence list (`row-placing.ts`), 6. the joins after placement (`joinRows`), 7. once every table is
 * read, rows with blank cells placed again by the sums down the classification (`code-sums.ts`).
 */
import type { Problem } from '../../model/document.ts';
import type { SourceLine } from '../../text/lines.ts';
import { figuresOnMiddleLine, joinCodeLines, joinWrappedLabels, wrappedLabels, type WrapChoice } from './wrapped-labels.ts';
import { joinNameAroundRow } from './name-around-row.ts';
import { moveCodesOffNames, moveLabelsOneColumnLeft, moveNamesBesideCodes, splitNamesOffCodes } from './name-beside-code.ts';
import type { ColumnModel, Positioned, PositionedLine } from './positioned.ts';
import { joinCodeParts } from './page-fit.ts';
import { joinSplitRows } from './split-rows.ts';
import { joinSqueezedSplitRows } from './squeezed-split-rows.ts';
import { splitGluedRowNumbers } from './glued-row-number.ts';
import { rowsDrawnLeft } from './rows-drawn-left.ts';
import { figuresDrawnLeft } from './figures-drawn-left.ts';
import { dataPieces } from './data-pieces.ts';
import { isColumnNumbersLine, namesSummaryTable } from './spaced-lines.ts';
import type { CarriedTable } from './carry-shift.ts';
import { findRun, isTableRun, wordLinesAfter } from './table-run.ts';
import { figuresUnderNumbers } from './figures-under-number.ts';
import { figuresSplitBelow, withFirstFiguresLine } from './figures-split-below.ts';
import { gluedFigureRowNumbers } from './figure-row-number.ts';
import { carriedColumnWords, codeInOneColumn, headerBandOf, headerLinesOf, writeHeader } from './header-band.ts';
import { chooseColumns, repeatedHeadersIn } from './page-columns.ts';
import { placeRows } from './row-placing.ts';
import { valueColumnCount } from './row-calibration.ts';
import { placeTablesByCodeSums, type WrittenRow } from './code-sums.ts';
import type { TotalsTally } from './row-totals.ts';

export { dataPieces, splitRunTogether } from './data-pieces.ts';

export interface SpacedResult {
  lines: SourceLine[];
  problems: Problem[];
}

/**
 * Step 6 of the spaced reader: the joins after a table's rows are placed, on its `body` (its rows: not a repeated
 * header, not the 栏次 row), by what its columns (`model`) hold. Rewrites `lines`; returns the problems (a split row
 * not confirmed) and the wrapped row labels, joined once every table is read (`joinWrappedLabels`).
 */
function joinRows(lines: SourceLine[], body: number[], model: ColumnModel, dp: (k: number) => Positioned[]): { problems: Problem[]; wraps: WrapChoice[]; rejoined: Set<number> } {
  const kinds = model.columns.map((c) => c.kind);
  // a row split over two lines, its first figures on the label's line and the rest alone on the next: one row (on a
  // squeezed table, its figures placed as one row's)
  const rejoined = joinSqueezedSplitRows(lines, body, model, dp);
  const problems = joinSplitRows(lines, body, model, dp);
  // a name drawn where the code's 项 part stands, in a column of its own: the name column's
  moveNamesBesideCodes(lines, body, kinds);
  // labels drawn one column right, the code column blank: codes and names each one column left
  moveLabelsOneColumnLeft(lines, body, kinds);
  splitNamesOffCodes(lines, body, kinds);
  // a code alone on its line drawn as far into the name column as into the code column: the code column's
  moveCodesOffNames(lines, body, kinds);
  // a code on a wrapped label's first line, its figures on a later one: one row
  joinCodeLines(lines, body, kinds);
  // a coded row whose name pdftotext drew on the lines around its figures line, none on it: one row
  joinNameAroundRow(lines, body, kinds);
  // a 行次 glued to the row's name: into the 行次 column, where the numbering leaves it
  splitGluedRowNumbers(lines, body, kinds);
  return { problems, wraps: wrappedLabels(lines, body, kinds), rejoined };
}

/**
 * Read every space-aligned table of a document: a run of lines with amounts (allowing word lines, blank lines and
 * page furniture inside), with its header lines above. Header lines are read into the first band line's cells
 * (one row per header level; the other band lines are marked `joined`); each data line gets one cell per column.
 * Lines with tabs, pipe rows and prose are left as they are. `pageStarts`: the lines that start a page (a table's run
 * ends there, its next page read as carried); `headStarts`: those a text without page marks shows only by its running
 * head (the run goes on over them, its rows placed page by page).
 */
export function readSpaced(input: SourceLine[], pageStarts: ReadonlySet<number> = new Set(), headStarts: ReadonlySet<number> = new Set()): SpacedResult {
  const lines = [...input];
  const problems: Problem[] = [];
  // (a table's rows are placed page by page, also on the pages only a running head shows; its run goes on over those)
  const rowPages = headStarts.size === 0 ? pageStarts : new Set([...pageStarts, ...headStarts]);
  let floor = 0;
  // The table a page break interrupted (its columns and the header it was read with): a next page without header lines
  // continues it.
  let carried: CarriedTable | null = null;
  // (the value columns of the table the carried one goes on with: its own, or those of the table its page went on with)
  let carriedCount: number | null = null;
  // A 行次 column, found once per model: the rows' numbers put in it wherever they stand, also on a next page read
  // with the same columns (a page of one or two rows shows too few numbers to find it again).
  const rowNumbersOf = new Map<ColumnModel, number | null>();
  // The rows holding and breaking the header's totals, per set of columns: a next page read with them is confirmed
  // by the pages before too (a page whose every row is drawn one column off holds none on its own).
  const tallies = new Map<ColumnModel, TotalsTally>();
  // Wrapped row labels, joined once every table is read (where the figures stand is decided for the document).
  const wraps: WrapChoice[] = [];
  // (the lines of rows split over two lines on a squeezed table, joined after placement: no more ambiguous rows)
  const rejoined = new Set<number>();
  // Each table's rows over its pages, and the columns each was placed on.
  const tables: WrittenRow[][] = [];
  // (a 收支总表 the settle stage reads a squeezed 收入 table's figures by, named in the document)
  const summaryNamed = namesSummaryTable(lines);
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
    // (a row's 行次 glued to the start of its first figure: two pieces, where the numbering leaves it)
    for (const { line, parts } of gluedFigureRowNumbers(run, headerLinesOf(lines, band, []).map((l) => l.parts), dp)) cut.set(line, parts);
    // (a row's label and 行次 on one line, its figures alone on the next: one line, the figures')
    // (so too a row's label and first figures on one line, its other figures alone on the next, drawn over the first)
    const bandParts = headerLinesOf(lines, band, []).map((l) => l.parts);
    const lineNo = (k: number) => lines[k]!.n;
    const splitBelow = figuresSplitBelow(run, lineNo, bandParts, dp);
    for (const { label, figures, parts } of [...figuresUnderNumbers(run, lineNo, bandParts, dp), ...splitBelow]) {
      cut.set(figures, parts);
      lines[figures] = { ...lines[figures]!, joined: [...(lines[figures]!.joined ?? []), lines[label]!.n], joinedRaw: [...(lines[figures]!.joinedRaw ?? []), lines[label]!.raw] };
      lines[label] = { ...lines[label]!, form: 'spaced', cells: lines[label]!.cells.map(() => ''), skip: 'joined' };
      run.splice(run.indexOf(label), 1);
    }
    // (a row drawn left of the others, its 行次 and figures pulled left with a shorter label: read where the others stand)
    for (const { line, parts } of rowsDrawnLeft(run, headerLinesOf(lines, band, []).map((l) => l.parts), dp)) cut.set(line, parts);
    // (so too under a header printing no 行次: its figures read where the others' end)
    for (const { line, parts } of figuresDrawnLeft(run, headerLinesOf(lines, band, []).map((l) => l.parts), dp)) cut.set(line, parts);
    if (codeInOneColumn(lines, band, run, dp)) joinCodes(run);
    const headerLines = headerLinesOf(lines, band, carriedWords.words);
    const dataLines: PositionedLine[] = run.map((k) => ({ line: lines[k]!, parts: dp(k) }));
    // 3. its columns: the carried table's moved by one shift, fitted again to the page, or read anew
    const table = { run, band, header: headerLines, carriedWords: carriedWords.words, data: dataLines, titled, otherTable, pageBreak: found.pageBreak, summaryNamed };
    const continues = carried !== null && !otherTable;
    // (a page printing no header of its own goes on with the carried table's value columns, however its own read)
    const tableCount: number | null = continues && headerLines.length === 0 ? (carriedCount ?? valueColumnCount(carried!.columns)) : null;
    const chosen = chooseColumns(lines, floor, dp, table, carried);
    const { model, shift } = chosen;
    if (chosen.joinCodes) joinCodes(run);
    if (chosen.problem) problems.push(chosen.problem);
    carried = chosen.carried;
    carriedCount = carried === null ? null : (tableCount ?? valueColumnCount(model));
    // (columns fitted again to a page from the carried table's, its header the same: the totals its pages before held
    // confirm it too)
    const before = chosen.fittedFrom ? tallies.get(chosen.fittedFrom) : undefined;
    if (before !== undefined && !tallies.has(model)) tallies.set(model, { ...before });
    // (1. the run's word lines after its last amount line, found with its columns)
    run.push(...wordLinesAfter(lines, run, i, pageStarts, dp, model, shift));
    writeHeader(lines, band, model);
    // (3. a header repeated inside the run written as a header, the rows after it fitted to their page)
    const repeated = repeatedHeadersIn(lines, run, model, dp, carriedWords.at, dataLines, band);
    const { repeats, onPage } = repeated;
    joinCodes(repeated.joinCodes);
    problems.push(...repeated.problems);
    const inRepeat = new Set(repeats.flat());
    // 4, 5. each row placed, then re-placed by the steps of one precedence list, then table-wide by the totals
    problems.push(...placeRows(lines, { run, repeats, inRepeat, model, shift, onPage, data: dataLines, tableCount }, rowPages, dp, rowNumbersOf, tallies));
    // (the figures a split row printed on its label line keep that line)
    for (const split of splitBelow) lines[split.figures] = withFirstFiguresLine(lines[split.figures]!, split);
    // 6. the joins after placement
    const body = run.filter((k) => !inRepeat.has(k) && !isColumnNumbersLine(dp(k)));
    const joined = joinRows(lines, body, model, dp);
    problems.push(...joined.problems);
    wraps.push(...joined.wraps);
    for (const n of joined.rejoined) rejoined.add(n);
    // (its rows, for the sums down the classification once every page of the table is read)
    const written = body.map((k) => ({ k, model: onPage.get(k) ?? model }));
    if (continues && written.length > 0 && tables.length > 0) tables[tables.length - 1]!.push(...written);
    else tables.push(written);
    const last = run.length > 0 ? run[run.length - 1]! : i;
    floor = last + 1;
    i = last;
  }
  joinWrappedLabels(lines, wraps, figuresOnMiddleLine(wraps));
  // 7. rows with blank cells placed again by the sums down the classification, each table over its pages (a row whose
  // figures were left unread so placed is no longer reported)
  const completed = placeTablesByCodeSums(lines, tables);
  return { lines, problems: problems.filter((p) => !(p.code === 'spaced_row_ambiguous' && (completed.has(p.line) || rejoined.has(p.line)))) };
}
