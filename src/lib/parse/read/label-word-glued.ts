/**
 * Label words run together with the next column's word in one piece, split where the label word ends, each part where
 * it stands (`splitGluedLabelWords`, on the header band's pieces):
 * - the header word 行次 run together with any next word (`行次转和结`: pdftotext left no space between two narrow
 *   cells): no header word starts with 行次, so it is split off whatever follows (`splitRowNumberWord`);
 * - a label column's word run together with the next column's value word (`科目名称小计`: pdftotext left no
 * space between the 科目名称 cell and a narrow `小计` cell beside it). Read whole, the piece is no word: the value word
 * is lost and the group over it reads as a column of its own. Split where the label word ends, each part where it
 * stands: only a piece that is no vocabulary word and begins none, its start the longest label word (a code, a name,
 * a 行次, a unit code) and its rest a value word's beginning (`splitGluedLabelWord`). Pure.
 */
import { splitPieceAt, type Positioned } from './piece.ts';
import { isLabelWord } from './header-cover.ts';
import { beginsValueWord } from './header-words.ts';
import { startsHeaderWord } from './header-stacks.ts';

const RUN_TOGETHER_RE = /^(行次)([\u3400-\u9fff].*)$/;

/** A header piece as it is, or 行次 and the word run together after it as two pieces. */
export function splitRowNumberWord(p: Positioned): Positioned[] {
  return splitPieceAt(p, RUN_TOGETHER_RE);
}

/** A header piece as it is, or its label words split off it: 行次 first, then a label word before a value word. */
export function splitGluedLabelWords(p: Positioned): Positioned[] {
  return splitRowNumberWord(p).flatMap(splitGluedLabelWord);
}

/** A header piece as it is, or the label word and the value word run together after it as two pieces. */
function splitGluedLabelWord(p: Positioned): Positioned[] {
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
