/**
 * Rows pdftotext drew left of the others on their page, in a table printing no 行次 (`rows-drawn-left.ts` reads those
 * that do, by their row numbers): the last rows of a page drawn five characters left (`购房补贴         13.0 13.0`
 * under rows whose figures start at 28, its first figure at 23, inside the names' column; an unlabelled 合计 below
 * it, `205.4 205.1    0.3`). Such a line, with every line of figures after it on the page (a block at the page's
 * foot ending with the table's unlabelled total), starts its first money figure left of where every other line of the page
 * with figures starts its first, ends where none of them ends a figure, and stands apart from its label (a long name
 * that pushed only the figure after it, `政府办公厅（室）及相关机构事务 150.0`, one space after it, is no row drawn
 * left); moved `d` characters right, it ends where the others' first figures end (the total column), and every other
 * figure of the line ends where one of theirs does or right of all of them (a column the page's other rows leave
 * blank). `d` is the shift under which the line's figures most often end where the others' do (counted by how many
 * of them end there; one such shift only): its figures are read `d` right, its label where it stands
 * (`figuresDrawnLeft`). Not on a table whose lines print money before a word (two halves side by side). Pure.
 */
import type { Positioned } from './piece.ts';
import { pushedByName } from './columns.ts';
import { headerPrintsRowNumber } from './row-numbers.ts';
import { figuresFrom, isMoneyFigure } from './spaced-lines.ts';
import type { RowDrawnLeft } from './rows-drawn-left.ts';

/** The other lines with figures a page must print for their places to tell where its figures stand. */
const LEAST_OTHERS = 3;

/** The widest shift looked for (a row drawn further left is no row of these columns). */
const MOST_SHIFT = 12;

/**
 * The run's lines drawn left of the others (`run`: the table's line indices on one page, `header`: the header band's
 * pieces, `dp`: a line's pieces), each with its figures read where the others' stand.
 */
export function figuresDrawnLeft(run: readonly number[], header: readonly Positioned[][], dp: (k: number) => Positioned[]): RowDrawnLeft[] {
  if (headerPrintsRowNumber(header)) return [];
  const lines = run.flatMap((k) => {
    const at = figuresFrom(dp(k));
    return at < 0 ? [] : [{ k, at, figures: dp(k).slice(at) }];
  });
  // (a line printing money before a word: two halves side by side, each with its own columns)
  if (run.some((k) => dp(k).some((p, i) => isMoneyFigure(p.text) && dp(k).slice(i + 1).some((q) => !isMoneyFigure(q.text))))) return [];
  // (the lines standing where the table's figures do: their first figure starting within two characters of the
  // median line's, or right of it)
  const starts = lines.map((l) => l.figures[0]!.start).sort((a, b) => a - b);
  const median = starts[Math.floor(starts.length / 2)] ?? 0;
  const others = lines.filter((l) => l.figures[0]!.start >= median - 2);
  if (others.length < LEAST_OTHERS) return [];
  const leftmost = Math.min(...others.map((o) => o.figures[0]!.start));
  // (how many of the other lines end a figure at each place; where their first figures end; their rightmost end)
  const ends = new Map<number, number>();
  for (const o of others) for (const p of o.figures) ends.set(p.end, (ends.get(p.end) ?? 0) + 1);
  const firstEnds = new Set(others.map((o) => o.figures[0]!.end));
  const rightmost = Math.max(...ends.keys());
  const out: RowDrawnLeft[] = [];
  for (const [i, line] of lines.entries()) {
    const first = line.figures[0]!;
    // (only the last lines of the page: every line with figures after it starts its first figure left of the others
    // too, a block pdftotext drew apart at the page's foot, ending with the table's unlabelled total, a line of
    // figures only)
    const foot = lines.slice(i);
    const block = foot.every((l) => l.figures[0]!.start < leftmost - 1) && foot[foot.length - 1]!.at === 0;
    if (!block || first.start >= leftmost - 1 || ends.has(first.end) || pushedByName(dp(line.k)[line.at - 1], first)) continue;
    const fits = (d: number) => firstEnds.has(first.end + d) && line.figures.every((p) => ends.has(p.end + d) || p.end + d > rightmost);
    const score = (d: number) => (fits(d) ? line.figures.reduce((s, p) => s + (ends.get(p.end + d) ?? 0), 0) : 0);
    const scores = Array.from({ length: MOST_SHIFT }, (_, i) => score(i + 1));
    const best = Math.max(...scores);
    if (best === 0 || scores.filter((s) => s === best).length > 1) continue;
    const d = scores.indexOf(best) + 1;
    const parts = dp(line.k);
    out.push({ line: line.k, parts: parts.map((p, i) => (i < line.at ? p : { ...p, start: p.start + d, end: p.end + d })) });
  }
  return out;
}
