/**
 * A label column's word run together with the next column's value word in one piece (`科目名称小计`: pdftotext left no
 * space between the 科目名称 cell and a narrow `小计` cell beside it). Read whole, the piece is no word: the value word
 * is lost and the group over it reads as a column of its own. Split where the label word ends, each part where it
 * stands: only a piece that is no vocabulary word and begins none, its start the longest label word (a code, a name,
 * a 行次, a unit code) and its rest a value word's beginning. Pure.
 */
import type { Positioned } from './piece.ts';
import { isLabelWord } from './header-cover.ts';
import { beginsValueWord } from './header-words.ts';
import { startsHeaderWord } from './header-stacks.ts';

/** A header piece as it is, or the label word and the value word run together after it as two pieces. */
export function splitGluedLabelWord(p: Positioned): Positioned[] {
  const t = p.text;
  if (startsHeaderWord(t)) return [p];
  for (let k = t.length - 1; k >= 2; k--) {
    const [label, rest] = [t.slice(0, k), t.slice(k)];
    if (!isLabelWord(label) || !beginsValueWord(rest)) continue;
    return [
      { text: label, start: p.start, end: p.start + k },
      { text: rest, start: p.start + k, end: p.end },
    ];
  }
  return [p];
}
