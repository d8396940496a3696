/**
 * A table row pdftotext split over two lines: its label and first figures on one line, the rest of its figures alone
 * on the next (`一般公共服务支出     257.45` / `219.55 195.40 24.15 37.91`). Read apart, the first line lost its blank
 * cells' figures and the second was a row without a label. Joined into one row when the evidence is clear, each cell
 * keeping its own source line (`cellLines`):
 * - by position: the next line's figures stand, each in a column of its own, in columns the first line left blank,
 *   right of its last figure;
 * - by order: the first line fills the first of the columns the whole rows fill (the rows with the most figures, all
 *   filling the same columns; on a page whose rows leave a column blank, every figure column), the next line's
 *   figures exactly the rest, and a total of the header confirms the figures so read; the first line's figures placed off those first columns (one column right of where they belong)
 *   are read in order into them when the next line's figures fill exactly the rest;
 * - by the totals: the one placement in order of the next line's figures into the blank columns after the first
 *   line's, figures one space apart in neighbouring columns, under which every total holds and a total checks each of
 *   them (a figure drawn a line below and left of its column, under one the row above fills).
 * The first line may print no label at all when it is the table's first line of figures: a total printed without its
 * label, split like the rows under it (`23,008.0` over `16,726.9 14,719.7 2,007.2 6,281.1`); joined only when
 * confirmed, else left as it was, unreported here (the layout reads or reports it).
 * Either way every figure column is headed by words and the totals the header names hold for the joined row. A line of
 * figures alone so shaped but not so confirmed (an unlabelled 总计 under a row with blank cells) is reported
 * (`spaced_row_split`), never joined by guess. Pure but for `lines`, which is rewritten in place.
 */
import type { Problem } from '../../model/document.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import type { ColumnModel, Positioned } from './columns.ts';
import { isAmountText } from './columns.ts';
import { sumsHold } from './header-cover.ts';
import { headedByRowNumberWord } from './row-numbers.ts';
import { holdUnder, holdingPlacements } from './row-totals.ts';
import { touchingAsNeighbours } from './placed.ts';

/** The header words over each figure column, top down (the path `sumsHold` reads totals by). */
function figurePaths(model: ColumnModel, figureColumns: readonly number[]): string[][] {
  return figureColumns.map((j) => {
    const path: string[] = [];
    for (const row of model.header) {
      const w = (row[j] ?? '').trim();
      if (w !== '' && path[path.length - 1] !== w) path.push(w);
    }
    return path;
  });
}

/** A figure no total could sum to: put in place of the next line's figures, it tells whether a total checked them. */
const UNSUMMABLE = '987654321987654321.13';

/**
 * Join each row split over two lines of `run` (indexes in `lines`, placed under `model`; `figures(k)`: the pieces of
 * line k as cut) into the row's first line; the second line is marked `skip: 'joined'`. Returns the problems of lines
 * of figures alone that may continue the row above but were not joined.
 */
export function joinSplitRows(lines: SourceLine[], run: readonly number[], model: ColumnModel, figures: (k: number) => readonly Positioned[]): Problem[] {
  const problems: Problem[] = [];
  const kinds = model.columns.map((c) => c.kind);
  // (a 行次 column holds each row's number, no figure: it takes no part in the totals)
  const figureColumns = kinds.flatMap((k, j) => (k === 'text' || headedByRowNumberWord(model.header, j) ? [] : [j]));
  if (figureColumns.length < 2) return problems;
  const paths = figurePaths(model, figureColumns);
  // (the totals are read by the header's words: a figure column headed by none leaves them unknown, and no row joined)
  const headed = paths.every((p) => p.length > 0);
  const filled = (l: SourceLine, j: number) => (l.cells[j] ?? '').trim() !== '';
  // the figure columns whole rows fill (the rows with the most figures, all filling the same columns), else none
  const counts = run.map((k) => figureColumns.filter((j) => filled(lines[k]!, j)));
  const most = Math.max(0, ...counts.map((c) => c.length));
  const wholes = counts.filter((c) => c.length === most).map((c) => c.join(','));
  const whole = most > 1 && new Set(wholes).size === 1 ? counts.find((c) => c.length === most)! : [];
  // the run's first line with figures
  const leading = run.findIndex((k) => figures(k).length > 0);
  for (let r = 0; r + 1 < run.length; r++) {
    const a = run[r]!;
    const b = run[r + 1]!;
    const first = lines[a]!;
    const next = lines[b]!;
    if (first.skip || next.skip || next.n !== first.n + 1 || next.pageStart) continue;
    const rest = figures(b);
    // the next line: figures alone, no label
    if (rest.length === 0 || !rest.every((p) => isAmountText(p.text))) continue;
    if (kinds.some((k, j) => k === 'text' && filled(next, j))) continue;
    // the first line: a label and its first figures, blank figure columns after its last; or, the table's first line
    // of figures, no label at all: a total printed without its label (`23,008.0` over `16,726.9 14,719.7 …`), joined
    // only when confirmed
    const unlabelled = !kinds.some((k, j) => k === 'text' && filled(first, j));
    if (unlabelled && (r !== leading || first.cells.some((c) => c.trim() !== '' && !isAmountText(c.trim())))) continue;
    const own = figureColumns.filter((j) => filled(first, j));
    if (own.length === 0) continue;
    // (the figure columns after its last figure, up to the next label column: the rest of one row, never the other half
    // of a table printed side by side)
    const last = own[own.length - 1]!;
    const label = kinds.findIndex((k, j) => j > last && k === 'text');
    const after = figureColumns.filter((j) => j > last && (label < 0 || j < label));
    // (the first line's figures placed off the whole rows' first columns, `1492037.30  (blank)  749598.50 …` under
    // 小计, 人员经费 …: read in order into them when the next line's figures fill exactly the rest)
    const reordered = own.length < whole.length && own.length + rest.length === whole.length && own.some((j, i) => j !== whole[i]);
    const ordered = reordered ? figureColumns.map((j) => (whole.indexOf(j) >= 0 && whole.indexOf(j) < own.length ? first.cells[own[whole.indexOf(j)]!]!.trim() : null)) : null;
    const row = ordered ?? figureColumns.map((j) => (filled(first, j) ? first.cells[j]!.trim() : null));
    const holds = (values: readonly (string | null)[]) => sumsHold(paths, [values]);
    // (the first line's figures in the first of `columns`, the next line's exactly the rest, after them)
    const fillsAfter = (columns: readonly number[]) =>
      own.every((j, i) => j === columns[i]) && own.length + rest.length === columns.length && columns.slice(own.length).every((j) => after.includes(j));
    // by position: each figure of the next line in a blank column of its own after the first line's figures
    const byPosition = figureColumns.filter((j) => filled(next, j));
    const positioned =
      byPosition.length === rest.length && byPosition.every((j) => after.includes(j)) && byPosition.every((j) => isAmountText(next.cells[j]!.trim()));
    // the columns the next line's figures go into, and their texts: by position, else by order; none when the two
    // lines are not so shaped (the next line is then a row of its own, an unlabelled total)
    // (by order: into the whole rows' columns, else, no whole row on the page to show them, `4,895.59 4,895.59
    // 4,014.38 881.21` under five, into every figure column when the two lines print one figure in each)
    const byOrder = reordered || fillsAfter(whole) ? whole : fillsAfter(figureColumns) ? figureColumns : null;
    let into: number[] | null = null;
    let texts: string[] = [];
    let checked = headed;
    if (positioned) {
      into = byPosition;
      texts = byPosition.map((j) => next.cells[j]!.trim());
    } else if (byOrder !== null) {
      into = byOrder.slice(own.length);
      texts = rest.map((p) => p.text);
      // (by order only when a total checks the next line's figures)
      checked = headed && !holds(figureColumns.map((j, i) => row[i] ?? (into!.includes(j) ? UNSUMMABLE : null)));
    } else if (headed && ordered === null) {
      // by the totals: the one way in order to put the next line's figures into the blank columns after the first
      // line's figures under which every total of the row holds, each of them checked by a total (a figure no total
      // could sum to put in its place breaks one): `186217.03` drawn a line below and left, under 人员经费, is the
      // 公用经费 of `2660243.26 2660243.26 2474026.23` above it; the next line's figures one space apart in neighbouring
      // columns
      into = byTotals(paths, figureColumns, own.map((j) => first.cells[j]!.trim()), own, after, rest);
      texts = rest.map((p) => p.text);
    }
    if (into === null) continue;
    const joinedRow = figureColumns.map((j, i) => row[i] ?? (into!.includes(j) ? texts[into!.indexOf(j)]! : null));
    if (!checked || !holds(joinedRow)) {
      if (unlabelled) continue;
      problems.push({
        severity: 'warning',
        line: next.n,
        message: '空格对齐的表格中此行只有数字、没有行名称，像是上一行的其余数字，但合计不能确认，未并入上一行',
        raw: excerpt(next.raw),
        code: 'spaced_row_split',
      });
      continue;
    }
    const cells = [...first.cells];
    const spans = first.spans ? [...first.spans] : undefined;
    const cellLines = cells.map((_, j) => first.cellLines?.[j] ?? first.n);
    if (ordered !== null) {
      const ownSpans = own.map((j) => first.spans?.[j]);
      const ownLines = own.map((j) => cellLines[j]!);
      for (const j of own) cells[j] = '';
      own.forEach((_, i) => {
        const j = whole[i]!;
        cells[j] = ordered[figureColumns.indexOf(j)]!;
        cellLines[j] = ownLines[i]!;
        if (spans && ownSpans[i]) spans[j] = ownSpans[i]!;
      });
    }
    into.forEach((j, i) => {
      cells[j] = texts[i]!;
      cellLines[j] = next.n;
      if (spans) spans[j] = positioned ? next.spans![j]! : { start: rest[i]!.start, end: rest[i]!.end };
    });
    lines[a] = { ...first, cells, ...(spans ? { spans } : {}), cellLines, joined: [...(first.joined ?? []), next.n] };
    lines[b] = { ...next, cells: next.cells.map(() => ''), skip: 'joined' };
    r++;
  }
  return problems;
}

/**
 * The columns (of `figureColumns`, headed `paths`) the next line's figures `rest` go into after the first line's
 * figures `ownTexts` in their columns `own`: the one placement in order into the blank columns `after`, figures one
 * space apart in neighbouring columns, under which every total of the joined row holds and a total checks each of the
 * next line's figures. Null when none or more than one (zeros, which any blank column holds, are never so placed).
 */
function byTotals(paths: readonly string[][], figureColumns: readonly number[], ownTexts: readonly string[], own: readonly number[], after: readonly number[], rest: readonly Positioned[]): number[] | null {
  const ownAt = own.map((j) => figureColumns.indexOf(j));
  const afterAt = after.map((j) => figureColumns.indexOf(j));
  const texts = [...ownTexts, ...rest.map((p) => p.text)];
  const keeps = (pick: readonly number[]) => ownAt.every((c, i) => pick[i] === c) && pick.slice(own.length).every((c) => afterAt.includes(c)) && touchingAsNeighbours(rest, pick.slice(own.length));
  const holding = holdingPlacements(paths, texts, keeps);
  if (holding.length !== 1) return null;
  const pick = holding[0]!;
  const checked = rest.every((_, i) => !holdUnder(paths, texts.map((t, k) => (k === own.length + i ? UNSUMMABLE : t)), pick));
  return checked ? pick.slice(own.length).map((c) => figureColumns[c]!) : null;
}
