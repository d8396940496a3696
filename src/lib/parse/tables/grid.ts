import type { Problem } from '../../model/document.ts';
import { cellLabel, cleanText, normLabel } from '../../text/clean.ts';
import type { SourceLine } from '../../text/lines.ts';
import { readRowHead } from './budget-rows.ts';
import { classifyCell } from './cells.ts';
import { DATE_LINE_RE, DEPT_LINE_RE, isMetaLine, parseTableNumber, recogniseTitle, withoutTableNumber, YEAR_LINE_RE } from './recognise.ts';
import { findUnit } from './unit.ts';
import { isHeaderWordRow, lookupWord } from './vocabulary.ts';
import { repeatedHeaderColumns, rowOnTableColumns } from './repeated-header.ts';

/** The parts of a table block: meta lines, header rows, data rows, notes. */
export interface Grid {
  unit: string | null;
  unitExponent: number | null;
  printedDepartment: string | null;
  /** Header rows (first occurrence), cleaned cells. */
  header: string[][];
  headerLines: number[];
  /** 栏次 row, when printed. */
  columnNumbersLine: number | null;
  /** Data rows in order, with cleaned cells (repeated headers after page breaks removed). */
  rows: SourceLine[];
  notes: { line: number; text: string }[];
  emptyStatement: string | null;
  /** Lines that were recognised and skipped as repeated title/meta/header (page-break continuations). */
  repeatedLines: number[];
  /** Lines consumed as meta (title, number, department, year, unit). */
  metaLines: number[];
  problems: Problem[];
}

const META_DEPT_RE = DEPT_LINE_RE;
const YEAR_RE = YEAR_LINE_RE;
const DATE_RE = DATE_LINE_RE;
const NOTE_RE = /^(?:注|说明|备注|注释)\s*\d?\s*[:：]/;
/** The statement an empty table prints in place of its rows (本表无数据, 故本表为空 …). */
export const EMPTY_STATEMENT_RE = /本表无数据|故本表为空|本表为空|无相关数据|无此项/;

/** A cell holding two 栏次 numbers or more one space apart (`4 5`): numbers sharing a cell of the columns read. */
export const NUMBERS_SHARING_CELL_RE = /^\d{1,3}(?: \d{1,3})+$/;

/** The 栏次 word and numbers sharing its cell (`栏次1 2`: placed on columns other than the table's). */
const WORD_AND_NUMBERS_RE = /^(栏次)\s*(\d{1,3}(?: \d{1,3})*)$/;

/** A cell's words: numbers sharing it apart, the 栏次 word apart from the numbers beside it. */
function cellWords(cell: string): string[] {
  const c = cell.trim();
  const m = WORD_AND_NUMBERS_RE.exec(c);
  if (m) return [m[1]!, ...m[2]!.split(' ')];
  return NUMBERS_SHARING_CELL_RE.test(c) ? c.split(' ') : [c];
}

/** True for the 栏次 row (`栏次 1 2 3`, or consecutive integers 1..n only, numbers sharing a cell one space apart, the
 * 栏次 word sharing a cell with numbers). */
export function isColumnNumbersRow(cells: string[]): boolean {
  const ne = cells.flatMap(cellWords).filter((c) => c !== '');
  if (ne.length === 0) return false;
  if (ne[0] === '栏次') return true;
  if (ne.length < 2) return false;
  return ne.every((c, i) => c === String(i + 1) || c === `${i + 1}.00` || c === `${i + 1}.0`);
}

/** A header row has label cells and no amount cells (numbers with a decimal point or thousands separator). */
export function isHeaderRow(cells: string[]): boolean {
  let labels = 0;
  for (const c of cells) {
    const k = classifyCell(c);
    if (k === 'number' || k === 'percent' || k === 'withheld') {
      const t = c.trim();
      if (/[.,]/.test(t) || t.length > 4) return false;
      // Bare small integers in a header are not expected, except 栏次.
      return false;
    }
    if (k === 'text') labels++;
  }
  return labels > 0;
}

function normRow(cells: string[]): string {
  return cells.map((c) => cellLabel(c)).join('\u0001').replace(/\u0001+$/, '');
}

export interface GridOptions {
  /** Max header rows to look for (default 4). */
  maxHeaderRows?: number;
  /** Decide if a row is a header row (default: isHeaderRow). */
  headerRow?: (cells: string[], index: number) => boolean;
}

/**
 * Split a table block into meta lines, header rows, 栏次 row, data rows and notes. Repeated titles, meta lines and
 * header rows after a page break are recognised and skipped (recorded in `repeatedLines`).
 */
export function readGrid(lines: SourceLine[], opts: GridOptions = {}): Grid {
  const g: Grid = {
    unit: null,
    unitExponent: null,
    printedDepartment: null,
    header: [],
    headerLines: [],
    columnNumbersLine: null,
    rows: [],
    notes: [],
    emptyStatement: null,
    repeatedLines: [],
    metaLines: [],
    problems: [],
  };
  const maxHeader = opts.maxHeaderRows ?? 4;
  const headerTest = opts.headerRow ?? ((cells: string[]) => isHeaderRow(cells));
  const headerKeys = new Set<string>();
  let phase: 'meta' | 'header' | 'data' | 'notes' = 'meta';
  // (the table's header repeated on a continued page with its columns laid out otherwise: its lines, while read, and
  // where each of the page's columns stands among the table's, once read)
  let pending: SourceLine[] = [];
  let moved: (number | null)[] | null = null;
  const push = (row: SourceLine) => {
    g.rows.push(moved === null ? row : (rowOnTableColumns(row, moved, Math.max(...g.header.map((r) => r.length))) ?? row));
  };
  const settle = () => {
    if (pending.length === 0) return;
    const map = repeatedHeaderColumns(flattenHeader(g.header), flattenHeader(pending.map((p) => p.cells.map((c) => cellLabel(c)))));
    if (map !== null) {
      g.repeatedLines.push(...pending.map((p) => p.n));
      moved = map;
    } else for (const p of pending) push(p);
    pending = [];
  };

  for (const l of lines) {
    if (pending.length > 0 && !(phase === 'data' && headerWordLine(l, false))) settle();
    const text = cleanText(l.raw).trim();
    const single = l.cells.filter((c) => c.trim() !== '').length <= 1;
    const flat = text.replace(/[\s\u3000]+/g, '');
    // Notes and empty statements can appear anywhere after the header.
    if (single && (NOTE_RE.test(flat) || EMPTY_STATEMENT_RE.test(flat))) {
      g.notes.push({ line: l.n, text });
      if (EMPTY_STATEMENT_RE.test(flat)) g.emptyStatement = text;
      phase = 'notes';
      continue;
    }
    if (phase === 'notes' && single && g.notes.length > 0 && !parseTableNumber(l.raw) && !recogniseTitle(text)) {
      // A wrapped note continues on the next line.
      const last = g.notes[g.notes.length - 1]!;
      last.text += text;
      if (EMPTY_STATEMENT_RE.test(last.text)) g.emptyStatement = last.text;
      continue;
    }
    // Meta lines (title repeats, number, department, year, unit).
    if (single || phase === 'meta') {
      const u = findUnit(text);
      // (on a space-aligned meta line the department is the run of words it starts: `部门：测试局    公开01表    单位：元`)
      const whole = META_DEPT_RE.exec(flat.replace(/\t/g, ''));
      const dm = whole && (text.split(/\t|[ \u3000]{2,}/).map((p) => META_DEPT_RE.exec(p.replace(/[\s\u3000]+/g, ''))).find((m) => m && m[1]) ?? whole);
      const isMeta =
        parseTableNumber(text) !== null ||
        recogniseTitle(text) !== null ||
        YEAR_RE.test(flat) ||
        DATE_RE.test(flat) ||
        (u !== null && single) ||
        (dm !== null && single) ||
        isMetaLine(l.cells);
      if (isMeta) {
        if (u && g.unit === null) {
          g.unit = u.unit;
          g.unitExponent = u.exponent;
        }
        if (dm && g.printedDepartment === null) {
          g.printedDepartment = withoutTableNumber(dm[1]!.replace(/\d{4}年度?$/, '').replace(/(?:金额)?单位[：:].*$/, '').trim()) || null;
        }
        if (phase === 'data' || phase === 'notes') g.repeatedLines.push(l.n);
        else g.metaLines.push(l.n);
        continue;
      }
    }
    const key = normRow(l.cells);
    if (phase === 'data' || phase === 'notes') {
      if (headerKeys.has(key) || isColumnNumbersRow(l.cells)) {
        g.repeatedLines.push(l.n);
        continue;
      }
      if (phase === 'data' && headerWordLine(l, pending.length === 0)) {
        pending.push(l);
        continue;
      }
      push(l);
      phase = 'data';
      continue;
    }
    // meta → header → data
    if (isColumnNumbersRow(l.cells)) {
      g.columnNumbersLine = l.n;
      headerKeys.add(key);
      phase = 'header';
      continue;
    }
    if (g.header.length < maxHeader && headerTest(l.cells, g.header.length) && g.columnNumbersLine === null) {
      g.header.push(l.cells.map((c) => cellLabel(c)));
      g.headerLines.push(l.n);
      headerKeys.add(key);
      phase = 'header';
      continue;
    }
    phase = 'data';
    g.rows.push(l);
  }
  settle();
  return unitRowOutOfHeader(headerRestOfEmptyTable(g), lines);
}

/**
 * An empty table (its statement printed, no figure in any line) whose header ran over more lines than a header is
 * read from: the lines after the header that print label-column words only (`名称` under `项目`, `科目 合计 基本支 出`
 * and two lines of a torn `项目支出`) are the header's rest, not rows; a `合计` printed with blank figures stays a row.
 */
function headerRestOfEmptyTable(grid: Grid): Grid {
  if (grid.emptyStatement === null || grid.header.length === 0) return grid;
  if (grid.rows.some((l) => l.cells.some((c) => ['number', 'percent', 'withheld'].includes(classifyCell(c))))) return grid;
  const labelWord = (c: string) => {
    const w = lookupWord(cellLabel(c));
    return w !== null && w.role !== 'value';
  };
  const rest = grid.rows.findIndex((l) => !l.cells.every((c) => c.trim() === '' || labelWord(c)));
  const lines = rest < 0 ? grid.rows : grid.rows.slice(0, rest);
  if (lines.length === 0) return grid;
  return {
    ...grid,
    header: [...grid.header, ...lines.map((l) => l.cells.map((c) => cellLabel(c)))],
    headerLines: [...grid.headerLines, ...lines.map((l) => l.n)],
    rows: grid.rows.slice(lines.length),
  };
}

/** A line of spaced text that may be a line of the table's header repeated among its rows: header words only, two at
 * least on its `first` line, every one a vocabulary word on the lines after it (`科目名称` alone under `项目 | 合计 …`). */
function headerWordLine(l: SourceLine, first: boolean): boolean {
  if (l.form !== 'spaced' || !l.cells.every((c) => c.trim() === '' || classifyCell(c) === 'text')) return false;
  const words = l.cells.filter((c) => c.trim() !== '');
  return first ? isHeaderWordRow(l.cells) : words.length > 0 && words.every((c) => lookupWord(c) !== null);
}

/** Leading label cells a budget-unit row can print: 类, 款, 项, 单位代码 and the name. */
const UNIT_LABEL_CELLS = 5;

/**
 * A budget-unit line with no figure (its name wrapped, the figures on the next line) taken as the last header row:
 * a unit code and a name that is no header word. Returned to the data rows, as printed.
 */
function unitRowOutOfHeader(grid: Grid, lines: readonly SourceLine[]): Grid {
  const n = grid.headerLines[grid.headerLines.length - 1];
  if (grid.header.length < 2 || n === undefined) return grid;
  const l = lines.find((x) => x.n === n);
  if (!l || l.cells.some((c) => ['number', 'percent', 'withheld'].includes(classifyCell(normLabel(c))))) return grid;
  const head = readRowHead(l, UNIT_LABEL_CELLS);
  if (head.unitCode === null || head.code !== null || head.name === '' || isHeaderWordRow([head.name])) return grid;
  return { ...grid, header: grid.header.slice(0, -1), headerLines: grid.headerLines.slice(0, -1), rows: [l, ...grid.rows] };
}

/**
 * The header rows that print column words: a row of two words or more, or one word alone that names a label column
 * (`功能分类科目编码` on its own line under `项目 | 科目名称 | 合计 …`). A department name printed alone on the line
 * under `部门名称：` names no column and is no header row.
 */
export function columnWordRows(header: readonly string[][]): string[][] {
  return header.filter((r) => {
    const words = r.filter((c) => c.trim() !== '');
    if (words.length > 1) return true;
    const role = words.length === 1 ? lookupWord(words[0]!)?.role : undefined;
    return role === 'code' || role === 'code_part' || role === 'name';
  });
}

/**
 * Flatten multi-level header rows into one label per column, joined top to bottom with `/`.
 * A blank upper cell inherits the label on its left when a lower row has a label in that column
 * (merged cells lost in conversion); 栏次 and 行次 are kept as labels so callers can exclude them.
 */
export function flattenHeader(header: string[][], width?: number): string[] {
  const w = width ?? Math.max(0, ...header.map((r) => r.length));
  const filled: string[][] = header.map((r) => Array.from({ length: w }, (_, j) => (r[j] ?? '').trim()));
  for (let r = 0; r < filled.length - 1; r++) {
    const row = filled[r]!;
    let carry = '';
    let carryAllowed = false;
    for (let j = 0; j < w; j++) {
      if (row[j] !== '') {
        carry = row[j]!;
        carryAllowed = true;
        continue;
      }
      const lowerHasLabel = filled.slice(r + 1).some((lr) => lr[j] !== '');
      // Stop carrying at a column whose lower rows start a new top-level group (a label directly below a blank
      // upper cell that has no left parent is its own group).
      if (carryAllowed && carry && lowerHasLabel) row[j] = carry;
      else if (!lowerHasLabel) carryAllowed = carryAllowed && true;
    }
  }
  return Array.from({ length: w }, (_, j) => {
    const parts: string[] = [];
    for (const r of filled) {
      const v = r[j]!;
      if (v && parts[parts.length - 1] !== v) parts.push(v);
    }
    return parts.join('/');
  });
}
