/**
 * A table's header repeated on a continued page with its columns laid out otherwise: pdftotext lays out each page on
 * its own, so the spaced reader may read the continued page into fewer or more columns than the table's first page
 * (label columns blank in every row on one page and not on the other). The repeated header says what each of the
 * page's cells is: each of its columns is the table's column of the same label. Pure.
 */
import type { SourceLine } from '../../text/lines.ts';
import { classifyCell } from './cells.ts';
import { lookupWord } from './vocabulary.ts';

/** A column's label as the table's columns are matched by: the whole flattened label, and its last word. */
function lastWord(label: string): string {
  const parts = label.split('/');
  return parts[parts.length - 1]!;
}

/**
 * Where each column of a repeated header (`page`, its flattened labels, `flattenHeader` of `grid.ts`) stands among the
 * table's columns (`table`, the flattened labels of the header it was first read with): each labelled column of the repeat to the table's column of the same flattened label, else to the one
 * column whose last word is its last word (`项目/行次` over `行次`), the columns in the same order left to right, every
 * value column of the table matched, and every labelled column whose last word names a column of the repeat (a label
 * column blank in every row, headed only by the group word `项目`, matches none). Null when the repeat does not map so, or maps column for column onto
 * the table's (nothing to move).
 */
export function repeatedHeaderColumns(table: readonly string[], page: readonly string[]): (number | null)[] | null {
  const map: (number | null)[] = [];
  let last = -1;
  for (const label of page) {
    if (label === '') {
      map.push(null);
      continue;
    }
    let at = table.findIndex((t, i) => i > last && t === label);
    if (at < 0) {
      const same = table.flatMap((t, i) => (i > last && t !== '' && lastWord(t) === lastWord(label) ? [i] : []));
      if (same.length !== 1) return null;
      at = same[0]!;
    }
    map.push(at);
    last = at;
  }
  const named = new Set(page.filter((l) => l !== '').map(lastWord));
  const unmatched = table.filter((t, i) => t !== '' && !map.includes(i) && (named.has(lastWord(t)) || t.split('/').some((w) => lookupWord(w)?.role === 'value')));
  if (unmatched.length > 0) return null;
  const identity = map.length === table.length && map.every((i, j) => i === null || i === j);
  return identity ? null : map;
}

/** A row of a continued page moved onto the table's columns by `map` (`repeatedHeaderColumns`): each cell into its
 * column, blank cells elsewhere; a word in a column the header names not, right before a labelled column the row leaves
 * blank, that column's (`合计` drawn left of the names' column). Null when a cell with text stands in a column the map
 * leaves out otherwise. */
export function rowOnTableColumns(l: SourceLine, map: readonly (number | null)[], width: number): SourceLine | null {
  if (l.cells.length !== map.length) return null;
  const cells = Array.from({ length: width }, () => '');
  const spans = l.spans ? Array.from({ length: width }, () => ({ start: 0, end: 0 })) : undefined;
  const cellLines = l.cellLines ? Array.from({ length: width }, () => l.n) : undefined;
  for (let j = 0; j < map.length; j++) {
    const i = map[j];
    const c = l.cells[j]!;
    if (i === null || i === undefined) {
      if (c.trim() === '') continue;
      const next = map[j + 1];
      if (next === null || next === undefined || l.cells[j + 1]!.trim() !== '' || classifyCell(c) !== 'text') return null;
      cells[next] = c;
      if (spans && l.spans![j]) spans[next] = l.spans![j]!;
      continue;
    }
    if (c.trim() === '' && cells[i] !== '') continue;
    cells[i] = c;
    if (spans && l.spans![j]) spans[i] = l.spans![j]!;
    if (cellLines) cellLines[i] = l.cellLines![j] ?? l.n;
  }
  return { ...l, cells, ...(spans ? { spans } : {}), ...(cellLines ? { cellLines } : {}) };
}
