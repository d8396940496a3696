/**
 * One header line pdftotext packed one space apart while the header's other lines stand where they print. A narrow
 * 收入决算表 header prints its value words on three or four lines; the line holding most characters (`本年收入合
 * 财政拨款收 补助 事业 经营 单位 其他收入`) is drawn one piece after the other, one space apart, left of the cells it
 * heads, while the lines above and below keep their places (`上级` and `附属` over `收入 收入 收入 上缴`). When the rows
 * print blanks for most cells, no full row shows where the columns stand; the header's other lines do: each figure
 * column the rows fill, and each cluster of the other lines' pieces right of the label columns standing over no
 * figure, is one value column. A packed line with as many pieces there as value columns names them in order: each
 * piece is put at its column's start, so the positioned core stacks it with the pieces of its cell above and below
 * (`上级` / `补助` / `收入`). A line may be packed at its start only (`合计 收入 助收入 入`, its last pieces `入 位上缴 入`
 * under their words): the packed pieces are moved, the others must already stand over their columns; or at its end
 * only (`本年支出合计` over the totals, then `基本支出 项目支出 上级 支出 位补` one space apart, the first of them
 * clear of `本年支出合计` and over its column where it prints): the packed pieces after it are moved. Pure; pieces in,
 * pieces out.
 */
import type { Positioned } from './piece.ts';
import type { SqueezeColumn } from './header-stacks.ts';
import { overlaps } from './columns.ts';


/** The fewest pieces a packed line must hold to be read in order (fewer say too little about the columns). */
const MIN_PIECES = 4;

/** How far over the label columns' end a packed line's first value piece may start (columns). */
const PACKED_OVER_LABELS = 2;

/** A piece of header text: holds a CJK character, no figure. */
const isWordPiece = (p: Positioned) => /[\u4e00-\u9fff]/.test(p.text) && !/\d/.test(p.text);

/**
 * The value columns of a table read from its figure columns (`cols` of kind amount, never a 行次 column) and the
 * pieces of the header lines other than `skip` standing right of the label columns over no figure column (pieces
 * overlapping one another one column), in order left to right; null when the table has no label column before its
 * figures, a figure column stands left of a label column, or every value column holds figures (full rows then show
 * the columns, and the readings in order read the packed line).
 */
function valueColumns(lines: readonly (readonly Positioned[])[], skip: number, cols: readonly SqueezeColumn[], joinTouching = false): { start: number; end: number }[] | null {
  const figures = cols.filter((c) => c.kind === 'amount' && c.rowNumbers !== true).map((c) => c.span);
  const labels = cols.filter((c) => c.kind === 'text' || c.rowNumbers === true).map((c) => c.span);
  if (figures.length === 0 || labels.length === 0) return null;
  const labelEnd = Math.max(...labels.map((s) => s.end));
  if (figures.some((f) => f.start < labelEnd)) return null;
  const spans: { start: number; end: number }[] = [];
  lines.forEach((parts, r) => {
    if (r === skip) return;
    for (const p of parts) if (p.start >= labelEnd && !figures.some((f) => overlaps(f, p))) spans.push({ start: p.start, end: p.end });
  });
  spans.sort((a, b) => a.start - b.start);
  const clusters: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = clusters[clusters.length - 1];
    if (last !== undefined && overlaps(last, s)) last.end = Math.max(last.end, s.end);
    else clusters.push({ ...s });
  }
  if (clusters.length === 0 || clusters.some((c) => figures.some((f) => overlaps(f, c)))) return null;
  const columns = figures.map((f) => ({ ...f }));
  // (with `joinTouching`, a cluster ending a space before a figure column heads it: a word left-aligned in the cell
  // its narrow figures end right-aligned in, `入` of 事业收入 over `0.0`)
  const own = clusters.filter((c) => {
    const under = joinTouching ? columns.find((f) => f.start > c.start && f.start - c.end <= 1) : undefined;
    if (under === undefined) return true;
    under.start = Math.min(under.start, c.start);
    return false;
  });
  return [...columns, ...own].sort((a, b) => a.start - b.start);
}

/**
 * A header line packed one space apart put over the value columns in order (see the file comment): the line's pieces
 * right of the label columns, each holding a CJK character and no figure, as many as the value columns, the first
 * four or more (all of them, or a start the rest of which stands over its columns) every one a space or less after
 * the one before, none standing right of its column's start, some standing two columns or more left of it, are moved
 * each to its column's start (its width kept short of the next column); on a line packed at its start only, under the
 * first piece of the other lines over that column when that starts further right. Only one such line is moved; every other line, and a header no
 * line of which so reads, is returned as it is.
 */
export function spreadPackedHeaderLine(lines: readonly (readonly Positioned[])[], cols: readonly SqueezeColumn[]): Positioned[][] {
  const out = lines.map((l) => [...l]);
  const labels = cols.filter((c) => c.kind === 'text' || c.rowNumbers === true).map((c) => c.span);
  if (labels.length === 0) return out;
  const labelEnd = Math.max(...labels.map((s) => s.end));
  const found: { r: number; k0: number; from: number; packed: number; to: { start: number; end: number }[] }[] = [];
  for (const [r, parts] of out.entries()) {
    // (a line packed at its start only, its last pieces standing over their columns, may start its first value piece
    // over the label columns' end, a 行次 column's: `合计` drawn over the row numbers)
    const over = parts.findIndex((p) => p.end > labelEnd && p.start >= labelEnd - PACKED_OVER_LABELS);
    const k0 = parts.findIndex((p) => p.start >= labelEnd);
    const packedOf = (run: readonly Positioned[]) => {
      let n = 1;
      while (n < run.length && run[n]!.start - run[n - 1]!.end <= 1) n++;
      return n;
    };
    const startsOver = over >= 0 && over < k0 && packedOf(parts.slice(over)) < parts.length - over ? over : k0;
    if (startsOver < 0) continue;
    const run = parts.slice(startsOver);
    if (run.length < MIN_PIECES || !run.every(isWordPiece)) continue;
    // (the packed pieces: the run's start, each a space or less after the one before, the pieces after it, if any,
    // already standing over their columns; or the run's end, packed from a piece on, the pieces before it standing
    // over their columns, `本年支出合计` over the totals, then `基本支出 项目支出 上级 支出 位补`)
    // (read apart first; a cluster touching the figure column after it heads that column when so the line's pieces and
    // the columns agree in number)
    const apart = valueColumns(out, r, cols);
    const to = apart !== null && apart.length !== run.length ? valueColumns(out, r, cols, true) : apart;
    if (to === null || to.length !== run.length) continue;
    const tail = run.findIndex((_, k) => k > 0 && run.length - k >= MIN_PIECES && packedOf(run.slice(k)) === run.length - k);
    const [from, packed] = packedOf(run) >= MIN_PIECES ? [0, packedOf(run)] : tail > 0 ? [tail, run.length] : [0, 0];
    if (packed - from < MIN_PIECES) continue;
    const head = run.slice(from, packed);
    // (a packed end's first piece stands clear of the piece before it, where it prints: over its column)
    if (from > 0 && !overlaps(head[0]!, to[from]!)) continue;
    if (head.some((p, k) => (from === 0 || k > 0) && p.start > to[from + k]!.start) || !head.some((p, k) => to[from + k]!.start - p.start >= 2)) continue;
    if (run.some((p, k) => (k < from || k >= packed) && !overlaps(p, to[k]!))) continue;
    found.push({ r, k0: startsOver, from, packed, to });
  }
  if (found.length !== 1) return out;
  const { r, k0, from, packed, to } = found[0]!;
  const parts = out[r]!;
  const moved = [
    ...parts.slice(0, k0),
    ...parts.slice(k0).map((p, k) => {
      if (k < from || k >= packed) return p;
      // (at its column's start; on a line packed at its start only, under the first piece of the other lines standing
      // there when that starts further right: the word it continues, `财政拨款` over `收入`)
      const over = packed < to.length || from > 0 ? out.flatMap((l, j) => (j === r ? [] : l.filter((q) => overlaps(q, to[k]!)))) : [];
      const start = over.length === 0 ? to[k]!.start : Math.max(to[k]!.start, Math.min(...over.map((q) => q.start)));
      const limit = k + 1 < to.length ? to[k + 1]!.start - 1 : Infinity;
      return { text: p.text, start, end: Math.max(start + 1, Math.min(limit, start + p.end - p.start)) };
    }),
  ];
  out[r] = moved;
  return out;
}
