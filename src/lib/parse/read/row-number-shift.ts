/**
 * Where a page's row numbers say the table stands on that page. `pdftotext -layout` lays out every page on its own: a
 * page continuing a table without its header may be drawn a few characters left or right of the page before, and when
 * none of its rows fills every value column no row's figures show where the columns stand. Its 行次 numbers do: they
 * count the rows (small whole numbers, each greater than the one above) and pdftotext right-aligns each in its narrow
 * cell, so on every page they end where the table's 行次 column ends. Pure.
 */
import type { Column, Positioned, PositionedLine } from './columns.ts';
import { trailingFigures } from './columns.ts';
import { isRowNumberText, numbersRows } from './row-numbers.ts';

/**
 * The row numbers a page's lines `data` print first of their figures (the 栏次 row, `1 2 3 …` on one line, aside: one
 * number a line), when they number the rows: two at least, each greater than the one above, mostly by one. Empty
 * otherwise (a line printing no figure, or a first figure that is money, ends the reading: nothing is guessed).
 */
export function pageRowNumbers(data: readonly PositionedLine[]): Positioned[] {
  const firsts = data.map((l) => trailingFigures(l.parts)).filter((f) => f.length >= 2 && !f.every((p) => isRowNumberText(p.text))).map((f) => f[0]);
  return numbersRows(firsts, { least: 2, mostlyByOne: true }) ? (firsts as Positioned[]) : [];
}

/**
 * How far the row numbers `numbers` stand from the table's 行次 column `column` when the page is moved by `d` columns:
 * the sum, over the numbers, of the distance between where each ends and where the column ends (0 when every number
 * ends at the column's end).
 */
export function rowNumberMisfit(numbers: readonly Positioned[], column: Column, d: number): number {
  return numbers.reduce((sum, p) => sum + Math.abs(p.end + d - column.end), 0);
}
