import type { SourceLine } from '../../../text/lines.ts';
import { classifyCell } from '../../tables/cells.ts';
import { readRowHead } from '../../tables/budget-rows.ts';
import { printedCount } from './value-cells.ts';

/**
 * A classification row whose figures pdftotext wrote over two lines: its code, name and first figures on one line,
 * the rest of its figures alone on the next (`212 01 99  其他城乡社区管理事务支 3,376.34` over `2,095.34 359.49 …`,
 * the one row of a page of its own, so no row of the page shows where its columns stand). Read apart, the first line
 * lost most of its figures and the second was a row without a label. Joined into one row when neither line prints a
 * whole row's figures, the two together print exactly as many as the table's whole rows (`whole`, its widest rows),
 * and the joined figures, in printed order, hold the table's identities (`holds`). The next line's figures follow the
 * first line's last figure, in order, each keeping its source line and cell (`cellLines`, `cellFrom`); the joined
 * row reads on the first line. A figure line under a row that prints a whole row already (an unlabelled total) is
 * never joined. A row's 行次 (`rowNumber`: the index of its cell, when the table prints one) is not one of its figures.
 */
export function joinFiguresBelow(
  rows: readonly SourceLine[],
  labelCells: number,
  whole: number,
  holds: (figures: readonly string[]) => boolean,
  rowNumber: (l: SourceLine) => number | undefined = () => undefined,
): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    const b = rows[i + 1];
    const merged = b !== undefined && b.n === a.n + 1 && !b.pageStart ? withFiguresBelow(a, b, labelCells, whole, holds, rowNumber(a)) : null;
    if (!merged) {
      out.push(a);
      continue;
    }
    out.push(merged);
    i++;
  }
  return out;
}

function withFiguresBelow(
  a: SourceLine,
  b: SourceLine,
  labelCells: number,
  whole: number,
  holds: (figures: readonly string[]) => boolean,
  rowNumber: number | undefined,
): SourceLine | null {
  const head = readRowHead(a, labelCells);
  if (head.nameIdx < 0 || (head.code === null && head.unitCode === null)) return null;
  // the next line: figures alone (no label, no code)
  const kinds = b.cells.map((c) => classifyCell(c));
  if (!kinds.every((k) => k === 'blank' || k === 'number')) return null;
  const below = b.cells.flatMap((c, j) => (kinds[j] === 'number' ? [j] : []));
  const own = a.cells.slice((rowNumber ?? head.nameIdx) + 1);
  if (own.some((c) => !['blank', 'number'].includes(classifyCell(c)))) return null;
  const ownCount = printedCount(own);
  if (ownCount === 0 || ownCount >= whole || below.length >= whole || ownCount + below.length !== whole) return null;
  const last = a.cells.reduce((k, c, j) => (classifyCell(c) === 'number' ? j : k), -1);
  const figures = [...own.filter((c) => c.trim() !== ''), ...below.map((j) => b.cells[j]!)];
  if (!holds(figures.map((c) => c.trim()))) return null;
  const keep = last + 1;
  const cells = [...a.cells.slice(0, keep), ...below.map((j) => b.cells[j]!)];
  const cellLines = [...a.cells.slice(0, keep).map((_, j) => a.cellLines?.[j] ?? a.n), ...below.map((j) => b.cellLines?.[j] ?? b.n)];
  const cellFrom = [...a.cells.slice(0, keep).map((_, j) => a.cellFrom?.[j] ?? j), ...below.map((j) => b.cellFrom?.[j] ?? j)];
  const spans = a.spans && b.spans ? [...a.spans.slice(0, keep), ...below.map((j) => b.spans![j]!)] : undefined;
  return { ...a, cells, cellLines, cellFrom, ...(spans ? { spans } : {}) };
}
