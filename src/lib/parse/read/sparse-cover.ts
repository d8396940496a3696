/**
 * A sparse table's squeezed header read onto the figure columns found by position. When most cells of a table are
 * blank, no row fills every figure column (`figure-order.ts` reads by order only from full rows) and, without a 栏次
 * row (`header-cover.ts` `coverOnNumbers`), nothing numbers the columns; yet its figures, printed wide apart, stand in
 * clearly separate columns by position. Its header, squeezed narrower than the figures (CJK text is written one
 * character a column, the figures at their own places), breaks its words into pieces that stand over the wrong
 * figure columns, so the reading by position heads some columns with broken words and adds columns for them. The
 * header's value pieces read as one exact cover (or stack) of as many words as there are figure columns are those
 * columns' words, in order. When columns blank in every row stand among them, known only from the broken words, the
 * cover of as many words as all those columns heads them in order, checked by each figure column's top word and the
 * rows' totals.
 */
import { lookupWord } from '../tables/vocabulary.ts';
import { joinCoverRests } from './cover-rests.ts';
import { groupTotalWord, overOneFigureColumn } from './group-total-cell.ts';
import { coverStackReading, coverValuePieces, headedByKnownWords, labelColumnCount, modelOfCover, sumsHold, wordsOver } from './header-cover.ts';
import { isAmountText, overlap, pushedByName, type Column, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';
import type { Fragment } from './piece.ts';
import { strictlyBestPlacement } from './columns.ts';
import { sameCharacters } from './page-fit.ts';

/** Rows with figures standing one to a column, at least, per row whose figures run two into one column. */
const MISFITS = 4;

/** The columns of a sparse table (see the module comment), or null when the table is not of this shape, the header
 * by position already names one known word per figure column, or the header does not read as one cover of as many
 * words as there are figure columns. A 栏次 row numbering the columns 1 to `numbered` (squeezed, so that it placed no
 * columns) says how many there are: a cover heading another count joined or split the header's words (`本年` / `支出` /
 * `合计` stacked over one column read as `本年合计` and `支出`, nine columns for eight numbers), no reading. */
export function coverOnAmounts(header: readonly PositionedLine[], data: readonly PositionedLine[], model: ColumnModel, numbered = 0): ColumnModel | null {
  const read = coverOnFigureColumns(header, data, model);
  return read !== null && numbered >= 2 && read.figures !== numbered ? null : read;
}

function coverOnFigureColumns(header: readonly PositionedLine[], data: readonly PositionedLine[], model: ColumnModel): ColumnModel | null {
  if (header.length === 0 || data.length === 0) return null;
  const labelOf = (j: number) => wordsOver(model, j);
  const labels = labelColumnCount(model);
  if (labels === 0 || labels === model.columns.length) return null;
  const values = model.columns.map((_, j) => j).slice(labels);
  const amounts = values.filter((j) => model.columns[j]!.kind === 'amount');
  if (amounts.length < 2 || values.some((j) => model.columns[j]!.kind === 'text')) return null;
  const m = amounts.length;
  // (only a header the reading by position could not read: a column known only from its words, or words unknown)
  if (values.length === m && headedByKnownWords(model, values)) return null;
  // (label columns whose words the vocabulary does not know hold pieces of the figure header, `科目名称合计`: the
  // value pieces are not all over the figures)
  if (model.columns.slice(0, labels).some((_, j) => labelOf(j).some((w) => lookupWord(w) === null))) return null;
  const lastEnd = model.columns[labels - 1]!.end;
  // every row's figures stand apart by position: each in one figure column only, no two in one column
  const columns = amounts.map((j) => model.columns[j]!);
  const rows: string[][] = [];
  // (each row's figures in the value columns they stand in, a blank cell counted as nothing in its row's totals)
  const placed: string[][] = [];
  let [misfits, fitting] = [0, 0];
  for (const l of data) {
    const figures = l.parts.filter((p) => p.start >= lastEnd);
    if (figures.some((p) => !isAmountText(p.text))) return null;
    const at = figures.map((p) => columnOf(columns, p));
    if (at.some((k) => k < 0) || new Set(at).size !== at.length) {
      // (only a row pushed by its name, its first figure one space after the name's end)
      if (!pushedByName(l.parts.filter((p) => p.start < lastEnd).pop(), figures[0]!)) return null;
      misfits++;
      continue;
    }
    fitting++;
    if (figures.length === m) rows.push(figures.map((p) => p.text));
    const row = values.map(() => '0');
    figures.forEach((p, k) => (row[amounts[at[k]!]! - labels] = p.text));
    if (figures.length >= 2) placed.push(row);
  }
  // (a few rows drawn off the columns, `政府办公厅（室）及相关机 104.87 104.87` pushed left by a long name, run two
  // figures into one column: the other rows say where the columns stand; those rows are placed later, or reported)
  if (misfits * MISFITS > fitting) return null;
  const labelColumns = model.columns.slice(0, labels);
  const labelWords = labelColumns.map((_, j) => labelOf(j));
  const read = coverStackReading(header, lastEnd, m, rows);
  // (a cover that reads a group word and its total printed over one figure column as two columns counts one column
  // too many: the columns by position split one, `本年支出` over `合计` read beside it; no reading)
  if (read !== null && splitsGroupTotal(header, read.paths, columns)) return null;
  // (a cover that reads a word's rest as a column of its own beside it, `一般公共预算拨款` | `收入`, onto columns no
  // row fills counts one column too many: the columns by position split one; no reading)
  if (read !== null && rows.length === 0 && joinCoverRests(read) !== null) return null;
  // (figure columns by position that overlap may be one column's figures drawn apart by their widths, `1,402.2` |
  // `455.5`: when the same characters read as one exact cover of one word fewer too, `上级补助收入` whole as well as
  // `上级补助` | `收入`, how many columns there are is not told; no reading)
  const overlapping = columns.some((c, k) => k > 0 && c.start < columns[k - 1]!.end);
  const fewer = read !== null && overlapping ? coverValuePieces(header, lastEnd, m - 1, []) : null;
  if (read !== null && fewer !== null && sameCharacters(read.words.join(''), fewer.words.join(''))) return null;
  if (read !== null) return modelOfCover(labelColumns, labelWords, columns, read);
  // (columns blank in every row, known only from header words, among the columns the cover heads: the order of the
  // columns by position decides which words the figures take, so every figure column's top word by position must
  // begin the word the cover gives it, and every row's totals hold; not so when the reading by position knows every
  // word, its columns then placed by where they stand)
  if (values.length === m) return null;
  // (value columns by position under one and the same label, `收入` | … | `收入`: a word read twice, the columns by
  // position not the table's; the cover of more words than the figure columns, placed by where each word starts)
  if (headedByKnownWords(model, values)) return labelledTwice(model, values) ? coverByAnchors(header, lastEnd, model, labels, amounts, placed) : null;
  const all = coverStackReading(header, lastEnd, values.length, []);
  // (else, the run of columns blank in every row heading fewer words)
  const fits = all !== null && amounts.every((j) => startsCoverWord(labelOf(j), all.paths[j - labels]!) || ownPieceOver(all.pieces?.[j - labels], model.columns[j]!)) && placed.length > 0 && sumsHold(all.paths, placed);
  if (!fits) return fewerOverBlankRun(header, lastEnd, model, labels, amounts, placed);
  return modelOfCover(labelColumns, labelWords, values.map((j) => model.columns[j]!), all);
}

/** Whether two value columns by position carry the same words. */
function labelledTwice(model: ColumnModel, values: readonly number[]): boolean {
  const paths = values.map((j) => wordsOver(model, j).join('/')).filter((p) => p !== '');
  return new Set(paths).size < paths.length;
}

/**
 * The columns of a sparse table whose header by position reads a word twice: the header's value pieces read as one
 * exact cover of more words than the figure columns and fewer than the columns by position, of one count only; each
 * figure column takes, in order, the word whose first piece starts nearest it (one way only), and every row's totals
 * hold. The other words head blank columns at their pieces. Null when not so.
 */
function coverByAnchors(header: readonly PositionedLine[], lastEnd: number, model: ColumnModel, labels: number, amounts: readonly number[], placed: readonly string[][]): ColumnModel | null {
  const values = model.columns.length - labels;
  if (placed.length === 0) return null;
  const readings = [];
  for (let n = values - 1; n > amounts.length; n--) {
    const read = coverValuePieces(header, lastEnd, n, []);
    if (read !== null && read.pieces !== undefined && read.pieces.length === n) readings.push(read);
  }
  if (readings.length !== 1) return null;
  const read = readings[0]!;
  const anchors = read.pieces!.map((ps) => ps[0]!.part.start);
  // (the figure columns placed among the words like a row's figures among its columns: in order, columns touching as
  // neighbours, each at the least total distance from its word's first piece, one way only)
  const figureColumns = amounts.map((j) => ({ text: '', start: model.columns[j]!.start, end: model.columns[j]!.end }));
  const match = strictlyBestPlacement(figureColumns, anchors.length, (pick) => pick.reduce((a, w, i) => a + Math.abs(figureColumns[i]!.start - anchors[w]!), 0));
  if (match === null) return null;
  const rows = placed.map((r) => anchors.map((_, w) => (match.includes(w) ? r[amounts[match.indexOf(w)]! - labels]! : '0')));
  if (!sumsHold(read.paths, rows)) return null;
  const columns: Column[] = anchors.map((at, w) => (match.includes(w) ? model.columns[amounts[match.indexOf(w)]!]! : { start: at, end: at, kind: 'blank' }));
  const labelColumns = model.columns.slice(0, labels);
  return modelOfCover(labelColumns, labelColumns.map((_, j) => wordsOver(model, j)), columns, read);
}

/** How many fewer words than the columns by position a cover of a sparse header may read (each count is a search). */
const MAX_FEWER = 2;

/**
 * The columns of a sparse table whose header reads as one cover of fewer words than its columns by position, those
 * blank in every row standing in one run (a word broken over two of them by position, `上级` | `补助 收入`): however
 * the run's columns take the run's words, the figure columns before the run take the first words and those after it
 * the last, so the figures' words are decided. Each figure column's words by position hold a beginning of the cover's
 * word for it and every row's totals hold; the run's words spread evenly over its span. The most words that read as
 * one cover are taken, fewer than the columns by one or by `MAX_FEWER`. Null when not so.
 */
function fewerOverBlankRun(header: readonly PositionedLine[], lastEnd: number, model: ColumnModel, labels: number, amounts: readonly number[], placed: readonly string[][]): ColumnModel | null {
  const values = model.columns.map((_, j) => j).slice(labels);
  const blanks = values.filter((j) => model.columns[j]!.kind === 'blank');
  if (blanks.length < 2 || blanks.some((j, k) => k > 0 && j !== blanks[k - 1]! + 1) || placed.length === 0) return null;
  for (let n = values.length - 1; n > amounts.length && n >= values.length - MAX_FEWER; n--) {
    const read = coverStackReading(header, lastEnd, n, []);
    if (read === null) continue;
    const d = values.length - n;
    // (each column's place among the cover's words: the run's columns less `d`)
    const place = (j: number) => (j < blanks[0]! ? j - labels : j - labels - d);
    const word = (j: number) => read.paths[place(j)]!;
    const begins = (j: number) => {
      const w = word(j)[word(j).length - 1]!;
      return wordsOver(model, j).some((x) => x.length >= 2 && w.startsWith(x));
    };
    if (!amounts.every(begins)) return null;
    const kept = values.filter((j) => !blanks.slice(blanks.length - d).includes(j));
    const rows = placed.map((r) => kept.map((j) => r[j - labels]!));
    if (!sumsHold(read.paths, rows)) return null;
    const [from, to] = [model.columns[blanks[0]!]!.start, model.columns[blanks[blanks.length - 1]!]!.end];
    const r = blanks.length - d;
    const run: Column[] = Array.from({ length: r }, (_, k) => ({ start: Math.round(from + ((to - from) * k) / r), end: Math.round(from + ((to - from) * (k + 1)) / r), kind: 'blank' }));
    const columns = [...values.filter((j) => j < blanks[0]!).map((j) => model.columns[j]!), ...run, ...values.filter((j) => j > blanks[blanks.length - 1]!).map((j) => model.columns[j]!)];
    const labelColumns = model.columns.slice(0, labels);
    return modelOfCover(labelColumns, labelColumns.map((_, j) => wordsOver(model, j)), columns, read);
  }
  return null;
}

/** Whether two neighbouring columns of the cover (`paths`) are a group word and a total (either first) whose pieces,
 * each printed whole on its own line of the header, stand over one figure column of `figures` and no other. */
function splitsGroupTotal(header: readonly PositionedLine[], paths: readonly (readonly string[])[], figures: readonly Column[]): boolean {
  const piecesOf = (word: string) => header.flatMap((l) => l.parts.filter((p) => p.text === word));
  return paths.some((a, k) => {
    const b = paths[k + 1];
    if (b === undefined || a.length !== 1 || b.length !== 1) return false;
    const pairs: [string, string][] = [[a[0]!, b[0]!], [b[0]!, a[0]!]];
    for (const [g, t] of pairs) {
      if (groupTotalWord(g, t) === null) continue;
      const [gs, ts] = [piecesOf(g), piecesOf(t)];
      if (gs.length === 1 && ts.length === 1 && overOneFigureColumn(gs, ts, figures)) return true;
    }
    return false;
  });
}

/** Whether the words the reading by position put over a column begin with a piece of the cover's word for it: its top
 * word (the first line's piece) a beginning of the cover's last word. */
function startsCoverWord(byPosition: readonly string[], path: readonly string[]): boolean {
  const top = byPosition[0];
  const word = path[path.length - 1];
  return top !== undefined && word !== undefined && top.length >= 2 && word.startsWith(top);
}

/** Whether a piece of two characters or more of the cover's word for a column stands over that column (the reading by
 * position ran pieces of several words together over it, `附属单位上缴其他收入收入`, or drew a word's middle left of its
 * start, `（补助）收` before `财政拨款`, while the word's own piece stands over the figures). */
function ownPieceOver(pieces: readonly Fragment[] | undefined, column: Column): boolean {
  return (pieces ?? []).some((f) => [...f.part.text].length >= 2 && overlap(column, f.part) >= 2);
}

/** The one column a figure overlaps (the other columns it touches overlap it less), or -1. */
function columnOf(columns: readonly Column[], p: Positioned): number {
  const over = columns.map((c) => overlap(c, p));
  const best = Math.max(...over);
  if (best <= 0) return -1;
  const at = over.indexOf(best);
  return over.indexOf(best, at + 1) >= 0 ? -1 : at;
}
