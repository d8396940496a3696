/**
 * Markdown pipe tables: `| a | b |` rows, `|---|:---:|` separator rows, bold headers (`**项目**`), `<br>` inside cells
 * and empty `| |` cells. Each row's cells are the text between its pipes (an escaped `\|` is text); markup inside a cell
 * is left to the cell cleaning every reader shares (text/clean.ts), so a pipe cell reads like a tab cell.
 */
import { cleanLabel } from '../../text/clean.ts';
import type { SourceLine } from '../../text/lines.ts';
import { isColumnNumbersRow } from '../tables/grid.ts';
import { isHeaderWordRow } from '../tables/vocabulary.ts';
import { leveledHeader } from './header-groups.ts';

const SEPARATOR_CELL_RE = /^:?-{3,}:?$/;
const BR_RE = /<br\s*\/?>/i;
const BR_SPLIT_RE = /<br\s*\/?>/gi;

/**
 * A header row whose cells hold the header's levels joined with `<br>` (`收入<br>项目 | 行次 | 决算数`): each cell as
 * its levels joined by `/` (`收入/项目`, `收入/行次`, `收入/决算数`), the groups decided by the header vocabulary
 * (./header-groups.ts), so the row reads like the flattened header of a table printed on several rows.
 */
export function leveledPipeHeader(cells: readonly string[]): string[] {
  const parts = cells.map((c) =>
    c
      .replace(/\*\*/g, '')
      .split(BR_SPLIT_RE)
      .map((p) => cleanLabel(p))
      .filter((p) => p !== ''),
  );
  return leveledHeader(parts);
}

/** A markdown table row: starts with a pipe and has at least one more. */
export function isPipeRow(raw: string): boolean {
  const t = raw.trim();
  if (!t.startsWith('|')) return false;
  return t.indexOf('|', 1) > 0;
}

/** A markdown separator row (`|---|:--:|`). */
export function isSeparatorRow(raw: string): boolean {
  if (!raw.includes('---')) return false;
  const cells = raw.split('|').map((c) => c.trim());
  // Leading and trailing pipes leave an empty first and last piece.
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells.length > 0 && cells.every((c) => SEPARATOR_CELL_RE.test(c));
}

/** Cells of a pipe row with their start and end column in the raw line (untrimmed, like tab cells). */
export function pipeCells(raw: string): { cells: string[]; spans: { start: number; end: number }[] } {
  const bars: number[] = [];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '|' && raw[i - 1] !== '\\') bars.push(i);
  // An unclosed last cell (`| a | b`) runs to the end of the line.
  const tail = raw.slice((bars[bars.length - 1] ?? -1) + 1).trim();
  if (tail !== '') bars.push(raw.length);
  const cells: string[] = [];
  const spans: { start: number; end: number }[] = [];
  for (let b = 0; b + 1 < bars.length; b++) {
    const start = bars[b]! + 1;
    const end = bars[b + 1]!;
    cells.push(raw.slice(start, end).replace(/\\\|/g, '|'));
    spans.push({ start, end });
  }
  return { cells, spans };
}

/**
 * Read the pipe rows of a document into cells: rows starting with a pipe, and the rows of a table written without
 * outer pipes (`项目 | 合计` over `--- | ---`), found from its separator row. Separator rows and rows without any text
 * are marked as not read.
 */
export function readPipe(input: SourceLine[]): SourceLine[] {
  const inTable = new Set<number>();
  input.forEach((l, i) => {
    // A separator inside a table already found is not scanned again (linear on any input).
    if (l.skip || inTable.has(i) || !l.raw.includes('|') || !isSeparatorRow(l.raw)) return;
    if (i > 0 && input[i - 1]!.raw.includes('|')) inTable.add(i - 1);
    for (let j = i; j < input.length && input[j]!.raw.includes('|') && input[j]!.raw.trim() !== ''; j++) inTable.add(j);
  });
  return input.map((l, i) => {
    if (l.skip || l.raw.includes('\t') || !(isPipeRow(l.raw) || inTable.has(i))) return l;
    if (isSeparatorRow(l.raw)) return { ...l, form: 'pipe', cells: [], skip: 'separator' };
    const { cells, spans } = pipeCells(l.raw.trim().startsWith('|') ? l.raw : `|${l.raw}`);
    const shifted = l.raw.trim().startsWith('|') ? spans : spans.map((sp) => ({ start: sp.start - 1, end: sp.end - 1 }));
    if (cells.every((c) => c.replace(BR_SPLIT_RE, '').trim() === '')) return { ...l, form: 'pipe', cells, spans: shifted, skip: 'separator' };
    // The row over the separator is the header: levels joined with <br> in its cells are split into levels, unless
    // header words follow the separator (the levels are then printed as rows, and a <br> only wraps a cell's words).
    const next = input[i + 1];
    const below = input[i + 2];
    const belowCells = below !== undefined && isPipeRow(below.raw) ? pipeCells(below.raw).cells.map((c) => cleanLabel(c)) : [];
    const rowsBelow = !isColumnNumbersRow(belowCells) && isHeaderWordRow(belowCells);
    if (next && isSeparatorRow(next.raw) && !rowsBelow && cells.some((c) => BR_RE.test(c))) return { ...l, form: 'pipe', cells: leveledPipeHeader(cells), spans: shifted };
    return { ...l, form: 'pipe', cells, spans: shifted };
  });
}
