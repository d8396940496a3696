/**
 * A value word whose start is a row-label word, drawn apart from its rest: in a cell as narrow as its figures,
 * pdftotext may write the cell's last line above its first and off to the side (`支出` over `基本` … and `项目` a line
 * below it, right of it, over the figures), so the reading by position heads a blank column with the rest (`支出`) and
 * the figures beside it with the row-label word (`项目`), which no figure column takes. Read together, row-label word
 * first, they are one value word (项目支出): one column, over the figures, headed by that word under the same groups.
 */
import { lookupWord } from '../tables/vocabulary.ts';
import type { ColumnModel } from './columns.ts';

/** A word naming the row labels (`项目`, `科目名称`): a code or name column's word, never a figure column's. */
function isRowLabelWord(word: string): boolean {
  return ['code', 'name'].includes(lookupWord(word)?.role ?? '');
}

/** The words heading column `j`, top down. */
function pathOf(model: ColumnModel, j: number): string[] {
  return model.header.map((r) => r[j] ?? '').filter((w) => w !== '');
}

/**
 * The columns with every figure column headed (below the same groups as its neighbour) by a row-label word, beside a
 * blank column whose last word completes it into a value word (`项目` + `支出`), joined into one column headed by
 * that value word; null when there is none.
 */
export function joinLabelWordRests(model: ColumnModel): ColumnModel | null {
  const columns = [...model.columns];
  const header = model.header.map((r) => [...r]);
  let joined = false;
  for (let j = columns.length - 2; j >= 0; j--) {
    const pair = [j, j + 1];
    const figures = pair.find((k) => columns[k]!.kind === 'amount');
    const blank = pair.find((k) => columns[k]!.kind === 'blank');
    if (figures === undefined || blank === undefined) continue;
    const current = { ...model, columns, header };
    const label = pathOf(current, figures);
    const rest = pathOf(current, blank);
    if (label.length === 0 || label.length !== rest.length || label.slice(0, -1).join('/') !== rest.slice(0, -1).join('/')) continue;
    const start = label[label.length - 1]!;
    const end = rest[rest.length - 1]!;
    if (!isRowLabelWord(start) || lookupWord(start + end)?.role !== 'value') continue;
    const level = header.findIndex((r) => (r[figures] ?? '') === start);
    columns.splice(j, 2, { start: Math.min(columns[j]!.start, columns[j + 1]!.start), end: Math.max(columns[j]!.end, columns[j + 1]!.end), kind: 'amount' });
    header.forEach((r, row) => r.splice(j, 2, row === level ? start + end : (r[figures] ?? '')));
    joined = true;
  }
  return joined ? { ...model, columns, header } : null;
}
