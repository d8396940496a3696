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
import { groupOf, isHeaderWord as isWord } from './header-groups.ts';
import { opensHeaderWord as isStart, startsHeaderWord } from './header-stacks.ts';

/** A piece ending a word: no vocabulary word, and no word's beginning. */
const isRest = (t: string) => !isWord(t) && !startsHeaderWord(t);

const near = (a: Positioned, b: Positioned) => a.start <= b.end + 1 && b.start <= a.end + 1;

const moved = (p: Positioned, start: number): Positioned => ({ ...p, start, end: start + (p.end - p.start) });

/** The starts (`opens`, by default a word's beginning and no word) of the lines above line `r` that `right` admits,
 * nothing standing under them down to line `r`. */
function openStartsAbove(lines: readonly (readonly Positioned[])[], r: number, right: (p: Positioned) => boolean, opens: (p: Positioned) => boolean = (p) => isStart(p.text)): Positioned[] {
  return lines.slice(0, r).flatMap((l, k) => l.filter((p) => right(p) && opens(p) && lines.slice(k + 1, r).every((q) => q.every((x) => !near(x, p)))));
}

/** A line read again: the line above and the line itself, and the line below when a rest moved down onto it. */
type Redrawn = { above: Positioned[]; line: Positioned[]; below?: Positioned[] };

/** One line's rests and starts put back under and over one another, or null when the line shows none so drawn. */
function redrawLine(lines: readonly (readonly Positioned[])[], r: number): Redrawn | null {
  const parts = lines[r]!;
  const upper = lines[r - 1]!;
  for (let m = parts.length - 1; m >= 1; m--) {
    const starts = parts.slice(m);
    if (!starts.every((p) => isStart(p.text))) return null;
    const lastRest = parts[m - 1]!;
    // open starts of the lines above, right of the rests, nothing standing under them down to this line
    const aboveStarts = openStartsAbove(lines, r, (p) => p.start > lastRest.end);
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
 * The same line read when its rests were packed right after the whole words before them, under no start of their own
 * (`本年收入合计 助）收入 助收入 入          上级补 事业收 经营收`, `财政拨款（补` above, `入` under `经营收` and `位上缴`
 * under `附属单` below): the words they end are the line's starts and the open starts of the lines above standing
 * right of the words before the rests, less every start continued on a line below (a piece under it that, joined to
 * it, begins a vocabulary word: `经营收` over `入`, `附属单` over `位上缴`), in order, as many as the rests, each start
 * followed by its rest beginning a vocabulary word and no rest standing under its start already (`预算拨款` under
 * `一般公共` was not drawn left). Read only when `redrawLine` reads no run on the line.
 */
function redrawPackedRests(lines: readonly (readonly Positioned[])[], r: number): Redrawn | null {
  return packedRestsRead(lines, r) ?? packedChainsRead(lines, r) ?? packedRunRead(lines, r);
}

function packedRestsRead(lines: readonly (readonly Positioned[])[], r: number): Redrawn | null {
  const parts = lines[r]!;
  const continuedBelow = (p: Positioned) => lines.slice(r + 1).some((l) => l.some((q) => near(q, p) && startsHeaderWord(p.text + q.text)));
  let m = parts.length;
  while (m > 0 && isStart(parts[m - 1]!.text)) m--;
  if (m === parts.length) return null;
  const starts = parts.slice(m).filter((p) => !continuedBelow(p));
  let first = m;
  while (first > 0 && isRest(parts[first - 1]!.text)) first--;
  const before = parts.slice(0, first);
  if (first === m || !before.every((p) => isWord(p.text))) return null;
  const bound = before.length > 0 ? before[before.length - 1]!.end : -1;
  const aboveStarts = openStartsAbove(lines, r, (p) => p.start > bound + 1 && !continuedBelow(p));
  return redrawnWith(lines, r, first, m, starts, aboveStarts);
}

/** How far left or right of a start its next piece may be drawn on a line below it (characters). */
const CHAIN_DRIFT = 4;

/**
 * The open starts of the lines above line `r` right of column `bound`, each as a chain: a start (`对附`) with the
 * pieces continuing it on the lines below, each drawn within CHAIN_DRIFT of the one before (`属单` two characters
 * left), none a start of its own; the chain one start where its first piece stands, open when nothing stands under its
 * last piece down to line `r`.
 */
function openChains(lines: readonly (readonly Positioned[])[], r: number, bound: number): Positioned[] {
  const out: Positioned[] = [];
  lines.slice(0, r).forEach((l, k) => {
    for (const p of l) {
      if (p.start <= bound + 1 || !isStart(p.text)) continue;
      let text = p.text;
      let last = p;
      let at = k;
      for (let j = k + 1; j < r; j++) {
        const next = lines[j]!.find((q) => Math.abs(q.start - last.start) <= CHAIN_DRIFT && !isStart(q.text) && startsHeaderWord(text + q.text));
        if (next === undefined) break;
        text += next.text;
        last = next;
        at = j;
      }
      if (lines.slice(at + 1, r).every((q) => q.every((x) => !near(x, last)))) out.push({ ...p, text });
    }
  });
  return out;
}

/**
 * The line read when its rests, packed after the whole words before them, include pieces that are words or starts
 * themselves (`基本支出 出 上级 支出 位补 项目支`: `上级` of 上缴上级支出, `支出` of 经营支出): the rests are the pieces
 * between the line's last whole word they can follow and its trailing starts, each ending one of the line's starts or
 * of the open chains above (`对附` over `属单`), in order, every start the line or the lines above leave open taken.
 */
function packedChainsRead(lines: readonly (readonly Positioned[])[], r: number): Redrawn | null {
  const parts = lines[r]!;
  let m = parts.length;
  while (m > 0 && isStart(parts[m - 1]!.text)) m--;
  // (only on a line ending in a start of its own drawn right of the rests, `… 位补 项目支`: a line ending in rests is a
  // packed line of words, read over the columns in order, `squeezed-header-line.ts`)
  if (m === parts.length) return null;
  const starts = parts.slice(m);
  for (let first = m - 1; first >= 0; first--) {
    const before = parts.slice(0, first);
    if (!before.every((p) => isWord(p.text))) continue;
    const bound = before.length > 0 ? before[before.length - 1]!.end : -1;
    const read = redrawnWith(lines, r, first, m, starts, openChains(lines, r, bound));
    if (read !== null) return read;
  }
  return null;
}

/** The rests ending line `r` each under the open start above it that it continues (`位上缴` under `附属单`, `入` under
 * `其他收`): printed in place, they stay where they stand, and those starts are continued. */
function restsInPlace(lines: readonly (readonly Positioned[])[], r: number): Positioned[] {
  const parts = lines[r]!;
  const out: Positioned[] = [];
  for (let k = parts.length - 1; k > 0 && isRest(parts[k]!.text); k--) {
    const p = parts[k]!;
    if (!openStartsAbove(lines, r, (q) => near(q, p)).some((q) => startsHeaderWord(q.text + p.text))) break;
    out.unshift(p);
  }
  return out;
}

/**
 * The line read when its rests stand among whole words in one packed run (each piece one space after the one before),
 * a start of its own drawn after the run (`补助 事业收入 收入 单位  经营`, `上级` and `附属` on the line above; `事业收入
 * 入 位上缴 入          经营收`): the run's pieces that are no column word of their own (a value word, not a block
 * word such as `收入`) and begin no word continued on the line below are rests, each ending, in order, one of the
 * line's trailing starts (none continued below) or of the open starts above right of the piece before the first rest;
 * each rest moves under its start (one standing under it already stays), the line's starts move up onto the line
 * above, and the run's whole words keep their order between the rests, each moved right of the rest before it when
 * the rest moved past it. Read only when the readings above read no run on the line.
 */
function packedRunRead(lines: readonly (readonly Positioned[])[], r: number): Redrawn | null {
  const parts = lines[r]!;
  const upper = lines[r - 1]!;
  const tail = restsInPlace(lines, r);
  const continuedBelow = (p: Positioned) => [...lines.slice(r + 1), tail].some((l) => l.some((q) => near(q, p) && startsHeaderWord(p.text + q.text)));
  // (the trailing starts: after the run, apart from it, before the rests ending the line in place; a start touching
  // the run is one of its pieces)
  const touching = (k: number) => k > 0 && parts[k]!.start - parts[k - 1]!.end <= 1;
  const end = parts.length - tail.length;
  let m = end;
  for (let k = end - 1; k > 0 && isStart(parts[k]!.text); k--) if (!touching(k)) m = k;
  if (m === end) return null;
  const starts = parts.slice(m, end).filter((p) => !continuedBelow(p));
  if (starts.length === 0) return null;
  // the packed run ending right before the trailing starts
  let s0 = m - 1;
  while (touching(s0)) s0--;
  const fixed = (p: Positioned) => (isWord(p.text) && groupOf(p.text)?.kind !== 'block') || continuedBelow(p);
  const run = parts.slice(s0, m);
  const firstRest = run.findIndex((p) => !fixed(p));
  if (firstRest < 0) return null;
  const at = s0 + firstRest;
  const bound = at > 0 ? parts[at - 1]!.end : -1;
  const rests = parts.slice(at, m).filter((p) => !fixed(p));
  // (a whole word above with nothing under it may begin a longer word too, `一般公共预算` of 一般公共预算拨款收入, when a
  // rest continues it: a group word over the line's starts, `其中：基本支出` over `人员经`, begins none)
  const above = openStartsAbove(lines, r, (p) => p.start > bound && !continuedBelow(p), (p) => isStart(p.text) || (fixed(p) && rests.some((x) => startsHeaderWord(p.text + x.text))));
  const targets = [...starts, ...above].sort((a, b) => a.start - b.start);
  if (targets.length !== rests.length || !targets.every((t, k) => startsHeaderWord(t.text + rests[k]!.text))) return null;
  // (a start of the line under a word above it stays: its rest moves down under it instead, `费` drawn left of
  // `人员经` under `其中：基本支出`, when every target is the line's own and the line below leaves it room)
  if (starts.some((x) => upper.some((q) => near(q, x)))) return above.length === 0 ? restsMovedDown(lines, r, rests, targets) : null;
  // each rest under its start, the whole words between them in order
  const line: Positioned[] = parts.slice(0, at);
  let k = 0;
  for (const p of parts.slice(at, m)) {
    const prevEnd = line.length > 0 ? line[line.length - 1]!.end : -1;
    const q = fixed(p) ? (p.start > prevEnd ? p : moved(p, prevEnd + 1)) : moved(p, targets[k++]!.start);
    if (q.start <= prevEnd) return null;
    line.push(q);
  }
  const kept = parts.slice(m).filter((p) => !starts.includes(p));
  if (kept.some((p) => p.start <= line[line.length - 1]!.end)) return null;
  return { above: [...upper, ...starts].sort((a, b) => a.start - b.start), line: [...line, ...kept] };
}

/** Line `r` with its rests (`rests`, in order) moved down onto the line below, each under the start of line `r` it
 * ends (`targets`, in order); null when there is no line below or a rest so moved would touch a piece there. */
function restsMovedDown(lines: readonly (readonly Positioned[])[], r: number, rests: readonly Positioned[], targets: readonly Positioned[]): Redrawn | null {
  const lower = lines[r + 1];
  if (lower === undefined) return null;
  const placed = rests.map((p, k) => moved(p, targets[k]!.start));
  if (placed.some((p) => lower.some((q) => near(p, q)))) return null;
  return { above: [...lines[r - 1]!], line: lines[r]!.filter((p) => !rests.includes(p)), below: [...lower, ...placed].sort((a, b) => a.start - b.start) };
}

/** Line `r` with its rests `parts[first..m)` moved under the starts they end (`starts` on the line, `aboveStarts` open
 * above), those on the line moved up onto the line above; null when they do not pair so. */
function redrawnWith(lines: readonly (readonly Positioned[])[], r: number, first: number, m: number, starts: readonly Positioned[], aboveStarts: readonly Positioned[]): Redrawn | null {
  const parts = lines[r]!;
  const upper = lines[r - 1]!;
  const rests = parts.slice(first, m);
  const before = parts.slice(0, first);
  const bound = before.length > 0 ? before[before.length - 1]!.end : -1;
  // (one of the words at least started on a line above, `财政拨款（补` over the packed `助）收入`: the line's own starts
  // alone beside their packed rests are read by the columns the rows fill, and a page repeating the header is read to
  // the header as printed)
  if (aboveStarts.length === 0) return null;
  const targets = [...starts, ...aboveStarts].sort((a, b) => a.start - b.start);
  if (targets.length !== rests.length || !targets.every((t, k) => startsHeaderWord(t.text + rests[k]!.text))) return null;
  // (a rest standing under its own start already, `预算拨款` under `一般公共`, was not drawn left: no such run)
  if (rests.some((p, k) => near(p, targets[k]!))) return null;
  if (starts.some((s) => upper.some((q) => near(q, s)))) return null;
  const placed = rests.map((p, k) => moved(p, targets[k]!.start));
  if (before.length > 0 && placed[0]!.start <= bound + 1) return null;
  if (placed.some((p, k) => k > 0 && p.start <= placed[k - 1]!.end)) return null;
  const kept = parts.slice(m).filter((p) => !starts.includes(p));
  return { above: [...upper, ...starts].sort((a, b) => a.start - b.start), line: [...before, ...placed, ...kept].sort((a, b) => a.start - b.start) };
}

/**
 * Header lines (top first, pieces left to right) with every run of rests drawn left of their starts on one line put
 * back: the starts on the line above, each rest under the start it continues. Lines showing no such run come back as
 * they are.
 */
export function startsDrawnRight(lines: readonly (readonly Positioned[])[]): Positioned[][] {
  const out = lines.map((l) => [...l]);
  for (let r = 1; r < out.length; r++) {
    const redrawn = redrawLine(out, r) ?? redrawPackedRests(out, r);
    if (!redrawn) continue;
    out[r - 1] = redrawn.above;
    out[r] = redrawn.line;
    if (redrawn.below) out[r + 1] = redrawn.below;
  }
  return out;
}
