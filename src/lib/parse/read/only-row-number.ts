/**
 * The 行次 of a table's only row. Under a header that prints 行次, the first number after the row's words — a whole
 * number 1–999 with figures after it — is the row's 行次, never money (`only-row.ts` reads the row so too). The columns
 * found by position may stand a value word over it (pdftotext draws a squeezed header's narrow cells left of where
 * their figures print, and one row says nothing of which column its pieces belong to): the column that holds the 行次
 * alone is then the 行次 column, whatever words stand over it. Called by the spaced reader on the reading by position
 * when no reading by order or by cover took the row.
 */
import { trailingFigures, type ColumnModel, type PositionedLine } from './columns.ts';
import { isRowNumberText, isRowNumberWord } from './row-numbers.ts';
import { placeParts } from './positioned.ts';

/** The model with the column holding the only row's 行次 headed 行次 (see the module comment), or null when unchanged. */
export function onlyRowNumber(data: readonly PositionedLine[], model: ColumnModel): ColumnModel | null {
  if (data.length !== 1) return null;
  const numbered = model.columns.findIndex((_, j) => model.header.some((r) => isRowNumberWord(r[j] ?? '')));
  if (numbered < 0) return null;
  const parts = data[0]!.parts;
  // (a row of figures only, its 行次 where its label would stand, is left as found)
  const figures = trailingFigures(parts);
  if (figures.length < 2 || figures.length === parts.length || !isRowNumberText(figures[0]!.text)) return null;
  // (the column holds the 行次 alone: its cell is exactly the number, no other piece joined to it)
  const { cells } = placeParts([...parts], model);
  const j = cells.indexOf(figures[0]!.text);
  if (j < 0 || j === numbered || cells.lastIndexOf(figures[0]!.text) !== j) return null;
  if (model.header.some((r) => isRowNumberWord(r[j] ?? ''))) return null;
  return { ...model, header: model.header.map((r) => r.map((w, k) => (k === j ? (r[numbered] ?? '') : w))) };
}
