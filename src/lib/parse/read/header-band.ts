/**
 * Step 2 of the spaced reader (`spaced.ts`): a table's header band (the word lines above its run), the title above it,
 * the band read as a wrapped row label when the table continues the one a page break interrupted, the words a 栏次 row
 * carries for the header (`carriedColumnWords`), and the header rows written into the band's lines (`writeHeader`).
 */
import type { TableKind } from '../../model/table.ts';
import type { SourceLine } from '../../text/lines.ts';
import type { ColumnModel, Positioned, PositionedLine } from './positioned.ts';
import { hasHan, pieces } from './piece.ts';
import { isAmountText } from './columns.ts';
import { isWordPart, lookupWord } from '../tables/vocabulary.ts';
import { restGluedBefore } from './rest-glued-before.ts';
import { splitGluedLabelWords } from './label-word-glued.ts';
import { startsDrawnRight } from './starts-drawn-right.ts';
import { shiftFor, type CarriedTable } from './carry-shift.ts';
import { MAX_PIECES, SPACED_CODE_RE, carriedByNumbers, codeInOneCell, isAmountLine, isBoundary, isCandidate, isCodedRow, isColumnNumbersLine, isDataLine, titleKind } from './spaced-lines.ts';

/** Header lines above a table at most: four header levels, each wrapped over up to three lines. */
const MAX_HEADER_LINES = 12;

/** Header lines above the first data line: word lines up to a boundary (title, unit, department, blank run). */
function headerBand(lines: readonly SourceLine[], first: number, floor: number, pageStarts: ReadonlySet<number>): number[] {
  const band: number[] = [];
  let blanks = 0;
  for (let i = first - 1; i >= floor && band.length < MAX_HEADER_LINES; i--) {
    const l = lines[i]!;
    // a header stands on its page: the foot of the page before (its page number) ends the band
    if (l.skip === 'page-number' || l.skip === 'running-foot') break;
    if (!isCandidate(l)) {
      if (l.skip) continue;
      break;
    }
    const parts = pieces(l.raw);
    if (parts.length === 0) {
      // (two blank lines right over the rows: an empty first row, the 合计 with its label lost and nothing printed)
      if (++blanks > (band.length === 0 ? 2 : 1)) break;
      continue;
    }
    blanks = 0;
    if (isColumnNumbersLine(parts)) continue;
    if (parts.length > MAX_PIECES || isBoundary(l, parts) || isDataLine(parts) || isCodedRow(parts)) break;
    band.unshift(i);
    if (pageStarts.has(l.n)) break;
  }
  return band;
}

/**
 * The band without its last line when that line starts the label of the row right under it: a row label centred on
 * its lines begins on the line above its figures (`焦作市中站区发展和改` over `410003 革委员会综合行政执法   43.20 …`), one
 * piece starting where the row's name starts, no piece of a header word.
 */
function withoutLabelStart(band: number[], first: number, dp: (k: number) => Positioned[]): number[] {
  const last = band[band.length - 1];
  if (last === undefined || last !== first - 1 || band.length < 2) return band;
  const only = dp(last);
  if (only.length !== 1 || !hasHan(only[0]!.text) || isWordPart(only[0]!.text) || lookupWord(only[0]!.text) !== null) return band;
  const row = dp(first);
  const name = row.find((p) => p.start === only[0]!.start && hasHan(p.text));
  return name !== undefined && row.some((p) => isAmountText(p.text)) && !isWordPart(name.text) ? band.slice(0, -1) : band;
}

/** A run's header band and the title above it. */
export interface HeaderBand {
  /** The header's lines (indices), top down: none when they are the start of a continued table's wrapped row label. */
  band: number[];
  /** The table's lines: the run, with the band's lines at its top when they are such a label. */
  run: number[];
  /** The kind the last title above the table names (null when none). */
  titled: TableKind | null;
  /** That title names another table than the one carried from the page before: a table of its own. */
  otherTable: boolean;
}

/**
 * The header band over `run` (its first line `first`, no line above `floor`), with the table `carried` from the page
 * before (null when none): the band's lines become the run's first lines when they are the start of a wrapped row
 * label of that table.
 */
export function headerBandOf(
  lines: readonly SourceLine[],
  run: readonly number[],
  first: number,
  floor: number,
  pageStarts: ReadonlySet<number>,
  dp: (k: number) => Positioned[],
  carried: CarriedTable | null,
): HeaderBand {
  const whole = headerBand(lines, first, floor, pageStarts);
  const band = withoutLabelStart(whole, first, dp);
  // (the start of the first row's label, taken out of the band, is the run's first line)
  const rows = [...whole.slice(band.length), ...run];
  // (a title naming another table between them, page furniture or not, starts a new table: `部门收入总表` after the
  // page that ended `部门收支总表`)
  const titled = titleKind(lines, floor, band[0] ?? first);
  const otherTable = titled !== null && carried !== null && carried.kind !== null && titled !== carried.kind;
  // On a page that continues the table of the page before, word lines above the first amount line whose words all
  // stand in that table's label columns are the start of a wrapped row label, not a header (never under a title
  // naming another table: that table's header).
  if (carried && band.length > 0 && !otherTable) {
    const d = shiftFor(rows.map((k) => ({ line: lines[k]!, parts: dp(k) })), carried.columns);
    const inLabels = (k: number) =>
      dp(k).every((p) => carried.columns.columns.some((c) => c.kind === 'text' && Math.min(c.end, p.end + (d ?? 0)) - Math.max(c.start, p.start + (d ?? 0)) > 0));
    if (d !== null && band.every(inLabels)) return { band: [], run: [...band, ...rows], titled, otherTable };
  }
  return { band, run: rows, titled, otherTable };
}

/** The words 栏次 rows carry for a header, and the rows' own pieces. */
export interface CarriedColumnWords {
  /** The words carried by 栏次 rows above the first line of amounts: read with the table's header. */
  words: PositionedLine[];
  /** The words carried by a 栏次 row further down, by its line: read with the header repeated above it. */
  at: Map<number, PositionedLine>;
  /** Each such row's own pieces, 栏次 and its numbers: the row's pieces from now on. */
  rests: Map<number, Positioned[]>;
}

/**
 * The 栏次 row may carry the last line of a label column's header word (`目编码` under `功能分类科`, written on the
 * 栏次 line when the word stands low in a tall cell): those words are read with the header, the row keeps 栏次
 * and its numbers.
 */
export function carriedColumnWords(lines: readonly SourceLine[], run: readonly number[], dp: (k: number) => Positioned[]): CarriedColumnWords {
  const words: PositionedLine[] = [];
  // (a 栏次 row repeated inside the run with a header repeated there keeps 栏次 and its numbers too, its words those
  // of the repeated header)
  let firstRows = true;
  const at = new Map<number, PositionedLine>();
  const rests = new Map<number, Positioned[]>();
  for (const k of run) {
    const carried = carriedByNumbers(dp(k));
    if (carried) {
      if (firstRows) words.push({ line: lines[k]!, parts: carried.words });
      else at.set(k, { line: lines[k]!, parts: carried.words });
      rests.set(k, carried.rest);
    } else if (isAmountLine({ line: lines[k]!, parts: dp(k) })) firstRows = false;
  }
  return { words, at, rests };
}

/**
 * A code printed in one piece on some rows (`201 03 01`) and in parts on others (`201 01   01`, pdftotext spreading
 * the same cell), under a header that prints 类 款 项 as one cell: one code column, its parts joined on every row.
 */
export function codeInOneColumn(lines: readonly SourceLine[], band: readonly number[], run: readonly number[], dp: (k: number) => Positioned[]): boolean {
  return codeInOneCell(band.map((k) => pieces(lines[k]!.raw))) && run.some((k) => SPACED_CODE_RE.test(dp(k)[0]?.text ?? ''));
}

/** The header's lines read: the band's pieces (label words run together with the next word split off it, 行次 or a
 * label word before a value word, `splitGluedLabelWords`; a word's rest glued before its start read as the word,
 * `restGluedBefore`; the starts of words drawn right of their rests on one line put back over them,
 * `startsDrawnRight`), then the words the 栏次 rows carry (none without a band). */
export function headerLinesOf(lines: readonly SourceLine[], band: readonly number[], carried: readonly PositionedLine[]): PositionedLine[] {
  const parts = startsDrawnRight(band.map((k) => pieces(lines[k]!.raw).flatMap(splitGluedLabelWords).map(restGluedBefore)));
  return [...band.map((k, r) => ({ line: lines[k]!, parts: parts[r]! })), ...(band.length > 0 ? carried : [])];
}

/** Header rows into the first band lines (one per level), the other band lines marked as joined into the first. */
export function writeHeader(lines: SourceLine[], band: number[], model: ColumnModel): void {
  const joined = band.slice(model.header.length).map((x) => lines[x]!.n);
  band.forEach((k, r) => {
    const src = lines[k]!;
    if (r < model.header.length) {
      lines[k] = {
        ...src,
        form: 'spaced',
        cells: model.header[r]!,
        spans: model.columns.map((c) => ({ start: c.start, end: c.end })),
        ...(r === 0 ? { joined, joinedRaw: band.slice(model.header.length).map((x) => lines[x]!.raw) } : {}),
      };
    } else lines[k] = { ...src, form: 'spaced', skip: 'joined' };
  });
}
