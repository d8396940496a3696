/**
 * A name pdftotext wrote where the code column's last part stands: a 款-level row has no 项 part (`208 08 抚恤`), and a
 * short name drawn at the 项 position is clustered apart from the names, into a text column of its own between the code
 * column and the name column. Such a column holds names only, never on a line whose name column holds one: it is the
 * name column's, and its names move there; so do a page's names drawn a few characters left of the page the columns
 * were read on, into a label column blank there, with the rests of names wrapped under them (`moveNamesBesideCodes`,
 * called by the spaced reader before a code line is joined to its figures line, `joinCodeLines`, which needs one name
 * column). On a continued page the name may instead be carried into the code cell with its code (`208 08抚恤`): split
 * off into the empty name cell (`splitNamesOffCodes`).
 * A code alone on its line drawn as far into the name column as into the code column goes back to the code column
 * (`moveCodesOffNames`). Labels drawn one column right, the code column blank, the code in the name column and the
 * name in a column after it, go one column left (`moveLabelsOneColumnLeft`).
 */
import type { ColumnKind } from './columns.ts';
import { SPACED_TOTAL_END_RE } from '../tables/total-words.ts';
import type { SourceLine } from '../../text/lines.ts';

/** A code or a code part: digits, spaced or not (`201`, `201 03`, `01`). */
const CODE_RE = /^\d[\d\s]*$/;

/** The trimmed text of line `k`'s cell `c`. */
const cellText = (lines: readonly SourceLine[], k: number, c: number) => (lines[k]!.cells[c] ?? '').trim();

/**
 * `line` with its cells `from`..`to` moved one column right (`by` 1) or left (-1) in one piece, spans with them when
 * every moved cell has one. The cell they leave is emptied, its span shrunk to nothing at the edge they left from.
 */
function shiftCells(line: SourceLine, from: number, to: number, by: 1 | -1): SourceLine {
  const cells = [...line.cells];
  const left = by === 1 ? from : to;
  for (let j = from; j <= to; j++) cells[j + by] = line.cells[j]!;
  cells[left] = '';
  let spans = line.spans;
  if (line.spans && line.spans.slice(from, to + 1).every(Boolean) && line.spans.length > to) {
    const moved = [...line.spans];
    for (let j = from; j <= to; j++) moved[j + by] = line.spans[j]!;
    const edge = by === 1 ? line.spans[left]!.start : line.spans[left]!.end;
    moved[left] = { start: edge, end: edge };
    spans = moved;
  }
  return { ...line, cells, ...(spans ? { spans } : {}) };
}

/** Whether most of the filled cells of column `c` along `run` hold texts `test` accepts (and at least one does). */
function mostly(lines: readonly SourceLine[], run: readonly number[], c: number, test: (t: string) => boolean): boolean {
  const texts = run.map((k) => cellText(lines, k, c)).filter((t) => t !== '');
  return texts.length > 0 && texts.filter(test).length * 2 > texts.length;
}

/** A name: a text with no digit in it. */
const isName = (t: string) => !CODE_RE.test(t) && !/\d/.test(t);

/** Whether text column `code` holds mostly codes (`isCode`) along `run` and text column `name` mostly names. */
function codesAndNames(lines: readonly SourceLine[], run: readonly number[], kinds: readonly ColumnKind[], code: number, name: number, isCode: (t: string) => boolean): boolean {
  return kinds[code] === 'text' && kinds[name] === 'text' && mostly(lines, run, code, isCode) && mostly(lines, run, name, isName);
}

/**
 * Names written in a label column between the code column and the name column moved into the name column (in place):
 * a text column, or one blank in every row of the page the columns were read on (a page drawn a few characters left
 * puts its short names where the codes' 项 parts stood there). The rest of a name wrapped onto the line right under
 * it, alone on its line, moves with it, and so does the rest of a name the name column holds, drawn left into this
 * column (`机关事业单位职业` over `年金缴费支出`).
 */
export function moveNamesBesideCodes(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const text = (k: number, c: number) => cellText(lines, k, c);
  for (let c = 1; c + 1 < kinds.length; c++) {
    if ((kinds[c] !== 'text' && kinds[c] !== 'blank') || !codesAndNames(lines, run, kinds, c - 1, c + 1, (t) => CODE_RE.test(t))) continue;
    // (names only, each on a line with a code and no name in the name column — or the rest of such a name wrapped onto
    // the lines right under it, alone on its line: `行政事业单位养老支` / `出`)
    const coded = (k: number) => isName(text(k, c)) && text(k, c + 1) === '' && CODE_RE.test(text(k, c - 1));
    const filled: number[] = [];
    let open = false;
    for (const [i, k] of run.entries()) {
      if (text(k, c) === '') continue;
      const above = run[i - 1];
      const after = (j: number | undefined) => j !== undefined && lines[k]!.n === lines[j]!.n + 1;
      const alone = isName(text(k, c)) && lines[k]!.cells.every((t, j) => j === c || t.trim() === '');
      const rest: boolean = alone && ((open && after(filled[filled.length - 1])) || (after(above) && text(above!, c) === '' && isName(text(above!, c + 1))));
      open = coded(k) || rest;
      if (!open) break;
      filled.push(k);
    }
    if (filled.length === 0 || filled.length !== run.filter((k) => text(k, c) !== '').length) continue;
    for (const k of filled) lines[k] = shiftCells(lines[k]!, c, c, 1);
  }
}

/** A classification code, whole or in parts (`210`, `21011`, `210 11 02`). */
const CLASS_CODE_RE = /^\d{3}(?: ?\d{2}){0,2}$/;

/** A classification code down to its 款 at least (`21011`, `210 11 99`): no row number nor figure. */
const KUAN_CODE_RE = /^2\d{2}(?: ?\d{2}){1,2}$/;

/** A code alone on its line placed in the name column (a page whose names pdftotext drew under the codes' last parts,
 * the code as far into the name column as into the code column), the code column left empty: moved into the code
 * column, where the codes of the other lines stand (in place). A name column holds no code. The name column is the
 * next one after the code column holding anything along the run (a label column blank on every line between them, a
 * page's labels fitted again beside the columns the header was read with, `210 11 02` over `事业单位医疗`). */
export function moveCodesOffNames(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const text = (k: number, c: number) => cellText(lines, k, c);
  for (let c = 0; c + 1 < kinds.length; c++) {
    let n = c + 1;
    while (n + 1 < kinds.length && run.every((k) => text(k, n) === '')) n++;
    if (!codesAndNames(lines, run, kinds, c, n, (t) => CLASS_CODE_RE.test(t))) continue;
    for (const k of run) {
      // (alone on its line; or, with at least its 款 part, `210 11 99`, on a line of figures whose label cells are
      // otherwise blank, its name drawn on the lines around it)
      const alone = lines[k]!.cells.every((t, j) => j === n || t.trim() === '');
      const withFigures = KUAN_CODE_RE.test(text(k, n)) && lines[k]!.cells.every((t, j) => j >= n || t.trim() === '');
      if (!CLASS_CODE_RE.test(text(k, n)) || !(alone || withFigures)) continue;
      let line = lines[k]!;
      for (let j = n; j > c; j--) line = shiftCells(line, j, j, -1);
      lines[k] = line;
    }
  }
}

/**
 * Labels pdftotext drew one label column right, the code column left blank: a code in the name column (`201 03   01`,
 * its parts further apart than the code column of the lines before is wide) and its name in a label column after it
 * that holds nothing else. Where the column `c` holds codes only (or nothing: a page whose every label was drawn so),
 * and the column two right of it (`c + 2`) names only, each on a line whose code column is blank and whose name column
 * holds a code (or a code carrying its name, `213 01农业农村`), every such line's labels are moved one column left:
 * code into the code column, name into the name column (in place), and so is a name's rest wrapped onto the lines
 * right under such a line. A line whose name column holds a name (a wrapped name's rest, `支出`) stays.
 */
export function moveLabelsOneColumnLeft(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const text = (k: number, c: number) => cellText(lines, k, c);
  for (let c = 0; c + 2 < kinds.length; c++) {
    if (kinds[c] !== 'text' || kinds[c + 1] !== 'text' || kinds[c + 2] !== 'text') continue;
    const codes = run.map((k) => text(k, c)).filter((t) => t !== '');
    if (!codes.every((t) => CLASS_CODE_RE.test(t))) continue;
    const drawnRight = (k: number) =>
      text(k, c) === '' && (CLASS_CODE_RE.test(text(k, c + 1)) || CODE_THEN_NAME_RE.test(text(k, c + 1))) && (text(k, c + 2) === '' || isName(text(k, c + 2)));
    // (and the rest of such a name wrapped onto the lines right under it, alone or with the row's figures:
    // `社会保障和就业支` / `出`, `208 0505 机关事业单位基本` / `养老保险缴费支出 2290000.00 …`)
    const moved = new Set<number>();
    for (const [i, k] of run.entries()) {
      const above = i > 0 ? run[i - 1]! : -1;
      const rest = above >= 0 && moved.has(above) && lines[k]!.n === lines[above]!.n + 1 && isName(text(k, c + 2)) && text(k, c) === '' && text(k, c + 1) === '';
      if (drawnRight(k) || rest) moved.add(k);
    }
    const names = run.filter((k) => text(k, c + 2) !== '');
    if (names.length === 0 || !names.every((k) => moved.has(k))) continue;
    for (const k of moved) lines[k] = shiftCells(lines[k]!, c + 1, c + 2, -1);
  }
}

/** A code cell that a name follows in one run (`208 08抚恤`: the name drawn at the 项 part's place and carried into the
 * code column with it; `20603 应用研究`, `20808 抚恤`: a short name one space after a code printed whole): its code and
 * its name. */
const CODE_THEN_NAME_RE = /^(\d{3}(?:(?: \d{2}){1,2}|(?:\d{2}){1,2}))\s*([^\d\s].*)$/;

/** Names carried into the code column with their code (`208 08抚恤`), or alone on a row of figures whose code stands on
 * its own line above, with or without the label's first piece (a continued page's names shifted left of the table's
 * name column; `支出` under `208 05 99 其他行政事业单位养老`), the row's name cell empty,
 * moved into the name column right of it (in place). A total (`合计`) is left where it stands. The code column is the
 * one holding mostly codes, a code carrying its name counted as one (a page whose labels all shifted left holds codes
 * alone, codes with names and names alone under a code alone there). */
export function splitNamesOffCodes(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const text = (k: number, c: number) => cellText(lines, k, c);
  for (let c = 0; c + 1 < kinds.length; c++) {
    // (a code carrying its name, `221 02住房改革支出`, is a code in the code column: on a continued page whose labels all
    // shifted left, most of the column's cells may be codes with names or names alone under a code alone)
    if (!codesAndNames(lines, run, kinds, c, c + 1, (t) => CODE_RE.test(t) || CODE_THEN_NAME_RE.test(t))) continue;
    // (the line right above holds a code in this column and nothing else, or a code and a name and no figures: the
    // first line of a wrapped label, whose rest pdftotext wrote where the code column's span reaches)
    const codeAloneAbove = (k: number) => {
      const i = run.indexOf(k);
      const above = i > 0 ? run[i - 1]! : -1;
      return above >= 0 && lines[above]!.n === lines[k]!.n - 1 && CODE_RE.test(text(above, c)) && lines[above]!.cells.every((t, j) => j === c || j === c + 1 || t.trim() === '');
    };
    for (const k of run) {
      if (text(k, c + 1) !== '') continue;
      const m = CODE_THEN_NAME_RE.exec(text(k, c));
      const alone = !m && isName(text(k, c)) && !SPACED_TOTAL_END_RE.test(text(k, c)) && codeAloneAbove(k) && lines[k]!.cells.some((t, j) => j > c + 1 && kinds[j] === 'amount' && t.trim() !== '');
      if (!m && !alone) continue;
      const cells = [...lines[k]!.cells];
      cells[c] = m ? m[1]! : '';
      cells[c + 1] = m ? m[2]! : text(k, c);
      lines[k] = { ...lines[k]!, cells };
    }
  }
}
