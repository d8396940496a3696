import { normChars } from '../../text/clean.ts';
import type { Fragment } from './piece.ts';

/**
 * Pieces of one text that several words each hold, handed out in the words' order: `slots` lists the holdings in the
 * words' order (left to right), `pieceOf` the piece each holds; the pieces taken left to right, the k-th goes to the
 * k-th slot. pdftotext writes a line's pieces in the columns' order, so where the cover could give equal pieces to
 * either word, the one further left belongs to the word further left.
 */
export function handedInOrder<S>(slots: readonly S[], pieceOf: (slot: S) => Fragment): Map<S, Fragment> {
  const leftToRight = slots.map(pieceOf).sort((a, b) => a.part.start - b.part.start || a.row - b.row);
  return new Map(slots.map((s, i) => [s, leftToRight[i]!]));
}

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
    for (const [{ j, k }, piece] of handedInOrder(slots, ({ j, k }) => out[j]![k]!)) out[j]![k] = piece;
  }
  return out;
}
