/**
 * A full row placed with two figures in one cell: a row printing as many figures as the table has value columns fills
 * each of them, in order, whatever the columns found by position say (a page whose columns were found on narrower
 * rows, `8.39 8.66 8.93 8.00 6.72 1.28 0.93` drawn one space apart, crowds two figures into one cell and leaves the
 * last columns blank). A re-placing step of `row-placing.ts`. Pure.
 */
import { trailingFigures, type ColumnModel, type Positioned } from './columns.ts';
import { valueColumnCount } from './row-calibration.ts';
import { withFigures, type Placed } from './placed.ts';

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
