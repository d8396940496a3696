/**
 * Rows pdftotext drew left of the others on their page: under a header printing 行次, most lines print their 行次 right
 * before their figures, each number ending at one column; a line whose 行次 starts left of where any of them starts and
 * ends `d` characters left of where they end, whose figures, moved `d` right, each start or end where a figure of
 * those lines does (and more of them so than where they stand), was pulled left as a whole (a shorter label before it,
 * `221 02 01 住房公积金` beside `201 01   01   行政运行`): its 行次 and figures are read `d` right, its label where it
 * stands (`rowsDrawnLeft`). Only when the numbers before the figures number the rows (three at least, mostly by one).
 */
import type { Positioned } from './piece.ts';
import { headerPrintsRowNumber, isRowNumberText, isRowNumbering } from './row-numbers.ts';
import { isMoneyFigure } from './spaced-lines.ts';

/** A line read again: its index in the run's lines and its pieces, the 行次 and figures moved right. */
export interface RowDrawnLeft {
  line: number;
  parts: Positioned[];
}

/** Where a line's figures start (the index of its first money figure after a 行次 and a label), or -1. */
function figuresAfterNumber(parts: readonly Positioned[]): number {
  const at = parts.findIndex((p) => isMoneyFigure(p.text));
  return at > 1 && isRowNumberText(parts[at - 1]!.text) && parts.slice(at).every((p) => isMoneyFigure(p.text)) ? at : -1;
}

/**
 * The run's lines drawn left of the others (`run`: the table's line indices on one page, `header`: the header band's
 * pieces, `dp`: a line's pieces), each with its pieces read where the others' stand.
 */
export function rowsDrawnLeft(run: readonly number[], header: readonly Positioned[][], dp: (k: number) => Positioned[]): RowDrawnLeft[] {
  if (!headerPrintsRowNumber(header)) return [];
  const numbered = run.flatMap((k) => {
    const at = figuresAfterNumber(dp(k));
    return at < 0 ? [] : [{ k, at, number: dp(k)[at - 1]! }];
  });
  if (!isRowNumbering(numbered.map((r) => r.number.text), { least: 3, mostlyByOne: true })) return [];
  // (the column where most 行次 end: the lines standing where the table's cells are)
  const numberEnds = new Map<number, number>();
  for (const r of numbered) numberEnds.set(r.number.end, (numberEnds.get(r.number.end) ?? 0) + 1);
  const [end, count] = [...numberEnds.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  if (count * 2 <= numbered.length) return [];
  const placed = numbered.filter((r) => r.number.end === end);
  const firstStart = Math.min(...placed.map((r) => r.number.start));
  const starts = new Set(placed.flatMap((r) => dp(r.k).slice(r.at).map((p) => p.start)));
  const ends = new Set(placed.flatMap((r) => dp(r.k).slice(r.at).map((p) => p.end)));
  const standing = (figures: readonly Positioned[], d: number) => figures.filter((p) => starts.has(p.start + d) || ends.has(p.end + d)).length;
  const out: RowDrawnLeft[] = [];
  for (const r of numbered) {
    const d = end - r.number.end;
    if (d <= 0 || r.number.start >= firstStart) continue;
    const parts = dp(r.k);
    const figures = parts.slice(r.at);
    if (standing(figures, d) !== figures.length || standing(figures, 0) >= figures.length) continue;
    out.push({ line: r.k, parts: parts.map((p, i) => (i < r.at - 1 ? p : { ...p, start: p.start + d, end: p.end + d })) });
  }
  return out;
}
