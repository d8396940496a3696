/**
 * The only row of a table placed under its 栏次 row. An empty table's 合计 row prints a few zeros under a wide header
 * whose words pdftotext drew crowded left of where they print; its 栏次 row, figures and spaces like the row itself,
 * stands where the columns print. A 栏次 number is centred in its cell and a figure right-aligned in its own, so each
 * figure stands under the last number whose centre is at or left of the figure's last character, and right of the
 * number before it. The row is placed so only when the 栏次 row numbers the value columns `1 … m` with its numbers
 * standing apart (a 栏次 row squeezed one space apart shows nothing of where its columns stand), every figure falls
 * under a number of its own, left to right, and the placement keeps how the figures stand apart (`keepsSpacing` of
 * `only-row-spacing.ts`: figures one space apart in neighbouring columns); else the step refuses.
 */
import { trailingFigures, type ColumnModel } from './columns.ts';
import { countsFromOne, type Positioned } from './piece.ts';
import { withFigures, type Placed } from './placed.ts';
import { numberedColumns } from './column-numbers-apart.ts';
import { keepsSpacing, leadOf } from './only-row-spacing.ts';

/** Spaces between two 栏次 numbers at most for the row to be squeezed (numbers one space apart stand nowhere). */
const TOUCHING = 1;

/** A 栏次 row squeezed: some number one space or less after the one before (it shows nothing of where columns stand). */
export function squeezedNumbers(numbers: readonly Positioned[]): boolean {
  return numbers.some((p, k) => k > 0 && p.start - numbers[k - 1]!.end <= TOUCHING);
}

/** Where a piece's middle stands (its first and last character alike). */
const centre = (p: Positioned) => (p.start + p.end - 1) / 2;

/**
 * Each figure's value column by the 栏次 numbers (see the module comment): the last number whose centre is at or left
 * of the figure's last character, the figure starting right of the centre of the number before; null when a figure
 * stands under no number, two share one, or the numbers are squeezed.
 */
export function columnsByNumbers(figures: readonly Positioned[], numbers: readonly Positioned[]): number[] | null {
  if (numbers.length < 2 || !countsFromOne(numbers)) return null;
  if (squeezedNumbers(numbers)) return null;
  const centres = numbers.map(centre);
  const pick = figures.map((f) => centres.reduce((last, c, k) => (c <= f.end - 1 ? k : last), -1));
  const under = (k: number, i: number) => k >= 0 && (k === 0 || figures[i]!.start > centres[k - 1]!) && (i === 0 || k > pick[i - 1]!);
  return pick.every(under) ? pick : null;
}

/**
 * The table's only row placed again under its 栏次 numbers (`numbers`, the row's and their pieces unshifted; `d` the
 * shift its cells were placed with), or null when the numbers do not place every figure it printed in value cells.
 */
export function onlyRowByNumbers(placed: Placed, parts: readonly Positioned[], model: ColumnModel, numbers: readonly Positioned[], d: number): Placed | null {
  const values = numberedColumns(model);
  // (the numbered columns are the value columns, one after another to the table's right edge)
  if (values.length !== numbers.length || values.some((j, i) => j !== model.columns.length - values.length + i)) return null;
  const printed = values.flatMap((j) => (placed.cells[j] === '' ? [] : placed.cells[j]!.split(' ')));
  const trailing = trailingFigures(parts);
  const figures = trailing.slice(trailing.length - printed.length);
  if (figures.length === 0 || figures.length !== printed.length || figures.some((f, i) => f.text !== printed[i])) return null;
  const pick = columnsByNumbers(figures, numbers);
  if (pick === null || !keepsSpacing(pick, figures, leadOf(parts, figures))) return null;
  return withFigures(placed, model, values[0]!, figures, pick, d);
}
