/**
 * A header whose words stand by position over more value columns than any row fills (every row leaves a cell blank):
 * the columns by position stand when each is headed by one known word of its own, every row's figures fall one to a
 * column under them, and every row's total is the sum of the figures beside it. Read in order onto the most figures
 * a row prints, the header would lose a word and draw the table one column off. A word whose rest pdftotext wrote
 * apart on its line (`财政拨款（补助）   收入`), read by position as a blank column beside the rest's, is one word first.
 * Columns blank in every row stand too, when no column's word is a neighbour's rest (`收入` beside `上级补助`) and no
 * blank column falls between two figures a row prints one space apart.
 */
import { onlyWord, sumsHold } from './header-cover.ts';
import { isTotalWord, lookupWord } from '../tables/vocabulary.ts';
import { placeParts, type ColumnModel, type Positioned } from './positioned.ts';
import { touchingAsNeighbours } from './placed.ts';


/** Which way a word's rest stands: a blank column headed by a word whose rest heads the figures right of it
 * (`blank amount`), or figures headed by a word whose rest heads the blank column right of it (`amount blank`). */
export type RestSide = 'blank amount' | 'amount blank';

/** A blank value column headed by a word whose rest heads the amount column right of it, on the same line, or an
 * amount column headed by a word whose rest heads the blank column right of it and makes a longer form of the same
 * word (`一般公共预算拨款 收入`): one column (a total beside a word is never its rest). Only the sides asked for. */
export function joinWordRests(model: ColumnModel, lastText: number, sides: readonly RestSide[] = ['blank amount', 'amount blank']): ColumnModel {
  const columns = [...model.columns];
  const header = model.header.map((r) => [...r]);
  for (let j = columns.length - 2; j > lastText; j--) {
    const kinds = `${columns[j]!.kind} ${columns[j + 1]!.kind}`;
    if (!(sides as readonly string[]).includes(kinds)) continue;
    const a = onlyWord({ columns, header }, j);
    const b = onlyWord({ columns, header }, j + 1);
    // (never a total: `小计` beside a word heads a column of its own)
    if (a === null || b === null || a.row !== b.row || isTotalWord(b.text) || lookupWord(a.text + b.text) === null) continue;
    // (beside a word heading the figures, only the rest of a longer form of that word: `其他` is no word its `收入`
    // could complete)
    if (kinds === 'amount blank' && lookupWord(a.text)?.key !== lookupWord(a.text + b.text)!.key) continue;
    columns.splice(j, 2, { start: columns[j]!.start, end: columns[j + 1]!.end, kind: 'amount' });
    header.forEach((r, row) => r.splice(j, 2, row === a.row ? a.text + b.text : ''));
  }
  return { ...model, columns, header };
}

/**
 * The columns by position of `found` (value columns after `lastText`), a word's rest on its line joined to it, when
 * they hold every row of `figures` (the figures after each row's labels) and name more columns than `n`, the most
 * figures a row prints; else null.
 */
export function widerHeaderColumns(found: ColumnModel, figures: readonly Positioned[][], lastText: number, n: number): ColumnModel | null {
  const model = joinWordRests(found, lastText);
  const values = model.columns.flatMap((c, j) => (j > lastText ? [j] : []));
  if (values.length <= n || values.some((j) => model.columns[j]!.kind === 'text')) return null;
  const paths = values.map((j) => model.header.map((r) => r[j] ?? '').filter((x) => x !== ''));
  if (paths.some((p) => p.length !== 1 || lookupWord(p[0]!) === null)) return null;
  // (with columns blank in every row, each column's word is a word of its own, no neighbour's rest drawn apart:
  // `收入` beside `上级补助` or `财政拨款（补助）` is that word's; nor a blank column's word the rest of any column's,
  // drawn past the columns between, `上级补助` … `其他收入` | `收入`)
  const blanks = values.some((j) => model.columns[j]!.kind === 'blank');
  const restOf = (k: number, i: number) => i >= 0 && i < paths.length && i !== k && lookupWord(paths[i]![0]! + paths[k]![0]!)?.key === lookupWord(paths[i]![0]!)!.key;
  const restOfNeighbour = (k: number) => [k - 1, k + 1].some((i) => restOf(k, i)) || (model.columns[values[k]!]!.kind === 'blank' && paths.some((_, i) => restOf(k, i)));
  if (blanks && paths.some((_, k) => restOfNeighbour(k))) return null;
  const keys = paths.map((p) => lookupWord(p[0]!)!.key);
  if (new Set(keys).size !== keys.length || !isTotalWord(paths[0]![0]!) || paths.slice(1).some((p) => isTotalWord(p[0]!))) return null;
  const rows: (string | null)[][] = [];
  for (const f of figures) {
    if (f.length === 0) continue;
    const placed = placeParts(f, model);
    const filled = placed.cells.flatMap((c, j) => (c !== '' ? [j] : []));
    if (placed.crowded || filled.length !== f.length || filled.some((j) => j <= lastText)) return null;
    // (two figures one space apart hold no blank column between them)
    if (blanks && !touchingAsNeighbours(f, filled)) return null;
    rows.push(values.map((j) => (placed.cells[j] !== '' ? placed.cells[j]! : null)));
  }
  // (a total with its parts printed in two rows at least: a table of blanks confirms nothing)
  const totalled = rows.filter((r) => r[0] !== null && r.slice(1).some((c) => c !== null) && !/^[0.,-]*$/.test(r[0]!));
  return totalled.length >= 2 && sumsHold(paths, rows) ? model : null;
}
