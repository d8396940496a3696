/**
 * A 小计 written beside a whole value word's end, on the line where the word ends: two cells, never one word (`本年收`
 * over `入 小计` is 本年收入 | 小计, never 本年收入小计). A 小计 heads a group's parts; it never ends a word wrapped onto the
 * line of its own end. Shared by the readings of a broken header: `header-words.ts` (`readWords`) and `header-cover.ts`
 * (the cover's `twoWords`).
 */
import { lookupWord, normHeaderWord } from '../tables/vocabulary.ts';

/** Whether `rest`, written on the line where `word` (a value word read so far) ends, is a 小计 beside it: a cell of its own. */
export function subtotalBeside(word: string, rest: string, sameLine: boolean): boolean {
  return sameLine && normHeaderWord(rest) === '小计' && lookupWord(word)?.role === 'value';
}
