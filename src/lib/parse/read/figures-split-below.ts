/**
 * A row pdftotext wrote over two lines, its label and its first figures on one (`410001 平顶山市交通运输局本级   74.36`)
 * and its other figures alone on the line right under it (`74.36 74.29 0.07 0.00 0.00`), drawn where they overlap the
 * first ones (the label line's `74.36` at characters 21–26, the line below's first at 24–29): pdftotext lays out each
 * line on its own, and the figures printing a little lower than the label start a line of their own. Read as one line
 * before the table's columns are found (the figures' own line keeps them, the label line is joined into it, its
 * figures keeping their source line once placed): the label line's pieces where they stand, the figures below right of
 * them, every such row moved by one shift (the most any of them needs to clear its label line's last figure by a
 * space). Only where every line of the run printing a
 * label and a figure is drawn so, two such rows at least, each printing as many figures over its two lines as the
 * others (the table's columns); a label line ending in a 行次 is `figures-under-number.ts`'s.
 */
import type { SourceLine } from '../../text/lines.ts';
import { hasHan, type Positioned } from './piece.ts';
import { headerPrintsRowNumber } from './row-numbers.ts';
import { figuresFrom, isMoneyFigure } from './spaced-lines.ts';

/** A label line's row: the label line, the figures' line under it, and the figures' line's pieces read as one line. */
export interface FiguresSplitBelow {
  label: number;
  figures: number;
  parts: Positioned[];
  /** The label line's number in the text and its figures, where they stand. */
  labelLine: number;
  first: Positioned[];
}

/** The label line's figures (its money figures after its last word), when it prints a label before them. */
function labelFigures(parts: readonly Positioned[]): Positioned[] | null {
  const at = figuresFrom(parts);
  const label = parts.slice(0, at);
  return at >= 0 && label.some((p) => hasHan(p.text)) && label.every((p) => !isMoneyFigure(p.text)) ? parts.slice(at) : null;
}

/**
 * The run's rows whose label and first figures stand on one line and whose other figures stand alone on the next,
 * overlapping them (`run`: the table's line indices, `lineNo`: a line's number in the text, `header`: the header
 * band's pieces, `dp`: a line's pieces).
 */
export function figuresSplitBelow(run: readonly number[], lineNo: (k: number) => number, header: readonly Positioned[][], dp: (k: number) => Positioned[]): FiguresSplitBelow[] {
  if (headerPrintsRowNumber(header)) return [];
  const pairs: { label: number; figures: number; first: Positioned[]; below: Positioned[] }[] = [];
  for (let i = 0; i < run.length; i++) {
    const k = run[i]!;
    const first = labelFigures(dp(k));
    if (first === null) continue;
    const next = run[i + 1];
    const below = next === undefined ? [] : dp(next);
    const split =
      next !== undefined &&
      lineNo(next) === lineNo(k) + 1 &&
      below.length >= 2 &&
      below.every((p) => isMoneyFigure(p.text)) &&
      first[first.length - 1]!.end >= below[0]!.start;
    // (a label line printing figures that is no such row: the table is not drawn so)
    if (!split) return [];
    pairs.push({ label: k, figures: next!, first, below });
    i++;
  }
  if (pairs.length < 2 || new Set(pairs.map((p) => p.first.length + p.below.length)).size !== 1) return [];
  const shift = Math.max(...pairs.map((p) => p.first[p.first.length - 1]!.end + 2 - p.below[0]!.start));
  return pairs.map((p) => ({
    label: p.label,
    figures: p.figures,
    parts: [...dp(p.label), ...p.below.map((q) => ({ ...q, start: q.start + shift, end: q.end + shift }))],
    labelLine: lineNo(p.label),
    first: p.first,
  }));
}

/** The joined line once its cells are placed, each cell holding one of the label line's figures read from that line
 * (`cellLines`). */
export function withFirstFiguresLine(l: SourceLine, split: FiguresSplitBelow): SourceLine {
  if (!l.spans) return l;
  const from = (s: { start: number; end: number } | undefined) => s !== undefined && split.first.some((f) => f.start === s.start && f.end === s.end);
  if (!l.spans.some(from)) return l;
  return { ...l, cellLines: l.cells.map((_, j) => (from(l.spans![j]) ? split.labelLine : (l.cellLines?.[j] ?? l.n))) };
}
