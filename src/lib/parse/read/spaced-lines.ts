/**
 * What a line of a space-aligned text is to the spaced reader (`spaced.ts`): a line of amounts, the 栏次 row, a line a
 * table never spans, a coded row, a candidate at all. Shared by every step of the reader. Pure.
 */
import type { TableKind } from '../../model/table.ts';
import { cleanText } from '../../text/clean.ts';
import type { SourceLine } from '../../text/lines.ts';
import { DEPT_LINE_RE, SUMMARY_KINDS, looksLikeTableTitle, parseTableNumber, recogniseTitle } from '../tables/recognise.ts';
import { classifyCell } from '../tables/cells.ts';
import { findUnit } from '../tables/unit.ts';
import { isAmountText, type Positioned, type PositionedLine } from './columns.ts';
import { CODE_RE } from './line-pieces.ts';
import { isRowNumberText } from './row-numbers.ts';

/** More pieces than any printed table has columns: such a line is not read as a table row (and stays linear). */
export const MAX_PIECES = 200;

/** A piece that starts a numbered item (`二、`, `（一）`, `3.`): a new label, never the rest of the one before it. */
export const ITEM_START_RE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])/;

/** The word of the 栏次 row (the row that numbers the value columns). */
export function isColumnsWord(text: string): boolean {
  return text === '栏次';
}

/** A printed amount standing alone: `1,234.56`, `980`, `12.5%`, or a dash for nothing (not `1.` of a list). */
export function isAmountPiece(text: string): boolean {
  return isAmountText(text) && !text.endsWith('.') && classifyCell(text) !== 'withheld';
}

/** A money figure: an amount piece written with a decimal point or a thousands comma (`0.00`, `1,234`), never a 行次
 * or 栏次 number. */
export function isMoneyFigure(text: string): boolean {
  return isAmountPiece(text) && /[.,]/.test(text);
}

/** Where a line's trailing money figures start (their index), or -1 when it ends with none. */
export function figuresFrom(parts: readonly Positioned[]): number {
  let k = parts.length;
  while (k > 0 && isMoneyFigure(parts[k - 1]!.text)) k--;
  return k === parts.length ? -1 : k;
}

/** A line of one money figure alone: the only row of an empty table, its 合计 unlabelled. */
export function isLoneFigure(parts: readonly Positioned[]): boolean {
  return parts.length === 1 && isMoneyFigure(parts[0]!.text);
}

/** Sentence punctuation, or a unit written after a number in a sentence: prose, not a table cell. */
const PROSE_RE = /[。，；！？]|^(?:万元|亿元|元)/;

/**
 * A table line with amounts: cells apart by two spaces or more somewhere (prose has single spaces), no prose-long
 * piece, and a money amount (decimal point, separator or percent) or two amounts or more.
 */
export function isDataLine(parts: Positioned[]): boolean {
  if (parts.length < 2 || parts.length > MAX_PIECES || parts.some((p) => p.end - p.start > 40 || PROSE_RE.test(p.text))) return false;
  let gap = false;
  for (let k = 1; k < parts.length; k++) if (parts[k]!.start - parts[k - 1]!.end >= 2) gap = true;
  const nums = parts.filter((p) => isAmountPiece(p.text));
  // (figures a single space apart, after a label or nothing: `18.39 15.00`, `“三公”经费合计 11.2` in narrow columns;
  // also after the row's 行次, its label unprinted: `1 0.00`; or after a code and its name, the code an amount piece
  // by its digits: `30299 其他商品和服务支出 0.0`, one block of a table printing its blocks side by side)
  const at = parts.findIndex((p) => isAmountPiece(p.text));
  let tail = parts.length;
  while (tail > 0 && isAmountPiece(parts[tail - 1]!.text)) tail--;
  const afterWords = at >= 0 && tail > at && tail < parts.length;
  const afterRowNumber = at >= 0 && at + 1 < parts.length && isRowNumberText(parts[at]!.text);
  const k = afterWords ? tail : afterRowNumber ? at + 1 : at;
  const figuresLast = k >= 0 && parts.slice(k).every((p) => isMoneyFigure(p.text)) && !/[:：]$/.test(parts[0]!.text);
  if (nums.length === 0 || (!gap && nums.length < 3 && !figuresLast)) return false;
  return nums.length >= 2 || nums.some((p) => /[.,%％]/.test(p.text));
}

/**
 * A label and one whole number or dash (`八、社会保障和就业   45`, `十三、交通运输   —`) ending where the table's amounts
 * end (±1 column): a row of the table, which `isDataLine` cannot tell apart from a label and a row number on their own.
 */
export function isWholeAmountRow(parts: Positioned[], amountEnds: readonly number[]): boolean {
  if (parts.length < 2 || parts.some((p) => p.end - p.start > 40 || PROSE_RE.test(p.text))) return false;
  const nums = parts.filter((p) => isAmountPiece(p.text));
  if (nums.length !== 1 || !/^(?:\d+|[-—–－]{1,2})$/.test(nums[0]!.text)) return false;
  const k = parts.indexOf(nums[0]!);
  return k > 0 && nums[0]!.start - parts[k - 1]!.end >= 2 && amountEnds.some((e) => Math.abs(e - nums[0]!.end) <= 1);
}

/** A line of amounts that shows where the columns stand: a data line, not the 栏次 row (its numbers may stand anywhere
 * in their cells, centred or left-aligned, and are placed into the columns the amounts make). */
export function isAmountLine(l: PositionedLine): boolean {
  return isDataLine(l.parts) && !isColumnNumbersLine(l.parts) && carriedByNumbers(l.parts) === null;
}

/**
 * A 栏次 row carrying the last line of a label column's header word (`目编码  栏次  1  2  3`, the word standing low in a
 * tall cell): its words and the 栏次 row itself, else null.
 */
export function carriedByNumbers(parts: Positioned[]): { words: Positioned[]; rest: Positioned[] } | null {
  const words = parts.filter((p) => p.text !== '栏次' && !/^\d{1,3}$/.test(p.text));
  const rest = parts.filter((p) => !words.includes(p));
  return words.length > 0 && rest.some((p) => p.text === '栏次') && isColumnNumbersLine(rest) && !words.some((p) => isAmountText(p.text)) ? { words, rest } : null;
}

/** The 栏次 row (`栏次  1  2  3`, or the column numbers alone): read with the table, never as header words. */
export function isColumnNumbersLine(parts: Positioned[]): boolean {
  if (parts.length === 0) return false;
  // side-by-side halves print 栏次 once each (`栏次  1  栏次  2`)
  const nums = parts.filter((p) => p.text !== '栏次');
  if (nums.length === 0 || (nums.length === parts.length && nums.length < 2)) return false;
  return nums.every((p) => /^\d{1,3}$/.test(p.text));
}

/** The numbers of a table's 栏次 row, when one is printed among its lines. */
export function columnNumbersOf(data: PositionedLine[]): Positioned[] {
  return data.find((l) => isColumnNumbersLine(l.parts))?.parts.filter((p) => p.text !== '栏次') ?? [];
}

/** A running head printed before a title on its line: `2018年部门预算表`, `2023年度部门决算表`. */
const RUNNING_HEAD_RE = /^(?:\d{4}年度?)?部门(?:预算|决算)表?$/;

/** Lines a table never spans: titles, table numbers, unit and department lines, notes, long prose lines. */
export function isBoundary(l: SourceLine, parts: Positioned[]): boolean {
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
export function titleKind(lines: readonly SourceLine[], from: number, to: number): TableKind | null {
  for (let k = to - 1; k >= from; k--) {
    const kind = recogniseTitle(cleanText(lines[k]!.raw).trim());
    if (kind !== null) return kind;
  }
  return null;
}

/** Whether the document's lines name a 收支总表 (`SUMMARY_KINDS`) in a title or its contents. */
export function namesSummaryTable(lines: readonly SourceLine[]): boolean {
  return lines.some((l) => {
    const kind = recogniseTitle(cleanText(l.raw).trim());
    return kind !== null && SUMMARY_KINDS.includes(kind);
  });
}

/** A line the spaced reader may read: not furniture, not read in another form, no tab. */
export function isCandidate(l: SourceLine): boolean {
  return !l.skip && !l.form && !l.raw.includes('\t');
}

/** A row with a classification code (`301`, `30299`, `2080501`, `211 01 99`) or a budget unit's code (`410001`) and a label: a
 * table row whose amounts are blank or stand on the next line (a wrapped label), never a header line. */
export function isCodedRow(parts: Positioned[]): boolean {
  return parts.length >= 2 && parts.some((p) => /^(?:\d{3}(?:\d{2}){0,2}|[1-9]\d{5})$/.test(p.text) || SPACED_CODE_RE.test(p.text)) && parts.some((p) => !isAmountText(p.text));
}

/** A line holding a classification code and nothing else (`212 01 01`, `2120101`). */
export function isCodeAlone(parts: Positioned[]): boolean {
  return parts.length === 1 && (CODE_RE.test(parts[0]!.text) || SPACED_CODE_RE.test(parts[0]!.text));
}

/** A classification code printed with spaces in one piece: `201 03 01`, `208 05`, its 款 and 项 squeezed together
 * `208 9999`. */
export const SPACED_CODE_RE = /^\d{3}(?: \d{2}){1,2}$|^\d{3} \d{4}$/;

/** The header prints no 类, 款, 项 columns of their own: none of the three words stands two spaces or more from the
 * next (`类 款 项` written as one cell, or no such words). */
export function codeInOneCell(header: Positioned[][]): boolean {
  const part = (t: string) => t === '类' || t === '款' || t === '项';
  return header.every((ps) => ps.every((p, k) => k === 0 || !part(p.text) || !part(ps[k - 1]!.text) || p.start - ps[k - 1]!.end < 2));
}
