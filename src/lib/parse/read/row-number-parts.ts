import { isAmountText, overlaps, type Column, type ColumnModel, type PositionedLine } from './columns.ts';
import { isRowNumberText } from './row-numbers.ts';

/**
 * A 行次 column pdftotext drew at two places (`总计  1 31023351.43` on some rows, `组织事务  10 3836535.34` on others,
 * the numbers of the first rows standing where later rows start their first figure): the reading by position splits it
 * into a column of numbers among the label columns and a label column beside it. A column among the labels (not the
 * first, before the last text column) that holds only row numbers (`isRowNumberText`) is joined to the label column
 * after it, their spans and header words one; not so when both carry header words on one level (two columns of their
 * own). The model unchanged when there is no such column.
 */
export function joinRowNumberParts(model: ColumnModel, data: readonly PositionedLine[]): ColumnModel {
  const lastText = model.columns.map((c) => c.kind).lastIndexOf('text');
  const numbersOnly = (j: number) => {
    const c = model.columns[j]!;
    const inside = data.flatMap((l) => l.parts.filter((p) => overlaps(c, p)));
    return inside.length > 0 && inside.every((p) => isRowNumberText(p.text));
  };
  for (let j = 1; j < lastText; j++) {
    const [c, next] = [model.columns[j]!, model.columns[j + 1]!];
    if (c.kind !== 'amount' || next.kind !== 'text' || !numbersOnly(j)) continue;
    if (model.header.some((r) => (r[j] ?? '') !== '' && (r[j + 1] ?? '') !== '')) continue;
    const columns = model.columns.flatMap((col, k) => (k === j ? [] : k === j + 1 ? [{ start: Math.min(c.start, next.start), end: Math.max(c.end, next.end), kind: 'text' as const }] : [col]));
    const header = model.header.map((r) => r.flatMap((w, k) => (k === j ? [] : k === j + 1 ? [(r[j] ?? '') || w] : [w])));
    return joinRowNumberParts({ ...model, columns, header }, data);
  }
  return model;
}

/**
 * The other shape of a 行次 column drawn at two places (beside the names on some rows, right of them on others: text
 * columns among the figures holding only numbers): the labels end at the last text column some data line prints a word
 * in (a piece not a number), or -1.
 */
export function lastWordColumn(columns: readonly Column[], data: readonly PositionedLine[]): number {
  const words = data.flatMap((l) => l.parts.filter((p) => !isAmountText(p.text)));
  for (let j = columns.length - 1; j >= 0; j--) if (columns[j]!.kind === 'text' && words.some((p) => overlaps(columns[j]!, p))) return j;
  return -1;
}
