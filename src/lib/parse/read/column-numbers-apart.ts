/**
 * A 栏次 row numbered 1 … n over columns read as other than n (a header pdftotext scattered over many lines): each
 * number placed where it stands, numbers sharing a cell kept apart by a space (`4 5`) — still the 栏次 row, never
 * figures (`placeNumbersApart`). Numbers sharing a cell say the columns read are not the table's: the figures of its
 * rows cannot be placed on them (`numbersShareCells`). Pure.
 */
import type { Problem } from '../../model/document.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import { placeParts, type ColumnModel, type Positioned } from './positioned.ts';
import type { Placed } from './placed.ts';
import { labelColumnCount } from './header-cover.ts';
import { NUMBERS_SHARING_CELL_RE } from '../tables/grid.ts';
import { countsFromOne } from './piece.ts';

/** The value columns the 栏次 numbers number: none of the label columns. */
export function numberedColumns(model: ColumnModel): number[] {
  const labels = labelColumnCount(model);
  return model.columns.flatMap((c, j) => (c.kind === 'text' || j < labels ? [] : [j]));
}

/** True for 栏次 numbers `1 … n` only (no 栏次 word) over other than n value columns: placed by `placeNumbersApart`. */
export function numbersApart(parts: readonly Positioned[], model: ColumnModel): boolean {
  return parts.length > 0 && countsFromOne(parts) && parts.length !== numberedColumns(model).length;
}

/** The 栏次 numbers each placed where it stands, those sharing a cell kept apart by a space (`4 5`). */
export function placeNumbersApart(nums: Positioned[], model: ColumnModel): Placed {
  const placed = placeParts([], model);
  for (const p of nums) {
    const one = placeParts([p], model);
    const j = one.cells.findIndex((c) => c !== '');
    if (j < 0) continue;
    placed.cells[j] = placed.cells[j] === '' ? p.text : `${placed.cells[j]} ${p.text}`;
    placed.spans[j] = placed.cells[j] === p.text ? one.spans[j]! : { start: placed.spans[j]!.start, end: p.end };
  }
  return placed;
}

/** True when two 栏次 numbers share a cell of a row placed by `placeNumbersApart`. */
export function numbersShareCells(cells: readonly string[]): boolean {
  return cells.some((c) => NUMBERS_SHARING_CELL_RE.test(c.trim()));
}

/** The report of a row whose figures are not read: the 栏次 numbers share cells of the columns read. */
export function unnumberedRow(src: SourceLine): Problem {
  return {
    severity: 'warning',
    line: src.n,
    message: '栏次编号与读出的列不符（两个编号落在同一列）：列位置不可信，本行数值未读',
    raw: excerpt(src.raw),
    code: 'spaced_columns_unnumbered',
  };
}
