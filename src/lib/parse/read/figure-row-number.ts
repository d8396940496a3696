/**
 * A 行次 pdftotext glued to the start of the row's first figure (`20808 抚恤      27370.0     159.0 …`: 行次 27, then
 * 370.0): a narrow 行次 cell right before the first figure column, the two run together where a page is squeezed. Under
 * a header printing 行次, in a run whose other rows print their 行次 apart right after their labels, a first figure
 * whose leading digits are the number the rows around it leave for it (one more than the 行次 above, less than the one
 * below; a page's first rows, no 行次 above them, one less than the one below) and whose rest is a money figure is that
 * 行次 and that figure, two pieces (`gluedFigureRowNumbers`). Only when the numbers so read with those printed apart
 * number the rows (three at least, mostly by one); any other first figure is left as it is. Pure.
 */
import { hasHan, type Positioned } from './piece.ts';
import { headerPrintsRowNumber, isRowNumberText, isRowNumbering } from './row-numbers.ts';
import { isColumnNumbersLine, isMoneyFigure } from './spaced-lines.ts';

/** A line whose pieces are rewritten: its index and its pieces with the 行次 split off its first figure. */
export interface FigureRowNumber {
  line: number;
  parts: Positioned[];
}

/** Where a line's 行次 or first figure stands: the piece right after its words (a code before them is no 行次), or -1
 * when the line prints no words, or no number right after them, or is the 栏次 row. */
function afterLabel(parts: Positioned[]): number {
  if (isColumnNumbersLine(parts)) return -1;
  let at = parts.length;
  while (at > 0 && !hasHan(parts[at - 1]!.text)) at--;
  const p = parts[at];
  return at > 0 && p !== undefined && (isRowNumberText(p.text) || isMoneyFigure(p.text)) ? at : -1;
}

/** The ways a figure may be a 行次 run into a money figure (`27370.0`: 27 and 370.0; `511,781.53`: 51 and 1,781.53):
 * the number → how many characters it takes (one to three; the rest a money figure starting with a digit, no leading
 * zero). */
export function gluedRowNumberSplits(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 1; i <= 3 && i < text.length; i++) {
    const head = text.slice(0, i);
    const rest = text.slice(i);
    if (isRowNumberText(head) && isMoneyFigure(rest) && /^\d/.test(rest) && !/^0\d/.test(rest)) out.set(Number(head), i);
  }
  return out;
}

/** The ways a figure may be a 行次 glued to a money figure: number → the two pieces. */
function gluedSplits(p: Positioned): Map<number, [Positioned, Positioned]> {
  return new Map(
    [...gluedRowNumberSplits(p.text)].map(([n, i]) => [
      n,
      [
        { text: p.text.slice(0, i), start: p.start, end: p.start + i },
        { text: p.text.slice(i), start: p.start + i, end: p.end },
      ],
    ]),
  );
}

/**
 * The run's lines whose first figure starts with their 行次 (`run`: the table's line indices, `header`: the header
 * band's pieces, `dp`: a line's pieces), each with its pieces the 行次 split off.
 */
export function gluedFigureRowNumbers(run: readonly number[], header: readonly Positioned[][], dp: (k: number) => Positioned[]): FigureRowNumber[] {
  if (!headerPrintsRowNumber(header)) return [];
  // each line's 行次 printed apart, or the splits of its first figure, or nothing
  const apart: (number | undefined)[] = [];
  const splits: (Map<number, [Positioned, Positioned]> | undefined)[] = [];
  for (const k of run) {
    const parts = dp(k);
    const at = afterLabel(parts);
    const p = at < 0 ? undefined : parts[at]!;
    apart.push(p !== undefined && isRowNumberText(p.text) ? Number(p.text) : undefined);
    splits.push(p !== undefined && !isRowNumberText(p.text) && at + 1 < parts.length ? gluedSplits(p) : undefined);
  }
  const chosen = new Map<number, number>();
  const numberOf = (r: number) => apart[r] ?? chosen.get(r);
  const below = (r: number) => apart.slice(r + 1).find((v) => v !== undefined);
  for (let r = 0; r < run.length; r++) {
    const above = run.slice(0, r).map((_, j) => numberOf(j)).filter((v) => v !== undefined).pop();
    const n = above === undefined ? undefined : above + 1;
    const next = below(r);
    if (n !== undefined && splits[r]?.has(n) && (next === undefined || n < next)) chosen.set(r, n);
  }
  // (a page's first rows, no 行次 above them: each one less than the one below)
  for (let r = run.length - 1; r >= 0; r--) {
    if (run.slice(0, r).some((_, j) => numberOf(j) !== undefined)) continue;
    const next = run.slice(r + 1).map((_, j) => numberOf(r + 1 + j)).find((v) => v !== undefined);
    if (next !== undefined && splits[r]?.has(next - 1)) chosen.set(r, next - 1);
  }
  if (chosen.size === 0) return [];
  const numbers = run.map((_, r) => numberOf(r)).filter((v) => v !== undefined).map(String);
  if (!isRowNumbering(numbers, { least: 3, mostlyByOne: true }) || numbers.length - chosen.size < 3) return [];
  return [...chosen].map(([r, n]) => {
    const k = run[r]!;
    const parts = dp(k);
    const at = afterLabel(parts);
    return { line: k, parts: [...parts.slice(0, at), ...splits[r]!.get(n)!, ...parts.slice(at + 1)] };
  });
}
