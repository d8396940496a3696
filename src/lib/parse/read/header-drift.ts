/**
 * Header lines put back where they print. `pdftotext -layout` counts every character one column, however wide it
 * prints; a CJK character prints wider than the Latin characters the columns are measured in, so on a header line
 * each word stands left of where it prints by about one column per two CJK characters before it on its line (the
 * words of the lower lines, with more CJK text to their left, drift further). The figures below, whose lines hold
 * few CJK characters before them, stand where they print: a column's figures start together, and its header word,
 * left-aligned in its cell, prints over their start.
 *
 * `undriftHeader` moves each header word right by the drift its line gives it, and keeps the moved lines only when
 * all of these hold, else returns the lines as they are (a header that does not drift, or drifts otherwise):
 * - the table's figures may start together: no figure column's figures share fewer ends than starts (`startTogether`;
 *   a table of one row, or of figures all one width, tells nothing and is read by its header alone);
 * - a header word then starts where each figure column (or column of row numbers) starts, and not so before — or, a
 *   lower line heading them all already, the move takes no word off a figure column's start, parts no lines of one
 *   cell and puts more words on the starts of the figure and label columns;
 * - no fewer words stand left-aligned under one another (the lines of one cell) than before.
 * A word pdftotext could not move as far left as its drift (it never touches the word before it) is moved by less: to
 * the figure column start within its reach. A word over the label columns moves only onto the start of one (codes and
 * names stand where they print, and little drifts before them). Pure; pieces in, pieces out.
 */
import type { Positioned } from './piece.ts';

/** A column as the positioned core sees it while placing header words. */
export interface DriftColumn {
  span: { start: number; end: number };
  kind: 'amount' | 'text' | 'blank';
  rowNumbers?: boolean;
}

/** Characters that print wider than a column: CJK ideographs and full-width forms (`（补助）`). */
const WIDE_RE = /[\u3000-\u9fff\uff00-\uffef]/g;

const wide = (text: string) => (text.match(WIDE_RE) ?? []).length;

/** One header line with each word moved right by half the wide characters before it (whole columns). */
function undriftLine(parts: readonly Positioned[], starts: readonly number[], labelStarts: ReadonlySet<number>): Positioned[] {
  const out: Positioned[] = [];
  let before = 0;
  for (const p of parts) {
    const drift = Math.floor(before / 2);
    before += wide(p.text);
    // (a word pushed right by the one before it drifted less: the figure column start within its reach)
    const reach = starts.filter((s) => s >= p.start && s <= p.start + drift);
    const moved = drift === 0 || reach.includes(p.start + drift) || reach.length === 0 ? p.start + drift : reach[reach.length - 1]!;
    // (a word over the label columns moves only onto the start of one: codes and names start where they print)
    const at = moved >= starts[0]! - 1 || labelStarts.has(moved) ? moved : p.start;
    const last = out[out.length - 1];
    const start = last && at <= last.end ? Math.max(p.start, last.end + 1) : at;
    out.push({ text: p.text, start, end: start + (p.end - p.start) });
  }
  return out;
}

/** A figure with a decimal point or a thousands separator (`1,234.56`, `0.00`, `12,000`): no code, 行次 or 栏次 number. */
const FIGURE_RE = /^-?\d[\d,]*[.,]\d+$/;

/**
 * The figures may start together: no figure column's figures share fewer ends than starts (right-aligned figures). A
 * column whose figures are all one width, or a table of one row, tells nothing.
 */
function startTogether(figures: readonly DriftColumn[], data: readonly (readonly Positioned[])[]): boolean {
  return figures.every((c) => {
    const inside = data.flatMap((l) => l.filter((p) => FIGURE_RE.test(p.text) && p.start < c.span.end && p.end > c.span.start));
    return new Set(inside.map((p) => p.end)).size >= new Set(inside.map((p) => p.start)).size;
  });
}

/** How many of the figure column starts have a header word starting there. */
function headed(lines: readonly (readonly Positioned[])[], starts: readonly number[]): number {
  const at = new Set(lines.flatMap((l) => l.map((p) => p.start)));
  return starts.filter((s) => at.has(s)).length;
}

/** How many header words start where a column starts (a figure column, a label column): words over their cells. */
function atStarts(lines: readonly (readonly Positioned[])[], starts: readonly number[]): number {
  const at = new Set(starts);
  return lines.reduce((n, l) => n + l.filter((p) => at.has(p.start)).length, 0);
}

/** How many words start where a word on the line above starts (the lines of one cell, left-aligned). */
function stacked(lines: readonly (readonly Positioned[])[]): number {
  let n = 0;
  for (let r = 1; r < lines.length; r++) {
    const above = new Set(lines[r - 1]!.map((p) => p.start));
    n += lines[r]!.filter((p) => above.has(p.start)).length;
  }
  return n;
}

/** The words standing under one another in `kept` (the lines of one cell) still do so in `moved`. */
function keepsCells(kept: readonly (readonly Positioned[])[], moved: readonly (readonly Positioned[])[]): boolean {
  for (let r = 1; r < kept.length; r++) {
    for (const [k, p] of kept[r]!.entries()) {
      const j = kept[r - 1]!.findIndex((a) => a.start === p.start);
      if (j >= 0 && moved[r]![k]!.start !== moved[r - 1]![j]!.start) return false;
    }
  }
  return true;
}

/**
 * The header lines with their words moved back over the columns they head when the table's header drifts as
 * pdftotext makes it drift (see above); else the lines as they are.
 */
export function undriftHeader(lines: readonly (readonly Positioned[])[], cols: readonly DriftColumn[], data: readonly (readonly Positioned[])[]): Positioned[][] {
  const figures = cols.filter((c) => c.kind === 'amount' || c.rowNumbers === true);
  const kept = lines.map((l) => [...l]);
  if (figures.length < 2 || !startTogether(figures, data)) return kept;
  const starts = figures.map((c) => c.span.start).sort((a, b) => a - b);
  const labelStarts = new Set(cols.filter((c) => c.kind === 'text' && !c.rowNumbers).map((c) => c.span.start));
  const moved = lines.map((l) => undriftLine(l, starts, labelStarts));
  // (every figure column then headed by a word starting over its figures, not so before)
  const before = headed(kept, starts);
  const after = headed(moved, starts);
  // (a lower header line, with little CJK text before its words, may head every figure column already: then the
  // move is right when it takes no word off a figure column's start, parts no lines of one cell, and puts more words
  // on the starts of their columns, the upper lines' and the label columns')
  const columnStarts = [...starts, ...labelStarts];
  const stays = kept.every((l, r) => l.every((p, k) => !starts.includes(p.start) || moved[r]![k]!.start === p.start)) && keepsCells(kept, moved);
  const better = before < after || (stays && atStarts(moved, columnStarts) > atStarts(kept, columnStarts));
  return after === starts.length && better && stacked(moved) >= stacked(kept) ? moved : kept;
}
