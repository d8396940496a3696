import { cellLabel, normLabel } from '../../text/clean.ts';
import type { SourceLine } from '../../text/lines.ts';
import { classifyCell, figuresInCell } from './cells.ts';
import { isTotalLabel } from './context.ts';
import { isHeaderWordRow } from './vocabulary.ts';

/**
 * Shared row reading for budget tables: split 类/款/项 codes, budget-unit rows (`021014 郑州市中小企业服务中心`),
 * repeated (possibly mangled) header rows after page breaks.
 */

export interface RowHead {
  /** Classification code joined from split 类/款/项 cells (215 05 17 → 2150517), or a single printed code. */
  code: string | null;
  /** Budget-unit code when the row is a unit row. */
  unitCode: string | null;
  name: string;
  /** Index of the name cell; value cells follow it. */
  nameIdx: number;
  /** Indexes of the code cells (accounted as `other` by the caller). */
  codeIdx: number[];
}

const CODE_PART = /^\d{2,3}$/;

/** A function code at the start of a name cell, spaced (`221 02 02`) or joined (`2210202`), then the name (not a digit). */
const LEADING_CODE_RE = /^(2\d{2}(?:[ \u3000]+\d{2}){1,2}|2\d{2}(?:\d{2}){1,2})[ \u3000]*([^\d\s].*)$/;

/** A 2-digit 项 code joined to the start of a name (`01住房公积金`). */
const LEADING_ITEM_CODE_RE = /^(\d{2})[ \u3000]*([^\d\s.,，、．年月日%].*)$/;

/** A 6-digit budget-unit code the reader joined to the unit's name in one cell (`410001焦作市中站区文化广电和`). */
const LEADING_UNIT_CODE_RE = /^(\d{6})[ \u3000]*([^\d\s.,，、．年月日%].*)$/;

/**
 * Read the leading label part of a classification row: up to `labelCells` cells holding 类, 款, 项, 单位代码 and the
 * name. Robust to a dropped blank label cell: the name is the last text cell among the leading cells.
 */
export function readRowHead(l: SourceLine, labelCells: number): RowHead {
  const cells = l.cells.map((c) => cellLabel(c));
  let nameIdx = -1;
  // The leading cells are counted by what they print: a blank column the reader split off the code or unit columns
  // (`201 | | 01 | 01 | | 行政运行`) does not push the name out of the label part; the first figure after the name ends it,
  // and so do several figures the reader put in one cell after it (`行政运行 | 2769.1 2769.1`, a page laid out apart
  // from its header): they are no name, nor before any name (an unlabelled 合计 row, `3,171.0 | 439.7 90.7 | …`).
  let printed = 0;
  for (let j = 0; j < cells.length && printed < labelCells; j++) {
    const k = figuresInCell(cells[j]!) !== null ? 'number' : classifyCell(cells[j]!);
    if (k !== 'blank' && k !== 'text' && nameIdx >= 0) break;
    if (k !== 'blank') printed++;
    if (k === 'text') nameIdx = j;
  }
  const head = nameIdx >= 0 ? cells.slice(0, nameIdx) : cells.slice(0, Math.max(0, labelCells - 1));
  const digits: { idx: number; v: string }[] = [];
  const pushCode = (c: string, idx: number) => {
    if (/^\d+$/.test(c)) digits.push({ idx, v: c });
    // a code printed with spaces in one cell (`208 05 01`): its 类, 款 and 项
    else if (/^\d{3}(?:[ \u3000]+\d{2}){1,2}$/.test(c)) for (const v of c.split(/[ \u3000]+/)) digits.push({ idx, v });
    // its 款 and 项 in one cell after the 类 in the cell before (`215 | 05 17`, a page drawn left of the table's
    // columns, its codes where they stood on the page before)
    else if (/^\d{2}[ \u3000]+\d{2}$/.test(c) && digits.length === 1 && digits[0]!.v.length === 3) for (const v of c.split(/[ \u3000]+/)) digits.push({ idx, v });
    // its 款 and 项 squeezed together after the 类 (`208 0502`)
    else if (/^\d{3}[ \u3000]+\d{4}$/.test(c)) {
      const [lei, rest] = c.split(/[ \u3000]+/) as [string, string];
      for (const v of [lei, rest.slice(0, 2), rest.slice(2)]) digits.push({ idx, v });
    }
  };
  head.forEach((c, idx) => pushCode(c, idx));
  // A code the reader joined to the name in one cell (`221 02住房改革支出`, a page laid out apart): split off.
  let name = nameIdx >= 0 ? cells[nameIdx]! : '';
  const joined = digits.length === 0 ? LEADING_CODE_RE.exec(name) : null;
  if (joined) {
    pushCode(joined[1]!, nameIdx);
    name = joined[2]!;
  }
  // The 项 code joined to the name after a 类 and 款 printed apart (`221 02 | 01住房公积金`): split off.
  const joinedItem = digits.length === 2 && digits[0]!.v.length === 3 && digits[1]!.v.length === 2 ? LEADING_ITEM_CODE_RE.exec(name) : null;
  if (joinedItem) {
    digits.push({ idx: nameIdx, v: joinedItem[1]! });
    name = joinedItem[2]!;
  }
  const joinedUnit = digits.length === 0 && !joined ? LEADING_UNIT_CODE_RE.exec(name) : null;
  if (joinedUnit) {
    pushCode(joinedUnit[1]!, nameIdx);
    name = joinedUnit[2]!;
  }
  let code: string | null = null;
  let unitCode: string | null = null;
  if (digits.length >= 3 && digits.slice(0, 3).every((d) => CODE_PART.test(d.v)) && digits[0]!.v.length === 3) {
    code = digits
      .slice(0, 3)
      .map((d) => d.v)
      .join('');
    if (digits.length > 3) unitCode = digits[3]!.v;
  } else if (digits.length === 2 && digits[0]!.v.length === 3 && digits[1]!.v.length === 2 && (digits[0]!.idx === 0 || joined)) {
    code = digits[0]!.v + digits[1]!.v;
  } else if (digits.length === 1 && isJoinedFunctionCode(digits[0]!.v, name)) {
    code = digits[0]!.v;
  } else if (digits.length === 1) {
    unitCode = digits[0]!.v;
  }
  return {
    code,
    unitCode: code === null ? unitCode : null,
    name,
    nameIdx,
    codeIdx: digits.map((d) => d.idx),
  };
}

/**
 * A budget-unit row whose name wrapped with its figures on the next line (`410001 焦作市中站区文化广电和` /
 * `旅游局本级  102737749.30 …`): the unit line prints no figure, the line under it no code. The two are one row,
 * read on the line with the figures under the whole name; the unit line's code cells are returned for accounting.
 */
export function joinUnitNamesAbove<T extends { l: SourceLine; head: RowHead }>(
  heads: readonly T[],
  hasFigures: (l: SourceLine) => boolean,
  isTotal: (name: string) => boolean,
): { heads: T[]; joined: { l: SourceLine; codeIdx: number[] }[] } {
  const out: T[] = [];
  const joined: { l: SourceLine; codeIdx: number[] }[] = [];
  for (let i = 0; i < heads.length; i++) {
    const a = heads[i]!;
    const b = heads[i + 1];
    const isUnit = a.head.unitCode !== null && a.head.code === null && a.head.nameIdx >= 0;
    const tail =
      b !== undefined &&
      b.head.code === null &&
      b.head.unitCode === null &&
      b.head.codeIdx.length === 0 &&
      b.head.nameIdx >= 0 &&
      !isTotal(b.head.name) &&
      b.l.n - a.l.n <= 2;
    if (isUnit && !hasFigures(a.l) && tail && hasFigures(b!.l)) {
      out.push({ ...b!, head: { ...a.head, name: a.head.name + b!.head.name, nameIdx: b!.head.nameIdx, codeIdx: [] } });
      joined.push({ l: a.l, codeIdx: a.head.codeIdx });
      i++;
      continue;
    }
    out.push(a);
  }
  return { heads: out, joined };
}

/**
 * A row head whose name was wrapped onto the next line, read again with the whole name: a lone 3-digit code read as a
 * budget-unit code (`207 文化旅游体育与传媒支` / `出`) is the 类 code once the name ends in 支出.
 */
export function withWrappedName(head: RowHead, name: string): RowHead {
  if (head.unitCode !== null && head.code === null && head.codeIdx.length === 1 && isJoinedFunctionCode(head.unitCode, name))
    return { ...head, code: head.unitCode, unitCode: null, name };
  return { ...head, name };
}

/**
 * A joined function-classification code in one cell (`2080501`, `20805`; a 3-digit 类 code only with a 类 name
 * ending in 支出 — budget-unit codes can be 3 digits too, `566`).
 */
function isJoinedFunctionCode(v: string, name: string): boolean {
  if (/^2\d{4}(?:\d{2})?$/.test(v)) return true;
  return /^2\d{2}$/.test(v) && /支出$/.test(name);
}

/** A repeated header row (possibly mangled) after a page break: only header words of the vocabulary, no numbers. */
export function isHeaderEcho(l: SourceLine): boolean {
  if (l.cells.some((c) => ['number', 'percent', 'withheld'].includes(classifyCell(normLabel(c))))) return false;
  return isHeaderWordRow(l.cells);
}

/** A printed classification code, whole (`2150501`, `215 05 01`) or one of its 类 / 款 / 项 parts. */
const CODE_CELL_RE = /^(?:2\d{2}(?:(?:[ \u3000]+\d{2}){1,2}|\d{2}(?:\d{2})?)?|\d{2})$/;

/**
 * A classification row whose figures stand on the next line: the code (`215 05 01`), maybe with the start of its
 * name (`208 05 行政事业单位养老`), printed on a line without figures; the next line prints no code, the rest of the
 * name (`支出`) or the whole name, and the figures. One row, read on the line with the figures: the code in the cells
 * where it was printed, the name pieces joined. The code lines are returned so the caller accounts their cells.
 */
export function joinCodeLinesAbove(rows: readonly SourceLine[]): { rows: SourceLine[]; codeLines: SourceLine[] } {
  const out: SourceLine[] = [];
  const codeLines: SourceLine[] = [];
  const withFigures = rows.map((l, i) => (l.cells.some((c) => classifyCell(normLabel(c)) === 'number') ? i : -1));
  const lastWithFigures = Math.max(-1, ...withFigures);
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    const b = rows[i + 1];
    const merged = b !== undefined && b.n === a.n + 1 ? codeLineWithFigures(a, b, i + 1 === lastWithFigures) : null;
    if (!merged) {
      out.push(a);
      continue;
    }
    out.push(merged);
    codeLines.push(a);
    i++;
  }
  return { rows: out, codeLines };
}

/**
 * Line `a` (a code and maybe a name start, no figure) joined with line `b` (no code, a name piece, figures), or null.
 * A line `b` of figures only takes `a`'s code and whole name (`201 03 政府办公厅（室）及相关机构事务` over `59.44 13.00 …`:
 * pdftotext wrote the long label's line above its figures), unless it is the table's last line with figures (`last`:
 * a total printed without its label stands there).
 */
function codeLineWithFigures(a: SourceLine, b: SourceLine, last: boolean): SourceLine | null {
  const labels = a.cells.map((c) => cellLabel(c));
  const printed = labels.flatMap((c, j) => (c !== '' ? [j] : []));
  const codes = printed.filter((j) => CODE_CELL_RE.test(labels[j]!));
  if (codes.length === 0 || codes[0] !== printed[0] || !/^2\d{2}/.test(labels[codes[0]!]!)) return null;
  const names = printed.filter((j) => !codes.includes(j));
  if (names.some((j) => classifyCell(normLabel(a.cells[j]!)) !== 'text' || j < codes[codes.length - 1]!) || names.length > 1) return null;
  const kinds = b.cells.map((c) => classifyCell(normLabel(c)));
  const first = kinds.findIndex((k) => k !== 'blank');
  if (first >= 0 && kinds[first] === 'number' && names.length === 1 && !last) {
    const label = [...codes, names[0]!];
    if (first <= names[0]! || kinds.some((k) => k === 'text')) return null;
    const cells = Array.from({ length: Math.max(a.cells.length, b.cells.length) }, (_, j) => (label.includes(j) ? a.cells[j]! : (b.cells[j] ?? '')));
    const spans = b.spans?.map((sp, j) => (label.includes(j) ? (a.spans?.[j] ?? sp) : sp));
    return { ...b, cells, ...(spans ? { spans } : {}) };
  }
  if (first < 0 || kinds[first] !== 'text' || !kinds.includes('number')) return null;
  const piece = cellLabel(b.cells[first]!);
  // (a code alone on its line, drawn into the column of the name under it, `221 02 03` over `购房补贴 21 3080142.74`:
  // the code goes before the name in its cell, read off it as a code joined to its name)
  if (codes.length === 1 && names.length === 0 && codes[0] === first && !LEADING_CODE_RE.test(piece) && !isTotalLabel(piece)) {
    const cells = b.cells.map((c, j) => (j === first ? `${labels[first]!} ${piece}` : c));
    return { ...b, cells };
  }
  if (codes.some((j) => j >= b.cells.length || kinds[j] !== 'blank')) return null;
  if (LEADING_CODE_RE.test(piece) || isTotalLabel(piece) || kinds.slice(first + 1).some((k) => k === 'text')) return null;
  // The name start on the code line goes before the piece on the figures line (in the piece's cell).
  const start = names.length === 1 ? labels[names[0]!]! : '';
  if (start !== '' && names[0]! > first) return null;
  const cells = b.cells.map((c, j) => (codes.includes(j) ? a.cells[j]! : j === first ? start + piece : names[0] === j ? '' : c));
  const spans = b.spans?.map((sp, j) => (codes.includes(j) ? (a.spans?.[j] ?? sp) : sp));
  return { ...b, cells, ...(spans ? { spans } : {}) };
}
