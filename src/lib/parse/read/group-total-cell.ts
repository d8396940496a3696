/**
 * A total column's word printed as a group word and a total on two lines of one cell (`本年收入` / `合计`, `本年支出`
 * over `合计` two lines below): one word, `本年收入合计`, heading one figure column — not the group's own column beside
 * its total's. Read so by meaning: the two joined are a word the vocabulary knows with the group word's meaning, and
 * both stand over one figure column and no other (the rows fill one column under both; no figure stands under one
 * without the other).
 */
import { lookupWord } from '../tables/vocabulary.ts';
import { groupOf } from './header-groups.ts';
import { overlaps, type Column, type Positioned } from './positioned.ts';

/** The one word a group word and a total spell together (`本年支出` + `合计` → `本年支出合计`), or null. */
export function groupTotalWord(group: string, total: string): string | null {
  if (lookupWord(total)?.key !== 'total') return null;
  const g = groupOf(group);
  const term = lookupWord(group);
  if (g === null || g.kind !== 'parts' || term === null || term.key === 'total') return null;
  return lookupWord(group + total)?.key === term.key ? group + total : null;
}

/** The one column of `columns` the pieces stand over (every piece over it, none over another), or -1. */
function onlyColumn(pieces: readonly Positioned[], columns: readonly Column[]): number {
  const over = new Set<number>();
  for (const p of pieces) columns.forEach((c, j) => overlaps(c, p) && over.add(j));
  return over.size === 1 ? [...over][0]! : -1;
}

/**
 * Whether the group word's pieces and the total's stand over one figure column of `figures` (the columns by
 * position the rows' figures fill), the same, and no other: one cell's two lines.
 */
export function overOneFigureColumn(group: readonly Positioned[], total: readonly Positioned[], figures: readonly Column[]): boolean {
  const g = onlyColumn(group, figures);
  return g >= 0 && g === onlyColumn(total, figures);
}
