/**
 * Header words whose starts pdftotext drew right of their rests on one text line. A cell printing its word on two or
 * three lines (`上缴上` over `级支出`, `对附属` over `单位补` over `助支出`) sits centred in a tall header, so its lines
 * fall between the header's text lines; pdftotext may write a cell's upper line and its neighbours' lower lines on one
 * text line, the rests first, packed one space apart after the words left of them, and the starts after them where
 * they print (`项目支出 级支出 出 单位补  上缴上 经营支`, with `对附属` on a line above and `助支出` below). Read by
 * position, every piece heads a column of its own and no word is read.
 *
 * `startsDrawnRight` finds, on a header line under another, a run of rests followed to the line's end by starts: the
 * starts are pieces that begin a vocabulary word and are none, the rests pieces that are no vocabulary word and begin
 * none; the words they end are the starts on that line right of the rests and the open starts of the lines above
 * standing right of the rests with nothing under them, taken in order of where they stand, as many as the rests, each
 * start followed by its rest beginning (or being) a vocabulary word. The starts on the line move up onto the line
 * above where they stand (only when nothing there stands within a space of them) and each rest moves under the start
 * it continues, so the stacks read top down as printed. The pieces before the run must be whole vocabulary words: a
 * line with rests among them was packed and drawn left as a whole (`packed-drift.ts` orders its words). Anything else
 * leaves the lines as they are. Pure.
 */
import type { Positioned } from './piece.ts';
import { isHeaderWord as isWord } from './header-groups.ts';
import { opensHeaderWord as isStart, startsHeaderWord } from './header-stacks.ts';

/** A piece ending a word: no vocabulary word, and no word's beginning. */
const isRest = (t: string) => !isWord(t) && !startsHeaderWord(t);

const near = (a: Positioned, b: Positioned) => a.start <= b.end + 1 && b.start <= a.end + 1;

const moved = (p: Positioned, start: number): Positioned => ({ ...p, start, end: start + (p.end - p.start) });

/** One line's rests and starts put back under and over one another, or null when the line shows none so drawn. */
function redrawLine(lines: readonly (readonly Positioned[])[], r: number): { above: Positioned[]; line: Positioned[] } | null {
  const parts = lines[r]!;
  const upper = lines[r - 1]!;
  for (let m = parts.length - 1; m >= 1; m--) {
    const starts = parts.slice(m);
    if (!starts.every((p) => isStart(p.text))) return null;
    const lastRest = parts[m - 1]!;
    // open starts of the lines above, right of the rests, nothing standing under them down to this line
    const aboveStarts = lines
      .slice(0, r)
      .flatMap((l, k) => l.filter((p) => p.start > lastRest.end && isStart(p.text) && lines.slice(k + 1, r).every((q) => q.every((x) => !near(x, p)))));
    const targets = [...starts, ...aboveStarts].sort((a, b) => a.start - b.start);
    const first = m - targets.length;
    if (first < 0) continue;
    const rests = parts.slice(first, m);
    if (!rests.every((p) => isRest(p.text))) continue;
    if (!targets.every((t, k) => startsHeaderWord(t.text + rests[k]!.text))) continue;
    // the starts go up where they stand: nothing there near them
    if (starts.some((s) => upper.some((q) => near(q, s)))) continue;
    const placed = rests.map((p, k) => moved(p, targets[k]!.start));
    // (the words before the run whole: a line with rests of its own among them is packed and drawn left as a whole)
    const before = parts.slice(0, first);
    if (!before.every((p) => isWord(p.text))) return null;
    if (before.length > 0 && placed[0]!.start <= before[before.length - 1]!.end + 1) continue;
    if (placed.some((p, k) => k > 0 && p.start <= placed[k - 1]!.end)) continue;
    return { above: [...upper, ...starts].sort((a, b) => a.start - b.start), line: [...before, ...placed] };
  }
  return null;
}

/**
 * Header lines (top first, pieces left to right) with every run of rests drawn left of their starts on one line put
 * back: the starts on the line above, each rest under the start it continues. Lines showing no such run come back as
 * they are.
 */
export function startsDrawnRight(lines: readonly (readonly Positioned[])[]): Positioned[][] {
  const out = lines.map((l) => [...l]);
  for (let r = 1; r < out.length; r++) {
    const redrawn = redrawLine(out, r);
    if (!redrawn) continue;
    out[r - 1] = redrawn.above;
    out[r] = redrawn.line;
  }
  return out;
}
