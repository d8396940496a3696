/**
 * Readings of a squeezed header that only split another reading's words. pdftotext breaks one cell's word into pieces
 * over the header lines; some of those pieces spell vocabulary words of their own (`财政拨款（补助）` and `收入` of
 * `财政拨款（补助）收入`, `本年收入` and `合计` of `本年收入合计`). A reading of more columns whose words, put
 * together, are the words of a reading of fewer columns (each of those made of the pieces of some of them) reads no
 * piece the fewer do not: it cuts words where their cells hold them whole. Such readings are no other reading of the
 * header. Pieces of equal text are interchangeable between words (`收入` ending many words). Nor is a reading that
 * names one column twice: the pieces of `本年收入合计` shared out with a neighbour's `收入` spell `本年收入` and
 * `收入合计`, two words of one meaning side by side, and no table prints one column twice. Pure.
 */
import type { CoverReading } from './header-cover.ts';
import { lookupWord, normHeaderWord } from '../tables/vocabulary.ts';

/** Each column's pieces as their texts, sorted. */
function pieceTexts(r: CoverReading): string[][] | null {
  return r.pieces ? r.pieces.map((ps) => ps.map((f) => f.part.text).sort()) : null;
}

/** `small` taken out of `big` (multisets of sorted texts), or null when `big` does not hold it. */
function without(big: readonly string[], small: readonly string[]): string[] | null {
  const left = [...big];
  for (const t of small) {
    const k = left.indexOf(t);
    if (k < 0) return null;
    left.splice(k, 1);
  }
  return left;
}

/** Whether the column words of `finer`, more than those of `coarser`, share out among its words, each of its words
 * made of the pieces of one or more of them. */
export function splitsWordsOf(finer: CoverReading, coarser: CoverReading): boolean {
  const fine = pieceTexts(finer);
  const coarse = pieceTexts(coarser);
  if (fine === null || coarse === null || fine.length <= coarse.length || fine.some((ps) => ps.length === 0)) return false;
  const walk = (i: number, left: readonly (readonly string[])[]): boolean => {
    if (i === fine.length) return left.every((l) => l.length === 0);
    return left.some((l, j) => {
      const rest = without(l, fine[i]!);
      return rest !== null && walk(i + 1, left.map((x, k) => (k === j ? rest : x)));
    });
  };
  return walk(0, coarse);
}

/** The readings left when every reading that only splits the words of another is set aside. */
export function withoutSplitWords(readings: readonly CoverReading[]): CoverReading[] {
  return readings.filter((r) => !readings.some((o) => o !== r && splitsWordsOf(r, o)));
}

/** Whether a reading names one column twice: two columns whose words mean the same under the same heads (`本年收入` |
 * `收入合计`, both the income total). */
export function namesOneColumnTwice(r: CoverReading): boolean {
  const named = r.paths.map((p) => p.map((w) => lookupWord(w)?.key ?? normHeaderWord(w)).join('/'));
  return new Set(named).size < named.length;
}

/** What a reading's columns mean, one key each: the total word under a word of the table's total or joined to it
 * (`本年支出` over `合计`, `本年支出合计`, `合计` alone) the total; a part under a word of the total (`本年支出` over
 * `基本支出`) the part alone; other heads kept (`年末结转和结余` over `基本支出`). */
export function columnMeanings(r: CoverReading): string[] {
  const isTotal = (key: string) => key === 'total' || key.endsWith('_total');
  return r.paths.map((p) => {
    const keys = p.map((w) => lookupWord(w)?.key ?? normHeaderWord(w));
    const last = keys[keys.length - 1]!;
    return [...keys.slice(0, -1).filter((k) => !isTotal(k)), isTotal(last) ? 'total' : last].join('/');
  });
}

/** Whether readings name the same columns in the same order (`columnMeanings`): then they are one reading of the
 * table's columns, however the header's words group over them. */
export function sameColumns(readings: readonly CoverReading[]): boolean {
  const first = columnMeanings(readings[0]!).join('|');
  return readings.every((r) => columnMeanings(r).join('|') === first);
}
