/**
 * The header word 行次 run together with the next column's word (`行次转和结`: pdftotext left no space between two
 * narrow cells): 行次 is a word of its own, no header word starts with it, so it is split off the rest (`行次` and
 * `转和结`), each where it stands. Pure.
 */
import { splitPieceAt, type Positioned } from './piece.ts';

const RUN_TOGETHER_RE = /^(行次)([\u3400-\u9fff].*)$/;

/** A header piece as it is, or 行次 and the word run together after it as two pieces. */
export function splitRowNumberWord(p: Positioned): Positioned[] {
  return splitPieceAt(p, RUN_TOGETHER_RE);
}
