/**
 * The value columns of a page's rows with blank cells, from where the figures that start a run end. pdftotext squeezes
 * a run of figures one space apart (each but its first stands left of its cell), so the first figure of a run after a
 * wider gap stands where its cell is: on one page the first figures of runs end at one character position per column.
 * Each row is read as runs (figures one space apart sit in neighbouring columns, a wider gap leaves a blank column
 * between, unless it follows a lone figure, standing at its cell's edge, too closely to hold one, on a squeezed table
 * no row fills or on a page no placement fits otherwise (`87.11   87.11 0.00`: a total narrower than the others, the
 * figure after it at its own cell's edge; a gap that narrow may still hold a blank column as narrow as a figure, so
 * where the page's rows fit with a blank column behind every gap, they are read so), or, on a squeezed table no row fills,
 * its page fits no placement so and each column's run-starting figures end together: then any run may
 * start next to the run before, a narrow figure right-aligned in a wide cell standing a wide gap after figures squeezed
 * left of theirs), its first run from the total column on; the column of every later run is a function of where its first
 * figure ends, the same for the whole page, growing left to right (ends within two characters in one column, ends
 * further apart in different ones), and never left of where the page's whole rows
 * (squeezed left) end in that column. The page's rows together leave the placements that fit them all; a row is placed
 * only when every such placement puts its runs in the same columns (on a squeezed table no row fills, a placement
 * under which a row's totals break is none) (a row printing one run whose first figure ends
 * where most lines' totals end, its figures from the total column on, as the fit reads every line's first run: where
 * the columns by position put it says nothing once the page reads so, a 栏次 row squeezed over narrower columns than
 * its figures). Only on a squeezed page: one with whole rows (a
 * figure in every value column), each printed as one run, or a page of a table no row fills whose figures were found
 * squeezed (`squeezed-rows.ts`; no whole rows to bound the columns from the left, unless its whole rows print several
 * runs each: then each of their later runs' first figures pins its column, and, when no placement fits with a blank
 * column behind every wide gap, any gap may hold none, `whole-row-ends.ts`); or a page with no whole row at all
 * (a narrow header over rows spread wider than it, their ends drifting from line to line: nothing bounds the columns
 * from the left either) whose lines show pdftotext packing neighbouring figures one space apart (most lines of two
 * figures or more print two so) and none of whose runs after a gap ends where the figure right after its line's first
 * run ends in other lines' first runs (a narrower figure right-aligned in the next cell, no blank column between);
 * such a page no placement fits with a blank column behind every gap, every line packed from its total on (its first
 * two figures one space apart), is read as a squeezed table's page no row fills (its later figures drawn a column's
 * width off the columns its first runs show).
 * Pure.
 */
import { trailingFigures, type ColumnModel, type Positioned } from './columns.ts';
import { valueColumnCount } from './row-calibration.ts';
import { APART } from './piece.ts';
import { withFigures, type Placed } from './placed.ts';
import { pinnedColumn, wholeRowEnds } from './whole-row-ends.ts';

/** How far apart the ends of one column's run-starting figures may stand on a page (characters). */
const SPREAD = 4;
/** The most page-wide placements tried (beyond, the page is left to its columns). */
const MAX_TRIED = 200000;
/** How far left of a column's whole-row figures a run-starting figure in it may end (characters). */
const SQUEEZED = 1;

/** A run: where its first figure ends, how many figures it holds, where its later (packed) figures end, the gap before
 * it (characters between its first figure and the figure before; none for a line's first run), and, when it
 * follows a lone figure (a run of one, standing at its cell's right edge), how much wider than the line's narrowest
 * figure the gap before it is (`room`): at most TIGHT, too narrow to hold such a figure and a space each side, so the
 * run may start in the next column (after a run of several, squeezed left of their cells, a narrow gap may still hide
 * one); LOOSE, a gap as wide as that figure and a space each side, may still be no blank column
 * (`61.5     61.5      0.0`). */
type Run = { end: number; length: number; room?: number; packedEnds?: number[]; gap?: number };
/** The room of a run tight after a lone figure; of one loosely so (a figure and a space each side exactly). */
const TIGHT = 1;
const LOOSE = 2;
/** No run after a lone figure taken as tight: every gap holds a blank column. */
const STRICT = -Infinity;

/** A line's figures as runs: where the first figure of each run ends and how many figures it holds. */
export function runsOf(figures: readonly Positioned[]): Run[] {
  const runs: Run[] = [];
  const width = Math.min(...figures.map((f) => f.end - f.start));
  figures.forEach((f, i) => {
    const gap = i > 0 ? f.start - figures[i - 1]!.end : Infinity;
    if (gap <= 1) {
      const run = runs[runs.length - 1]!;
      run.length++;
      run.packedEnds = [...(run.packedEnds ?? []), f.end];
    } else if (runs[runs.length - 1]?.length === 1) runs.push({ end: f.end, length: 1, room: gap - width, gap });
    else runs.push(i > 0 ? { end: f.end, length: 1, gap } : { end: f.end, length: 1 });
  });
  return runs;
}

/** How a page's gaps between runs are read: which gaps may hold no blank column. */
interface GapReading {
  /** A squeezed table: a figure alone in the last column may stand a gap after the figure before it in the column
   * next to it (its cell wider than the others, the figure right-aligned in it). */
  wideLast: boolean;
  /** A page no placement fits so: every run may start in the column next to the run before (a narrow figure
   * right-aligned in a wide cell stands a gap after figures squeezed left of theirs with no blank column between). */
  anyGap: boolean;
  /** A run after a lone figure whose `room` is this or less may start in the column next to it. */
  tight: number;
  /** A gap narrower than this holds no blank column (0: every gap may). */
  closedBelow: number;
}

/** Whether a line's runs fit `count` value columns with the later runs starting at `at(end)`: a gap between runs
 * leaves a blank column, but for the exceptions `reading` allows. */
function fits(runs: readonly Run[], count: number, at: (end: number) => number, reading: GapReading): boolean {
  const { wideLast, anyGap, tight, closedBelow } = reading;
  let next = runs[0]!.length + 1;
  for (const [i, r] of runs.slice(1).entries()) {
    const c = at(r.end);
    const last = wideLast && i === runs.length - 2 && r.length === 1 && c === count - 1;
    const closed = (r.gap ?? Infinity) < closedBelow;
    if (c < (anyGap || last || closed || (r.room ?? Infinity) <= tight ? next - 1 : next)) return false;
    next = c + r.length + 1;
  }
  return next - 1 <= count;
}

/** How many figures packed inside a run after a gap stand in the column whose run-starting figures end where they end
 * (within APART), less how many stand left of that column: a packed figure ends at its cell's edge or left of it (a
 * run is squeezed left from its first figure), so it may end where an earlier column's cell ends, never a later one's. */
function packedAgreement(lines: readonly (readonly Run[])[], ends: readonly number[], at: (end: number) => number): number {
  let score = 0;
  for (const runs of lines) {
    runs.forEach((r, i) => {
      // (only runs after a gap, their first figure at its cell's edge: a line's first run, squeezed left from the total
      // column however far, says nothing)
      if (i === 0) return;
      const first = at(r.end);
      (r.packedEnds ?? []).forEach((end, j) => {
        const near = ends.find((e) => Math.abs(e - end) <= APART);
        if (near === undefined) return;
        const own = first + j + 1;
        score += at(near) === own ? 1 : at(near) > own ? -1 : 0;
      });
    });
  }
  return score;
}

/** How many figures packed in the lines' first runs (from the total column on, so the k-th figure in column k) end
 * within APART of run-starting figures placed in their own column, or 0 when one so ends where run-starting figures
 * of another column end: a narrow table packs a row's first figures each at its cell's edge, and they show the
 * columns; squeezed left of their cells, they show nothing. */
function firstRunAgreement(lines: readonly (readonly Run[])[], ends: readonly number[], at: (end: number) => number): number {
  let score = 0;
  for (const runs of lines) {
    for (const [j, end] of (runs[0]?.packedEnds ?? []).entries()) {
      const near = ends.filter((e) => Math.abs(e - end) <= APART);
      if (near.length === 0) continue;
      if (near.some((e) => at(e) !== j + 1)) return 0;
      score++;
    }
  }
  return score;
}

/** A line's value columns, its first run from the total column on and every later one from `at(end)`. */
function columnsOfRuns(runs: readonly Run[], at: (end: number) => number): number[] {
  return runs.flatMap((r, i) => Array.from({ length: r.length }, (_, j) => (i === 0 ? 0 : at(r.end)) + j));
}

/** Whether the run-starting figures' ends of every column (`ends` ascending, a new column where `starts` says) lie
 * within APART of the column's first. */
function endsTogether(ends: readonly number[], starts: readonly boolean[]): boolean {
  let low = ends[0]!;
  return ends.every((e, i) => {
    if (starts[i]) low = e;
    return e - low <= APART;
  });
}

/** Where most lines' first figures, their totals, end: the middle of the first runs' ends. */
function medianFirstEnd(lines: readonly (readonly Run[])[]): number {
  const firsts = lines.map((runs) => runs[0]!.end).sort((a, b) => a - b);
  return firsts[Math.floor((firsts.length - 1) / 2)]!;
}

/** A line's first run: its figures from the first on, each one space or less after the one before. */
function firstRun(figures: readonly Positioned[]): readonly Positioned[] {
  let k = 1;
  while (k < figures.length && figures[k]!.start - figures[k - 1]!.end <= 1) k++;
  return figures.slice(0, k);
}

/** The lines whose second run ends within APART of where, on another line, the figure right after as many figures as
 * the line's first run holds ends inside that line's first run (the column right after the first run): that run's
 * end, that column, and whether the run is tight after a lone figure. */
function nextInFirstRuns(lines: readonly (readonly Positioned[])[]): { end: number; column: number; tight: boolean }[] {
  return lines.flatMap((figures) => {
    const runs = runsOf(figures);
    if (runs.length < 2) return [];
    const at = runs[0]!.length;
    const near = lines.some((other) => {
      const f = firstRun(other)[at];
      return f !== undefined && Math.abs(f.end - runs[1]!.end) <= APART;
    });
    return near ? [{ end: runs[1]!.end, column: at, tight: (runs[1]!.room ?? Infinity) <= TIGHT }] : [];
  });
}

/**
 * For each line of one page (its pieces), the value column of each of its trailing figures (0 = the total column; a
 * line of one run, some cells blank, from it on when its first figure ends where most lines' first figures end), or
 * null when the line has no figures, or is one run filling every column (nothing to place) or standing elsewhere, or
 * the page's rows leave more than one placement for it, or none at all (the page does not read so). `holds`: whether
 * a line (its index on the page) placed in given value columns keeps what its row must (a squeezed table's totals); a
 * placement of the page under which some line of two runs or more does not is no placement of it.
 */
export function placeByRunStarts(
  page: readonly (readonly Positioned[])[],
  count: number,
  unfilled = false,
  holds: (line: number, columns: readonly number[]) => boolean = () => true,
  why: { refused?: true } = {},
  lastResort = true,
  pinLoose = true,
): (number[] | null)[] {
  const lines = page.map((parts) => runsOf(trailingFigures(parts)));
  const none = page.map(() => null);
  // (a page its lines themselves say is not to be read so, `why.refused`, as against one no placement fits)
  const refused = () => {
    why.refused = true;
    return none;
  };
  const used = lines.filter((runs) => runs.length > 0);
  const narrowest = Math.min(...page.flatMap((parts) => trailingFigures(parts).map((f) => f.end - f.start)));
  if (used.some((runs) => runs[0]!.length > count)) return refused();
  // (only on a squeezed page: its whole rows, each figure filled, print as one run; or a squeezed table no row fills;
  // or a page no row fills, nothing bounding its columns from the left)
  const whole = page.map((parts) => trailingFigures(parts)).filter((f) => f.length === count);
  // (on a squeezed table no other row fills, a page's whole rows printed as several runs show the columns their runs
  // start in, and that a gap between runs holds no blank column)
  const pins = unfilled && whole.length > 0 ? wholeRowEnds(whole) : [];
  if (pins === null || (!unfilled && whole.some((f) => runsOf(f).length > 1))) return refused();
  const bounded = !unfilled && whole.length > 0;
  // (unbounded by whole rows, a gap holds a blank column only where pdftotext packs neighbouring figures one space
  // apart: most of the page's lines of two figures or more print two of them so)
  const lined = used.filter((runs) => runs.reduce((n, r) => n + r.length, 0) >= 2);
  if (!unfilled && !bounded && lined.filter((runs) => runs.some((r) => r.length >= 2)).length * 2 <= lined.length) return refused();
  // (nor when a run after a gap ends where the figure right after the line's first run ends in other lines' first runs:
  // a narrower figure right-aligned in the next cell, no blank column between)
  // (a run tight after a lone figure so ending stands in that column, `72.53     72.53` under other lines' packed
  // fiscal figures: its end pins the column)
  const nextRuns = !unfilled && !bounded ? nextInFirstRuns(page.map((parts) => trailingFigures(parts))) : [];
  // (such a run after a wide gap, not tight, stands in that column too where the page's packed runs squeeze their
  // figures left of their cells and a figure after a gap stands at its cell's edge, `1,514.0       0.0` ending where
  // other lines pack their third figure, `5,843.3 5,371.3 472.0 0.0`: read so only when no placement fits the page with
  // a blank column behind every gap (one that does leaves the page refused, as before: the other lines' packed figure
  // may itself stand a blank column on, `1,267.36 1,265.09 2.27` skipping 上级补助收入), and the page then fits one; else
  // the page is left to its columns, or to two blocks each read so)
  const loose = nextRuns.some((n) => !n.tight);
  if (loose && !pinLoose) return refused();
  const nextPins: [number, number][] = nextRuns.map((n) => [n.end, n.column]);
  let pinsOn = !loose;
  // (a run-starting figure stands where its cell is, never left of where the whole rows squeeze that column's figures;
  // on a squeezed table no row fills, never left of where any line's first run, squeezed left from the total column,
  // puts a figure of that column)
  // (a line whose first figure ends away from where most lines' totals end prints no total: its first run stands
  // further right, `0.0 0.0 0.0` of a row whose 合计 is blank, and bounds nothing)
  const totalEnd = medianFirstEnd(used);
  const squeezedLeft = bounded ? whole : unfilled ? page.map((parts) => firstRun(trailingFigures(parts))).filter((f) => f.length > 0 && Math.abs(f[0]!.end - totalEnd) <= APART) : [];
  const least = Array.from({ length: count }, (_, c) => Math.max(...squeezedLeft.map((f) => f[c]?.end ?? -Infinity)) - SQUEEZED);
  const ends = [...new Set(used.flatMap((runs) => runs.slice(1).map((r) => r.end)))].sort((a, b) => a - b);
  if (ends.length === 0) return none;
  // (ends within APART of the one before stand in one column, ends further apart in the next columns; a column whose
  // ends spread wider than SPREAD means the page's lines drift: it is left to its columns)
  const starts = ends.map((e, i) => i === 0 || e - ends[i - 1]! > APART);
  for (let i = 0, low = ends[0]!; i < ends.length; i++) {
    if (starts[i]) low = ends[i]!;
    if (ends[i]! - low > SPREAD) return none;
  }
  const agreed = new Map<number, number | null>();
  const byFirstRuns = new Map<number, number | null>();
  let firstBest = 0;
  const column = new Map<number, number>();
  const at = (end: number) => column.get(end)!;
  let tried = 0;
  let found = 0;
  let best = -Infinity;
  let anyGap = false;
  let tight = unfilled ? TIGHT : STRICT;
  let closedBelow = 0;
  const walk = (i: number, from: number): boolean => {
    if (++tried > MAX_TRIED) return false;
    if (i === ends.length) {
      if (!used.every((runs) => fits(runs, count, at, { wideLast: unfilled, anyGap, tight, closedBelow }))) return true;
      if (!lines.every((runs, k) => runs.length < 2 || holds(k, columnsOfRuns(runs, at)))) return true;
      // (of the placements fitting, those putting the most packed figures in the column whose run-starting figures end
      // where they end, and the fewest in another, are kept)
      const score = packedAgreement(lines, ends, at);
      if (found > 0 && score < best) return true;
      if (found === 0 || score > best) {
        agreed.clear();
        byFirstRuns.clear();
        firstBest = 0;
      }
      best = Math.max(best, score);
      found++;
      for (const e of ends) agreed.set(e, agreed.has(e) && agreed.get(e) !== at(e) ? null : at(e));
      // (of those, the ones whose lines' first runs put the most packed figures where their columns' run-starting
      // figures end, none elsewhere)
      const first = firstRunAgreement(lines, ends, at);
      if (first > firstBest) byFirstRuns.clear();
      firstBest = Math.max(firstBest, first);
      if (first > 0 && first === firstBest) for (const e of ends) byFirstRuns.set(e, byFirstRuns.has(e) && byFirstRuns.get(e) !== at(e) ? null : at(e));
      return true;
    }
    const e = ends[i]!;
    for (let c = from; c < count; c++) {
      if (i > 0 && (c === from) === starts[i]) continue;
      if (e < least[c]!) continue;
      const pinned = pinnedColumn(pins, e) ?? (pinsOn ? pinnedColumn(nextPins, e) : undefined);
      if (pinned !== undefined && pinned !== c) continue;
      column.set(e, c);
      if (!walk(i + 1, c)) return false;
    }
    return true;
  };
  // (one reading of the page's gaps: every placement fitting it walked, `found` and `agreed` filled anew; false when
  // the walk runs past its budget)
  let triedAnyGap = false;
  const attempt = (tightness: number, any: boolean, closing = 0): boolean => {
    tight = tightness;
    anyGap = any;
    closedBelow = closing;
    triedAnyGap ||= any;
    tried = 0;
    found = 0;
    best = -Infinity;
    agreed.clear();
    byFirstRuns.clear();
    firstBest = 0;
    if (!walk(0, 1)) return false;
    // (placements that leave a run's column undecided, where the lines' first runs decide it on a page no row fills:
    // `2,919.4 2,919.4 0.0` packing the 0.0 of 上级补助收入 where that column's run-starting figures end, each of a
    // narrow table's packed zeros standing at its cell's edge; a whole row squeezes its figures left of their cells,
    // each ending where the run-starting figures of the column before it may end)
    if (whole.length === 0 && [...agreed.values()].includes(null) && byFirstRuns.size > 0 && ![...byFirstRuns.values()].includes(null)) for (const [e, c] of byFirstRuns) agreed.set(e, c);
    return true;
  };
  if (loose) {
    if (!attempt(tight, false)) return none;
    if (found > 0) return refused();
    pinsOn = true;
    if (!attempt(TIGHT, true) || found === 0) return none;
  } else if (!attempt(tight, false)) return none;
  // (a page no placement fits with a blank column behind every gap: a gap narrower than the page's narrowest figure
  // holds none, `97.44 0.00 0.00 0.00   0.00` whose last zero ends where the other lines pack their 其他收入; read so
  // only where the page fits no placement with a blank column behind every gap, as a one-row page's narrow columns may
  // hold one behind so narrow a gap, and only where that decides every run)
  if (found === 0 && tight < TIGHT) {
    if (!attempt(tight, false, narrowest)) return none;
    if ([...agreed.values()].includes(null)) found = 0;
  }
  // (a page no placement fits with a blank column behind every gap: a run tight after a lone figure may stand in the
  // column next to it, `87.11   87.11 0.00`, a total narrower than the others, the figure after it at its cell's edge)
  if (found === 0 && tight < TIGHT && !attempt(TIGHT, false)) return none;
  // (a page no placement fits with a blank column behind every wide gap, whose whole rows print several runs (a gap
  // of theirs holds no blank column), or, on a squeezed table no row fills, whose columns' run-starting figures end
  // together: every run may start in the column next to the run before, where the runs' first figures end and the
  // rows' totals decide; read so only where that decides every run, else kept, with its score, for when nothing reads
  // the page closer: then each run it decides is placed, a line with a run it leaves open left to its columns)
  let looser: { found: number; best: number; agreed: Map<number, number | null> } | null = null;
  if (found === 0 && (pins.length > 0 || (unfilled && endsTogether(ends, starts)))) {
    if (!attempt(TIGHT, true)) return none;
    if (found > 0 && [...agreed.values()].includes(null)) {
      looser = { found, best, agreed: new Map(agreed) };
      found = 0;
    }
  }
  // (nor so: a gap as wide as the line's narrowest figure and a space each side after a lone figure may hold no blank
  // column either, `61.5     61.5      0.0`, the fiscal figure in the column right after the total)
  if (found === 0 && !attempt(LOOSE, false)) return none;
  if (found === 0 && looser !== null) {
    found = looser.found;
    best = looser.best;
    for (const [e, c] of looser.agreed) agreed.set(e, c);
  }
  // (a page no whole row bounds that no placement fits so, every line of two figures or more printing its first two
  // one space apart, packed left from the total column: read as a squeezed table's page no row fills, its runs never
  // left of where the lines' first runs squeeze each column, a lone last figure a gap after the one before in the
  // column next to it)
  if (found === 0 && !unfilled && !bounded && lined.every((runs) => runs[0]!.length >= 2)) return placeByRunStarts(page, count, true, holds);
  // (any page no placement fits otherwise whose columns' run-starting figures end together: a run may start in the
  // column next to the run before, a packed figure ending at its cell's edge a narrow gap before the next cell's,
  // `10,426,000.51 0.00   0.00 0.00`, where the runs' first figures end decide)
  if (found === 0 && lastResort && !triedAnyGap && endsTogether(ends, starts) && !attempt(TIGHT, true)) return none;
  // (a placement putting more packed figures left of the column whose run-starting figures end where they end than
  // in that column reads the page against its own figures: none)
  if (found === 0 || best < 0) return none;
  // (a line of one run, some cells blank, stands from the total column on only when its first figure ends where most
  // lines' first figures, their totals, end: a run far right of them leaves the total blank; a whole row's one run
  // fills every column, nothing to place)
  return lines.map((runs) => {
    // (a line of one run printing no total whose first figure ends where the page's runs start one column, the
    // same on every placement, stands from that column on, when the run fits the columns left)
    const lone = runs.length === 1 ? runs[0]! : null;
    if (lone !== null && lone.length < count && Math.abs(lone.end - totalEnd) > APART) {
      const c = agreed.get(lone.end);
      return c === undefined || c === null || c + lone.length > count ? null : Array.from({ length: lone.length }, (_, j) => c + j);
    }
    if (runs.length === 0 || (runs.length === 1 && runs[0]!.length >= count)) return null;
    if (runs.slice(1).some((r) => agreed.get(r.end) === null)) return null;
    // (read with loose runs pinned, a line of several runs printing no total, its first figure ending away from where
    // most lines' totals end, is not placed from the total column on: left to its columns)
    if (pinsOn && loose && Math.abs(runs[0]!.end - totalEnd) > APART) return null;
    return columnsOfRuns(runs, (end) => agreed.get(end)!);
  });
}

/** The fewest lines of two runs or more a block of a page must hold to be read apart from the lines beside it. */
const BLOCK_RUNS = 3;

/** How far apart the ends of each column's run-starting figures stand under a placement of lines (`fit`, as
 * `placeByRunStarts` returns it), summed over the columns. */
function spread(page: readonly (readonly Positioned[])[], fit: readonly (number[] | null)[]): number {
  const ends = new Map<number, number[]>();
  page.forEach((parts, k) => {
    const columns = fit[k];
    if (!columns) return;
    const figures = trailingFigures(parts);
    figures.forEach((f, i) => {
      if (i === 0 || f.start - figures[i - 1]!.end <= 1) return;
      ends.set(columns[i]!, [...(ends.get(columns[i]!) ?? []), f.end]);
    });
  });
  return [...ends.values()].reduce((n, e) => n + Math.max(...e) - Math.min(...e), 0);
}

/**
 * `placeByRunStarts` of a page, or, when the page's rows fit no one placement, of the two blocks it falls into:
 * pdftotext may draw a page's lines in blocks, each spreading the columns after the total its own way (`0.00` of
 * 上级补助收入 ending at 57 above a wrapped row, at 59 from it on; 其他收入 at 78, then at 89). Of the lines where the
 * page may be cut into two blocks, each fitting a placement of its own and holding three lines of several runs at
 * least, the one whose blocks put each column's run-starting figures closest together cuts it, unless the whole page,
 * every run free to start next to the run before, puts them as close or closer; a line the cuts equally close place
 * differently is left to its columns, and so is every line of a page no cut reads so. On a page no one placement fits,
 * a cut whose one block its run starts read and whose other block is read whole by where its figures end (`byEnds`,
 * the page's `placeByEndGroups`: a lower block whose figures all stand apart, its gaps saying nothing of blank
 * columns) counts as a cut reading both blocks, measured the same way.
 */
export function placeByRunBlocks(
  page: readonly (readonly Positioned[])[],
  count: number,
  unfilled = false,
  holds: (line: number, columns: readonly number[]) => boolean = () => true,
  byEnds: readonly (number[] | null)[] = page.map(() => null),
): (number[] | null)[] {
  const why: { refused?: true } = {};
  const all = placeByRunStarts(page, count, unfilled, holds, why, false);
  // (a page its lines refuse, a run after a gap ending under other lines' packed figures, is not cut either: a block
  // without those lines would be read as they forbid)
  if (why.refused) return all;
  // (a page one placement fits is cut only where its rows' totals move: from a line on, their first figures end
  // further than APART from where the line before ends its own, the page drawn as two blocks, and only when the
  // blocks keep each column's run-starting ends closer together than the whole page does)
  const fitsWhole = all.some((c) => c !== null);
  const firstEnds = page.map((parts) => trailingFigures(parts)[0]?.end);
  // (and stays so: the line before those above and the line after the cut end theirs within APART of their own side's,
  // not a lone total pushed off its place by a long name)
  const totalsMove = (cut: number) => {
    const before = firstEnds.slice(0, cut).filter((e) => e !== undefined);
    const after = firstEnds.slice(cut).filter((e) => e !== undefined);
    if (before.length < 2 || after.length < 2 || firstEnds[cut] === undefined) return false;
    const [above, here] = [before[before.length - 1]!, after[0]!];
    return Math.abs(here - above) > APART && Math.abs(before[before.length - 2]! - above) <= APART && Math.abs(after[1]! - here) <= APART;
  };
  const several = page.map((parts) => runsOf(trailingFigures(parts)).length > 1);
  const same = (a: number[] | null, b: number[] | null) => (a === null ? b === null : b !== null && a.join() === b.join());
  type Cuts = { cost: number; fits: (number[] | null)[][] } | null;
  // (the cuts closest so far with a cut's reading added: a closer one replaces them, one as close joins them)
  const closest = (kept: Cuts, cost: number, fit: (number[] | null)[]): Cuts => {
    if (kept === null || cost < kept.cost) return { cost, fits: [fit] };
    if (cost === kept.cost) kept.fits.push(fit);
    return kept;
  };
  let best: Cuts = null;
  let oneSided: Cuts = null;
  let endSided: Cuts = null;
  // (a block every line of figures of which the page's end groups read, `byEnds`, as that placement; else null)
  const endsRead = (from: number, to: number) => {
    const block = byEnds.slice(from, to);
    const read = page.slice(from, to).every((parts, j) => {
      const n = trailingFigures(parts).length;
      return n === 0 || block[j]?.length === n;
    });
    return read ? block : null;
  };
  for (let cut = 1; cut < page.length; cut++) {
    if (several.slice(0, cut).filter(Boolean).length < BLOCK_RUNS || several.slice(cut).filter(Boolean).length < BLOCK_RUNS) continue;
    // (blocks read with loose runs pinned only where the rows are drawn otherwise from the cut on: elsewhere a cut is
    // made on what its blocks say strictly)
    const moved = totalsMove(cut);
    if (fitsWhole && !moved) continue;
    const top = placeByRunStarts(page.slice(0, cut), count, unfilled, holds, {}, true, moved);
    const rest = placeByRunStarts(page.slice(cut), count, unfilled, (line, columns) => holds(cut + line, columns), {}, true, moved);
    const fit = [...top, ...rest];
    const cost = spread(page.slice(0, cut), top) + spread(page.slice(cut), rest);
    const [topRead, restRead] = [top.some((c) => c !== null), rest.some((c) => c !== null)];
    if (!topRead || !restRead) {
      // (on a page no placement fits, a block its run starts read and the other read whole by where its figures end,
      // `byEnds`: the page drawn as two blocks, its totals in place, the other block's figures standing apart so that
      // its gaps say nothing of blank columns)
      const other = topRead === restRead ? null : topRead ? endsRead(cut, page.length) : endsRead(0, cut);
      if (!fitsWhole && other !== null) {
        const [upper, lower] = topRead ? [top, other] : [other, rest];
        endSided = closest(endSided, spread(page.slice(0, cut), upper) + spread(page.slice(cut), lower), [...upper, ...lower]);
      }
      // (on a page no placement fits, at a cut where the rows are drawn otherwise, a block its run starts read is read
      // so, the other left to its columns, when no cut reads both blocks)
      if (!fitsWhole && moved && (topRead || restRead) && (oneSided === null || cost < oneSided.cost)) oneSided = { cost, fits: [fit] };
      continue;
    }
    best = closest(best, cost, fit);
  }
  // (a cut read with its other block's end groups stands against cuts read on run starts alone by the same measure)
  if (endSided !== null && (best === null || endSided.cost < best.cost)) best = endSided;
  best ??= oneSided;
  if (fitsWhole) {
    if (best === null || spread(page, all) <= best.cost) return all;
    const cutAt = best.fits;
    return page.map((_, k) => (cutAt.every((fit) => same(fit[k]!, cutAt[0]![k]!)) ? cutAt[0]![k]! : all[k]!));
  }
  // (cut before any run may start next to the run before on the whole page, two blocks' ends interleaved being read as
  // one column's; the whole page so read, its columns' ends as close together as the blocks' or closer, is one block)
  const wholePage = placeByRunStarts(page, count, unfilled, holds);
  if (best === null || (wholePage.some((c) => c !== null) && spread(page, wholePage) <= best.cost)) return wholePage;
  return page.map((_, k) => (best!.fits.every((fit) => same(fit[k]!, best!.fits[0]![k]!)) ? best!.fits[0]![k]! : null));
}

/** A line's placement with its figures moved to the value columns `fit` (from `placeByRunStarts`), when the placement
 * holds exactly the line's figures in its value columns (in order); null otherwise. `d` is the placement's shift. */
export function placeRunStarts(placed: Placed, parts: readonly Positioned[], fit: readonly number[] | null, model: ColumnModel, d = 0, count = valueColumnCount(model)): Placed | null {
  if (fit === null || count === null || placed.cells.length !== model.columns.length) return null;
  const figures = trailingFigures(parts);
  const held = placed.cells.slice(model.columns.length - count).filter((c) => c !== '').join(' ').split(/\s+/);
  if (fit.length !== figures.length || held.join(' ') !== figures.map((f) => f.text).join(' ')) return null;
  return withFigures(placed, model, model.columns.length - count, figures, fit, d);
}

/** A table's lines (indices) split into pages: a new page at each line `breaks` says starts one. */
export function runPages(run: readonly number[], breaks: (k: number) => boolean): number[][] {
  const pages: number[][] = [];
  for (const k of run) {
    if (pages.length === 0 || breaks(k)) pages.push([]);
    pages[pages.length - 1]!.push(k);
  }
  return pages;
}
