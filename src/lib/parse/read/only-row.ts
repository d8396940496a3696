/**
 * The only row of a table read under its squeezed header. An empty table (本表无数据) is printed with its 合计 row of
 * zeros alone: no second row calibrates the figure columns (`figure-order.ts` reads by order from two full rows), and
 * no 栏次 row numbers them (`header-cover.ts` `coverOnNumbers`). When the columns found by position do not name the
 * row's figures with words the vocabulary knows, one to a column, and the header's value pieces read as one exact cover
 * of as many words as the row has figures — and of no more: a header that also reads as one column more may head a
 * blank cell, and then nothing is read so — the row's figures are its columns, in order, labelled by the cover; the
 * label columns stay as found. A row printing fewer figures than the header reads columns has each figure placed under
 * the column its header word stands at (`besideWords`), or left of it as far as its spacing decides alone
 * (`boundBySpacing`), or nothing read so; a row of one figure so too (no cover of one column is read for it), under
 * columns by position headed by known words only when the words beside which it is placed are theirs and put it in
 * another of them (else the columns by position stand). A squeezed row that placement would break
 * the spacing of (figures one space apart in columns apart, a label or 行次 touching a figure past the first column),
 * or that has none, is laid out by that spacing (`bySpacing`) and placed again by it alone (`only-row-spacing.ts`).
 */
import { coverUpToEqualColumns, coverValuePieces, headedByKnownWords, isLabelWord, modelOfCover, onlyValueText, wordsOver, type CoverReading } from './header-cover.ts';
import { touchingBefore, type Positioned } from './piece.ts';
import { trailingFigures } from './columns.ts';
import { isColumnNumbersLine, isLoneFigure } from './spaced-lines.ts';
import { overlap, placeParts, type Column, type ColumnModel, type PositionedLine } from './positioned.ts';
import { decidedBySpacing, keepsEvenGaps, keepsSpacing, leadOf, pushedFigure, squeezedRow } from './only-row-spacing.ts';
import { placements } from './figure-order.ts';
import { isRowNumberWord } from './row-numbers.ts';
import { lookupWord } from '../tables/vocabulary.ts';
import { twinsInColumnOrder } from './twin-pieces.ts';

/** The columns of a table of one amount line (see the module comment), or null. */
export function coverOnlyRow(header: readonly PositionedLine[], data: readonly PositionedLine[], model: ColumnModel): ColumnModel | null {
  if (data.length !== 1 || header.length === 0) return null;
  const labelOf = (j: number) => wordsOver(model, j);
  // the row's figures: the amounts after its last word, less a 行次 number before its money (the header prints 行次)
  const parts = data[0]!.parts;
  let figures = trailingFigures(parts);
  const rowNumber = model.header.some((r) => r.some((w) => isRowNumberWord(w)));
  if (rowNumber && figures.length > 1 && /^[1-9]\d{0,2}$/.test(figures[0]!.text)) figures = figures.slice(1);
  if (figures.length === 0) return null;
  // the label columns: those starting left of the first figure, and those headed by a label word (an unlabelled row's
  // first figure may stand under the 科目名称 column), each ending before the first figure
  const first = figures[0]!.start;
  const leaf = (j: number) => labelOf(j).pop() ?? '';
  // (a column no row prints in, headed only by words or pieces of value words, is a value column this row leaves blank,
  // wherever its words were drawn)
  const blankValue = (j: number) => model.columns[j]!.kind === 'blank' && labelOf(j).length > 0 && labelOf(j).every(onlyValueText);
  let labels = 0;
  while (labels < model.columns.length && !blankValue(labels) && (model.columns[labels]!.start < first || isLabelWord(leaf(labels)))) labels++;
  if (labels === 0) return null;
  // (a label column is a text column, a 行次 column keeps its kind: the 栏次 numbers go to the figure columns only)
  const labelColumns: Column[] = model.columns.slice(0, labels).map((c, j) => ({
    start: c.start,
    end: Math.max(c.start + 1, Math.min(c.end, first - 1)),
    kind: isRowNumberWord(leaf(j)) ? c.kind : 'text',
  }));
  const n = figures.length;
  // (only a header the reading by position could not read: words it does not know, or not one column per figure)
  const values = model.columns.map((_, j) => j).slice(labels);
  if (values.length === n && headedByKnownWords(model, values)) return null;
  const lastEnd = labelColumns[labels - 1]!.end;
  // (readings differing only in the order of columns whose figures are equal, two 0.00, are one reading for the row)
  const printed = [figures.map((f) => f.text)];
  const whole = coverValuePieces(header, lastEnd, n, printed) ?? coverUpToEqualColumns(header, lastEnd, n, printed);
  // (fewer figures than columns: only when the columns by position do not all carry words the vocabulary knows; a
  // label word over a value column, `项目` over `基本支出`, the first line of 项目支出, is no column's word)
  const known = values.length > n && headedByKnownWords(model, values) && !values.some((j) => labelOf(j).some((w) => twoWords(w) || isLabelWord(w)));
  const lead = leadOf(parts, figures);
  // (one figure: no cover of its one column, and beside the words only when they are the known words the columns by
  // position read, in order, the figure then placed among those columns by where their words start)
  const takesWhole = n > 1 && whole !== null && coverValuePieces(header, lastEnd, n + 1) === null;
  const besideAt = takesWhole || (known && n > 1) ? null : besideWords(header, lastEnd, figures, lead);
  const sameWords = (read: CoverReading) => read.paths.length === values.length && read.paths.every((p, i) => p[p.length - 1] === leaf(values[i]!));
  if (n === 1 && known && (besideAt === null || !sameWords(besideAt.read) || values[besideAt.columns[0]!] === placeParts([...parts], model).cells.indexOf(figures[0]!.text))) return null;
  const beside = besideAt === null ? null : boundBySpacing(besideAt, figures, lead);
  // (a squeezed row its placement beside the words would break, or that has none: placed by how its figures stand apart)
  if (!takesWhole && !known && squeezedRow(figures, lead) && (beside === null || !keepsSpacing(beside.columns, figures, lead))) {
    const spaced = bySpacing(header, lastEnd, figures, lead);
    // (its columns laid out from the spacing, the row placed again by the spacing alone, `spacedOnlyRow`)
    if (spaced !== null) return { ...besideModel(labelColumns, labelOf, spaced, figures, right(parts)), spacedOnlyRow: spaced.read.paths.length };
  }
  // (no placement beside the words' rightmost pieces nor by the spacing: beside the pieces written clear on their lines)
  const besideClear = beside ?? (takesWhole || (known && n > 1) ? null : besideClearPieces(header, lastEnd, figures, lead));
  // (beside the words: every column of the reading kept, the ones the row leaves blank as empty spans beside its figures)
  if (!takesWhole && besideClear !== null) return { ...besideModel(labelColumns, labelOf, besideClear, figures, right(parts)), besideOnlyRow: true };
  // (else only the one exact cover of the row's figures, read in order)
  const read = takesWhole ? whole : null;
  if (read === null) return null;
  const amounts: Column[] = figures.map((f, i) => ({
    start: i === 0 ? Math.min(f.start, Math.max(lastEnd, f.start - 1)) : Math.round((figures[i - 1]!.end + f.start) / 2),
    end: i === n - 1 ? right(parts) : Math.round((f.end + figures[i + 1]!.start) / 2),
    kind: 'amount',
  }));
  // (the label columns keep their label words only: a value word found there by position was read into the cover)
  return {
    ...modelOfCover(labelColumns, labelColumns.map((_, j) => labelOf(j)), amounts, read),
    ...(read === whole && whole.undecided ? { coverUndecided: whole.undecided } : {}),
  };
}

/**
 * The only row of a table that prints no line of amounts but one figure alone on its line (an empty table's unlabelled
 * 合计, `0.00` under the header, no 行次): that line, for `coverOnlyRow`; else none. The 栏次 row is no such line (the
 * caller passes none when the table prints one: its numbers place such a figure, `only-row-numbered.ts`).
 */
export function loneFigure(data: readonly PositionedLine[]): PositionedLine[] {
  const rows = data.filter((l) => !isColumnNumbersLine(l.parts));
  return rows.length === 1 && isLoneFigure(rows[0]!.parts) ? [rows[0]!] : [];
}

/**
 * Words a cell read by position joins one space apart, each a header word of its own (`本年收入 小计`): two columns
 * whose words a squeezed line wrote one space apart, run into one cell, however the joined text reads.
 */
function twoWords(word: string): boolean {
  const parts = word.split(' ').filter((p) => p !== '');
  return parts.length > 1 && parts.every((p) => lookupWord(p) !== null);
}

/** Columns a header may name beyond the row's figures, at most (an empty 政府性基金 table's six columns over its
 * one figure: five). */
const MAX_BLANK = 5;

/** The rightmost end of a line's pieces. */
function right(parts: readonly Positioned[]): number {
  return Math.max(...parts.map((p) => p.end));
}

/**
 * The header's value pieces read as one exact cover of the most columns it reads as beyond the row's `n` figures (at
 * most `MAX_BLANK` more, and of no more), or null.
 */
function mostColumns(header: readonly PositionedLine[], lastEnd: number, n: number): CoverReading | null {
  for (let m = n + MAX_BLANK + 1; m > n; m--) {
    const read = coverValuePieces(header, lastEnd, m);
    // (pieces of equal text ending several words, `支出`, each the word's it stands under)
    if (read !== null) return m === n + MAX_BLANK + 1 ? null : read.pieces === undefined ? read : { ...read, pieces: twinsInColumnOrder(read.pieces) };
  }
  return null;
}

/**
 * The row's figures under a header that reads as more columns than the row prints (blank cells beside zeros): the
 * header's value pieces read as one exact cover of the most columns it reads as (and of no more, `mostColumns`), each
 * column standing where the rightmost of its word's pieces starts (pdftotext draws a header line crowded with words
 * left of where it prints, never right); each figure is in the last column starting at or left of its start (the
 * first column also when it starts one character right of it, or when the row's first figure starts left of every
 * column, right of the label columns: no column left of the first could take it, so long as the placement keeps how
 * the figures stand apart and the spacing alone leaves a figure undecided), every figure in a column of its own. The reading and
 * the columns of the figures, in order; null when the header has no such reading or two figures fall in one column.
 */
function besideWords(header: readonly PositionedLine[], lastEnd: number, figures: readonly Positioned[], lead: Positioned | null): { read: CoverReading; columns: number[] } | null {
  const read = orderedReading(header, lastEnd, figures);
  if (read === null) return null;
  const starts = rightmostStarts(read);
  const lastAt = (x: number) => starts.reduce((last, s, j) => (s <= x ? j : last), -1);
  // (a word's piece may start one character right of a figure under it, a lone `余` centred in its cell: only in the
  // first column, where no column left of it could take the figure instead)
  // (a figure one space after the one before it may have been pushed right: it stands at or left of where it prints,
  // and how far left the spacing decides, `boundBySpacing`)
  // (the first figure left of every column's pieces, right of the label columns, `1 0.00` under `余` two characters
  // right of it: no column left of the first could take it, it is the first column's, when the placement so keeps how
  // the figures stand apart and the spacing alone leaves a figure undecided)
  const leftOfAll = lastAt(figures[0]!.start + 1) < 0 && figures[0]!.start >= lastEnd;
  const first = (f: Positioned) => (leftOfAll ? 0 : lastAt(f.start + 1));
  const columns = figures.map((f, i) => (i > 0 && pushedFigure(figures, null, i) ? lastAt(f.start) : lastAt(f.start) === lastAt(f.start + 1) || lastAt(f.start) < 0 ? (i === 0 ? first(f) : lastAt(f.start + 1)) : -1));
  // (a figure starting one character left of a column's word, `0.0` under `余` centred in its cell, whose column by
  // where it starts is taken by the figure before it: the next column's, every figure in a column of its own)
  columns.forEach((j, i) => {
    if (i > 0 && j >= 0 && j <= columns[i - 1]! && lastAt(figures[i]!.start + 1) > columns[i - 1]!) columns[i] = lastAt(figures[i]!.start + 1);
  });
  // (a row's one figure under a header of the most columns beyond it, `MAX_BLANK`, starting exactly where a word
  // starts and reaching past where the next word starts: the header is drawn narrower than the figures there, and the
  // figure may be that word's or the word's before it, `0.00` under `小计` and `基本支` of `本年收 | 小计 | 基本支` read
  // 本年收入 in one table and 小计 in another laid out alike; so wide a header is read only when the figure ties no word)
  const tie = (j: number, f: Positioned) => j > 0 && starts[j] === f.start && j + 1 < starts.length && leftmostStart(read, j + 1) < f.end;
  if (figures.length === 1 && read.paths.length - 1 >= MAX_BLANK && tie(columns[0]!, figures[0]!)) return null;
  // (a figure after the first starting one character left of a word's piece, `0.00` at 25 under `余` at 26 beside
  // 项目支出 at 22: the word's column or the one before, as how the row's figures stand apart decides alone)
  const between = (f: Positioned, i: number) => i > 0 && lastAt(f.start) >= 0 && lastAt(f.start + 1) === lastAt(f.start) + 1;
  const options = columns.map((j, i) => (j >= 0 ? [j] : between(figures[i]!, i) ? [lastAt(figures[i]!.start), lastAt(figures[i]!.start + 1)] : []));
  const spaced = options.some((o) => o.length > 1) ? placementsOf(options).filter((p) => p.every((j, i) => i === 0 || j > p[i - 1]!) && keepsSpacing(p, figures, lead)) : [];
  // (and only when each figure written clear of the piece before it lies most under its own column's pieces: where the
  // header is drawn right of the figures, `0.00` at 25 under `和结` at 26 of 年末结转和结余 beside `项目` at 24, the
  // words' starts place nothing)
  const under = (f: Positioned, j: number) => overlap(f, { start: leftmostStart(read, j), end: Math.max(...read.pieces![j]!.map((p) => p.part.end)) });
  const mostUnder = (p: readonly number[]) => p.every((j, i) => pushedFigure(figures, lead, i) || read.paths.every((_, k) => under(figures[i]!, k) <= under(figures[i]!, j)));
  if (spaced.length === 1 && mostUnder(spaced[0]!)) columns.splice(0, columns.length, ...spaced[0]!);
  if (columns.some((j, i) => j < 0 || (i > 0 && j <= columns[i - 1]!))) return null;
  if (leftOfAll && (!keepsSpacing(columns, figures, lead) || decidedBySpacing(read.paths.length, figures, lead).every((c) => c >= 0))) return null;
  return { read, columns };
}

/**
 * The row's figures under the reading of `besideWords` when its words' rightmost pieces place them nowhere: only the
 * pieces pdftotext wrote clear of the piece before them on their line (more than one space after it, or first on
 * their line) say where a column stands, at the rightmost of its word's such pieces; a piece written one space after
 * another was pushed along or squeezed against it and tells nothing, and a column all of whose pieces are so stands
 * anywhere between the columns placed around it (the reading of the most columns is taken too when its rightmost
 * pieces cross, so long as its columns' clear pieces stand in order: `本年收` pushed right of `小计` on the line below). Each figure stands in a column starting at or left of it (one
 * character right of it at most), left of every column placed after it, and right of where every clear piece of the
 * columns before its own ends. The one placement in order so, every figure in a column of its own (of several, the one
 * keeping how the figures stand apart, `only-row-spacing.ts` `keepsSpacing`, on a squeezed row of figures as wide, then
 * the one spacing its blank cells evenly, `keepsEvenGaps`); null when there is none or more than one.
 */
function besideClearPieces(header: readonly PositionedLine[], lastEnd: number, figures: readonly Positioned[], lead: Positioned | null): { read: CoverReading; columns: number[] } | null {
  // (a reading whose rightmost pieces cross may still stand in order by its clear pieces alone: a pushed piece,
  // `本年收` one space after `年初结`, may stand right of the next column's and orders nothing)
  const read = orderedReading(header, lastEnd, figures) ?? mostColumns(header, lastEnd, figures.length);
  if (read === null || read.pieces === undefined) return null;
  const placed = read.pieces.map((parts) => {
    const clear = parts.filter((f) => !touchingBefore(f.part, header[f.row]!.parts));
    return clear.length === 0 ? null : Math.max(...clear.map((f) => f.part.start));
  });
  const clearStarts = placed.filter((x): x is number => x !== null);
  if (clearStarts.some((x, k) => k > 0 && x <= clearStarts[k - 1]!) && orderedReading(header, lastEnd, figures) === null) return null;
  // (a figure stands right of every clear piece of the words before its column: each stands left of it on the page)
  const ends = read.pieces.map((parts) => Math.max(-1, ...parts.filter((f) => !touchingBefore(f.part, header[f.row]!.parts)).map((f) => f.part.end)));
  const fitsIn = (f: Positioned, j: number) => ends.every((end, k) => k >= j || end <= f.start) && placed.every((at, k) => at === null || (k <= j ? at <= f.start + 1 : at > f.start));
  const fitting = placements(placed.length, figures.length).filter((p) => p.every((j, i) => fitsIn(figures[i]!, j)));
  const spaced = squeezedRow(figures, lead) && figures.every((f) => f.text.length === figures[0]!.text.length);
  const kept = fitting.length > 1 && spaced ? fitting.filter((p) => keepsSpacing(p, figures, lead)) : fitting;
  const even = kept.length > 1 ? kept.filter((p) => keepsEvenGaps(p, figures, lead)) : kept;
  return even.length === 1 ? { read, columns: [...even[0]!] } : null;
}

/** Every placement taking one column of each figure's options. */
function placementsOf(options: readonly (readonly number[])[]): number[][] {
  return options.reduce<number[][]>((acc, o) => acc.flatMap((p) => o.map((j) => [...p, j])), [[]]);
}

/** Where column `j` of a reading starts leftmost: the first of its word's pieces on the page. */
function leftmostStart(read: CoverReading, j: number): number {
  return Math.min(...read.pieces![j]!.map((f) => f.part.start));
}

/** Where each column of a reading starts: the rightmost of its word's pieces. */
function rightmostStarts(read: CoverReading): number[] {
  return read.pieces!.map((parts) => Math.max(...parts.map((f) => f.part.start)));
}

/**
 * The header's reading of the most columns beyond the row's figures (`mostColumns`) with its pieces, when its words'
 * rightmost pieces stand in order (two written at one column, on lines with different wide characters left of them,
 * stand apart on the page: the one with more wide characters before it stands right); else null.
 */
function orderedReading(header: readonly PositionedLine[], lastEnd: number, figures: readonly Positioned[]): CoverReading | null {
  const read = mostColumns(header, lastEnd, figures.length);
  if (read === null || read.pieces === undefined) return null;
  const starts = rightmostStarts(read);
  const wides = read.pieces.map((parts, j) => Math.max(...parts.filter((f) => f.part.start === starts[j]).map((f) => f.wide ?? -1)));
  const before = (j: number) => starts[j - 1]! < starts[j]! || (starts[j - 1] === starts[j] && wides[j - 1]! >= 0 && wides[j - 1]! < wides[j]!);
  return starts.some((_, j) => j > 0 && !before(j)) ? null : read;
}

/**
 * The row's figures placed beside the header's words (`besideWords`) placed again by how they stand apart when that
 * placement breaks the spacing (`only-row-spacing.ts` `keepsSpacing`): pdftotext draws a crowded header left of where it
 * prints, never right, so each figure stands in the column the words put it in or left of it; when every placement
 * keeping the spacing within those bounds puts each figure in the same column, that is the placement (`0.00 0.00    0.00
 * 0.00` beside words putting the second figure under 小计: it stands beside the first, under 本年收入); a figure written
 * clear of the piece before it (more than one space after it) was not pushed and stands exactly in the column the words
 * put it in (`合计 0.00 0.00        0.00`: the last under 年末结转和结余, where its word starts). Else the placement beside
 * the words stays (the spacing alone is weighed next, `bySpacing`). A row whose figures all stand apart is placed
 * again only when its gaps space its blank cells unevenly (`evenlyBeside`).
 */
function boundBySpacing(beside: { read: CoverReading; columns: number[] }, figures: readonly Positioned[], lead: Positioned | null): { read: CoverReading; columns: number[] } {
  if (!squeezedRow(figures, lead)) return evenlyBeside(beside, figures, lead);
  if (keepsSpacing(beside.columns, figures, lead)) return beside;
  if (figures.some((f) => f.text.length !== figures[0]!.text.length)) return beside;
  // (a figure written clear of the piece before it was not pushed: it stands in the column the words put it in)
  const floor = beside.columns.map((c, i) => (pushedFigure(figures, lead, i) ? 0 : c));
  const decided = decidedBySpacing(beside.read.paths.length, figures, lead, beside.columns, floor);
  return decided.some((c) => c < 0) ? beside : { read: beside.read, columns: decided };
}

/**
 * A row whose figures all stand apart (none one space after the piece before it), placed beside the words into cells
 * whose blank cells its gaps do not space evenly (`keepsEvenGaps` of `only-row-spacing.ts`: `合计       0.00     0.00
 * 0.00`, gaps of 7, 5 and 5, beside words putting the first under 小计, so no blank cell in the first gap of 5 and one
 * in the second): pdftotext draws a crowded header left of where it prints, so each figure stands in the column the
 * words put it in or left of it; the one placement so keeping the spacing and spacing the blank cells evenly is the
 * row's. Else (none, or several) the placement beside the words stays.
 */
function evenlyBeside(beside: { read: CoverReading; columns: number[] }, figures: readonly Positioned[], lead: Positioned | null): { read: CoverReading; columns: number[] } {
  if (keepsEvenGaps(beside.columns, figures, lead)) return beside;
  const m = beside.read.paths.length;
  const even = placements(m, figures.length).filter((p) => p.every((c, i) => c <= beside.columns[i]!) && keepsSpacing(p, figures, lead) && keepsEvenGaps(p, figures, lead));
  return even.length === 1 ? { read: beside.read, columns: [...even[0]!] } : beside;
}

/**
 * The row's figures under a header that reads as more columns than the row prints, placed by how they stand apart
 * (`only-row-spacing.ts` `keepsSpacing`: a label or 行次 touching the first figure, figures one space apart in
 * neighbouring columns, a gap as wide as a figure holding a blank column), not by where the crowded header's words
 * stand: the reading of the most columns and the latest placement keeping the spacing (the columns laid out from it;
 * the row is placed again by the spacing alone, each figure where every such placement puts it); null when the header
 * has no such reading or no figure is so decided.
 */
function bySpacing(header: readonly PositionedLine[], lastEnd: number, figures: readonly Positioned[], lead: Positioned | null): { read: CoverReading; columns: number[] } | null {
  const read = mostColumns(header, lastEnd, figures.length);
  if (read === null || figures.some((f) => f.text.length !== figures[0]!.text.length)) return null;
  const m = read.paths.length;
  if (decidedBySpacing(m, figures, lead).every((c) => c < 0)) return null;
  const kept = placements(m, figures.length).filter((p) => keepsSpacing(p, figures, lead));
  return { read, columns: kept[kept.length - 1]! };
}

/** The columns of an only row whose figures' columns in a reading are known (beside the words, or by the spacing,
 * `bySpacing`): each figure's column at the figure, each blank column an empty span beside them (before the first
 * figure, between two, or past the row's end). */
function besideModel(
  labelColumns: Column[],
  labelOf: (j: number) => string[],
  spaced: { read: CoverReading; columns: number[] },
  figures: readonly Positioned[],
  end: number,
): ColumnModel {
  const m = spaced.read.paths.length;
  const amounts: Column[] = Array.from({ length: m }, (_, j) => {
    const i = spaced.columns.indexOf(j);
    if (i >= 0) return { start: figures[i]!.start, end: figures[i]!.end, kind: 'amount' };
    const before = spaced.columns.filter((c) => c < j).length;
    const at = before > 0 ? figures[before - 1]!.end + 1 : figures[0]!.start - 1;
    return { start: before === figures.length ? Math.max(at, end + 1 + j) : at, end: before === figures.length ? Math.max(at, end + 1 + j) : at, kind: 'blank' };
  });
  return modelOfCover(labelColumns, labelColumns.map((_, j) => labelOf(j)), amounts, spaced.read);
}
