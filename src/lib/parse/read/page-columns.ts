/**
 * Step 3 of the spaced reader (`spaced.ts`): the columns a table's rows are placed on. A page continuing the table a
 * page break interrupted (`CarriedTable`) is read with that table's columns moved by one shift, or with them fitted
 * again to its own full rows (`page-fit.ts`); any other table is read anew from its header and amount lines
 * (`columnsOf`). A header repeated inside the run is written as a header and the rows after it fitted to their page
 * (`repeatedHeadersIn`).
 */
import type { Problem } from '../../model/document.ts';
import type { TableKind } from '../../model/table.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import { buildColumns, columnsFromNumbers, fitsModel, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';
import { reassembleHeader } from './header-words.ts';
import { blockWordOverParts } from './block-word.ts';
import { joinRestDrawnLeft } from './rest-drawn-left.ts';
import { joinRestColumn } from './rest-column.ts';
import { joinWordInsideFigures } from './word-inside-figures.ts';
import { columnsByOrder } from './figure-order.ts';
import { fitToPage, fullRowsApart, sameCharacters, type PageFit } from './page-fit.ts';
import { coverOnNumbers, isLabelWord, wordsOver } from './header-cover.ts';
import { coverOnlyRow, loneFigure } from './only-row.ts';
import { joinLabelWordRest } from './label-word-rest.ts';
import { squeezedNumbers } from './only-row-numbered.ts';
import { onlyRowNumber } from './only-row-number.ts';
import { coverOnAmounts } from './sparse-cover.ts';
import { coverOnSqueezedRows } from './squeezed-rows.ts';
import { countsFromOne, pieces } from './piece.ts';
import { overlaps } from './columns.ts';
import { headedByRowNumberWord, headerLeaf, numbersRows } from './row-numbers.ts';
import { labelsOverRows } from './label-heads.ts';
import { joinStrayTotalGroup } from './stray-total-group.ts';
import { subtotalBesideGroup } from './lone-subtotal.ts';
import { lookupWord } from '../tables/vocabulary.ts';
import { carryShift, type CarriedTable } from './carry-shift.ts';
import { writeHeader } from './header-band.ts';
import { columnNumbersOf, isAmountLine, isAmountPiece, isColumnNumbersLine } from './spaced-lines.ts';

/** The columns of a table from its header and amount lines (and its 栏次 numbers); header words broken and interleaved
 * over many lines are re-read by meaning where the reading by position leaves words the vocabulary does not know
 * (`header-words.ts`); figures squeezed one space apart are read by the order of full rows (`figure-order.ts`). */
function columnsOf(header: PositionedLine[], data: PositionedLine[], columnNumbers: Positioned[] = [], lone: PositionedLine[] = [], summaryNamed = false): ColumnModel {
  const built = buildColumns(header, data, columnNumbers);
  const reassembled = reassembleHeader(header, built, false, columnNumbers.length > 0) ?? built;
  // (a stage's block word read as a column of its own beside the parts it heads: put over them)
  // (a word's rest pdftotext drew left of it, read as a blank column beside its figures: joined to it, under no 栏次
  // row — the numbers say where the columns stand, and the header is read onto them by its characters; a rest over
  // figures beside its word, `财政拨款（补助）` | `收入` or `合计` | `本年收入`, joined over the left column of the two)
  const blocks = blockWordOverParts(header, reassembled, data, columnNumbers) ?? reassembled;
  // (a value word whose first line is a label word, `项目` over `支出`, its rest drawn into a blank column beside it)
  const placed = joinLabelWordRest(blocks) ?? blocks;
  const rested = columnNumbers.length === 0 ? (joinRestDrawnLeft(placed) ?? joinRestColumn(placed, data) ?? placed) : placed;
  // (a word's part drawn inside the figures its word heads, `本年收入` over the totals, `合计` left of them after 行次)
  const model = joinWordInsideFigures(rested) ?? rested;
  // (a table of mostly blank columns under a 栏次 row: its header read as an exact cover onto the numbered columns)
  // (the only row of an empty table, every figure printed: its header read as an exact cover of its figures)
  // (a sparse table whose figures stand apart by position: its header read as an exact cover onto those columns)
  // (the only row printing one figure alone on its line, no line of amounts and no 栏次 row: read as the only row too)
  // (else by position, the only row's 行次 never read as money)
  // (a table's only row under a 栏次 row squeezed one space apart: the numbers show nothing of where the columns
  // stand, its figures are read beside its header's words first)
  // (a 栏次 row numbering the columns 1, 2, 3 …: how many figure columns the table has)
  const numbered = countsFromOne(columnNumbers) ? columnNumbers.length : 0;
  const squeezedOnly = () => (data.length === 1 && squeezedNumbers(columnNumbers) ? coverOnlyRow(header, data, model) : null);
  const byOrder = columnsByOrder(header, data, model, columnNumbers.length > 0 ? columnNumbers : null);
  // (a reading by order heading the first figure column with a `其中：` word gives way to a cover of the header's
  // words onto the numbered columns, the figures or the squeezed rows, when one reads it; else it stands)
  const cover = () => coverOnNumbers(header, data, model, columnNumbers) ?? coverOnAmounts(header, data, model, numbered) ?? coverOnSqueezedRows(header, data, model, false, summaryNamed);
  const ordered = byOrder !== null && opensWithPart(byOrder) ? (cover() ?? byOrder) : byOrder;
  const found = ordered ?? squeezedOnly() ?? coverOnNumbers(header, data, model, columnNumbers) ?? coverOnlyRow(header, data.length > 0 ? data : lone, model) ?? coverOnAmounts(header, data, model, numbered) ?? coverOnSqueezedRows(header, data, model, false, summaryNamed) ?? onlyRowNumber(data, model) ?? model;
  // (label words pdftotext drew left of the codes, names and 行次 they head put over the columns the rows fill)
  const labelled = labelsOverRows(found, data) ?? found;
  // (a total cell's group word drawn apart left of its `合计` over the names: `本年支出     合计`, one word)
  const joined = joinStrayTotalGroup(labelled, header) ?? labelled;
  // (a group's 小计 printed beside its group word, left of it: under the group)
  return subtotalBesideGroup(joined) ?? joined;
}

/**
 * Whether a reading heads its first figure column with a `其中：` word (`其中：基本支出合计`): 其中 names parts of a column
 * left of it, so no table's first figure column is headed so; the header's pieces were put together across columns.
 * Such a reading by order gives way to a cover of the header, when one reads it.
 */
function opensWithPart(model: ColumnModel): boolean {
  const first = model.columns.findIndex((c, j) => c.kind === 'amount' && !headedByRowNumberWord(model.header, j));
  const top = first >= 0 ? wordsOver(model, first)[0] : undefined;
  return top !== undefined && /^(?:其中|含)[:：]/.test(top);
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
 * Runs of word lines inside a table whose words stand over two amount or blank columns or more: repeated headers. A
 * run's first lines right under a row of figures, standing in the label columns only, that print no line of the
 * table's header (`band`), are the rest of that row's label wrapped onto the page's foot (`机关事业单位职业年金缴费` /
 * `支出` over the header repeated on the next page), no line of the header; a line holding a label column's header word
 * (`项目`, `科目名称`) is the header's own.
 */
function repeatedHeaders(lines: SourceLine[], run: number[], model: ColumnModel, dp: (k: number) => Positioned[], band: readonly number[]): number[][] {
  const out: number[][] = [];
  const bandTexts = new Set(band.map((k) => squash(lines[k]!.raw)).filter((t) => t !== ''));
  const inLabels = (k: number) =>
    pieces(lines[k]!.raw).every((p) => model.columns.every((c) => c.kind === 'text' || Math.min(c.end, p.end) - Math.max(c.start, p.start) <= 0));
  let cur: number[] = [];
  let above = -1;
  const flush = () => {
    let rest = 0;
    while (
      rest + 1 < cur.length &&
      bandTexts.size > 0 &&
      above >= 0 &&
      lines[cur[rest]!]!.n === lines[rest === 0 ? above : cur[rest - 1]!]!.n + 1 &&
      inLabels(cur[rest]!) &&
      !bandTexts.has(squash(lines[cur[rest]!]!.raw)) &&
      !pieces(lines[cur[rest]!]!.raw).some((p) => isLabelWord(p.text))
    )
      rest++;
    cur = cur.slice(rest);
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
    if (parts.some((p) => isAmountPiece(p.text))) {
      flush();
      above = k;
    } else cur.push(k);
  }
  flush();
  return out;
}

/** A line's text without its spaces. */
function squash(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** How many of the pieces of `raws` (lines) are header words of the vocabulary. */
function headerWordsIn(raws: readonly string[]): number {
  return raws.flatMap((raw) => pieces(raw)).filter((p) => lookupWord(p.text) !== null).length;
}

/** The info that a page's columns were fitted again to its rows (`page-fit.ts`), on its first row of figures. */
function refitted(at: SourceLine, { fullRows, byNumbers, byEnds, byShift }: PageFit): Problem {
  return {
    severity: 'info',
    line: at.n,
    message: byShift
      ? '续页的数值列按本页数值的位移沿用上页的列，行名称各列按本页的词另行定位（本页完整数据行不足；数值的位移放不下本页的编码和名称，它们仍在原处）'
      : byEnds
      ? '续页的列位置按本页数值的右端重新定位（本页没有完整数据行，也没有栏次行；数值右端恰好落在与表的数值列一样多的位置，按顺序对应各列；列名沿用上页表头）'
      : byNumbers
      ? '续页的列位置按本页栏次行的编号重新定位（本页没有完整数据行；列名沿用上页表头，每个数值落在一个栏次编号之下）'
      : `续页的列位置按本页 ${fullRows} 个完整数据行重新定位（列名沿用上页表头，数值按顺序对应各列）`,
    raw: excerpt(at.raw),
    code: 'page_columns_refitted',
  };
}

/** A table's lines as its header band and run were found: what its columns are chosen from. */
export interface TableLines {
  /** The table's lines (indices into the document's lines), top down. */
  run: readonly number[];
  /** Its header band's lines (none on a page continuing a table without its header). */
  band: readonly number[];
  /** The header's lines read: the band's pieces and the words the 栏次 rows carry (`headerLinesOf`). */
  header: PositionedLine[];
  /** The words the 栏次 rows above the first amount line carry (`carriedColumnWords`). */
  carriedWords: readonly PositionedLine[];
  /** The run's lines with their pieces. */
  data: PositionedLine[];
  /** The kind the title above names, and whether it names another table than the one carried (`headerBandOf`). */
  titled: TableKind | null;
  otherTable: boolean;
  /** The run stopped at a page break. */
  pageBreak: boolean;
  /** The document names a 收支总表 (a title of one, in its tables or its contents): the table whose totals the settle
   * stage places a squeezed 收入 table's figures by when no placement tells their columns apart (`squeezed-rows.ts`). */
  summaryNamed: boolean;
}

/** The columns chosen for a table, and what the choice carries on. */
export interface ColumnChoice {
  /** The columns its rows are placed on. */
  model: ColumnModel;
  /** The shift its rows are placed with (a page read with the columns of the page before, moved). */
  shift: number;
  /** The table carried to the next page: null unless a page break interrupted this one. */
  carried: CarriedTable | null;
  /** The page's fit found codes printed in parts: each row's code parts joined. */
  joinCodes: boolean;
  /** How the columns were read, when that is reported (fitted again to the page, a header read as a cover). */
  problem: Problem | null;
  /** The carried table's columns these were fitted again from (the same header on this page), else null. */
  fittedFrom?: ColumnModel | null;
}

/**
 * How a page's header (its `words`; none when `band` is false) stands to the table `carried` from the page before:
 * `none`, read anew (no table carried, a title above naming another table, `otherTable`, or a header not right after
 * the page break, `rightAfter`: only blank lines and page furniture between); `absent` (no header: the table goes on);
 * `sameWords` (its header repeated word for word); `sameCharacters` (its characters in other words, pdftotext wrapping
 * or interleaving them otherwise); `otherWords` (the table's only when the page's header and rows fit its columns by
 * one shift: a page with few rows shows too little to find all the columns again; header words may stand beside their
 * columns). A page repeating the header (`sameWords`, `sameCharacters`) is fitted again with the table's header.
 */
type HeaderRelation = 'none' | 'absent' | 'sameWords' | 'sameCharacters' | 'otherWords';

function headerRelation(carried: CarriedTable | null, otherTable: boolean, band: boolean, rightAfter: boolean, words: string): HeaderRelation {
  if (carried === null || otherTable || (band && !rightAfter)) return 'none';
  if (!band) return 'absent';
  if (words === carried.words) return 'sameWords';
  return sameCharacters(words, carried.words) ? 'sameCharacters' : 'otherWords';
}

/**
 * The columns of a table (`table`, its lines in `lines`, no line above `floor`, `dp(k)` line `k`'s pieces), with the
 * table `carried` from the page before (null when none): continued by one shift, fitted again to the page, or read
 * anew. Returns the table to carry to the next page with them.
 */
export function chooseColumns(lines: readonly SourceLine[], floor: number, dp: (k: number) => Positioned[], table: TableLines, carried: CarriedTable | null): ColumnChoice {
  const { run, band, titled, otherTable, pageBreak } = table;
  const headerLines = table.header;
  const dataLines = table.data;
  const amountLines = dataLines.filter(isAmountLine);
  // (with the label words the 栏次 line carries: `科目编码` written beside 栏次 on this page, over it on the page before)
  const words = [...band.map((k) => lines[k]!.raw), ...(band.length > 0 ? table.carriedWords.flatMap((l) => l.parts.map((p) => p.text)) : [])].join('').replace(/[\s\u3000]+/g, '');
  const places = JSON.stringify(headerLines.map((h) => h.parts.map((p) => [p.text, p.start])));
  const rightAfter = band.length > 0 && lines.slice(floor, band[0]).every((m) => m.skip || m.raw.trim() === '');
  const header = headerRelation(carried, otherTable, band.length > 0, rightAfter, words);
  const repeated = header === 'sameWords' || header === 'sameCharacters';
  // (a page repeating the header stands to the columns that header was read with, not to those the page before was
  // fitted again to)
  const previous = (repeated ? carried?.headerColumns : undefined) ?? carried?.columns ?? null;
  if (header !== 'none') {
    const shift = carryShift(dataLines, previous!);
    const fits = shift !== null && headerLines.every((h) => fitsModel(h.parts.map((p) => ({ ...p, start: p.start + shift, end: p.end + shift })), previous!));
    const byShift = shift !== null && (header === 'absent' || header === 'sameWords' || fits);
    // (the table's words where they stood, every piece at its column, its rows unshifted: laid out as the page before)
    const unmoved = header === 'sameWords' && shift === 0;
    // (a page printing its own 栏次 row under the header: the figures under its numbers place the columns on this page,
    // whatever one shift of the page before would do)
    const ownNumbers = band.length > 0 && columnNumbersOf(dataLines).length > 0;
    const fitted =
      !(unmoved && places === carried!.places) && (header !== 'otherWords' || byShift)
        ? fitToPage(previous!, amountLines, columnNumbersOf(dataLines), shift, repeated, !byShift || ownNumbers)
        : null;
    // (the same words standing elsewhere are a page laid out anew, its columns fitted again to its full rows, two at
    // least standing apart: one row's figures tell too little where they stand, and a row most of whose figures
    // pdftotext packed one space apart shows none of them where it stands)
    const apart = fullRowsApart(amountLines) >= 2;
    if (fitted !== null && !(unmoved && !fitted.byNumbers && !apart))
      return {
        model: fitted.model,
        shift: 0,
        // (a page fitted again to two full rows at least standing apart shows where the table's columns stand as well
        // as the header did: a page repeating the header after it stands to these; one fitted to fewer, or to rows
        // packed one space apart, under a 栏次 row or by where its figures end, to the columns the header was read with)
        carried: pageBreak ? { ...carried!, columns: fitted.model, headerColumns: apart && !fitted.byNumbers && !fitted.byEnds && !fitted.byShift ? undefined : (carried!.headerColumns ?? previous!), ...(band.length > 0 ? { words, places } : {}) } : null,
        joinCodes: fitted.joinCodes,
        problem: refitted((dataLines.find(isAmountLine) ?? dataLines[0]!).line, fitted),
        fittedFrom: previous,
      };
    if (byShift) return { model: previous!, shift: shift!, carried: pageBreak ? { ...carried!, columns: previous! } : null, joinCodes: false, problem: null };
  }
  const numbers = run.find((k) => isColumnNumbersLine(dp(k)));
  const numbered = columnNumbersOf(dataLines);
  const lone = numbered.length === 0 ? loneFigure(dataLines) : [];
  const whole = columnsFromNumbers(headerLines, numbers !== undefined ? pieces(lines[numbers]!.raw) : null, amountLines) ?? columnsOf(headerLines, amountLines, numbered, lone, table.summaryNamed);
  // (columns read from every row of the run that head a column of 行次 numbers with a value word: read again over the
  // header's own page's rows, the rows after it repeated inside the run, drawn a few characters off, fitted to their
  // page later)
  const ownPage = headerPageLines(lines, run, band, amountLines);
  // (so too when the run's rows put a header word no vocabulary knows over a value column, `上年 （补助）收事业收入` of
  // three columns run together, and the header's own page's rows name every value column with known words)
  const money = ownPage !== amountLines && rowNumbersAsMoney(whole, amountLines);
  // (or when they leave a column the rows fill under no word at all, `行次` put over the codes and names by rows of
  // pages drawn a few characters apart, and the header's own page's rows head every column they fill)
  const headless = ownPage !== amountLines && headlessFilled(whole, amountLines) > 0;
  const own = money || headless || (ownPage !== amountLines && unknownValueHeads(whole) > 0) ? columnsOf(headerLines, ownPage, numbered, lone, table.summaryNamed) : null;
  const better = (m: ColumnModel) => unknownValueHeads(m) === 0 && (!headless || headlessFilled(m, ownPage) === 0);
  const anew = own !== null && (money || better(own)) ? own : whole;
  // (the table's header repeated, its characters the same, read by position into other columns than the table's: that
  // reading is wrong — the same header names the same columns —, and the page's rows, none filling every column, are
  // read as a squeezed table's under the header's exact cover)
  const model = repeated && !sameHeading(anew, previous!) ? (coverOnSqueezedRows(headerLines, amountLines, anew, true, table.summaryNamed) ?? anew) : anew;
  return {
    model,
    shift: 0,
    // (a page going on with the carried table, its header read anew, is still that table: the kind its title named)
    carried: pageBreak ? { columns: model, words, places, kind: titled ?? (otherTable ? null : (carried?.kind ?? null)) } : null,
    joinCodes: false,
    problem: model.cover && headerLines.length > 0 ? coverProblem(headerLines, model) : null,
  };
}

/** The amount lines of the header's own page: those before the first line inside `run` repeating a line of the
 * header `band` character for character (its spaces aside), two at least; else every amount line. */
function headerPageLines(lines: readonly SourceLine[], run: readonly number[], band: readonly number[], amountLines: PositionedLine[]): PositionedLine[] {
  const bandTexts = new Set(band.map((k) => squash(lines[k]!.raw)).filter((t) => t !== ''));
  const repeat = run.find((k) => bandTexts.has(squash(lines[k]!.raw)));
  if (repeat === undefined) return amountLines;
  const own = amountLines.filter((l) => l.line.n < lines[repeat]!.n);
  return own.length >= 2 ? own : amountLines;
}

/** Whether `model` heads with a value word a column whose numbers down the rows (the first each row prints there, a
 * long name reaching into it aside; three at least) number them, mostly by one: a 行次 read as money. */
function rowNumbersAsMoney(model: ColumnModel, rows: readonly PositionedLine[]): boolean {
  return model.columns.some((c, j) => {
    if (c.kind === 'text' || headedByRowNumberWord(model.header, j) || headerLeaf(model.header, j) === undefined) return false;
    const found = rows.flatMap((l) => l.parts.filter((p) => /^[\d.,]+$/.test(p.text) && overlaps(c, p)).slice(0, 1));
    return numbersRows(found, { least: 3, mostlyByOne: true });
  });
}

/** How many value columns of `model` a leaf word no vocabulary knows heads. */
function unknownValueHeads(model: ColumnModel): number {
  return model.columns.filter((c, j) => {
    const leaf = headerLeaf(model.header, j);
    return c.kind !== 'text' && leaf !== undefined && lookupWord(leaf.replace(/[\s\u3000]+/g, '')) === null;
  }).length;
}

/** How many columns of `model` the rows fill (a piece of theirs overlapping it) that no header word heads. */
function headlessFilled(model: ColumnModel, rows: readonly PositionedLine[]): number {
  return model.columns.filter((c, j) => model.header.every((r) => (r[j] ?? '') === '') && rows.some((l) => l.parts.some((p) => overlaps(c, p)))).length;
}

/** Headers repeated inside a table's run, and the pages they start. */
export interface RepeatedHeaders {
  /** Each repeated header's lines. */
  repeats: number[][];
  /** The columns of each row on a page after a repeated header, when the table's columns were fitted to that page. */
  onPage: Map<number, ColumnModel>;
  /** The rows whose code parts that fit joins. */
  joinCodes: number[];
  /** The info that a page's columns were fitted again, one per such page. */
  problems: Problem[];
}

/**
 * The headers repeated inside `run` (a table read with `model`, its lines `data` as first cut, its header's lines
 * `band`; `carriedAt` the words a 栏次 row under a repeated header carries), each written into `lines` as a header with the table's columns
 * (`writeHeader`), and the rows after each fitted to their page.
 */
export function repeatedHeadersIn(
  lines: SourceLine[],
  run: number[],
  model: ColumnModel,
  dp: (k: number) => Positioned[],
  carriedAt: ReadonlyMap<number, PositionedLine>,
  data: PositionedLine[],
  band: readonly number[],
): RepeatedHeaders {
  // A header repeated inside the run (a page break the text does not mark): word lines with words over two amount or
  // blank columns or more, read as a header with the same columns, so the grid knows them as a repeat.
  const repeats = repeatedHeaders(lines, run, model, dp, band);
  // (the rows after a repeated header stand on a page of their own: the table's columns fitted to that page's rows)
  const onPage = new Map<number, ColumnModel>();
  const joinCodes: number[] = [];
  const problems: Problem[] = [];
  repeats.forEach((rep, r) => {
    const rows = run.slice(run.indexOf(rep[rep.length - 1]!) + 1, r + 1 < repeats.length ? run.indexOf(repeats[r + 1]![0]!) : run.length);
    const page = rows.map((k) => ({ line: lines[k]!, parts: dp(k) }));
    const fit = fitToPage(model, page.filter(isAmountLine), columnNumbersOf(page));
    // the header written as read again with the table's columns; one whose words read into other columns, printing
    // two header words at least (not a page's running title), is still the table's header repeated: written with the
    // table's header on its page's columns
    const after = carriedAt.get(run[run.indexOf(rep[rep.length - 1]!) + 1] ?? -1);
    const again = columnsOf(
      [...rep.map((k) => ({ line: lines[k]!, parts: pieces(lines[k]!.raw) })), ...(after ? [after] : [])],
      data.filter(isAmountLine),
    );
    if (again.columns.length === model.columns.length) writeHeader(lines, rep, again);
    else if (headerWordsIn(rep.map((k) => lines[k]!.raw)) >= 2) writeHeader(lines, rep, fit?.model ?? model);
    if (fit === null) return;
    for (const k of rows) {
      onPage.set(k, fit.model);
      if (fit.joinCodes) joinCodes.push(k);
    }
    problems.push(refitted(page.find(isAmountLine)!.line, { ...fit, byEnds: false }));
  });
  return { repeats, onPage, joinCodes, problems };
}

/** Whether two sets of columns head their value columns with the same words, in the same order. The value columns are
 * all but the text columns, a column blank in every row among them (not `valuePaths`, whose amount columns leave a
 * set with blank columns without value columns). */
function sameHeading(a: ColumnModel, b: ColumnModel): boolean {
  const values = (m: ColumnModel) => {
    const n = m.figures ?? m.columns.filter((c) => c.kind !== 'text').length;
    return JSON.stringify(m.columns.slice(m.columns.length - n).map((_, k) => m.header.map((r) => r[m.columns.length - n + k] ?? '').filter((x) => x !== '')));
  };
  return values(a) === values(b);
}
