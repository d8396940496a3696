/**
 * A full row placed with two figures in one cell: a row printing as many figures as the table has value columns fills
 * each of them, in order, whatever the columns found by position say (a page whose columns were found on narrower
 * rows, `8.39 8.66 8.93 8.00 6.72 1.28 0.93` drawn one space apart, crowds two figures into one cell and leaves the
 * last columns blank). A re-placing step of `row-placing.ts`. Pure.
 */
import { trailingFigures, type ColumnModel, type Positioned } from './columns.ts';
import { valueColumnCount } from './row-calibration.ts';
import { withFigures, type Placed } from './placed.ts';
import { gluedRowNumber, splitGlued } from './glued-row-number.ts';
import { isRowNumberText } from './row-numbers.ts';
import { isMoneyFigure } from './spaced-lines.ts';

/**
 * `placed` (a line's cells under `model`, its pieces `parts` placed with shift `d`) with its figures one to a value
 * column in order, when it holds as many figures as the model has value columns and two of them share a cell; null
 * otherwise (a row with blank cells, or one already one figure to a column).
 */
export function fullRowInOrder(placed: Placed, parts: readonly Positioned[], model: ColumnModel, d = 0): Placed | null {
  const count = valueColumnCount(model);
  if (count === null || placed.cells.length !== model.columns.length) return null;
  const labels = model.columns.length - count;
  const values = placed.cells.slice(labels);
  if (!values.some((c) => /\s/.test(c.trim()))) return null;
  const held = values.filter((c) => c.trim() !== '').join(' ').split(/\s+/).filter((x) => x !== '');
  if (held.length !== count) return null;
  const trailing = trailingFigures([...parts]);
  const figures = trailing.slice(trailing.length - count);
  if (figures.length !== count || held.join(' ') !== figures.map((f) => f.text).join(' ')) return null;
  return withFigures(placed, model, labels, figures, figures.map((_, i) => i), d);
}

/**
 * A full row of the table on a page whose columns were read anew into more value columns than the table has (rows
 * drawn a few characters apart from line to line split a column in two by position): a row printing as many figures
 * as the table's value columns (`count`) fills the page's first `count` value columns in order, when placed by
 * position it leaves one of them blank. Null otherwise (the page as many value columns as the table, its 行次 column
 * (`rowNumbers`) among its value columns, or the row fewer figures).
 */
export function fullRowOnWiderPage(placed: Placed, parts: readonly Positioned[], page: ColumnModel, count: number | null, rowNumbers: number | null, d = 0): Placed | null {
  const pageCount = valueColumnCount(page);
  if (count === null || pageCount === null || pageCount <= count || placed.cells.length !== page.columns.length) return null;
  const labels = page.columns.length - pageCount;
  // (a 行次 column read among the page's value columns, or a 行次 glued to the row's name, `发展和管理支出30`: the
  // page's columns say too little of where its numbers stand)
  if (rowNumbers !== null && rowNumbers >= labels) return null;
  if (placed.cells.slice(0, labels).some((c) => gluedRowNumber(c) !== null)) return null;
  const values = placed.cells.slice(labels);
  const held = values.filter((c) => c.trim() !== '').join(' ').split(/\s+/).filter((x) => x !== '');
  if (held.length !== count || values.slice(0, count).every((c) => c.trim() !== '' && !/\s/.test(c.trim()))) return null;
  const trailing = trailingFigures([...parts]);
  const figures = trailing.slice(trailing.length - count);
  if (figures.length !== count || held.join(' ') !== figures.map((f) => f.text).join(' ')) return null;
  return withFigures(placed, page, labels, figures, figures.map((_, i) => i), d);
}

/**
 * A full row drawn a column left of its page's columns under a 行次 column (`208 05 06 机关事业单位职业年金缴费支出 7
 * 1,836.00 1,836.00 1,652.40 183.60 0.00`, a shorter label pulling its 行次 into the blank label column before the 行次
 * column and its first figure into the 行次 column): a row printing its 行次 and then as many money figures as the
 * table has value columns fills each of them in order, its 行次 in the 行次 column. Null otherwise (the 行次 column not
 * the last label column, the row fewer figures, or its 行次 already in its column).
 */
export function fullRowDrawnLeft(placed: Placed, parts: readonly Positioned[], model: ColumnModel, rowNumbers: number | null, d = 0): Placed | null {
  if (rowNumbers === null || placed.cells.length !== model.columns.length) return null;
  // (the value columns: every column right of the 行次 column, figure columns all)
  const labels = rowNumbers + 1;
  const count = model.columns.length - labels;
  if (count < 2 || model.columns.slice(labels).some((c) => c.kind !== 'amount')) return null;
  const trailing = trailingFigures([...parts]);
  // (its 行次 a piece of its own before the figures, or glued to the end of its name, `其他社会保障和就业支出10`, a
  // figure then drawn into the 行次 column: split off the name into the 行次 column)
  const glued = trailing.length === count && isMoneyFigure(placed.cells[rowNumbers]!.trim()) ? gluedRowNumber(parts[parts.indexOf(trailing[0]!) - 1]?.text ?? '') : null;
  if (trailing.length !== count + 1 && glued === null) return null;
  const number = glued !== null ? null : trailing[0]!;
  const figures = glued !== null ? trailing : trailing.slice(1);
  if ((number !== null && (!isRowNumberText(number.text) || placed.cells[rowNumbers] === number.text)) || !figures.every((f) => isMoneyFigure(f.text))) return null;
  const out = withFigures(placed, model, labels, figures, figures.map((_, i) => i), d);
  // (the label cells without the pieces drawn into them, the 行次 in its column)
  const drawn = new Set(trailing.map((p) => p.text));
  for (let j = 0; j < labels; j++) if (drawn.has(out.cells[j]!.trim())) out.cells[j] = '';
  // (the 行次 glued to the name, or placed by position into the name's cell, `住房公积金23`, taken out of it)
  const rowNumber = number?.text ?? glued!;
  const named = out.cells.findIndex((c, j) => j < rowNumbers && gluedRowNumber(c) === rowNumber);
  if (number === null && named < 0) return null;
  if (named >= 0) out.cells[named] = splitGlued(out.cells[named]!)!.name;
  out.cells[rowNumbers] = rowNumber;
  if (number !== null) out.spans[rowNumbers] = { start: number.start + d, end: number.end + d };
  return out;
}
