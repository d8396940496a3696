/**
 * Space-aligned tables as `pdftotext -layout` writes them: no tabs, columns aligned with runs of spaces whose width
 * varies from row to row, headers wrapped over several lines. Lines are cut into positioned pieces (character columns
 * as written: a CJK character counts as one column, as pdftotext counts it) and read by the positioned-text core.
 */
import type { Problem } from '../../model/document.ts';
import type { TableKind } from '../../model/table.ts';
import { cleanText } from '../../text/clean.ts';
import { excerpt, type SourceLine } from '../../text/lines.ts';
import { DEPT_LINE_RE, looksLikeTableTitle, parseTableNumber, recogniseTitle } from '../tables/recognise.ts';
import { classifyCell } from '../tables/cells.ts';
import { findUnit } from '../tables/unit.ts';
import { isHeaderWord } from './header-groups.ts';
import { lookupWord } from '../tables/vocabulary.ts';
import { moveNamesBesideCodes, splitNamesOffCodes } from './name-beside-code.ts';
import { figuresOnMiddleLine, joinCodeLines, joinWrappedLabels, wrappedLabels, type WrapChoice } from './wrapped-labels.ts';
import { buildColumns, columnsFromNumbers, fitsModel, isAmountText, placeParts, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';
import { reassembleHeader } from './header-words.ts';
import { splitGluedFigure } from './line-pieces.ts';
import { columnsByOrder, orderShift, placeInOrder, placeWithRowNumber, rowNumberColumn } from './figure-order.ts';
import { fitToPage, fullRowsApart, joinCodeParts, sameCharacters } from './page-fit.ts';
import { joinSplitRows } from './split-rows.ts';
import { recalibrate, valueColumnCount, wholeNeighbours } from './row-calibration.ts';
import { placeByRunStarts, placeRunStarts, runPages } from './run-starts.ts';
import { isRowNumberText } from './row-numbers.ts';
import { coverOnNumbers } from './header-cover.ts';
import { coverOnlyRow } from './only-row.ts';
import { onlyRowNumber } from './only-row-number.ts';
import { totalFirst } from './total-first.ts';
import { respaceOnlyRow } from './only-row-spacing.ts';
import { coverOnAmounts } from './sparse-cover.ts';
import { placeAgainByTotals, totalsConfirmed } from './row-totals.ts';
import { coverOnSqueezedRows, placeSqueezedRow, squeezedFigures } from './squeezed-rows.ts';
import { pieces } from './piece.ts';

/** The columns of a table from its header and amount lines (and its 栏次 numbers); header words broken and interleaved
 * over many lines are re-read by meaning where the reading by position leaves words the vocabulary does not know
 * (`header-words.ts`); figures squeezed one space apart are read by the order of full rows (`figure-order.ts`). */
function columnsOf(header: PositionedLine[], data: PositionedLine[], columnNumbers: Positioned[] = []): ColumnModel {
  const built = buildColumns(header, data, columnNumbers);
  const model = reassembleHeader(header, built, false, columnNumbers.length > 0) ?? built;
  // (a table of mostly blank columns under a 栏次 row: its header read as an exact cover onto the numbered columns)
  // (the only row of an empty table, every figure printed: its header read as an exact cover of its figures)
  // (a sparse table whose figures stand apart by position: its header read as an exact cover onto those columns)
  // (else by position, the only row's 行次 never read as money)
  return columnsByOrder(header, data, model, columnNumbers.length > 0 ? columnNumbers : null) ?? coverOnNumbers(header, data, model, columnNumbers) ?? coverOnlyRow(header, data, model) ?? coverOnAmounts(header, data, model) ?? coverOnSqueezedRows(header, data, model) ?? onlyRowNumber(data, model) ?? model;
}

/** How a header read as an exact cover of vocabulary words was read (`header-cover.ts`): an `info` problem on its
 * first line, the words found and the columns they head. */
function coverProblem(header: PositionedLine[], model: ColumnModel): Problem {
  const figures = model.figures ?? 0;
  const labels = model.columns.slice(model.columns.length - figures).map((_, k) => {
    const j = model.columns.length - figures + k;
    return model.header.map((r) => r[j] ?? '').filter((x) => x !== '').join('/');
  });
  const first = header[0]!.line;
  const undecided = model.coverUndecided
    ? `「${model.coverUndecided.join('」「')}」的列序无法由表头确定，但这些列在每一行的数值相同，按任一列序读出的数值都一样`
    : '读法唯一';
  return {
    severity: 'info',
    line: first.n,
    message: `表头的字被折行打乱（第 ${first.n}–${header[header.length - 1]!.line.n} 行）：按词表拼成整词「${model.cover!.join('」「')}」，每个字恰好用一次，${undecided}；数值列依次为「${labels.join('」「')}」`,
    raw: excerpt(first.raw),
    code: 'header_cover',
  };
}

/** More pieces than any printed table has columns: such a line is not read as a table row (and stays linear). */
const MAX_PIECES = 200;
/** Header lines above a table at most: four header levels, each wrapped over up to three lines. */
const MAX_HEADER_LINES = 12;


const CJK_CHAR_RE = /^[\u3400-\u9fff]$/;
/** A piece that starts a numbered item (`二、`, `（一）`, `3.`): a new label, never the rest of the one before it. */
const ITEM_START_RE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])/;

/**
 * Pieces of a data line (a figure glued to the name before it split off, `splitGluedFigure`): words of one label
 * separated by a single space are one piece (`一般公共服务 支出`), and so are
 * single characters spread over a cell (`合    计`, `总    计`: distributed alignment) and a code printed with spaces
 * at the start of the line (`208 05 01`).
 */
export function dataPieces(raw: string): Positioned[] {
  const out: Positioned[] = [];
  const all = gluedCodePart(pieces(raw).flatMap(splitRunTogether).flatMap(splitGluedFigure));
  // A code printed with spaces (`208 05 01`) at the start of the line is one piece; its parts in columns of their
  // own (`201 03      08`: 类 and 款 one space apart, 项 further) stay apart.
  // (款 and 项 may be squeezed together: `207 0101`, its 款 and 项 one piece)
  let codeParts = 0;
  const partRe = (k: number) => (k === 0 ? /^\d{3}$/ : k === 1 ? /^\d{2}(?:\d{2})?$/ : /^\d{2}$/);
  while (codeParts < Math.min(3, all.length) && partRe(codeParts).test(all[codeParts]!.text) && !(codeParts === 2 && all[1]!.text.length === 4)) codeParts++;
  const spacedCode = codeParts > 1 && all.slice(1, codeParts).every((p, i) => p.start - all[i]!.end === 1);
  for (const [k, p] of all.entries()) {
    const last = out[out.length - 1];
    if (last && spacedCode && k < codeParts) {
      out[0] = { text: `${last.text} ${p.text}`, start: last.start, end: p.end };
      continue;
    }
    const spread = last && CJK_CHAR_RE.test(last.text) && CJK_CHAR_RE.test(p.text) && p.start - last.end <= 8;
    if (last && spread) out[out.length - 1] = { text: `${last.text}${p.text}`, start: last.start, end: p.end };
    // (栏次 is a word of its own: the end of a wrapped label word printed beside it, `编码 栏次`, stays apart)
    else if (last && p.start - last.end === 1 && !isAmountText(last.text) && !isAmountText(p.text) && !ITEM_START_RE.test(p.text) && !isColumnsWord(p.text) && !isColumnsWord(last.text)) {
      out[out.length - 1] = { text: `${last.text} ${p.text}`, start: last.start, end: p.end };
    } else out.push(p);
  }
  return out;
}

/** A figure with a decimal point: its digits (thousands separated by commas or not) and how many decimals it has. */
const DECIMAL_FIGURE_RE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.(\d+)$/;

/**
 * Two figures run together with no space (`58.4714.62`: two narrow columns filled to their edges) as two pieces, where
 * exactly one cut leaves two figures with the same number of decimals; any other piece as it is.
 */
export function splitRunTogether(p: Positioned): Positioned[] {
  if ((p.text.match(/\./g) ?? []).length !== 2) return [p];
  const cuts: number[] = [];
  for (let i = 1; i < p.text.length; i++) {
    const a = DECIMAL_FIGURE_RE.exec(p.text.slice(0, i));
    const b = DECIMAL_FIGURE_RE.exec(p.text.slice(i));
    if (a && b && a[1]!.length === b[1]!.length) cuts.push(i);
  }
  if (cuts.length !== 1) return [p];
  const i = cuts[0]!;
  return [
    { text: p.text.slice(0, i), start: p.start, end: p.start + i },
    { text: p.text.slice(i), start: p.start + i, end: p.end },
  ];
}

/** A 项 code part glued to the name after it (`221 02 01住房公积金`: pdftotext leaves no space where the name's cell
 * starts right after the code's): after a 类 and a 款 part one space apart, the two digits split off the name. */
function gluedCodePart(all: Positioned[]): Positioned[] {
  const [a, b, c] = all;
  const glued = c === undefined ? null : /^(\d{2})([\u3400-\u9fff（(].*)$/.exec(c.text);
  if (!a || !b || !c || !glued || !/^\d{3}$/.test(a.text) || !/^\d{2}$/.test(b.text) || b.start - a.end !== 1 || c.start - b.end !== 1) return all;
  return [a, b, { text: glued[1]!, start: c.start, end: c.start + 2 }, { text: glued[2]!, start: c.start + 2, end: c.end }, ...all.slice(3)];
}

/** The word of the 栏次 row (the row that numbers the value columns). */
function isColumnsWord(text: string): boolean {
  return text === '栏次';
}

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

/** A printed amount standing alone: `1,234.56`, `980`, `12.5%`, or a dash for nothing (not `1.` of a list). */
function isAmountPiece(text: string): boolean {
  return isAmountText(text) && !text.endsWith('.') && classifyCell(text) !== 'withheld';
}

/** Sentence punctuation, or a unit written after a number in a sentence: prose, not a table cell. */
const PROSE_RE = /[。，；！？]|^(?:万元|亿元|元)/;

/**
 * A table line with amounts: cells apart by two spaces or more somewhere (prose has single spaces), no prose-long
 * piece, and a money amount (decimal point, separator or percent) or two amounts or more.
 */
function isDataLine(parts: Positioned[]): boolean {
  if (parts.length < 2 || parts.length > MAX_PIECES || parts.some((p) => p.end - p.start > 40 || PROSE_RE.test(p.text))) return false;
  let gap = false;
  for (let k = 1; k < parts.length; k++) if (parts[k]!.start - parts[k - 1]!.end >= 2) gap = true;
  const nums = parts.filter((p) => isAmountPiece(p.text));
  // (figures a single space apart, after a label or nothing: `18.39 15.00`, `“三公”经费合计 11.2` in narrow columns)
  const k = parts.findIndex((p) => isAmountPiece(p.text));
  const figuresLast = k >= 0 && parts.slice(k).every((p) => isAmountPiece(p.text) && /[.,]/.test(p.text)) && !/[:：]$/.test(parts[0]!.text);
  if (nums.length === 0 || (!gap && nums.length < 3 && !figuresLast)) return false;
  return nums.length >= 2 || nums.some((p) => /[.,%％]/.test(p.text));
}

/**
 * A label and one whole number or dash (`八、社会保障和就业   45`, `十三、交通运输   —`) ending where the table's amounts
 * end (±1 column): a row of the table, which `isDataLine` cannot tell apart from a label and a row number on their own.
 */
function isWholeAmountRow(parts: Positioned[], amountEnds: readonly number[]): boolean {
  if (parts.length < 2 || parts.some((p) => p.end - p.start > 40 || PROSE_RE.test(p.text))) return false;
  const nums = parts.filter((p) => isAmountPiece(p.text));
  if (nums.length !== 1 || !/^(?:\d+|[-—–－]{1,2})$/.test(nums[0]!.text)) return false;
  const k = parts.indexOf(nums[0]!);
  return k > 0 && nums[0]!.start - parts[k - 1]!.end >= 2 && amountEnds.some((e) => Math.abs(e - nums[0]!.end) <= 1);
}

/** A line of amounts that shows where the columns stand: a data line, not the 栏次 row (its numbers may stand anywhere
 * in their cells, centred or left-aligned, and are placed into the columns the amounts make). */
function isAmountLine(l: PositionedLine): boolean {
  return isDataLine(l.parts) && !isColumnNumbersLine(l.parts) && carriedByNumbers(l.parts) === null;
}

/**
 * A 栏次 row carrying the last line of a label column's header word (`目编码  栏次  1  2  3`, the word standing low in a
 * tall cell): its words and the 栏次 row itself, else null.
 */
function carriedByNumbers(parts: Positioned[]): { words: Positioned[]; rest: Positioned[] } | null {
  const words = parts.filter((p) => p.text !== '栏次' && !/^\d{1,3}$/.test(p.text));
  const rest = parts.filter((p) => !words.includes(p));
  return words.length > 0 && rest.some((p) => p.text === '栏次') && isColumnNumbersLine(rest) && !words.some((p) => isAmountText(p.text)) ? { words, rest } : null;
}

/** The 栏次 row (`栏次  1  2  3`, or the column numbers alone): read with the table, never as header words. */
function isColumnNumbersLine(parts: Positioned[]): boolean {
  if (parts.length === 0) return false;
  // side-by-side halves print 栏次 once each (`栏次  1  栏次  2`)
  const nums = parts.filter((p) => p.text !== '栏次');
  if (nums.length === 0 || (nums.length === parts.length && nums.length < 2)) return false;
  return nums.every((p) => /^\d{1,3}$/.test(p.text));
}

/** The numbers of a table's 栏次 row, when one is printed among its lines. */
function columnNumbersOf(data: PositionedLine[]): Positioned[] {
  return data.find((l) => isColumnNumbersLine(l.parts))?.parts.filter((p) => p.text !== '栏次') ?? [];
}

/**
 * Cells of the 栏次 row. Its numbers number the value columns left to right and may stand anywhere in their cells
 * (centred, left-aligned, beside a short right-aligned figure, so nearer another column's figures than their own):
 * numbered 1 … n, with at most one 栏次 word and as many numbers as value columns, each number goes to its column in
 * order; otherwise (a row of 行次 numbers only, side-by-side halves) each piece goes where it stands.
 */
function placeColumnNumbers(parts: Positioned[], model: ColumnModel): ReturnType<typeof placeParts> {
  const nums = parts.filter((p) => p.text !== '栏次');
  const words = parts.filter((p) => p.text === '栏次');
  const values = model.columns.flatMap((c, j) => (c.kind === 'text' ? [] : [j]));
  const numbering = nums.every((p, k) => p.text === String(k + 1));
  if (!numbering || nums.length !== values.length || words.length > 1) return placeParts(parts, model);
  const placed = placeParts(words, model);
  values.forEach((j, k) => {
    placed.cells[j] = nums[k]!.text;
    placed.spans[j] = { start: nums[k]!.start, end: nums[k]!.end };
  });
  return placed;
}

/** A running head printed before a title on its line: `2018年部门预算表`, `2023年度部门决算表`. */
const RUNNING_HEAD_RE = /^(?:\d{4}年度?)?部门(?:预算|决算)表?$/;

/** Lines a table never spans: titles, table numbers, unit and department lines, notes, long prose lines. */
function isBoundary(l: SourceLine, parts: Positioned[]): boolean {
  const text = cleanText(l.raw).trim();
  const flat = text.replace(/[\s\u3000]+/g, '');
  if (flat === '') return false;
  // A title is one run of words: one piece, or pieces one space apart (`附表1　部门收支总表` with an ideographic space),
  // or its table number or a running head and its name (`附表1   部门收支总表`, `2018年部门预算表     部门收支总表`).
  const oneRun = parts.every((p, i) => i === 0 || p.start - parts[i - 1]!.end <= 1);
  const numbered = parts.length === 2 && (parseTableNumber(parts[0]!.text) !== null || RUNNING_HEAD_RE.test(parts[0]!.text));
  if ((oneRun || numbered) && (recogniseTitle(text) !== null || looksLikeTableTitle(text))) return true;
  if (parseTableNumber(text) !== null || findUnit(text) !== null) return true;
  if (/^(?:注|说明|备注)\s*\d?\s*[:：]/.test(flat)) return true;
  if (DEPT_LINE_RE.test(flat)) return true;
  if (/^第[一二三四五六七八九十]{1,3}部分/.test(flat)) return true;
  if (/[。；！？]/.test(flat)) return true;
  if (/^\d{4}\s*年度?$/.test(flat)) return true;
  // Prose: one long piece (a table cell is rarely longer than 30 characters without a gap).
  return parts.length === 1 && flat.length > 30;
}

/** The kind of the last table title among lines `from` … `to − 1` (furniture or not), or null when none names one. */
function titleKind(lines: readonly SourceLine[], from: number, to: number): TableKind | null {
  for (let k = to - 1; k >= from; k--) {
    const kind = recogniseTitle(cleanText(lines[k]!.raw).trim());
    if (kind !== null) return kind;
  }
  return null;
}

function isCandidate(l: SourceLine): boolean {
  return !l.skip && !l.form && !l.raw.includes('\t');
}

/** A row with a classification code (`301`, `30299`, `2080501`, `211 01 99`) or a budget unit's code (`410001`) and a label: a
 * table row whose amounts are blank or stand on the next line (a wrapped label), never a header line. */
function isCodedRow(parts: Positioned[]): boolean {
  return parts.length >= 2 && parts.some((p) => /^(?:\d{3}(?:\d{2}){0,2}|[1-9]\d{5})$/.test(p.text) || SPACED_CODE_RE.test(p.text)) && parts.some((p) => !isAmountText(p.text));
}

/** A classification code printed with spaces in one piece: `201 03 01`, `208 05`. */
const SPACED_CODE_RE = /^\d{3}(?: \d{2}){1,2}$/;

/** The header prints no 类, 款, 项 columns of their own: none of the three words stands two spaces or more from the
 * next (`类 款 项` written as one cell, or no such words). */
function codeInOneCell(header: Positioned[][]): boolean {
  const part = (t: string) => t === '类' || t === '款' || t === '项';
  return header.every((ps) => ps.every((p, k) => k === 0 || !part(p.text) || !part(ps[k - 1]!.text) || p.start - ps[k - 1]!.end < 2));
}

/** Header lines above the first data line: word lines up to a boundary (title, unit, department, blank run). */
function headerBand(lines: SourceLine[], first: number, floor: number, pageStarts: ReadonlySet<number>): number[] {
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

/** A piece may stand in a column of this kind: money (a decimal point or separator) in a money or blank column,
 * words in a label column, a bare number (a code, a 行次) in any. */
function kindFits(text: string, kind: ColumnModel['columns'][number]['kind']): boolean {
  if (isAmountPiece(text)) return /[.,%％]/.test(text) ? kind !== 'text' : true;
  return kind === 'text';
}

/**
 * The shift (in columns, within ±12) that makes every piece of a headerless page fit the columns of the page before,
 * the one with most overlap of pieces with columns of their kind; null when none fits (the page is then read on its
 * own).
 */
function shiftFor(lines: PositionedLine[], model: ColumnModel): number | null {
  // (the 栏次 row's numbers may stand anywhere in their cells: they show no column's edge)
  const data = lines.filter((l) => !isColumnNumbersLine(l.parts));
  let best: number | null = null;
  let bestScore = -1;
  for (let d = 0; Math.abs(d) <= 12; d = d > 0 ? -d : -d + 1) {
    const shifted = data.map((l) => l.parts.map((p) => ({ ...p, start: p.start + d, end: p.end + d })));
    if (!shifted.every((parts) => fitsModel(parts, model))) continue;
    // Each piece scores its overlap with the one column it falls in, when that column is of its kind (money in a
    // money or blank column, words in a label column): a shift that moves labels over figures scores nothing for them.
    let score = 0;
    for (const parts of shifted)
      for (const p of parts) score += Math.max(0, ...model.columns.filter((c) => kindFits(p.text, c.kind)).map((c) => Math.min(c.end, p.end) - Math.max(c.start, p.start)));
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** The shift that carries a table's columns onto the next page: by its figures' order when it was read so
 * (figure-order.ts), else by positions. */
function carryShift(data: PositionedLine[], model: ColumnModel): number | null {
  return orderShift(data, model) ?? shiftFor(data, model);
}

/** Header rows into the first band lines (one per level), the other band lines marked as joined into the first. */
function writeHeader(lines: SourceLine[], band: number[], model: ColumnModel): void {
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

/** Runs of word lines inside a table whose words stand over two amount or blank columns or more: repeated headers. */
function repeatedHeaders(lines: SourceLine[], run: number[], model: ColumnModel, dp: (k: number) => Positioned[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    const over = new Set<number>();
    for (const k of cur)
      for (const p of pieces(lines[k]!.raw))
        model.columns.forEach((c, j) => {
          if (c.kind !== 'text' && Math.min(c.end, p.end) - Math.max(c.start, p.start) > 0) over.add(j);
        });
    if (over.size >= 2) out.push(cur);
    cur = [];
  };
  for (const k of run) {
    const parts = dp(k);
    if (parts.some((p) => isAmountPiece(p.text))) flush();
    else cur.push(k);
  }
  flush();
  return out;
}

/** The info that a page's columns were fitted again to its rows (`page-fit.ts`), on its first row of figures. */
function refitted(at: SourceLine, fullRows: number, byNumbers = false): Problem {
  return {
    severity: 'info',
    line: at.n,
    message: byNumbers
      ? '续页的列位置按本页栏次行的编号重新定位（本页没有完整数据行；列名沿用上页表头，每个数值落在一个栏次编号之下）'
      : `续页的列位置按本页 ${fullRows} 个完整数据行重新定位（列名沿用上页表头，数值按顺序对应各列）`,
    raw: excerpt(at.raw),
    code: 'page_columns_refitted',
  };
}

export interface SpacedResult {
  lines: SourceLine[];
  problems: Problem[];
}

/**
 * Read every space-aligned table of a document: a run of lines with amounts (allowing word lines, blank lines and
 * page furniture inside), with its header lines above. Header lines are read into the first band line's cells
 * (one row per header level; the other band lines are marked `joined`); each data line gets one cell per column.
 * Lines with tabs, pipe rows and prose are left as they are.
 */
export function readSpaced(input: SourceLine[], pageStarts: ReadonlySet<number> = new Set()): SpacedResult {
  const lines = [...input];
  const problems: Problem[] = [];
  let floor = 0;
  // The columns of the table a page break interrupted: a next page without header lines continues it.
  let previous: ColumnModel | null = null;
  // The words of the header that table was read with (a page repeating them repeats its header).
  let previousWords = '';
  // Where its header's pieces stood (each line's pieces and their start columns).
  let previousPlaces = '';
  // A 行次 column, found once per model: the rows' numbers put in it wherever they stand, also on a next page read
  // with the same columns (a page of one or two rows shows too few numbers to find it again).
  const rowNumbersOf = new Map<ColumnModel, number | null>();
  // The kind its title names (null when none was printed above it).
  let previousKind: TableKind | null = null;
  // Wrapped row labels, joined once every table is read (where the figures stand is decided for the document).
  const wraps: WrapChoice[] = [];
  // Pieces of each line, cut once (lines are only rewritten after they were cut).
  const cut = new Map<number, Positioned[]>();
  const dp = (k: number): Positioned[] => {
    let ps = cut.get(k);
    if (ps === undefined) {
      ps = dataPieces(lines[k]!.raw);
      cut.set(k, ps);
    }
    return ps;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!isCandidate(l)) continue;
    const parts = dp(i);
    const carriedEnds = previous ? previous.columns.filter((c) => c.kind === 'amount').map((c) => c.end) : [];
    // (a line with a single money amount under a header: the only row of an empty table, its 合计 unlabelled)
    // (or the 行次 number alone: an empty table's 合计 row, label lost, amounts blank)
    const lone = parts.length === 1 && isAmountPiece(parts[0]!.text) && /[.,]/.test(parts[0]!.text);
    const rowNumber = parts.length === 1 && isRowNumberText(parts[0]!.text);
    if (!isDataLine(parts) && !isColumnNumbersLine(parts) && !isWholeAmountRow(parts, carriedEnds) && !lone && !rowNumber) continue;
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
      isDataLine(dp(k)) || (dp(k).length === 1 && isAmountPiece(dp(k)[0]!.text) && /[.,]/.test(dp(k)[0]!.text)) || isWholeAmountRow(dp(k), amountEnds);
    // (the 行次 number alone, right under the 栏次 row or first: an empty table's unlabelled 合计)
    const loneRowNumber = (k: number) => dp(k).length === 1 && isRowNumberText(dp(k)[0]!.text);
    const onlyRow = (k: number) => loneRowNumber(k) && run.every((x) => x === k || isColumnNumbersLine(dp(x)));
    while (run.length > 0 && !amounts(run[run.length - 1]!) && !(rowNumber && run.length === 1) && !onlyRow(run[run.length - 1]!)) run.pop();
    // rows with a code and blank amounts just above the first amount line are rows of the table, under its header
    let first = i;
    for (let k = i - 1; k >= floor && isCandidate(lines[k]!) && isCodedRow(dp(k)); k--) first = k;
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
      if (ps.length === 1 && isAmountPiece(ps[0]!.text) && /[.,]/.test(ps[0]!.text)) {
        first = k;
        break;
      }
    }
    for (let k = i - 1; k >= first; k--) run.unshift(k);
    let band = headerBand(lines, first, floor, pageStarts);
    // (a title naming another table between them, page furniture or not, starts a new table: `部门收入总表` after the
    // page that ended `部门收支总表`)
    const titled = titleKind(lines, floor, band[0] ?? first);
    const otherTable = titled !== null && previousKind !== null && titled !== previousKind;
    // On a page that continues the table of the page before, word lines above the first amount line whose words all
    // stand in that table's label columns are the start of a wrapped row label, not a header (never under a title
    // naming another table: that table's header).
    if (previous && band.length > 0 && !otherTable) {
      const d = shiftFor(run.map((k) => ({ line: lines[k]!, parts: dp(k) })), previous);
      const inLabels = (k: number) =>
        dp(k).every((p) => previous!.columns.some((c) => c.kind === 'text' && Math.min(c.end, p.end + (d ?? 0)) - Math.max(c.start, p.start + (d ?? 0)) > 0));
      if (d !== null && band.every(inLabels)) {
        run.unshift(...band);
        band = [];
      }
    }
    // The 栏次 row may carry the last line of a label column's header word (`目编码` under `功能分类科`, written on the
    // 栏次 line when the word stands low in a tall cell): those words are read with the header, the row keeps 栏次
    // and its numbers.
    const carriedWords: PositionedLine[] = [];
    // (a 栏次 row repeated inside the run with a header repeated there keeps 栏次 and its numbers too, its words those
    // of the repeated header)
    let firstRows = true;
    const carriedAt = new Map<number, PositionedLine>();
    for (const k of run) {
      const carried = carriedByNumbers(dp(k));
      if (carried) {
        if (firstRows) carriedWords.push({ line: lines[k]!, parts: carried.words });
        else carriedAt.set(k, { line: lines[k]!, parts: carried.words });
        cut.set(k, carried.rest);
      } else if (isAmountLine({ line: lines[k]!, parts: dp(k) })) firstRows = false;
    }
    const dataCount = run.filter((k) => isDataLine(dp(k))).length;
    // one line of amounts alone is not a table, unless it continues the table of the page before (its last row)
    const continues = () => previous !== null && carryShift(run.map((k) => ({ line: lines[k]!, parts: dp(k) })), previous) !== null;
    if (dataCount < 2 && band.length === 0 && !continues()) continue;
    if (dataCount === 0 && !band.some((k) => pieces(lines[k]!.raw).length >= 2)) continue;
    if (rowNumber && (run.length !== 1 || !band.some((k) => lines[k]!.raw.includes('行次')))) continue;
    // a code printed in one piece on some rows (`201 03 01`) and in parts on others (`201 01   01`, pdftotext spreading
    // the same cell), under a header that prints 类 款 项 as one cell: one code column, its parts joined on every row
    if (codeInOneCell(band.map((k) => pieces(lines[k]!.raw))) && run.some((k) => SPACED_CODE_RE.test(dp(k)[0]?.text ?? '')))
      for (const k of run) cut.set(k, joinCodeParts(dp(k)));
    const headerLines: PositionedLine[] = [...band.map((k) => ({ line: lines[k]!, parts: pieces(lines[k]!.raw) })), ...(band.length > 0 ? carriedWords : [])];
    const dataLines: PositionedLine[] = run.map((k) => ({ line: lines[k]!, parts: dp(k) }));
    let model: ColumnModel;
    let shift = 0;
    // A page without header lines continues the table of the page before; so does a page that repeats the header
    // right after the page break (nothing but blank lines and page furniture between), read with that table's
    // columns when its lines fit them or repeat its header's words (a page with few rows shows too little to find all
    // the columns again; header words may stand beside their columns, left of short right-aligned figures).
    // (with the label words the 栏次 line carries: `科目编码` written beside 栏次 on this page, over it on the page before)
    const words = [...band.map((k) => lines[k]!.raw), ...(band.length > 0 ? carriedWords.flatMap((l) => l.parts.map((p) => p.text)) : [])].join('').replace(/[\s\u3000]+/g, '');
    const places = JSON.stringify(headerLines.map((h) => h.parts.map((p) => [p.text, p.start])));
    const rightAfter = band.length > 0 && lines.slice(floor, band[0]).every((m) => m.skip || m.raw.trim() === '');
    const fits = (d: number | null) => d !== null && headerLines.every((h) => fitsModel(h.parts.map((p) => ({ ...p, start: p.start + d, end: p.end + d })), previous!));
    const carried = previous && !otherTable && (band.length === 0 || rightAfter) ? carryShift(dataLines, previous) : null;
    // (else the page's own rows place the table's columns again: a header repeated in other words' order, or none)
    const byShift = carried !== null && (band.length === 0 || fits(carried) || words === previousWords);
    // (a page whose header repeats the table's words where they stood, every piece at its column, its rows unshifted, is
    // laid out as the page before: its columns stay; the same words standing elsewhere are a page laid out anew, its
    // columns fitted again to its full rows, two at least standing apart: one row's figures tell too little where they
    // stand, and a row most of whose figures pdftotext packed one space apart shows none of them where it stands)
    const sameWords = carried === 0 && band.length > 0 && words === previousWords;
    const fitted =
      previous && !(sameWords && places === previousPlaces) && !otherTable && (band.length === 0 || (rightAfter && (byShift || sameCharacters(words, previousWords))))
        ? fitToPage(previous, dataLines.filter(isAmountLine), columnNumbersOf(dataLines), carried, band.length > 0 && sameCharacters(words, previousWords), !byShift)
        : null;
    const again = fitted !== null && !(sameWords && fullRowsApart(dataLines.filter(isAmountLine)) < 2) ? fitted : null;
    if (again !== null) {
      model = again.model;
      if (again.joinCodes) for (const k of run) cut.set(k, joinCodeParts(dp(k)));
      problems.push(refitted((dataLines.find(isAmountLine) ?? dataLines[0]!).line, again.fullRows, again.byNumbers));
    } else if (byShift) {
      model = previous!;
      shift = carried!;
    } else {
      const numbers = run.find((k) => isColumnNumbersLine(dp(k)));
      const amountLines = dataLines.filter(isAmountLine);
      model = columnsFromNumbers(headerLines, numbers !== undefined ? pieces(lines[numbers]!.raw) : null, amountLines) ?? columnsOf(headerLines, amountLines, columnNumbersOf(dataLines));
      previousWords = words;
      previousPlaces = places;
      previousKind = titled;
      if (model.cover && headerLines.length > 0) problems.push(coverProblem(headerLines, model));
    }
    previous = pageBreak ? model : null;
    // Word lines right after the last amount line (a row with every amount blank, the rest of a wrapped label) belong
    // to the table when all their words stand in its label columns.
    for (let k = (run[run.length - 1] ?? i) + 1; k < lines.length; k++) {
      const m = lines[k]!;
      const ps = dp(k);
      if (m.skip || !isCandidate(m) || ps.length === 0 || isBoundary(m, ps) || (pageStarts.has(m.n) && k > i)) break;
      const texts = model.columns.map((c) => c.kind === 'text');
      if (!ps.every((p) => model.columns.some((c, j) => texts[j] && Math.min(c.end, p.end + shift) - Math.max(c.start, p.start + shift) > 0))) break;
      run.push(k);
    }
    writeHeader(lines, band, model);
    // A header repeated inside the run (a page break the text does not mark): word lines with words over two amount or
    // blank columns or more, read as a header with the same columns, so the grid knows them as a repeat.
    const repeats = repeatedHeaders(lines, run, model, dp);
    for (const rep of repeats) {
      const after = carriedAt.get(run[run.indexOf(rep[rep.length - 1]!) + 1] ?? -1);
      const again = columnsOf(
        [...rep.map((k) => ({ line: lines[k]!, parts: pieces(lines[k]!.raw) })), ...(after ? [after] : [])],
        dataLines.filter(isAmountLine),
      );
      if (again.columns.length === model.columns.length) writeHeader(lines, rep, again);
    }
    const inRepeat = new Set(repeats.flat());
    // the rows after a repeated header stand on a page of their own: the table's columns fitted to that page's rows
    const onPage = new Map<number, ColumnModel>();
    repeats.forEach((rep, r) => {
      const rows = run.slice(run.indexOf(rep[rep.length - 1]!) + 1, r + 1 < repeats.length ? run.indexOf(repeats[r + 1]![0]!) : run.length);
      const page = rows.map((k) => ({ line: lines[k]!, parts: dp(k) }));
      const fit = fitToPage(model, page.filter(isAmountLine), columnNumbersOf(page));
      if (fit === null) return;
      for (const k of rows) {
        onPage.set(k, fit.model);
        if (fit.joinCodes) cut.set(k, joinCodeParts(dp(k)));
      }
      problems.push(refitted(page.find(isAmountLine)!.line, fit.fullRows, fit.byNumbers));
    });
    // (each line's nearest whole rows on its page, for a row with blank cells placed by where its figures end)
    const count = valueColumnCount(model);
    const amountRows = run.filter((k) => !isColumnNumbersLine(dp(k)) && isAmountLine({ line: lines[k]!, parts: dp(k) }));
    const onlyAmountLine = amountRows.length === 1 && repeats.length === 0 ? amountRows[0]! : -1;
    const near = count === null ? [] : wholeNeighbours(run.map((k) => (isColumnNumbersLine(dp(k)) ? [] : dp(k))), count);
    // (each line's value columns by where the first figures of its page's runs end)
    const byRuns = new Map<number, number[] | null>();
    if (count !== null)
      for (const pageRun of runPages(run, (k) => pageStarts.has(lines[k]!.n) || inRepeat.has(k))) {
        const fits = placeByRunStarts(pageRun.map((k) => (isColumnNumbersLine(dp(k)) || inRepeat.has(k) || !isAmountLine({ line: lines[k]!, parts: dp(k) }) ? [] : squeezedFigures(dp(k), model))), count, model.squeezed);
        pageRun.forEach((k, j) => byRuns.set(k, fits[j]!));
      }
    // (each row as placed, for the header's totals to place again the rows they break)
    const byTotals: { k: number; placed: ReturnType<typeof placeInOrder>; parts: Positioned[]; page: ColumnModel; d: number; problems: number }[] = [];
    for (const [r, k] of run.entries()) {
      if (inRepeat.has(k) && lines[k]!.form === 'spaced') continue;
      const src = lines[k]!;
      const page = onPage.get(k) ?? model;
      const rowNumbers = rowNumbersOf.get(page) ?? rowNumberColumn(dataLines.filter(isAmountLine), page);
      rowNumbersOf.set(page, rowNumbers);
      const place = isColumnNumbersLine(dp(k))
        ? placeColumnNumbers
        : rowNumbers !== null && isAmountLine({ line: src, parts: dp(k) })
          ? (ps: Positioned[], m: ColumnModel) => placeWithRowNumber(ps, m, rowNumbers)
          : placeInOrder;
      const d = onPage.has(k) ? 0 : shift;
      const shifted = dp(k).map((p) => ({ ...p, start: p.start + d, end: p.end + d }));
      // (a squeezed table no row fills: each row's figures placed by how they stand apart and by the totals)
      const byColumns = page.squeezed && !isColumnNumbersLine(dp(k)) ? placeSqueezedRow(shifted, page, byRuns.get(k) ?? null) : place(shifted, page);
      const calibrable = rowNumbers === null && !page.squeezed && !isColumnNumbersLine(dp(k));
      const calibrated =
        (calibrable && valueColumnCount(page) === count ? placeRunStarts(byColumns, dp(k), byRuns.get(k) ?? null, page, d) : null) ??
        (calibrable && near[r] ? recalibrate(byColumns, dp(k), near[r], page, d) : null) ??
        byColumns;
      // (an empty table's only row: its figures placed again by how they stand apart)
      const respaced = (onlyAmountLine === k ? respaceOnlyRow(calibrated, dp(k), page) : null) ?? calibrated;
      // (a squeezed row placed with its total column blank: its figures from the total column on)
      // (rows of a squeezed table no row fills are placed by their own totals above, or left unread)
      const free = !isColumnNumbersLine(dp(k)) && !page.squeezed;
      const placed = free ? (totalFirst(respaced, dp(k), page, d) ?? respaced) : respaced;
      if (free) byTotals.push({ k, placed, parts: dp(k), page, d, problems: problems.length });
      const spans = placed.spans.map((sp) => ({ start: sp.start - d, end: sp.end - d }));
      lines[k] = { ...src, form: 'spaced', cells: placed.cells, spans };
      if ('ambiguous' in placed && placed.ambiguous) {
        problems.push({
          severity: 'warning',
          line: src.n,
          message: '空格对齐的表格中此行有空白单元格，数字挤在一起，按位置不能唯一确定各数字所在的列',
          raw: excerpt(src.raw),
          code: 'spaced_row_ambiguous',
        });
      } else if (placed.crowded) {
        problems.push({
          severity: 'warning',
          line: src.n,
          message: '空格对齐的表格中两个数字落在同一列，列位置可能有误',
          raw: excerpt(src.raw),
          code: 'spaced_column_crowded',
        });
      }
    }
    // a row whose placement the header's totals break, in a table whose other rows they confirm: where they hold,
    // when they single out one placement (its report of a crowded or ambiguous placement withdrawn)
    if (totalsConfirmed(model, byTotals.map((b) => b.placed.cells))) {
      const withdrawn = new Set<Problem>();
      for (const b of byTotals) {
        const again = placeAgainByTotals(b.placed, b.parts, b.page, b.d);
        if (again === null) continue;
        lines[b.k] = { ...lines[b.k]!, cells: again.cells, spans: again.spans.map((sp) => ({ start: sp.start - b.d, end: sp.end - b.d })) };
        for (const p of problems.slice(b.problems)) if (p.line === lines[b.k]!.n && (p.code === 'spaced_row_ambiguous' || p.code === 'spaced_column_crowded')) withdrawn.add(p);
      }
      if (withdrawn.size > 0) problems.splice(0, problems.length, ...problems.filter((p) => !withdrawn.has(p)));
    }
    // the table's rows (not a repeated header, not the 栏次 row) and what its columns hold, for the joins below
    const body = run.filter((k) => !inRepeat.has(k) && !isColumnNumbersLine(dp(k)));
    const kinds = model.columns.map((c) => c.kind);
    // a row split over two lines, its first figures on the label's line and the rest alone on the next: one row
    problems.push(...joinSplitRows(lines, body, model, dp));
    // a name drawn where the code's 项 part stands, in a column of its own: the name column's
    moveNamesBesideCodes(lines, body, kinds);
    splitNamesOffCodes(lines, body, kinds);
    // a code on a wrapped label's first line, its figures on a later one: one row
    joinCodeLines(lines, body, kinds);
    wraps.push(...wrappedLabels(lines, body, kinds));
    const last = run.length > 0 ? run[run.length - 1]! : i;
    floor = last + 1;
    i = last;
  }
  joinWrappedLabels(lines, wraps, figuresOnMiddleLine(wraps));
  return { lines, problems };
}
