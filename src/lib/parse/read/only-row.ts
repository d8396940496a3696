/**
 * The only row of a table read under its squeezed header. An empty table (本表无数据) is printed with its 合计 row of
 * zeros alone: no second row calibrates the figure columns (`figure-order.ts` reads by order from two full rows), and
 * no 栏次 row numbers them (`header-cover.ts` `coverOnNumbers`). When the columns found by position do not name the
 * row's figures with words the vocabulary knows, one to a column, and the header's value pieces read as one exact cover
 * of as many words as the row has figures — and of no more: a header that also reads as one column more may head a
 * blank cell, and then nothing is read so — the row's figures are its columns, in order, labelled by the cover; the
 * label columns stay as found. A row printing fewer figures than the header reads columns has each figure placed under
 * the column its header word stands at (`blankColumnsBeside`), or nothing read so.
 */
import { lookupWord } from '../tables/vocabulary.ts';
import { coverUpToEqualColumns, coverValuePieces, headedByKnownWords, wordsOver, type CoverReading } from './header-cover.ts';
import type { Positioned } from './piece.ts';
import { trailingFigures } from './columns.ts';
import { overlap, type Column, type ColumnModel, type PositionedLine } from './positioned.ts';

const LABEL_ROLES: readonly string[] = ['code', 'code_part', 'name', 'row_number', 'unit_code'];

/** The columns of a table of one amount line (see the module comment), or null. */
export function coverOnlyRow(header: readonly PositionedLine[], data: readonly PositionedLine[], model: ColumnModel): ColumnModel | null {
  if (data.length !== 1 || header.length === 0) return null;
  const labelOf = (j: number) => wordsOver(model, j);
  // the row's figures: the amounts after its last word, less a 行次 number before its money (the header prints 行次)
  const parts = data[0]!.parts;
  let figures = trailingFigures(parts);
  const rowNumber = model.header.some((r) => r.some((w) => lookupWord(w)?.role === 'row_number'));
  if (rowNumber && figures.length > 1 && /^[1-9]\d{0,2}$/.test(figures[0]!.text)) figures = figures.slice(1);
  if (figures.length === 0) return null;
  // the label columns: those starting left of the first figure, and those headed by a label word (an unlabelled row's
  // first figure may stand under the 科目名称 column), each ending before the first figure
  const first = figures[0]!.start;
  const leaf = (j: number) => labelOf(j).pop() ?? '';
  let labels = 0;
  while (labels < model.columns.length && (model.columns[labels]!.start < first || LABEL_ROLES.includes(lookupWord(leaf(labels))?.role ?? ''))) labels++;
  if (labels === 0) return null;
  // (a label column is a text column, a 行次 column keeps its kind: the 栏次 numbers go to the figure columns only)
  const labelColumns: Column[] = model.columns.slice(0, labels).map((c, j) => ({
    start: c.start,
    end: Math.max(c.start + 1, Math.min(c.end, first - 1)),
    kind: lookupWord(leaf(j))?.role === 'row_number' ? c.kind : 'text',
  }));
  const n = figures.length;
  if (n < 2) return null;
  // (only a header the reading by position could not read: words it does not know, or not one column per figure)
  const values = model.columns.map((_, j) => j).slice(labels);
  if (values.length === n && headedByKnownWords(model, values)) return null;
  const lastEnd = labelColumns[labels - 1]!.end;
  // (readings differing only in the order of columns whose figures are equal, two 0.00, are one reading for the row)
  const printed = [figures.map((f) => f.text)];
  const whole = coverValuePieces(header, lastEnd, n, printed) ?? coverUpToEqualColumns(header, lastEnd, n, printed);
  // (fewer figures than columns: only when the columns by position do not all carry words the vocabulary knows)
  const known = values.length > n && headedByKnownWords(model, values);
  const read = whole !== null && coverValuePieces(header, lastEnd, n + 1) === null ? whole : known ? null : blankColumnsBeside(header, lastEnd, figures);
  if (read === null) return null;
  const right = Math.max(...parts.map((p) => p.end));
  const amounts: Column[] = figures.map((f, i) => ({
    start: i === 0 ? Math.min(f.start, Math.max(lastEnd, f.start - 1)) : Math.round((figures[i - 1]!.end + f.start) / 2),
    end: i === n - 1 ? right : Math.round((f.end + figures[i + 1]!.start) / 2),
    kind: 'amount',
  }));
  // (the label columns keep their label words only: a value word found there by position was read into the cover)
  const all = [...labelColumns.map((_, j) => labelOf(j).filter((w) => LABEL_ROLES.includes(lookupWord(w)?.role ?? ''))), ...read.paths];
  const depth = Math.max(...all.map((l) => l.length));
  return {
    columns: [...labelColumns, ...amounts],
    header: Array.from({ length: depth }, (_, r) => all.map((l) => l[r] ?? '')),
    figures: n,
    cover: read.words,
    ...(read === whole && whole.undecided ? { coverUndecided: whole.undecided } : {}),
  };
}

/** Columns a header may name beyond the row's figures, at most. */
const MAX_BLANK = 4;

/**
 * The row's figures under a header that reads as more columns than the row prints (blank cells beside zeros): the
 * header's value pieces read as one exact cover of the most columns it reads as (and of no more), each column standing
 * where the rightmost of its word's pieces starts (pdftotext draws a header line crowded with words left of where it
 * prints, never right); each figure is in the last column starting at or left of its start (the first column also
 * when it starts one character right of it), every figure in a column of its own. The columns of the figures, in order, labelled by the cover; null when the header
 * has no such reading or two figures fall in one column.
 */
export function blankColumnsBeside(header: readonly PositionedLine[], lastEnd: number, figures: readonly Positioned[]): CoverReading | null {
  const n = figures.length;
  let read: CoverReading | null = null;
  for (let m = n + MAX_BLANK + 1; m > n && read === null; m--) {
    read = coverValuePieces(header, lastEnd, m);
    if (read !== null && m === n + MAX_BLANK + 1) return null;
  }
  if (read === null || read.pieces === undefined) return null;
  const starts = read.pieces.map((parts) => Math.max(...parts.map((f) => f.part.start)));
  if (starts.some((s, j) => j > 0 && s <= starts[j - 1]!)) return null;
  const lastAt = (x: number) => starts.reduce((last, s, j) => (s <= x ? j : last), -1);
  // (a word's piece may start one character right of a figure under it, a lone `余` centred in its cell: only in the
  // first column, where no column left of it could take the figure instead)
  const columns = figures.map((f) => (lastAt(f.start) === lastAt(f.start + 1) || lastAt(f.start) < 0 ? lastAt(f.start + 1) : -1));
  if (columns.some((j, i) => j < 0 || (i > 0 && j <= columns[i - 1]!))) return null;
  return { paths: columns.map((j) => read!.paths[j]!), words: read.words };
}
