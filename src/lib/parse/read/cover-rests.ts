/**
 * A cover reading that heads a column with the rest of its neighbour's word. pdftotext may draw the last characters of
 * a header word that ends its cell (`收入` of `一般公共预算拨款收入`, of `财政拨款收入`) apart from the word's other pieces,
 * beside them on the line below, right or left; an exact cover may then read that rest as a column word of its own
 * beside the word it completes. A one-word column whose word, put after its neighbour's, makes a vocabulary word of
 * the neighbour's own meaning (never a total word: `小计` beside a word heads a column of its own) only completes that
 * word: the two are one column. Pure.
 */
import { isTotalWord, lookupWord } from '../tables/vocabulary.ts';
import type { CoverReading } from './header-cover.ts';

/** Whether `rest`, put after `word`, makes a longer form of `word` (the same meaning). */
function completes(word: string, rest: string): boolean {
  if (isTotalWord(rest)) return false;
  const own = lookupWord(word);
  return own !== null && lookupWord(word + rest)?.key === own.key;
}

/** The reading with every one-word column that only completes its neighbour's one word joined to it (the word first,
 * its rest after), or null when no column does. */
export function joinCoverRests(read: CoverReading): CoverReading | null {
  const paths = read.paths.map((p) => [...p]);
  const pieces = read.pieces?.map((ps) => [...ps]);
  const words = [...read.words];
  let joined = false;
  for (let k = 0; k + 1 < paths.length; k++) {
    const [a, b] = [paths[k]!, paths[k + 1]!];
    if (a.length !== 1 || b.length !== 1) continue;
    const word = completes(a[0]!, b[0]!) ? a[0]! + b[0]! : completes(b[0]!, a[0]!) ? b[0]! + a[0]! : null;
    if (word === null) continue;
    paths.splice(k, 2, [word]);
    pieces?.splice(k, 2, [...pieces[k]!, ...pieces[k + 1]!]);
    const [wa, wb] = [words.indexOf(a[0]!), words.indexOf(b[0]!)];
    if (wa >= 0 && wb >= 0 && wa !== wb) {
      words.splice(Math.max(wa, wb), 1);
      words.splice(Math.min(wa, wb), 1, word);
    }
    joined = true;
  }
  return joined ? { ...read, paths, words, ...(pieces ? { pieces } : {}) } : null;
}
