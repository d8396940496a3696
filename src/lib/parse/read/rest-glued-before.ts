/**
 * A header word whose rest pdftotext glued before its start, in one piece. A cell printing its word on two lines
 * (`本年支出` over `合计`) sits centred in a taller header, so its two lines may fall on one text line; pdftotext then
 * writes the lower line first, with no space before the upper one (`行次 合计本年支出`). Read as it stands, the piece
 * spells no word and begins none, and the column it heads is lost. Such a piece is read as the word it turns into when
 * its end is put back after its start: one value word of the vocabulary only, none of its own (`合计本年支出` →
 * 本年支出合计). Pure; a piece in, the piece or the word where it stands out.
 */
import { VOCABULARY, normHeaderWord } from '../tables/vocabulary.ts';
import type { Positioned } from './piece.ts';
import { startsHeaderWord } from './header-stacks.ts';

/** The value words of the vocabulary by each turn of their characters (its end first, then its start), a turn two
 * words share left out (it tells neither). */
const TURNED: ReadonlyMap<string, string> = (() => {
  const found = new Map<string, string | null>();
  for (const t of VOCABULARY) {
    if (t.role !== 'value') continue;
    for (const w of t.words) {
      const n = normHeaderWord(w);
      // (the start and the rest two characters at least each: a lone character turned spells too much by chance)
      for (let k = 2; k <= n.length - 2; k++) {
        const turned = n.slice(k) + n.slice(0, k);
        const before = found.get(turned);
        found.set(turned, before === undefined || before === n ? n : null);
      }
    }
  }
  return new Map([...found].flatMap(([turned, word]) => (word === null || startsHeaderWord(turned) ? [] : [[turned, word] as const])));
})();

/** A header piece as it is, or the value word whose rest pdftotext glued before its start (`合计本年支出`). */
export function restGluedBefore(p: Positioned): Positioned {
  const word = TURNED.get(normHeaderWord(p.text));
  return word === undefined ? p : { ...p, text: word };
}
