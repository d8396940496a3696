/**
 * Step 1 of the spaced reader (`spaced.ts`): the run of a table's lines found from a line that may start one (a line of
 * amounts, the 栏次 row, …), down to a page break or a line no table spans, ended at its last line of amounts, with the
 * rows standing above its first amount line (coded rows with blank amounts, a wrapped label's first line, an
 * unlabelled 合计 printed first); and whether what was found is a table at all once its header band is known. Pure.
 */
import type { SourceLine } from '../../text/lines.ts';
import { isHeaderWord } from './header-groups.ts';
import { lookupWord } from '../tables/vocabulary.ts';
import { isAmountText, type ColumnModel, type Positioned } from './positioned.ts';
import { isRowNumberText } from './row-numbers.ts';
import { pieces } from './piece.ts';
import { carryShift } from './carry-shift.ts';
import { ITEM_START_RE, MAX_PIECES, isAmountPiece, isBoundary, isCandidate, isCodeAlone, isCodedRow, isColumnNumbersLine, isDataLine, isLoneFigure, isWholeAmountRow } from './spaced-lines.ts';

/** `above` (the line over the figures line `line`) is one numbered label starting where the figures line's label starts,
 * and that label does not start an item of its own: the first line of a label wrapped with its figures below. */
function wrappedLabelStart(line: Positioned[], above: Positioned[]): boolean {
  const label = line[0];
  return (
    above.length === 1 && label !== undefined && !isAmountText(label.text) && above[0]!.start === label.start &&
    ITEM_START_RE.test(above[0]!.text) && !ITEM_START_RE.test(label.text) && !isAmountText(above[0]!.text)
  );
}

/** A header word that is also a row name: a 三公 item, a row of the 经济分类 tables (`30212 因公出国（境）费用`). */
function isRowName(text: string): boolean {
  return lookupWord(text)?.families.every((f) => f === 'three_public') === true;
}

/**
 * The lines right over the figures line `line`, a blank line over them, each one piece that is no header word standing
 * where a label of the figures line starts: the first lines of that label, its figures on a lower line (a row centred
 * on its lines: `平顶山市科学技术` over `410001   局本级   63.81`). Returns how many (0: none). `over(k)` gives the
 * pieces of the k-th line up, null past the table's floor.
 */
function labelStartOverBlank(line: Positioned[], over: (k: number) => Positioned[] | null): number {
  for (let k = 1; k <= 4; k++) {
    const ps = over(k);
    if (ps === null) return 0;
    if (ps.length === 0) return k - 1;
    if (ps.length !== 1 || isAmountText(ps[0]!.text) || (isHeaderWord(ps[0]!.text) && !isRowName(ps[0]!.text))) return 0;
    if (!line.some((p) => !isAmountText(p.text) && p.start === ps[0]!.start)) return 0;
  }
  return 0;
}

/** A table's run of lines, as found from the line that starts it. */
export interface TableRun {
  /** The table's lines (indices into the document's lines), top down, the rows above its first amount line included. */
  run: number[];
  /** Its first line: its header band stands above it. */
  first: number;
  /** The run stopped at a page break: the next page may continue the table. */
  pageBreak: boolean;
  /** It started at a 行次 number alone (an empty table's 合计 row, label lost, amounts blank). */
  rowNumber: boolean;
}

/**
 * The run of table lines from line `i`, or null when line `i` starts none. `floor`: the first line after the table
 * read before (no run reaches above it); `carriedEnds`: where the amounts of the table a page break interrupted end
 * (a label and one whole amount ending there is a row); `dp(k)`: line `k`'s pieces.
 */
export function findRun(
  lines: readonly SourceLine[],
  i: number,
  floor: number,
  pageStarts: ReadonlySet<number>,
  dp: (k: number) => Positioned[],
  carriedEnds: readonly number[],
): TableRun | null {
  const l = lines[i]!;
  if (!isCandidate(l)) return null;
  const parts = dp(i);
  // (a line with a single money amount under a header: the only row of an empty table, its 合计 unlabelled)
  // (or the 行次 number alone: an empty table's 合计 row, label lost, amounts blank)
  const lone = isLoneFigure(parts);
  const rowNumber = parts.length === 1 && isRowNumberText(parts[0]!.text);
  if (!isDataLine(parts) && !isColumnNumbersLine(parts) && !isWholeAmountRow(parts, carriedEnds) && !lone && !rowNumber) return null;
  // A run of table lines from here.
  const run: number[] = [];
  let blanks = 0;
  let j = i;
  let pageBreak = false;
  for (; j < lines.length; j++) {
    const m = lines[j]!;
    // Each page is read on its own: pdftotext places the columns of each page a little differently (a page may
    // start with furniture: its running head).
    if (j > i && pageStarts.has(m.n)) {
      pageBreak = true;
      break;
    }
    if (m.skip) continue;
    if (!isCandidate(m)) break;
    const ps = dp(j);
    if (ps.length === 0) {
      if (++blanks > 2) break;
      continue;
    }
    blanks = 0;
    if (ps.length > MAX_PIECES || isBoundary(m, ps)) break;
    run.push(j);
  }
  // a table ends at its last line of amounts (a line with a single money amount, the only row of a nearly empty
  // table, included)
  const amountEnds = [...carriedEnds, ...run.filter((k) => isDataLine(dp(k))).flatMap((k) => dp(k).filter((p) => isAmountPiece(p.text)).map((p) => p.end))];
  const amounts = (k: number) =>
    isDataLine(dp(k)) || isLoneFigure(dp(k)) || isWholeAmountRow(dp(k), amountEnds);
  // (the 行次 number alone, right under the 栏次 row or first: an empty table's unlabelled 合计)
  const loneRowNumber = (k: number) => dp(k).length === 1 && isRowNumberText(dp(k)[0]!.text);
  const onlyRow = (k: number) => loneRowNumber(k) && run.every((x) => x === k || isColumnNumbersLine(dp(x)));
  while (run.length > 0 && !amounts(run[run.length - 1]!) && !(rowNumber && run.length === 1) && !onlyRow(run[run.length - 1]!)) run.pop();
  // rows with a code and blank amounts just above the first amount line are rows of the table, under its header, and
  // so is a code alone on its line right above it (the code of the row whose name and figures follow, `212 01 01` at a
  // page's top over `行政运行  18  54395.77 …`)
  let first = i;
  for (let k = i - 1; k >= floor && isCandidate(lines[k]!) && (isCodedRow(dp(k)) || (k === i - 1 && isCodeAlone(dp(k)))); k--) first = k;
  // a numbered label alone on the line just above the first amount line, starting where that line's label starts
  // (`一、一般公共预算拨款收` over `入   27613.32`), is the start of its wrapped label, not a header line
  const over = i > floor && isCandidate(lines[i - 1]!) ? dp(i - 1) : [];
  if (first === i && wrappedLabelStart(dp(i), over)) first = i - 1;
  if (first === i) first = i - labelStartOverBlank(dp(i), (k) => (i - k > floor && isCandidate(lines[i - k]!) ? dp(i - k) : null));
  // a line with a single money amount a few lines above (an unlabelled 合计 printed first: `29.82` over
  // `1.因公出国（境）` / `费` over the first line of two amounts), and the lines between, are rows, never header words
  for (let k = first - 1, seen = 0; k >= floor && seen < 4 && isCandidate(lines[k]!); k--) {
    const ps = dp(k);
    if (ps.length === 0) continue;
    if (isBoundary(lines[k]!, ps)) break;
    seen++;
    if (isLoneFigure(ps)) {
      first = k;
      break;
    }
  }
  for (let k = i - 1; k >= first; k--) run.unshift(k);
  return { run, first, pageBreak, rowNumber };
}

/**
 * Whether a run and its header band make a table: two lines of amounts or a header (one line of amounts alone only
 * when it continues the table a page break interrupted, `carried`), a line of amounts or a header of two pieces on a
 * line, and a run started at a 行次 number alone (`rowNumber`) only as the one line under a header that prints 行次.
 */
export function isTableRun(
  lines: readonly SourceLine[],
  run: readonly number[],
  band: readonly number[],
  rowNumber: boolean,
  dp: (k: number) => Positioned[],
  carried: ColumnModel | null,
): boolean {
  const dataCount = run.filter((k) => isDataLine(dp(k))).length;
  // one line of amounts alone is not a table, unless it continues the table of the page before (its last row)
  const continues = () => carried !== null && carryShift(run.map((k) => ({ line: lines[k]!, parts: dp(k) })), carried) !== null;
  if (dataCount < 2 && band.length === 0 && !continues()) return false;
  if (dataCount === 0 && !band.some((k) => pieces(lines[k]!.raw).length >= 2)) return false;
  if (rowNumber && (run.length !== 1 || !band.some((k) => lines[k]!.raw.includes('行次')))) return false;
  return true;
}

/**
 * Word lines right after the last amount line (a row with every amount blank, the rest of a wrapped label) belong
 * to the table when all their words stand in its label columns: the lines after `run` (found from line `i`) that
 * join it, read with `model` moved by `shift`.
 */
export function wordLinesAfter(
  lines: readonly SourceLine[],
  run: readonly number[],
  i: number,
  pageStarts: ReadonlySet<number>,
  dp: (k: number) => Positioned[],
  model: ColumnModel,
  shift: number,
): number[] {
  const after: number[] = [];
  for (let k = (run[run.length - 1] ?? i) + 1; k < lines.length; k++) {
    const m = lines[k]!;
    const ps = dp(k);
    if (m.skip || !isCandidate(m) || ps.length === 0 || isBoundary(m, ps) || (pageStarts.has(m.n) && k > i)) break;
    const texts = model.columns.map((c) => c.kind === 'text');
    // (or left of them all: the rest of a name pdftotext drew a column left of where the page's names start)
    const leftOfAll = (p: Positioned) => texts[0] === true && p.end + shift <= model.columns[0]!.start;
    if (!ps.every((p) => leftOfAll(p) || model.columns.some((c, j) => texts[j] && Math.min(c.end, p.end + shift) - Math.max(c.start, p.start + shift) > 0))) break;
    after.push(k);
  }
  return after;
}
