/**
 * A row pdftotext wrote over two lines, its label and its 行次 on one (`201   一般公共服务支出     1`, no figure) and its
 * figures alone on the line right under it (`68.80 51.92 16.88`): the table's rows of one line print the 行次 right
 * before their figures, so the label line's number is the row's 行次, never a figure, and the figures below are the
 * row's. Read as one line before the table's columns are found (the figures' own line keeps them, the label line is
 * joined into it): the label's pieces where they stand, the figures right of the 行次 (moved right by as much as they
 * reach over it: pdftotext laid the figures' line out on its own). Only under a header printing 行次; a line of fewer
 * figures than the table's fullest line (blank cells: its first figure tells nothing of how far it must move) moves as
 * far as two full such lines or more move at most, when that clears its own 行次 (pdftotext laid those lines out
 * alike, apart from the label lines: `842.0 842.0` under `201 11 01 行政运行  3`); a label of a code or words before
 * the number and nothing else, and only when the label lines' numbers
 * together with the numbers the other rows print before their figures number the rows (three at least, mostly by
 * one: `1 … 17` on label lines, `18 … 27` before figures).
 */
import { hasHan, type Positioned } from './piece.ts';
import { headerPrintsRowNumber, isRowNumberText, isRowNumbering } from './row-numbers.ts';
import { SPACED_CODE_RE, isMoneyFigure } from './spaced-lines.ts';
import { CODE_RE } from './line-pieces.ts';

/** A label line's row: the label line, the figures' line under it, and the figures' line's pieces read as one line. */
export interface FiguresUnderNumber {
  label: number;
  figures: number;
  parts: Positioned[];
}

const isCode = (t: string) => CODE_RE.test(t) || SPACED_CODE_RE.test(t);

/** The label line's pieces when `parts` are a label (a code or words, then words) ending in a row number alone. */
function labelWithNumber(parts: readonly Positioned[]): boolean {
  if (parts.length < 2 || !isRowNumberText(parts[parts.length - 1]!.text)) return false;
  const label = parts.slice(0, -1);
  return label.some((p) => hasHan(p.text)) && label.every((p) => isCode(p.text) || !/\d/.test(p.text));
}

/** The 行次 a line of figures prints right before them (`出 18 14.80 7.07 7.74`: 18), if any. */
function numberBeforeFigures(parts: readonly Positioned[]): string | undefined {
  const at = parts.findIndex((p) => isMoneyFigure(p.text));
  return at > 0 && isRowNumberText(parts[at - 1]!.text) ? parts[at - 1]!.text : undefined;
}

/**
 * The run's rows whose label and 行次 stand on one line and whose figures stand alone on the next (`run`: the table's
 * line indices, `lineNo`: a line's number in the text, `header`: the header band's pieces, `dp`: a line's pieces).
 */
export function figuresUnderNumbers(run: readonly number[], lineNo: (k: number) => number, header: readonly Positioned[][], dp: (k: number) => Positioned[]): FiguresUnderNumber[] {
  if (!headerPrintsRowNumber(header)) return [];
  const figureCount = (k: number) => dp(k).filter((p) => isMoneyFigure(p.text)).length;
  const most = Math.max(0, ...run.map(figureCount));
  if (most < 2) return [];
  // (a label line over a line of figures only, right under it)
  const under = (i: number) => {
    const k = run[i]!;
    const next = run[i + 1];
    const below = next === undefined ? [] : dp(next);
    return next !== undefined && lineNo(next) === lineNo(k) + 1 && labelWithNumber(dp(k)) && below.length > 0 && below.every((p) => isMoneyFigure(p.text)) ? below : null;
  };
  // (how far a full line below its label moves: as much as it reaches over the label's 行次)
  const reach = (k: number, below: readonly Positioned[]) => Math.max(0, dp(k).at(-1)!.end + 1 - below[0]!.start);
  const fullShifts = run.flatMap((k, i) => {
    const below = under(i);
    return below !== null && below.length === most ? [reach(k, below)] : [];
  });
  // (a line with blank cells moves as far as the full ones move at most, two at least, when that clears its own 行次:
  // pdftotext laid the figures' lines out alike, apart from the label lines)
  const common = fullShifts.length >= 2 ? Math.max(...fullShifts) : null;
  const found: FiguresUnderNumber[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < run.length; i++) {
    const k = run[i]!;
    const parts = dp(k);
    const below = under(i);
    const number = parts[parts.length - 1]!;
    const shift = below === null ? null : below.length === most ? reach(k, below) : common !== null && below[0]!.start + common > number.end ? common : null;
    if (below !== null && shift !== null) {
      found.push({ label: k, figures: run[i + 1]!, parts: [...parts, ...below.map((p) => ({ ...p, start: p.start + shift, end: p.end + shift }))] });
      numbers.push(number.text);
      i++;
      continue;
    }
    const before = numberBeforeFigures(parts);
    if (before !== undefined) numbers.push(before);
  }
  return found.length > 0 && isRowNumbering(numbers, { least: 3, mostlyByOne: true }) ? found : [];
}
