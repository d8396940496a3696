import type { SourceLine } from '../../../text/lines.ts';
import { VOCABULARY } from '../../tables/vocabulary.ts';
import { isRowNumberText } from '../../read/row-numbers.ts';

/**
 * A 行次 column between the name and the amounts (`201 一般公共服务支出 2 333.84 279.28 …`): present when the header
 * prints a row-number word and the first figure after the name of every row with figures is a whole number, the
 * numbers rising down the table. Its cells are accounted, never values.
 */

const ROW_NUMBER_WORDS = VOCABULARY.filter((t) => t.role === 'row_number').flatMap((t) => t.words);

/** Index of the first printed cell from `from`, or -1. */
function firstPrinted(l: SourceLine, from: number): number {
  for (let j = Math.max(0, from); j < l.cells.length; j++) if (l.cells[j]!.trim() !== '') return j;
  return -1;
}

/**
 * The index of each row's 行次 cell (the first printed cell from `from`, the cell after its label), or an empty map
 * when the table has no 行次 column. A line printing no label (`labelled` false: figures pdftotext wrote below their
 * row, or a total printed without its label) may print no 行次: its first figure is then one of its amounts.
 */
export function rowNumberCells(headerText: string, rows: readonly { l: SourceLine; from: number; labelled?: boolean }[]): Map<SourceLine, number> {
  const found = new Map<SourceLine, number>();
  const flat = headerText.replace(/[\s\u3000]+/g, '');
  if (!ROW_NUMBER_WORDS.some((w) => flat.includes(w)) || rows.length === 0) return found;
  let last = 0;
  for (const { l, from, labelled = true } of rows) {
    const j = firstPrinted(l, from);
    if (j < 0) return new Map();
    const c = l.cells[j]!.trim();
    if (!labelled && !isRowNumberText(c)) continue;
    if (!isRowNumberText(c) || Number(c) <= last) return new Map();
    // the row number must be followed by an amount
    if (firstPrinted(l, j + 1) < 0) return new Map();
    last = Number(c);
    found.set(l, j);
  }
  return found;
}
