/**
 * Row numbers (行次): the numbers 1, 2, 3 … a table prints down its rows in a column of their own. Shared by the readers
 * that must tell them from figures and codes.
 */
import type { Positioned } from './piece.ts';

/** A row number: 1–999, no leading zero (not a 款/项 code such as `01`). */
export function isRowNumberText(text: string): boolean {
  return /^[1-9]\d{0,2}$/.test(text);
}

/** Pieces that number rows: two or more, each a row number, increasing down the table. */
export function numbersRows(xs: readonly (Positioned | undefined)[]): boolean {
  return xs.length > 1 && xs.every((p, k) => p !== undefined && isRowNumberText(p.text) && (k === 0 || Number(p.text) > Number(xs[k - 1]!.text)));
}
