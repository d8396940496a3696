/**
 * A sparse table's squeezed header read onto the figure columns found by position. When most cells of a table are
 * blank, no row fills every figure column (`figure-order.ts` reads by order only from full rows) and, without a 栏次
 * row (`header-cover.ts` `coverOnNumbers`), nothing numbers the columns; yet its figures, printed wide apart, stand in
 * clearly separate columns by position. Its header, squeezed narrower than the figures (CJK text is written one
 * character a column, the figures at their own places), breaks its words into pieces that stand over the wrong
 * figure columns, so the reading by position heads some columns with broken words and adds columns for them. The
 * header's value pieces read as one exact cover (or stack) of as many words as there are figure columns are those
 * columns' words, in order.
 */
import { lookupWord } from '../tables/vocabulary.ts';
import { coverStackReading, labelColumnCount, modelOfCover, wordsOver } from './header-cover.ts';
import { isAmountText, overlap, type Column, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';

/** The columns of a sparse table (see the module comment), or null when the table is not of this shape, the header
 * by position already names one known word per figure column, or the header does not read as one cover of as many
 * words as there are figure columns. */
export function coverOnAmounts(header: readonly PositionedLine[], data: readonly PositionedLine[], model: ColumnModel): ColumnModel | null {
  if (header.length === 0 || data.length === 0) return null;
  const labelOf = (j: number) => wordsOver(model, j);
  const labels = labelColumnCount(model);
  if (labels === 0 || labels === model.columns.length) return null;
  const values = model.columns.map((_, j) => j).slice(labels);
  const amounts = values.filter((j) => model.columns[j]!.kind === 'amount');
  const m = amounts.length;
  if (m < 2 || values.some((j) => model.columns[j]!.kind === 'text')) return null;
  // (only a header the reading by position could not read: a column known only from its words, or words unknown)
  if (values.length === m && values.every((j) => labelOf(j).length > 0 && labelOf(j).every((w) => lookupWord(w) !== null))) return null;
  // (label columns whose words the vocabulary does not know hold pieces of the figure header, `科目名称合计`: the
  // value pieces are not all over the figures)
  if (model.columns.slice(0, labels).some((_, j) => labelOf(j).some((w) => lookupWord(w) === null))) return null;
  const lastEnd = model.columns[labels - 1]!.end;
  // every row's figures stand apart by position: each in one figure column only, no two in one column
  const columns = amounts.map((j) => model.columns[j]!);
  const rows: string[][] = [];
  for (const l of data) {
    const figures = l.parts.filter((p) => p.start >= lastEnd);
    if (figures.some((p) => !isAmountText(p.text))) return null;
    const at = figures.map((p) => columnOf(columns, p));
    if (at.some((k) => k < 0) || new Set(at).size !== at.length) return null;
    if (figures.length === m) rows.push(figures.map((p) => p.text));
  }
  const read = coverStackReading(header, lastEnd, m, rows);
  if (read === null) return null;
  const labelColumns = model.columns.slice(0, labels);
  return modelOfCover(labelColumns, labelColumns.map((_, j) => labelOf(j)), columns, read);
}

/** The one column a figure overlaps (the other columns it touches overlap it less), or -1. */
function columnOf(columns: readonly Column[], p: Positioned): number {
  const over = columns.map((c) => overlap(c, p));
  const best = Math.max(...over);
  if (best <= 0) return -1;
  const at = over.indexOf(best);
  return over.indexOf(best, at + 1) >= 0 ? -1 : at;
}
