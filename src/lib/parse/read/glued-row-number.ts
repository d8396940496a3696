/**
 * A 行次 pdftotext glued to the end of the row's name (`行政事业单位医疗19`), the row's 行次 cell left empty: in a table
 * with a 行次 column (its cells row numbers counting up down the rows), a name ending in digits whose number is the
 * one the rows around it leave for it (one more than the 行次 of the row above, less than the one below) is the name
 * and that 行次; the number moves into the 行次 cell (`splitGluedRowNumbers`). A name ending in digits that do not so
 * fit the numbering is left as it is. Pure but for the lines rewritten in place.
 */
import type { SourceLine } from '../../text/lines.ts';
import { isRowNumbering } from './row-numbers.ts';
import type { ColumnKind } from './columns.ts';

/** A name and the digits glued to its end (the name ending in a CJK character or a closing bracket). */
const GLUED_NUMBER_RE = /^(.*[\u4e00-\u9fff）)])([1-9]\d{0,2})$/;

/** The 行次 column of a table's rows: the first column right of a text column whose filled cells (three at least)
 * number the rows, most steps by one (`isRowNumbering`), or -1. */
function rowNumberColumnOf(lines: readonly SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): number {
  for (let c = 1; c < kinds.length; c++) {
    if (kinds[c - 1] !== 'text') continue;
    const texts = run.map((k) => (lines[k]!.cells[c] ?? '').trim()).filter((t) => t !== '');
    if (isRowNumbering(texts, { least: 3, mostlyByOne: true })) return c;
  }
  return -1;
}

/** Row numbers glued to the name left of the 行次 column split off into it (in place). */
export function splitGluedRowNumbers(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const c = rowNumberColumnOf(lines, run, kinds);
  if (c < 1) return;
  const number = (k: number) => {
    const t = (lines[k]!.cells[c] ?? '').trim();
    return t === '' ? null : Number(t);
  };
  const glued = (k: number) => (number(k) !== null || lines[k]!.skip ? null : GLUED_NUMBER_RE.exec((lines[k]!.cells[c - 1] ?? '').trim()));
  const split = (k: number, m: RegExpExecArray) => {
    const cells = [...lines[k]!.cells];
    cells[c - 1] = m[1]!;
    cells[c] = m[2]!;
    lines[k] = { ...lines[k]!, cells };
  };
  for (const [r, k] of run.entries()) {
    const m = glued(k);
    if (!m) continue;
    const above = run.slice(0, r).map(number).filter((v) => v !== null).pop();
    const below = run.slice(r + 1).map(number).find((v) => v !== null);
    const n = Number(m[2]);
    if (above === undefined || n !== above + 1 || (below !== undefined && below !== null && n >= below)) continue;
    split(k, m);
  }
  // (rows above the first numbered one, a page's first rows: each number one less than the one below it)
  for (let r = run.length - 1; r >= 0; r--) {
    const k = run[r]!;
    const m = glued(k);
    if (!m || run.slice(0, r).some((j) => number(j) !== null)) continue;
    const below = run.slice(r + 1).map(number).find((v) => v !== null);
    if (below === undefined || below === null || Number(m[2]) !== below - 1) continue;
    split(k, m);
  }
}
