import { normChars } from '../../text/clean.ts';
import type { Fragment } from './piece.ts';

/**
 * A reading's pieces (`pieces[j]`: the pieces of column j's word, its first piece first) with the pieces of equal text
 * that end several words handed out in the columns' order. A cover may give either `支出` to either of `基本` and
 * `项目` (the words read the same both ways), so the pieces it hands out may cross: `基本` at 15 with the `支出` at 23,
 * `项目` at 23 with the one at 19. Where a column stands is then read from pieces that are another column's on the
 * page; handed out left to right, column by column, each such piece goes to the word it stands under. A word's first
 * piece, which anchors it, is never handed out.
 */
export function twinsInColumnOrder(pieces: readonly (readonly Fragment[])[]): Fragment[][] {
  const out = pieces.map((ps) => [...ps]);
  const texts = new Set(out.flatMap((ps) => ps.slice(1).map((f) => normChars(f.part.text))));
  for (const text of texts) {
    const slots = out.flatMap((ps, j) => ps.flatMap((f, k) => (k > 0 && normChars(f.part.text) === text ? [{ j, k }] : [])));
    if (slots.length < 2) continue;
    const leftToRight = slots.map(({ j, k }) => out[j]![k]!).sort((a, b) => a.part.start - b.part.start || a.row - b.row);
    slots.forEach(({ j, k }, i) => (out[j]![k] = leftToRight[i]!));
  }
  return out;
}
