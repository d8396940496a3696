/**
 * Header words standing right of every figure of a squeezed table: pdftotext writes a header word at or left of where
 * it prints (never right, but for a piece pushed along by the piece just before it on its line), so a word with a
 * piece written right of where every full row's figures end heads a column right of them all, blank in every full row;
 * and pdftotext keeps the order of a line's pieces, so a word with a piece right of one of that word's on a line
 * stands right of it too.
 */
import { touchingBefore, type Fragment } from './piece.ts';

/**
 * The indices of the words (each given by its own pieces) standing right of every figure: a word with a piece
 * starting right of `end` one space or more after the piece before it on its line among `fragments` (one written
 * right after another may have been pushed there), and every word with a piece right of one of theirs on a line.
 */
export function beyondFigures(pieces: readonly (readonly Fragment[])[], fragments: readonly Fragment[], end: number): Set<number> {
  const pushed = (f: Fragment) => touchingBefore(f.part, fragments.filter((g) => g.row === f.row).map((g) => g.part));
  const out = new Set<number>();
  pieces.forEach((ps, i) => {
    if (ps.some((f) => f.part.start > end && !pushed(f))) out.add(i);
  });
  const after = (f: Fragment) => [...out].some((k) => pieces[k]!.some((g) => g.row === f.row && g.part.start < f.part.start));
  for (let grown = true; grown; ) {
    grown = false;
    pieces.forEach((ps, i) => {
      if (out.has(i) || !ps.some(after)) return;
      out.add(i);
      grown = true;
    });
  }
  return out;
}
