/**
 * A full row placed with two figures in one cell: a row printing as many figures as the table has value columns fills
 * each of them, in order, whatever the columns found by position say (a page whose columns were found on narrower
 * rows, `8.39 8.66 8.93 8.00 6.72 1.28 0.93` drawn one space apart, crowds two figures into one cell and leaves the
 * last columns blank). A re-placing step of `row-placing.ts`. Pure.
 */
import { trailingFigures, type ColumnModel, type Positioned } from './columns.ts';
import { valueColumnCount } from './row-calibration.ts';
import { withFigures, type Placed } from './placed.ts';
import { gluedRowNumber } from './glued-row-number.ts';

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
