/**
 * A 行次 pdftotext glued to the end of the row's name (`行政事业单位医疗19`), the row's 行次 cell left empty: in a table
 * with a 行次 column (its cells row numbers counting up down the rows), a name ending in digits whose number is the
 * one the rows around it leave for it (one more than the 行次 of the row above, less than the one below) is the name
 * and that 行次; the number moves into the 行次 cell (`splitGluedRowNumbers`). A name ending in digits that do not so
 * fit the numbering is left as it is. Pure but for the lines rewritten in place.
 */
import type { SourceLine } from '../../text/lines.ts';
import { isRowNumberText, isRowNumbering } from './row-numbers.ts';
import type { Positioned } from './piece.ts';
import type { ColumnKind } from './columns.ts';

/** A name and the digits glued to its end (the name ending in a CJK character or a closing bracket). */
const GLUED_NUMBER_RE = /^(.*[\u4e00-\u9fff）)])([1-9]\d{0,2})$/;

/** The 行次 glued to the end of a name (`发展和管理支出30`: `30`), or null when the text ends in no such number. */
export function gluedRowNumber(text: string): string | null {
  return splitGlued(text)?.number ?? null;
}

/** A name and the 行次 glued to its end (`发展和管理支出30`: `发展和管理支出` and `30`), or null when the text ends in no
 * such number. */
export function splitGlued(text: string): { name: string; number: string } | null {
  const m = GLUED_NUMBER_RE.exec(text.trim());
  return m ? { name: m[1]!, number: m[2]! } : null;
}

/**
 * Whether a table's amount lines number their rows though some print their 行次 glued to the end of their name:
 * `numbers[r]` is line `r`'s first piece after its words; a line whose piece there is no row number (its first figure
 * money) takes the number glued to the word before it (`gluedRowNumber`). Three numbers apart at least and one glued at
 * least, counting up down the rows, most steps by one.
 */
export function numbersRowsGlued(lines: readonly { parts: readonly Positioned[] }[], numbers: readonly (Positioned | undefined)[]): boolean {
  const apart = numbers.filter((p) => p !== undefined && isRowNumberText(p.text)).length;
  if (apart < 3 || apart === numbers.length) return false;
  const texts = lines.map((l, r) => {
    const p = numbers[r];
    if (p !== undefined && isRowNumberText(p.text)) return p.text;
    const word = l.parts[(p === undefined ? l.parts.length : l.parts.indexOf(p)) - 1];
    return word === undefined ? undefined : (gluedRowNumber(word.text) ?? undefined);
  });
  return isRowNumbering(texts, { least: 3, mostlyByOne: true });
}

/** True when no row of the run fills column `j` (a column the page's grid found that the rows print nothing in). */
function blankIn(lines: readonly SourceLine[], run: readonly number[], j: number): boolean {
  return run.every((k) => (lines[k]!.cells[j] ?? '').trim() === '');
}

/** The nearest column left of `c` some row of the run fills, or -1. */
function filledLeftOf(lines: readonly SourceLine[], run: readonly number[], c: number): number {
  let j = c - 1;
  while (j >= 0 && blankIn(lines, run, j)) j--;
  return j;
}

/** The 行次 column of a table's rows: the first column right of a text column (columns no row fills between them)
 * whose filled cells (three at least) number the rows, most steps by one (`isRowNumbering`), or -1. */
function rowNumberColumnOf(lines: readonly SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): number {
  for (let c = 1; c < kinds.length; c++) {
    const left = filledLeftOf(lines, run, c);
    if (left < 0 || kinds[left] !== 'text') continue;
    const texts = run.map((k) => (lines[k]!.cells[c] ?? '').trim()).filter((t) => t !== '');
    if (isRowNumbering(texts, { least: 3, mostlyByOne: true })) return c;
  }
  return -1;
}

/** Row numbers glued to the name left of the 行次 column (label columns the row leaves blank between them) split off
 * into it (in place). */
export function splitGluedRowNumbers(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const c = rowNumberColumnOf(lines, run, kinds);
  if (c < 1) return;
  const number = (k: number) => {
    const t = (lines[k]!.cells[c] ?? '').trim();
    return t === '' ? null : Number(t);
  };
  // (the name: the last filled label cell left of the 行次 column, label columns the row leaves blank between them)
  const nameAt = (k: number) => {
    for (let j = c - 1; j >= 0 && (kinds[j] === 'text' || blankIn(lines, run, j)); j--) if ((lines[k]!.cells[j] ?? '').trim() !== '') return j;
    return -1;
  };
  const glued = (k: number) => (number(k) !== null || lines[k]!.skip || nameAt(k) < 0 ? null : splitGlued(lines[k]!.cells[nameAt(k)] ?? ''));
  const split = (k: number, m: { name: string; number: string }) => {
    const cells = [...lines[k]!.cells];
    cells[nameAt(k)] = m.name;
    cells[c] = m.number;
    lines[k] = { ...lines[k]!, cells };
  };
  for (const [r, k] of run.entries()) {
    const m = glued(k);
    if (!m) continue;
    const above = run.slice(0, r).map(number).filter((v) => v !== null).pop();
    const below = run.slice(r + 1).map(number).find((v) => v !== null);
    const n = Number(m.number);
    if (above === undefined || n !== above + 1 || (below !== undefined && below !== null && n >= below)) continue;
    split(k, m);
  }
  // (rows above the first numbered one, a page's first rows: each number one less than the one below it)
  for (let r = run.length - 1; r >= 0; r--) {
    const k = run[r]!;
    const m = glued(k);
    if (!m || run.slice(0, r).some((j) => number(j) !== null)) continue;
    const below = run.slice(r + 1).map(number).find((v) => v !== null);
    if (below === undefined || below === null || Number(m.number) !== below - 1) continue;
    split(k, m);
  }
}
