import type { Row } from '../../../model/table.ts';
import type { SourceLine } from '../../../text/lines.ts';
import type { Positioned } from '../../read/piece.ts';
import { classifyCell, makeCell, parseCode } from '../../tables/cells.ts';
import { isTotalLabel, makeRow, type TableContext } from '../../tables/context.ts';
import { continuesLabel } from '../../tables/levels.ts';
import { CODE_RE, kindOf, linePieces, markPrinted } from '../../read/line-pieces.ts';
import { placeByCodeSums } from '../../read/code-sums.ts';
import { isPersonnelCode } from '../../tables/econ-classes.ts';

/** One printed line of the 基本支出 table read by meaning: codes and names, then the figures that end the line. */
export interface BasicLine {
  /** The 部门 economic code (the first code printed), null for a total or a wrapped name. */
  code: string | null;
  /** The 政府 economic code printed after the 部门 name, when printed. */
  gov: string | null;
  /** The 部门 name (the words after the first code), or the label printed without a code. */
  name: string;
  figures: Positioned[];
}

/**
 * Read a line of the 一般公共预算基本支出表 (`30103 奖金 [50101 工资奖金津补贴] 75.19 75.19 0.00`): the figures are
 * the run of numbers that ends the line, the rest are codes (3, 5 or 7 digits) and the names after them. Null when
 * the line holds a number among its words (not a row of this form).
 */
export function readBasicLine(raw: string): BasicLine | null {
  const ps = linePieces(raw);
  let end = ps.length;
  while (end > 0 && kindOf(ps[end - 1]!.text) === 'figure' && !(CODE_RE.test(ps[end - 1]!.text) && end - 1 === 0)) end--;
  // (a code printed alone at the start of a line is a code, not a figure)
  const words = ps.slice(0, end);
  const figures = ps.slice(end);
  const out: BasicLine = { code: null, gov: null, name: '', figures };
  let codes = 0;
  let inFirstName = true;
  for (const w of words) {
    if (CODE_RE.test(w.text)) {
      codes++;
      if (codes === 1 && out.name === '') out.code = w.text;
      else if (codes <= 2 && out.gov === null) {
        out.gov = w.text;
        inFirstName = false;
      } else return null;
    } else if (kindOf(w.text) === 'text') {
      if (inFirstName) out.name += w.text;
    } else return null;
  }
  return out;
}

/**
 * Read the rows of a space-aligned 一般公共预算基本支出表 by meaning: each line's codes and name, and its figures
 * placed in the value columns — in order when the line prints all of them, else each at the column whose figures
 * end nearest to it on the nearest line that prints all (a blank cell is not zero, and never the next column's).
 * A line of words alone under a coded row is the rest of its name (the figures, when printed with the rest, are that
 * row's); a line of figures alone under a coded row that printed none holds that row's figures. Lines that fit no form
 * are reported. The shorter lines' parts are then placed again by the sums down the classification
 * (`placeByCodeSums`: a 类's figures are the sums of its 款', the total's the sums of the 类').
 */
export function readBasicRows(lines: readonly SourceLine[], columns: readonly string[], totalAt: number, ctx: TableContext): Row[] {
  const n = columns.length;
  const read = lines.map((line) => ({ line, b: readBasicLine(line.raw) }));
  const full = read.filter((r) => r.b !== null && r.b.figures.length === n);
  const rows: Row[] = [];
  const readLines = new Set(lines.map((l) => l.n));
  let previous: { row: Row; line: number; figures: boolean } | null = null;
  let fi = 0;
  // (each row's figures and their columns, for the sums of the 类 rows)
  const placed = new Map<Row, { line: number; figures: Positioned[]; at: number[] }>();
  const cellsOf = (figures: readonly Positioned[], at: readonly number[], line: number) => {
    const cells = columns.map((c) => makeCell('', { column: c, line, unitExponent: ctx.unitExponent, unit: ctx.unit }).cell);
    figures.forEach((f, k) => {
      cells[at[k]!] = makeCell(f.text, { column: columns[at[k]!]!, line, unitExponent: ctx.unitExponent, unit: ctx.unit }).cell;
    });
    return cells;
  };
  for (const { line: l, b } of read) {
    if (!b) {
      ctx.problem(l, '行中数字夹在文字之间，不是「编码 名称 数值」的行，未读入', 'row_unread');
      continue;
    }
    if (b.code === null && b.name === '' && b.figures.length === 0) continue;
    if (l.joined?.some((j) => !readLines.has(j))) takeJoinedLabel(l, b);
    while (fi + 1 < full.length && Math.abs(full[fi + 1]!.line.n - l.n) <= Math.abs(full[fi]!.line.n - l.n)) fi++;
    const anchors = full[fi]?.b!.figures ?? null;
    // (the figures of a wrapped name's rest, or alone under a coded row printing none, are that row's: its code's)
    const heir = b.code === null && !isTotalLabel(b.name) && b.figures.length > 0 && previous !== null && !previous.figures ? previous.row.code : null;
    const at = partByCode(b.code ?? heir, b.figures.length, columns, totalAt) ?? placeFigures(b.figures, anchors, n, totalAt);
    if (!at) {
      ctx.problem(l, `行的 ${b.figures.length} 个数值不能对应到 ${n} 个数值列`, 'row_unplaced');
      continue;
    }
    const cells = cellsOf(b.figures, at, l.n);
    markPrinted(l, b.figures.map((f) => f.text), [b.code, b.gov].filter((c): c is string => c !== null), ctx);
    // The rest of a wrapped name (words alone, or words and the row's figures when the row above printed none).
    if (b.code === null && b.name !== '' && !isTotalLabel(b.name) && previous && continuesLabel(b.name, l.n - previous.line)) {
      if (b.figures.length === 0 || !previous.figures) {
        previous.row.name += b.name;
        previous.line = l.n;
        if (b.figures.length > 0) {
          previous.row.cells = cells;
          previous.row.line = l.n;
          previous.figures = true;
          placed.set(previous.row, { line: l.n, figures: b.figures, at });
        }
        continue;
      }
    }
    // Figures alone on the line under a coded row that printed none: that row's figures, centred in its tall cell (a
    // name wrapped in the cell beside them). Never the table's last line, which may be its total printed unlabelled.
    const last = l === read[read.length - 1]!.line;
    if (b.code === null && b.name === '' && b.figures.length > 0 && previous && !previous.figures && l.n === previous.line + 1 && !last) {
      previous.row.cells = cells;
      previous.row.line = l.n;
      previous.figures = true;
      previous.line = l.n;
      placed.set(previous.row, { line: l.n, figures: b.figures, at });
      continue;
    }
    if (b.code === null && b.name === '' && b.figures.length > 0) b.name = '合计';
    if (b.code === null && !isTotalLabel(b.name)) {
      ctx.problem(l, `行「${b.name}」既无编码也不是合计或上一科目的续行，未读入`, 'row_unread', b.figures.length > 0 ? 'error' : 'warning');
      continue;
    }
    const row = makeRow({
      code: b.code,
      name: b.name,
      extra_codes: b.gov ? { gov_economic_code: b.gov } : {},
      line: l.n,
      cells,
    });
    rows.push(row);
    placed.set(row, { line: l.n, figures: b.figures, at });
    previous = b.code !== null ? { row, line: l.n, figures: b.figures.length > 0 } : null;
  }
  const coded = rows.map((r) => ({ code: r.code, figures: placed.get(r)!.figures, placed: placed.get(r)!.at }));
  placeByCodeSums(columns.map((c) => [c]), coded, totalAt).forEach((at, i) => {
    if (at === null) return;
    const p = placed.get(rows[i]!)!;
    rows[i]!.cells = cellsOf(p.figures, at, p.line);
  });
  return rows;
}

/**
 * The columns of a line printing its total and one part of it, `合计 | 人员经费 | 公用经费`, by its economic code's
 * class (`code`: the line's, or the coded row's above whose figures it prints): 301 and 303 spend 人员经费, 302, 309 and 310 公用经费 (`isPersonnelCode`), wherever pdftotext drew the part
 * (a page whose header and rows stand a few characters off the full line's lays the part between the two columns).
 * Null when the line prints otherwise, its code has no such class, or the columns are not those.
 */
function partByCode(code: string | null, figures: number, columns: readonly string[], totalAt: number): number[] | null {
  if (columns.length !== 3 || figures !== 2 || code === null || (totalAt !== 0 && totalAt !== 2)) return null;
  const personnel = isPersonnelCode(code);
  const at = columns.findIndex((c) => c.endsWith(personnel ? '人员经费' : '公用经费'));
  if (personnel === null || at < 0 || at === totalAt) return null;
  return totalAt === 0 ? [0, at] : [at, 2];
}

/**
 * Column of each figure: in order on a full line. On a shorter line (blank cells) a row that prints any figure prints
 * its total, so the total column (first or last) takes the first (last) figure, and the others go to the column whose
 * figure stands nearest on the full line, measured from the total (the conversion shifts a line's figures together:
 * a line with many wide characters comes out shorter). Null when two figures would share a column.
 */
function placeFigures(figures: readonly Positioned[], anchors: readonly Positioned[] | null, n: number, totalAt: number): number[] | null {
  if (figures.length === n) return figures.map((_, i) => i);
  if (figures.length > n) return null;
  if (figures.length === 0) return [];
  if (!anchors) return null;
  const k = figures.length;
  const fixed = totalAt === 0 ? 0 : totalAt === n - 1 ? k - 1 : -1;
  const offset = fixed < 0 ? 0 : anchors[totalAt]!.end - figures[fixed]!.end;
  // (a figure's start or end, whichever is nearer: a wider figure than the full line's overshoots its column's end)
  const distance = (f: Positioned, a: Positioned) => Math.min(Math.abs(f.start + offset - a.start), Math.abs(f.end + offset - a.end));
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    let best: number;
    if (i === fixed) best = totalAt;
    else {
      best = -1;
      for (let c = 0; c < n; c++) {
        if (c === totalAt && fixed >= 0) continue;
        if (best < 0 || distance(figures[i]!, anchors[c]!) < distance(figures[i]!, anchors[best]!)) best = c;
      }
    }
    if (out.length > 0 && best <= out[out.length - 1]!) return null;
    out.push(best);
  }
  return out;
}

/**
 * A line the reader joined a wrapped label into, the other line not among the table's lines: the code and name its
 * cells hold, when they are this line's printed name and more (the code and the name's start on the line above, the
 * rest of the name below, or both: a name centred on its figures line).
 */
function takeJoinedLabel(l: SourceLine, b: BasicLine): void {
  const cells = l.cells.map((c) => c.trim()).filter((c) => c !== '');
  const codeAt = cells.findIndex((c) => parseCode(c) === c && CODE_RE.test(c));
  if (codeAt < 0) return;
  const name = cells[codeAt + 1];
  if (!name || classifyCell(name) !== 'text') return;
  if (b.code === null && name !== b.name && name.includes(b.name)) {
    b.code = cells[codeAt]!;
    b.name = name;
  } else if (b.code === cells[codeAt] && name !== b.name && name.includes(b.name)) b.name = name;
}
