/**
 * A squeezed table that no row fills: more figure columns than any row prints, every row leaving some blank, its figures
 * one space apart where their cells touch, so that neither the columns by position (pdftotext squeezes each line on
 * its own) nor full rows (`figure-order.ts`) place them. Its header, read to pieces by position, is read as one exact
 * cover of vocabulary words (`header-cover.ts`), of more columns than any row prints figures, the only reading of any
 * such count (a reading that only cuts the words of one of fewer columns set aside, `split-words.ts`). Each row's
 * figures are then placed by meaning: in order, figures one space apart in neighbouring columns, figures a figure's
 * width apart or more with a column between, and the header's totals holding (a blank cell counted as nothing); where
 * its page's runs start (`run-starts.ts`) when that is such a placement, else a figure every such placement puts in
 * one column is read there, any other is left unread and the row reported. The reading is taken only when every row
 * has such a placement, and every column a figure other
 * than zero may stand in is one that some row's figures are placed in for certain.
 */
import { isLabelWord, coverReadings, headedByKnownWords, labelColumnCount, wordsOver, type CoverReading } from './header-cover.ts';
import { lineFragments } from './piece.ts';
import { placements } from './figure-order.ts';
import { totalsHoldUnder } from './row-totals.ts';
import type { Placed } from './placed.ts';
import { trailingFigures, type Column, type ColumnModel } from './columns.ts';
import { placeParts, type Positioned, type PositionedLine } from './positioned.ts';
import { lookupWord } from '../tables/vocabulary.ts';
import { withoutSplitWords } from './split-words.ts';

/** How many more columns than the widest row prints a cover may read. */
const MORE = 4;
/** Spaces between two figures at most for their cells to touch. */
const TOUCHING = 1;

/** Every placement of a row's figures into the columns headed `paths` that keeps them (see the module comment). */
function keptPlacements(figures: readonly Positioned[], paths: readonly string[][]): number[][] {
  const W = paths.length;
  const k = figures.length;
  if (k === 0) return [[]];
  if (k > W) return [];
  const width = Math.min(...figures.map((f) => f.end - f.start));
  const gap = (i: number) => figures[i]!.start - figures[i - 1]!.end;
  const fits = (pick: readonly number[]) =>
    pick.every((c, i) => i === 0 || (gap(i) <= TOUCHING ? c === pick[i - 1]! + 1 : gap(i) < width || c > pick[i - 1]! + 1));
  return placements(W, k).filter((p) => fits(p) && totalsHoldUnder(paths, figures, p));
}

/** The column each of a row's figures takes in every placement that keeps them (see the module comment), -1 for a
 * figure placements disagree on; null when no placement keeps them. */
export function squeezedPlacement(figures: readonly Positioned[], paths: readonly string[][]): number[] | null {
  const kept = keptPlacements(figures, paths);
  if (kept.length === 0) return null;
  return figures.map((_, i) => (kept.every((p) => p[i] === kept[0]![i]) ? kept[0]![i]! : -1));
}

/** The columns of such a table (see the module comment), marked `squeezed`, or null when it is not of this shape. */
export function coverOnSqueezedRows(header: readonly PositionedLine[], data: readonly PositionedLine[], model: ColumnModel): ColumnModel | null {
  if (header.length === 0 || data.length < 3) return null;
  const labels = labelColumnCount(model);
  if (labels === 0 || labels === model.columns.length) return null;
  // (no figures among the labels: halves side by side, 收入 | 支出, are not of this shape)
  if (model.columns.slice(0, labels).some((c) => c.kind === 'amount')) return null;
  const values = model.columns.map((_, j) => j).slice(labels);
  // (only a header the reading by position could not read, under label columns of known label words, no 行次)
  if (headedByKnownWords(model, values)) return null;
  const labelWords = model.columns.slice(0, labels).map((_, j) => wordsOver(model, j));
  // (no 行次 or 栏次 anywhere in the header: a row's number would read as one of its figures)
  if ([...labelWords.flat(), ...header.flatMap((l) => l.parts.map((p) => p.text))].some((w) => lookupWord(w)?.role === 'row_number' || /[行栏]次/.test(w))) return null;
  const rows = data.map((l) => trailingFigures(l.parts));
  const most = Math.max(...rows.map((f) => f.length));
  if (most < 2) return null;
  // (squeezed: a row with two figures one space apart)
  if (!rows.some((f) => f.some((p, i) => i > 0 && p.start - f[i - 1]!.end <= TOUCHING))) return null;
  const lastEnd = model.columns[labels - 1]!.end;
  // (the value words' pieces: right of where the header's label words end, the label columns found from long names
  // reaching under value words)
  const labelEnds = header.flatMap((l) => l.parts.filter((p) => isLabelWord(p.text)).map((p) => p.end));
  const cut = labelEnds.length > 0 ? Math.max(...labelEnds) : lastEnd;
  const pieces = lineFragments(header, (p) => p.start >= cut && !isLabelWord(p.text));
  const readings: CoverReading[] = [];
  for (let W = most + 1; W <= most + MORE; W++) readings.push(...coverReadings(pieces, W));
  // (a reading of more columns that only cuts the words of one of fewer is no other reading)
  readings.splice(0, readings.length, ...withoutSplitWords(readings));
  if (readings.length !== 1) return null;
  const read = readings[0]!;
  // (every row placed so; and every column a figure other than zero may stand in is one some row's figures are placed
  // in for certain: money that might stand in columns no row confirms is left to another reading)
  const kept = rows.map((f) => keptPlacements(f, read.paths));
  if (kept.some((ps) => ps.length === 0)) return null;
  const certain = new Set(rows.flatMap((f, r) => f.flatMap((_, i) => (kept[r]!.every((p) => p[i] === kept[r]![0]![i]) ? [kept[r]![0]![i]!] : []))));
  const zero = (p: Positioned) => /^[0.,]+$/.test(p.text);
  if (kept.some((ps, r) => ps.some((p) => p.some((c, i) => !zero(rows[r]![i]!) && !certain.has(c))))) return null;
  // the value columns stand where no figure is placed by them: nominal spans right of the labels, one per word
  const end = Math.max(...rows.flat().map((p) => p.end), lastEnd + read.paths.length);
  const step = (end - lastEnd) / read.paths.length;
  const amounts: Column[] = read.paths.map((_, j) => ({ start: Math.round(lastEnd + j * step) + 1, end: Math.round(lastEnd + (j + 1) * step), kind: 'amount' }));
  const all = [...labelWords.map((ws) => ws.filter(isLabelWord)), ...read.paths];
  const depth = Math.max(...all.map((l) => l.length));
  return {
    columns: [...model.columns.slice(0, labels), ...amounts],
    header: Array.from({ length: depth }, (_, r) => all.map((l) => l[r] ?? '')),
    figures: read.paths.length,
    cover: read.words,
    squeezed: true,
  };
}

/** A row of such a table: its words placed in the label columns by position, its figures by the columns where its
 * page's runs start (`placeByRunStarts` of `run-starts.ts`, `byRuns`) when that is a placement keeping them, else by
 * `squeezedPlacement`. */
export function placeSqueezedRow(parts: Positioned[], model: ColumnModel, byRuns: readonly number[] | null = null): Placed {
  const labels = labelColumnCount(model);
  const figures = trailingFigures(parts);
  const words = parts.slice(0, parts.length - figures.length);
  const labelModel: ColumnModel = { columns: model.columns.slice(0, labels), header: model.header.map((r) => r.slice(0, labels)) };
  const byLabels = words.length > 0 ? placeParts(words, labelModel) : { cells: labelModel.columns.map(() => ''), spans: labelModel.columns.map((c) => ({ start: c.start, end: c.end })), crowded: false };
  const paths = model.columns.slice(labels).map((_, j) => model.header.map((r) => r[labels + j] ?? '').filter((x) => x !== ''));
  const kept = byRuns !== null && keptPlacements(figures, paths).some((p) => p.join() === byRuns.join());
  const at = kept ? [...byRuns!] : (squeezedPlacement(figures, paths) ?? figures.map(() => -1));
  const cells = [...byLabels.cells, ...paths.map(() => '')];
  const spans = [...byLabels.spans, ...model.columns.slice(labels).map((c) => ({ start: c.start, end: c.end }))];
  at.forEach((c, i) => {
    if (c < 0) return;
    cells[labels + c] = figures[i]!.text;
    spans[labels + c] = { start: figures[i]!.start, end: figures[i]!.end };
  });
  return { cells, spans, crowded: byLabels.crowded, ambiguous: at.some((c) => c < 0) };
}
