/**
 * A half's 行次 pdftotext ran into the half's first figure (`十九、住房保障支出       511,781.53 1,781.53      0.00`:
 * 行次 51, then 1,781.53): the 行次 cell is narrow and the figure right-aligned beside it fills its cell to the edge. Read
 * by order, the glued word is one figure, and the half's 合计 takes 511,781.53. A word right after a label whose
 * leading digits are the number the lines around it leave for it — one more than a 行次 the line above prints right
 * after a label, one less than one the line below prints so — and whose rest is a money figure is that 行次 and that
 * figure: the line's raw text is rewritten with the two apart, the figure ending where it ended (the 行次 takes one of
 * the spaces before it). A label whose 行次 pdftotext glued to its end (`年末结转和结余60`) is written apart the same way,
 * when the nearest lines above and below printing 行次 numbers print one less and one more. Any other word is left as
 * printed. Pure.
 */
import type { SourceLine } from '../../../text/lines.ts';
import { gluedRowNumberSplits } from '../../read/figure-row-number.ts';
import { gluedRowNumber } from '../../read/glued-row-number.ts';
import { wordsOf, type Word } from './by-order.ts';

/** The numbers a line prints right after a label (a 行次 beside its half's label). */
function numbersAfterLabels(words: readonly Word[]): number[] {
  return words.flatMap((w, i) => (w.kind === 'rowNumber' && i > 0 && words[i - 1]!.kind === 'text' ? [Number(w.text)] : []));
}

/** The 行次 numbers a line prints anywhere (a half printed with only its 行次 too), none on a 栏次 row (its numbers
 * number columns). */
function rowNumbersOn(words: readonly Word[]): number[] {
  if (words.some((w) => /^栏\s*次$/.test(w.text))) return [];
  return words.flatMap((w) => (w.kind === 'rowNumber' ? [Number(w.text)] : []));
}

/**
 * A half's label with its 行次 glued to its end (`年末结转和结余60                17.79`: 行次 60, the label
 * 年末结转和结余) written apart, when the lines around number the rows so: the nearest line above printing 行次 numbers
 * prints one less, the nearest below one more (`rowNumbersOn`), and two spaces at least follow the word (the 行次 takes
 * one of them: every word after keeps its place). Returns the line's raw text rewritten, or null.
 */
function ungluedLabels(l: SourceLine, ws: readonly Word[], above: readonly number[], below: readonly number[]): string | null {
  let raw: string | null = null;
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k]!;
    const glued = w.kind === 'text' ? gluedRowNumber(w.text) : null;
    if (glued === null) continue;
    const n = Number(glued);
    const end = w.start + w.text.length;
    const after = l.raw.slice(end, end + 2);
    if (!above.includes(n - 1) || !below.includes(n + 1) || (after !== '  ' && k < ws.length - 1)) continue;
    const text: string = raw ?? l.raw;
    const cut = end - glued.length;
    raw = `${text.slice(0, cut)} ${glued}${text.slice(end + (k < ws.length - 1 ? 1 : 0))}`;
  }
  return raw;
}

/**
 * The raw text of each spaced line whose half's 行次 runs into its first figure, or is glued to the end of its label,
 * the two written apart (lines are the table's rows in order; a line whose neighbours do not number it so is left out).
 */
export function ungluedRowNumbers(lines: readonly SourceLine[]): Map<SourceLine, string> {
  const words = lines.map((l) => (l.form === 'spaced' ? wordsOf(l.raw) : []));
  const numbers = words.map(numbersAfterLabels);
  const near = (i: number, step: -1 | 1): number[] => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (numbers[j]!.length > 0) return numbers[j]!;
    return [];
  };
  const out = new Map<SourceLine, string>();
  // (a label with its 行次 glued to it: by the 行次 numbers the lines around print anywhere)
  const printed = words.map(rowNumbersOn);
  const nearPrinted = (i: number, step: -1 | 1): number[] => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (printed[j]!.length > 0) return printed[j]!;
    return [];
  };
  lines.forEach((l, i) => {
    const apart = l.form === 'spaced' ? ungluedLabels(l, words[i]!, nearPrinted(i, -1), nearPrinted(i, 1)) : null;
    if (apart !== null) out.set(l, apart);
  });
  lines.forEach((l, i) => {
    const ws = out.has(l) ? wordsOf(out.get(l)!) : words[i]!;
    const above = near(i, -1);
    const below = near(i, 1);
    for (let k = 1; k < ws.length; k++) {
      const w = ws[k]!;
      if (w.kind !== 'figure' || ws[k - 1]!.kind !== 'text' || (out.get(l) ?? l.raw).slice(w.start - 2, w.start) !== '  ') continue;
      const fits = [...gluedRowNumberSplits(w.text)].filter(([n]) => above.includes(n - 1) && below.includes(n + 1));
      if (fits.length !== 1) continue;
      const [n, at] = fits[0]!;
      const raw = out.get(l) ?? l.raw;
      out.set(l, `${raw.slice(0, w.start - 1)}${n} ${w.text.slice(at)}${raw.slice(w.start + w.text.length)}`);
    }
  });
  return out;
}
