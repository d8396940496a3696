/**
 * A header word printed with a bracket that pdftotext wrote apart after the bracket. `财政拨款（补助）收入` in one cell
 * comes out `财政拨款（补助）  收入`: the closing bracket's glyph is drawn wider than the column pdftotext counts for it,
 * so the rest starts a space or two further on, a piece of its own. Both pieces are words of the vocabulary
 * (`财政拨款（补助）`, and `收入` of a 收支总表), so a reader of the header by words takes them as two columns. Pure.
 */
import { lookupWord } from '../tables/vocabulary.ts';
import type { Fragment } from './piece.ts';

/** How far (in columns) the rest may start after the bracket. */
const GAP = 2;

/**
 * The header's pieces with each piece ending in a closing bracket joined to the next piece on its line when that
 * starts within `GAP` columns and the two spell a value word (`财政拨款（补助）` + `收入`); the same pieces when none is.
 */
export function joinBracketRests(fragments: readonly Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  const used = new Set<Fragment>();
  for (const f of fragments) {
    if (used.has(f)) continue;
    const next = /[）)]$/.test(f.part.text)
      ? fragments
          .filter((g) => g.row === f.row && g.part.start >= f.part.end && !used.has(g))
          .sort((a, b) => a.part.start - b.part.start)[0]
      : undefined;
    const text = next === undefined ? '' : f.part.text + next.part.text;
    if (next !== undefined && next.part.start - f.part.end <= GAP && lookupWord(text)?.role === 'value') {
      used.add(next);
      out.push({ ...f, part: { text, start: f.part.start, end: next.part.end } });
    } else out.push(f);
  }
  return out.filter((f) => !used.has(f));
}
