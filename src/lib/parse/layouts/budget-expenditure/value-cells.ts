import { figuresInCell as figuresOf } from '../../tables/cells.ts';

/**
 * The value cells of one expenditure row as the schema reads them.
 *
 * When the text reader's columns do not fit the table (its header was broken and interleaved over several lines),
 * a row comes out with several figures in one cell (`202.0 83.4 118.6`) or with more cells than the schema has
 * columns. Their positions then say nothing: the figures are taken in printed order, each with the index of the
 * printed cell it came from, and placed by the table identities like a row whose blank cells were dropped. A row
 * whose cells fit keeps them as printed (blanks included), `origin` null.
 */
export interface ValueCells {
  cells: string[];
  /** For each cell, the index of the printed cell (after the name) it was read from; null when cells are as printed. */
  origin: number[] | null;
}

export function valueCells(raw: readonly string[], width: number): ValueCells {
  const merged = raw.some((c) => figuresOf(c) !== null);
  let end = raw.length;
  while (end > 0 && raw[end - 1]!.trim() === '') end--;
  if (!merged && end <= width) return { cells: [...raw], origin: null };
  const cells: string[] = [];
  const origin: number[] = [];
  raw.forEach((c, j) => {
    for (const f of figuresOf(c) ?? (c.trim() === '' ? [] : [c])) {
      cells.push(f);
      origin.push(j);
    }
  });
  return { cells, origin };
}

/**
 * How many values a row prints: its non-blank cells, a cell with several figures counted by its figures. The widest
 * row tells the table's width whether or not the reader's columns fit (a blank cell the reader made up between
 * misplaced columns counts nothing).
 */
export function printedCount(raw: readonly string[]): number {
  return raw.reduce((n, c) => n + (figuresOf(c)?.length ?? (c.trim() === '' ? 0 : 1)), 0);
}

/**
 * The printed figures of a row without its blank cells, in order, each with the index of its printed cell: the
 * reading of a row whose printed positions break the table identities (a continued page whose columns the reader
 * placed apart from the figures).
 */
export function figuresInOrder(cells: ValueCells): ValueCells {
  const out: ValueCells = { cells: [], origin: [] };
  cells.cells.forEach((c, k) => {
    if (c.trim() === '') return;
    out.cells.push(c);
    out.origin!.push(cells.origin ? cells.origin[k]! : k);
  });
  return out;
}
