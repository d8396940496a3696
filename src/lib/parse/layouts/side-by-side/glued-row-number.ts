/**
 * A half's 行次 pdftotext ran into the half's first figure (`十九、住房保障支出       511,781.53 1,781.53      0.00`:
 * 行次 51, then 1,781.53): the 行次 cell is narrow and the figure right-aligned beside it fills its cell to the edge. Read
 * by order, the glued word is one figure, and the half's 合计 takes 511,781.53. A word right after a label whose
 * leading digits are the number the lines around it leave for it — one more than a 行次 the line above prints right
 * after a label, one less than one the line below prints so — and whose rest is a money figure is that 行次 and that
 * figure: the line's raw text is rewritten with the two apart, the figure ending where it ended (the 行次 takes one of
 * the spaces before it). Any other word is left as printed. Pure.
 */
import type { SourceLine } from '../../../text/lines.ts';
import { gluedRowNumberSplits } from '../../read/figure-row-number.ts';
import { wordsOf, type Word } from './by-order.ts';

/** The numbers a line prints right after a label (a 行次 beside its half's label). */
function numbersAfterLabels(words: readonly Word[]): number[] {
  return words.flatMap((w, i) => (w.kind === 'rowNumber' && i > 0 && words[i - 1]!.kind === 'text' ? [Number(w.text)] : []));
}

/**
 * The raw text of each spaced line whose half's 行次 runs into its first figure, the two written apart (lines are the
 * table's rows in order; a line whose neighbours do not number it so is left out).
 */
export function ungluedRowNumbers(lines: readonly SourceLine[]): Map<SourceLine, string> {
  const words = lines.map((l) => (l.form === 'spaced' ? wordsOf(l.raw) : []));
  const numbers = words.map(numbersAfterLabels);
  const near = (i: number, step: -1 | 1): number[] => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (numbers[j]!.length > 0) return numbers[j]!;
    return [];
  };
  const out = new Map<SourceLine, string>();
  lines.forEach((l, i) => {
    const ws = words[i]!;
    const above = near(i, -1);
    const below = near(i, 1);
    for (let k = 1; k < ws.length; k++) {
      const w = ws[k]!;
      if (w.kind !== 'figure' || ws[k - 1]!.kind !== 'text' || l.raw.slice(w.start - 2, w.start) !== '  ') continue;
      const fits = [...gluedRowNumberSplits(w.text)].filter(([n]) => above.includes(n - 1) && below.includes(n + 1));
      if (fits.length !== 1) continue;
      const [n, at] = fits[0]!;
      const raw = out.get(l) ?? l.raw;
      out.set(l, `${raw.slice(0, w.start - 1)}${n} ${w.text.slice(at)}${raw.slice(w.start + w.text.length)}`);
    }
  });
  return out;
}
