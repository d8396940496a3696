/**
 * Rows with blank cells placed by the sums down the classification: a 类's figures are, column by column, the sums of
 * its 款' figures, a 款's of its 项', and the 合计 row's of the 类' (`总计`/`合计` printed without a code; of the rows of
 * the shortest code printed when no 类 is). A row whose
 * figures the header's totals place in several ways (`61.83 … 61.83`: 本年支出合计 and 项目支出, or 上缴上级支出, or
 * 经营支出 — every part sums to the total alike) is placed where the sums with its parent and its children hold, when
 * they single out one placement; else it stays as placed. A row the reader left figures of unread (a squeezed row whose
 * totals place them in several ways), or left two figures in one cell (`0.00 0.00`, placed crowded: those figures
 * unread), is placed so with every figure it prints. Pure.
 */
import { CODE_RE } from './line-pieces.ts';
import { isBareTotalWord } from '../tables/total-words.ts';
import { narrowFamily } from '../tables/narrow-family.ts';
import { holdingPlacements, totalsConfirmed } from './row-totals.ts';
import { touchingAsNeighbours } from './placed.ts';
import { totalWithin } from './char-cover.ts';
import { wordsOver } from './header-cover.ts';
import { isRowNumbering } from './row-numbers.ts';
import { dataPieces } from './data-pieces.ts';
import { hasHan } from './piece.ts';
import { trailingFigures } from './columns.ts';
import type { ColumnModel, Positioned } from './columns.ts';
import type { SourceLine } from '../../text/lines.ts';
import { parseDecimal, type Decimal } from '../../decimal.ts';

/** One row of a coded table: its code (null for the 合计 row), its figures in order, the value column each is in (-1
 * for a figure its placing left unread). */
export interface CodedRow {
  code: string | null;
  figures: readonly Positioned[];
  placed: readonly number[];
}

/** The most combinations of placements tried for one family (a parent and its children). */
const MAX_COMBINATIONS = 20000;

const ZERO_TEXT = '0';

/**
 * The placements of a row's figures under which its totals hold (`paths`, one per value column), figures one space
 * apart in neighbouring columns; a row filling every column, only its own.
 */
function candidates(paths: readonly string[][], row: CodedRow): number[][] {
  const n = row.figures.length;
  if (n === 0) return [[]];
  if (n >= paths.length && !row.placed.includes(-1)) return [[...row.placed]];
  return holdingPlacements(paths, row.figures.map((f) => f.text), (pick) => touchingAsNeighbours(row.figures, pick));
}

/** The figure a row puts in value column `j` under `pick` (zero when blank). */
function valueAt(row: CodedRow, pick: readonly number[], j: number): Decimal | null {
  const i = pick.indexOf(j);
  return parseDecimal(i < 0 ? ZERO_TEXT : row.figures[i]!.text);
}

/** Whether a parent's figures are, column by column, the sums of its children's (a last digit per child allowed). */
function sumsDown(columns: number, parent: CodedRow, pPick: readonly number[], children: readonly CodedRow[], cPicks: readonly (readonly number[])[]): boolean {
  for (let j = 0; j < columns; j++) {
    const total = valueAt(parent, pPick, j);
    const parts = children.map((c, k) => valueAt(c, cPicks[k]!, j));
    if (total === null || parts.some((p) => p === null)) return false;
    if (!totalWithin(total, parts as Decimal[], Math.max(1, parts.length))) return false;
  }
  return true;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Each row's placement by the sums down the classification (`rows` of one table, its value columns headed by `paths`),
 * null where it stays as placed: the placements the row's totals allow, narrowed family by family (a parent and its
 * children) to those some placement of the family's other rows makes every column's sum hold with, until none
 * narrows more; a row left with one placement other than its own is placed so. A family no placement holds (a child
 * unread, a row without its code) narrows nothing. Codes printed twice: nothing placed.
 */
export function placeByCodeSums(paths: readonly string[][], rows: readonly CodedRow[], totalAt?: number, keepApart = false): (number[] | null)[] {
  const none = rows.map(() => null);
  const codes = rows.map((r) => r.code).filter((c): c is string => c !== null);
  if (new Set(codes).size !== codes.length || rows.filter((r) => r.code === null).length > 1) return none;
  // (with `keepApart`, a figure standing two spaces or more after the figure before it keeps the column it was read in:
  // it stands where its column is, and only figures one space after another, whose places tell nothing, move)
  const standing = (r: CodedRow, p: readonly number[]) => r.figures.every((f, i) => i === 0 || r.placed[i]! < 0 || f.start - r.figures[i - 1]!.end <= 1 || p[i] === r.placed[i]);
  // (a table every row of which prints its total, `totalAt`, when it prints a figure: no placement leaves it blank)
  const domains = rows.map((r) => candidates(paths, r).filter((p) => (totalAt === undefined || p.length === 0 || p.includes(totalAt)) && (!keepApart || standing(r, p))));
  // (a header the rows' totals do not confirm, read wrong or of broken words, places nothing: rows of two figures or
  // more holding them as placed, against rows no placement holds them in)
  const telling = rows.map((r, i) => (r.figures.length >= 2 ? i : -1)).filter((i) => i >= 0);
  const tally = {
    hold: telling.filter((i) => domains[i]!.some((d) => same(d, rows[i]!.placed))).length,
    broken: telling.filter((i) => domains[i]!.length === 0).length,
    moved: 0,
  };
  if (!totalsConfirmed(tally)) return none;
  // (each family: a parent and its children, the 合计 row the parent of the 类, or of the rows of the shortest code
  // printed when no 类 is: a table of 款 only, `30217 公务接待费`)
  const at = new Map(rows.map((r, i) => [r.code, i] as const));
  const families: { parent: number; children: number[] }[] = [];
  const topLength = Math.min(...codes.map((c) => c.length));
  for (const [p, r] of rows.entries()) {
    const children = rows.flatMap((c, i) =>
      c.code !== null && (r.code === null ? c.code.length === topLength : c.code.length === r.code.length + 2 && c.code.startsWith(r.code)) ? [i] : [],
    );
    if (children.length > 0) families.push({ parent: p, children });
  }
  if (at.size === 0 || families.length === 0) return none;
  for (let round = 0, changed = true; changed && round < 20; round++) {
    changed = false;
    for (const { parent, children } of families) {
      const members = [parent, ...children];
      if (members.some((m) => domains[m]!.length === 0)) continue;
      if (members.reduce((n, m) => n * domains[m]!.length, 1) > MAX_COMBINATIONS) continue;
      if (narrowFamily(domains, parent, children, (pp, cp) => sumsDown(paths.length, rows[parent]!, pp, children.map((c) => rows[c]!), cp))) changed = true;
    }
  }
  return rows.map((r, i) => {
    const d = domains[i]!;
    if (d.length === 1) return same(d[0]!, r.placed) ? null : d[0]!;
    // (placements differing only in where some figures stand, none the row's own: the sums place the others, and the
    // one keeping each figure they leave open where it stood is taken — a zero anywhere, or a figure its parent and
    // children place alike in any column, `58.86` under 其他收入 as under 附属单位上缴收入 the whole family over)
    if (d.length === 0 || d.some((p) => same(p, r.placed))) return null;
    const open = (f: number) => d.some((p) => p[f] !== d[0]![f]);
    const keeping = d.filter((p) => p.every((c, f) => !open(f) || c === r.placed[f]));
    return keeping.length === 1 ? keeping[0]! : null;
  });
}

/** One row of a table as the spaced reader wrote it: its line and the columns it was placed on. */
export interface WrittenRow {
  k: number;
  model: ColumnModel;
}

/** A label cell of digits only (`2010302`, `201 03 02`, a 类, 款 or 项 part). */
const CODE_PART_RE = /^\d+(?: \d+)*$/;

/** A column headed 行次 or 栏次 (its numbers count the rows, never money). */
const ROW_NUMBER_WORD_RE = /行次|栏次/;

/** The value columns of a model (after its last label column, a 行次 column aside) and their header paths, null when
 * one has no word. */
function valueColumns(model: ColumnModel): { cols: number[]; paths: string[][] } | null {
  const labels = model.columns.map((c) => c.kind).lastIndexOf('text') + 1;
  const path = (j: number) => wordsOver(model, j);
  const cols = model.columns.flatMap((_, j) => (j >= labels && !path(j).some((w) => ROW_NUMBER_WORD_RE.test(w)) ? [j] : []));
  if (labels === 0 || cols.length === 0) return null;
  const paths = cols.map(path);
  return paths.some((p) => p.length === 0) ? null : { cols, paths };
}

/** A written row's code (its label cells of digits, 行次 and 栏次 columns aside, joined), `null` for the 合计 row (its
 * label a total word, or none printed on the table's first or last row: the total printed before the 类 or after
 * them), undefined when it has neither. */
function codeOf(line: SourceLine, model: ColumnModel, cols: readonly number[], edge: boolean, numbering: ReadonlySet<number> = new Set()): string | null | undefined {
  const cells = line.cells.filter((_, j) => j < cols[0]! && !numbering.has(j) && !model.header.some((r) => ROW_NUMBER_WORD_RE.test(r[j] ?? '')));
  const code = cells.filter((c) => CODE_PART_RE.test(c.trim())).map((c) => c.replace(/\s+/g, '')).join('');
  if (CODE_RE.test(code)) return code;
  const labels = cells.map((c) => c.replace(/[\s\u3000]+/g, ''));
  if (code === '' && (labels.some(isBareTotalWord) || (edge && labels.every((c) => c === '')))) return null;
  return undefined;
}

/**
 * Codes for the rows of a table printing none, its names indented by level (`starts`: where each row's name starts,
 * null for the 合计 row): one level per start, left to right (类, 款, 项), each row's code made from its place under the
 * rows above it (`101`, `10101`, `1010101` …), so the sums down the classification read as for printed codes. Null when
 * the names start at one place or more than three, or a row's level is more than one below the row above it.
 */
export function codesByIndent(starts: readonly (number | null)[]): (string | null)[] | null {
  const levels = [...new Set(starts.filter((s): s is number => s !== null))].sort((a, b) => a - b);
  if (levels.length < 2 || levels.length > 3) return null;
  const path: number[] = [];
  const codes: (string | null)[] = [];
  for (const s of starts) {
    if (s === null) {
      codes.push(null);
      continue;
    }
    const level = levels.indexOf(s);
    if (level > path.length) return null;
    path.length = level + 1;
    path[level] = (path[level] ?? 0) + 1;
    if (path[level]! > 99) return null;
    codes.push(path.map((n, i) => (i === 0 ? String(100 + n) : String(n).padStart(2, '0'))).join(''));
  }
  return codes;
}

/**
 * A written row with the figures its placing left unread (a squeezed row whose figures its totals place in several
 * ways, `36.3        36.3`): every figure printed right of its label cells, each read one in its column and each
 * unread one at -1, when the read ones are among them; else the row as read.
 */
function withUnread(line: SourceLine, cols: readonly number[], row: CodedRow): CodedRow {
  const labelEnd = Math.max(-1, ...line.cells.flatMap((c, j) => (j < cols[0]! && c.trim() !== '' && line.spans![j] ? [line.spans![j]!.end] : [])));
  const printed = trailingFigures(dataPieces(line.raw)).filter((p) => p.start >= labelEnd);
  if (printed.length <= row.figures.length) return row;
  const at = printed.map((p) => row.figures.findIndex((f) => f.start === p.start && f.text === p.text));
  if (row.figures.some((_, f) => !at.includes(f))) return row;
  return { code: row.code, figures: printed, placed: at.map((f) => (f < 0 ? -1 : row.placed[f]!)) };
}

/**
 * The codes `codesByIndent` makes for a table's rows (`table`, its value columns' paths `key`) when none prints a code
 * and every row printing a figure is the 合计 row or names itself in one label cell (where that name starts, its
 * level); null otherwise.
 */
function codesOfIndentedNames(lines: readonly SourceLine[], table: readonly WrittenRow[], key: string, edgeRows: ReadonlySet<number | undefined>, numbering: ReadonlySet<number>): Map<number, string | null> | null {
  const rows: number[] = [];
  const starts: (number | null)[] = [];
  for (const { k, model } of table) {
    const line = lines[k]!;
    const vc = valueColumns(model);
    if (vc === null || JSON.stringify(vc.paths) !== key || line.cells.length !== model.columns.length || !line.spans) continue;
    if (vc.cols.every((j) => line.cells[j]!.trim() === '')) continue;
    const code = codeOf(line, model, vc.cols, edgeRows.has(k), numbering);
    if (code !== null && code !== undefined) return null;
    const named = line.cells.flatMap((c, j) => (j < vc.cols[0]! && hasHan(c) ? [j] : []));
    if (code === null) starts.push(null);
    else if (named.length === 1 && line.spans[named[0]!]) starts.push(line.spans[named[0]!]!.start);
    else return null;
    rows.push(k);
  }
  const codes = codesByIndent(starts);
  return codes === null ? null : new Map(rows.map((k, i) => [k, codes[i]!]));
}

/**
 * The rows of the tables the spaced reader wrote (`tables`, each one table's rows over its pages, top down) placed again
 * by the sums down the classification (`placeByCodeSums`), on rows of one figure to a cell, a row's figures left
 * unread among them; rewrites `lines`. Returns the lines whose unread figures are so placed.
 */
export function placeTablesByCodeSums(lines: SourceLine[], tables: readonly (readonly WrittenRow[])[]): Set<number> {
  const completed = new Set<number>();
  for (const table of tables) {
    const first = table[0] ? valueColumns(table[0].model) : null;
    if (first === null) continue;
    const key = JSON.stringify(first.paths);
    const rows: { row: CodedRow; k: number; cols: number[] }[] = [];
    let whole = true;
    const withFigures = table.filter(({ k }) => lines[k]!.cells.some((c) => parseDecimal(c.trim()) !== null));
    const edgeRows = new Set([withFigures[0]?.k, withFigures[withFigures.length - 1]?.k]);
    // (a label column whose cells number the rows, 1 2 3 … down them, is a 行次 column whatever heads it: never a code's part)
    const numbering = new Set(first.cols.length === 0 ? [] : Array.from({ length: first.cols[0]! }, (_, j) => j).filter((j) => isRowNumbering(withFigures.map(({ k }) => lines[k]!.cells[j]?.trim()), { least: 3, mostlyByOne: true })));
    // (a table printing no code at all, its names indented by level: codes made from the indentation)
    const indented = codesOfIndentedNames(lines, table, key, edgeRows, numbering);
    // (a coded row printing no figure, its figures on the line under it: that line, no label of its own, takes its code)
    let above: string | null = null;
    for (const [i, { k, model }] of table.entries()) {
      const line = lines[k]!;
      const vc = valueColumns(model);
      const under: string | null = above;
      above = null;
      if (vc === null || JSON.stringify(vc.paths) !== key || line.cells.length !== model.columns.length || !line.spans) continue;
      const values = vc.cols.map((j) => line.cells[j]!.trim());
      const own = indented?.has(k) ? indented.get(k)! : codeOf(line, model, vc.cols, edgeRows.has(k), numbering);
      const unlabelled = line.cells.every((c, j) => j >= vc.cols[0]! || c.trim() === '');
      const code: string | null | undefined = own === undefined && under !== null && unlabelled ? under : own;
      // (a row of blank cells takes part only with figures its placing left unread, every one refused, and a code)
      if (values.every((c) => c === '') && (code === undefined || withUnread(line, vc.cols, { code, figures: [], placed: [] }).figures.length === 0)) {
        if (typeof code === 'string' && table[i + 1]?.k === k + 1) above = code;
        continue;
      }
      // (a row of figures neither coded nor the 合计: the sums cannot account for the table's rows)
      if (code === undefined) {
        whole = false;
        continue;
      }
      // (a cell of figures placed crowded, `0.00 0.00`: its figures unread, the row taking part with every figure it
      // prints; a cell of no figure: the table's rows are not all read one to a cell)
      const crowded = (c: string) => /\s/.test(c) && c.split(/\s+/).every((x) => parseDecimal(x) !== null);
      if (values.some((c) => c !== '' && !crowded(c) && parseDecimal(c) === null)) whole = false;
      const read = values.flatMap((c, j) => (c !== '' && !crowded(c) ? [j] : []));
      const row = withUnread(line, vc.cols, { code, figures: read.map((j) => ({ text: values[j]!, ...line.spans![vc.cols[j]!]! })), placed: read });
      rows.push({ row, k, cols: vc.cols });
    }
    if (!whole || rows.length < 3) continue;
    // (levels read from the names' indentation are weaker than printed codes: only figures whose places tell nothing move)
    const again = placeByCodeSums(first.paths, rows.map((r) => r.row), undefined, indented !== null);
    again.forEach((pick, i) => {
      if (pick === null) return;
      const { k, cols, row } = rows[i]!;
      if (row.placed.includes(-1)) completed.add(lines[k]!.n);
      const line = lines[k]!;
      const cells = line.cells.slice();
      const spans = line.spans!.slice();
      for (const j of cols) cells[j] = '';
      // (each figure moved with its span; the cell it leaves takes the span of the one it goes to)
      row.placed.forEach((j, f) => {
        if (j >= 0) spans[cols[j]!] = { ...line.spans![cols[pick[f]!]!]! };
      });
      pick.forEach((j, f) => {
        cells[cols[j]!] = row.figures[f]!.text;
        spans[cols[j]!] = { start: row.figures[f]!.start, end: row.figures[f]!.end };
      });
      lines[k] = { ...line, cells, spans };
    });
  }
  return completed;
}
