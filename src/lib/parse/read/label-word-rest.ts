/**
 * A value word whose first line is itself a label word (`项目` over `支出`: 项目支出), pdftotext drawing its second
 * line left of the first, one column over: read by position, the first line heads a column of its own (`项目`, the
 * row-label word, over the cell's figures) and the second line a blank column beside it (under the group word,
 * `本年支出` / `支出`). A column headed by that label word alone, right of a value column, beside a blank column whose
 * lowest word, on a level below the label word's, spells a value word after it (`项目` + `支出` = `项目支出`), is that
 * value word's column: the two columns joined into one over the figures, headed by the blank column's words with its
 * lowest word read whole (`本年支出` / `项目支出`). Called by `page-columns.ts` `columnsOf` on the columns by position.
 */
import { lookupWord } from '../tables/vocabulary.ts';
import type { Column, ColumnModel } from './columns.ts';
import { isLabelWord, onlyWord } from './header-cover.ts';

/** The lowest word over column `j` and its level, or null when none. */
function lowest(model: ColumnModel, j: number): { row: number; text: string } | null {
  for (let row = model.header.length - 1; row >= 0; row--) if ((model.header[row]![j] ?? '') !== '') return { row, text: model.header[row]![j]! };
  return null;
}

/** Whether column `j` is headed by a value word (its lowest word is one). */
function valueHeaded(model: ColumnModel, j: number): boolean {
  const w = lowest(model, j);
  return w !== null && lookupWord(w.text)?.role === 'value';
}

/**
 * The columns by position of `model` with every label word heading a value column alone (`项目` of `项目支出`, its
 * rest `支出` drawn into a blank column beside it) joined with its rest (see the module comment); null when there is
 * none.
 */
export function joinLabelWordRest(model: ColumnModel): ColumnModel | null {
  let columns: Column[] = [...model.columns];
  let header = model.header.map((r) => [...r]);
  let joined = false;
  for (let j = 1; j < columns.length; j++) {
    const current: ColumnModel = { ...model, columns, header };
    const word = onlyWord(current, j);
    if (word === null || !isLabelWord(word.text)) continue;
    // (right of a value column: the label columns stand first)
    if (!columns.slice(0, j).some((_, k) => valueHeaded(current, k))) continue;
    const rests = [j - 1, j + 1].filter((b) => {
      if (b < 0 || b >= columns.length || columns[b]!.kind !== 'blank') return false;
      const rest = lowest(current, b);
      return rest !== null && rest.row > word.row && !isLabelWord(rest.text) && lookupWord(word.text + rest.text)?.role === 'value';
    });
    if (rests.length !== 1) continue;
    const b = rests[0]!;
    const rest = lowest(current, b)!;
    // (the joined column stands where the figures are: the label word's column when it holds them)
    const at = columns[j]!.kind === 'blank' ? { start: Math.min(columns[j]!.start, columns[b]!.start), end: Math.max(columns[j]!.end, columns[b]!.end), kind: 'blank' as const } : columns[j]!;
    const words = header.map((r, row) => (row === rest.row ? word.text + rest.text : (r[b] ?? '')));
    const keep = Math.min(j, b);
    columns = [...columns.slice(0, keep), at, ...columns.slice(keep + 2)];
    header = header.map((r, row) => [...r.slice(0, keep), words[row]!, ...r.slice(keep + 2)]);
    joined = true;
  }
  if (!joined) return null;
  return { ...model, columns, header };
}
