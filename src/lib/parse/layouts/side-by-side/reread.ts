/**
 * When the header of a side-by-side table is read again by its characters (header-chars.ts), and from what: the raw
 * header lines of the block, the half names, and how many figure columns each half prints — numbered by the 栏次 row
 * (`栏次 1 栏次 2 3 4 5`), or else the most figures any row prints after that half's label and 行次.
 */
import type { SourceLine } from '../../../text/lines.ts';
import type { Grid } from '../../tables/grid.ts';
import type { TableBlock } from '../../segment.ts';
import { familyOf, normHeaderWord, type ColumnMeaning } from '../../tables/vocabulary.ts';
import { wordsOf, type Half } from './by-order.ts';
import { layoutOf, rankOf, readHeaderByCharacters, type HeaderReading } from './header-chars.ts';

const HALF_NAMES = ['收入', '支出'];

/**
 * The header lines of the block: after its title and meta lines, before its first row with a figure or a 行次 number
 * (header lines the grid took for rows included); the 栏次 row apart.
 */
function headerLinesOf(grid: Grid, block: TableBlock): { lines: SourceLine[]; numbers: SourceLine | null; firstRow: number } {
  const meta = new Set(grid.metaLines);
  const lines: SourceLine[] = [];
  let numbers = grid.columnNumbersLine === null ? null : (block.lines.find((l) => l.n === grid.columnNumbersLine) ?? null);
  let firstRow = Infinity;
  for (const l of block.lines) {
    if (l.n <= block.titleLine || meta.has(l.n) || l.raw.trim() === '' || (l.skip !== undefined && l.skip !== 'joined')) continue;
    if (/^\s*栏\s*次/.test(l.raw)) {
      numbers = l;
      continue;
    }
    if (l.n === grid.columnNumbersLine) continue;
    if (wordsOf(l.raw).some((w) => w.kind !== 'text')) {
      firstRow = l.n;
      break;
    }
    lines.push(l);
    // header lines the reader joined into this one (they are not in the block)
    (l.joinedRaw ?? []).forEach((raw, k) => lines.push({ n: l.joined?.[k] ?? l.n, raw, cells: [] }));
  }
  return { lines: lines.sort((a, b) => a.n - b.n), numbers, firstRow };
}

/** Figure columns per half as the 栏次 row numbers them (`栏次 1 栏次 2 3 4 5`), or null. */
function countsFromColumnNumbers(raw: string, halves: number): number[] | null {
  const parts = raw.trim().split(/栏\s*次/).slice(1);
  if (parts.length !== halves) return null;
  const counts = parts.map((p) => p.trim().split(/\s+/).filter((w) => /^\d{1,2}$/.test(w)).length);
  return counts.every((c) => c > 0) ? counts : null;
}

/**
 * True when the 栏次 row prints the word 行次 once in each half (`栏次 行次 1 栏次 行次 2`): the header's 行次 cells
 * drawn on the 栏次 row's line, so each half has a 行次 column whatever its header lines print.
 */
export function rowNumbersOnColumnNumbers(raw: string, halves: number): boolean {
  const parts = raw.trim().split(/栏\s*次/).slice(1);
  return parts.length === halves && parts.every((p) => (p.match(/行\s*次/g) ?? []).length === 1);
}

/** The most figures any row prints after each half's label (and 行次), or null when no row shows every half. */
function countsFromRows(rows: readonly SourceLine[], halves: number, rowNumber: boolean): number[] | null {
  const most = new Array<number>(halves).fill(0);
  for (const l of rows) {
    const words = wordsOf(l.raw);
    if (words.length === 0 || words[0]!.kind !== 'text') continue;
    const runs: number[] = [];
    words.forEach((w, k) => {
      if (w.kind === 'text' && (k === 0 || words[k - 1]!.kind !== 'text')) runs.push(0);
      else if (w.kind !== 'text') runs[runs.length - 1]!++;
    });
    if (runs.length !== halves) continue;
    runs.forEach((n, h) => (most[h] = Math.max(most[h]!, n - (rowNumber && n > 0 ? 1 : 0))));
  }
  return most.every((n) => n > 0) ? most : null;
}

/**
 * True when the names that have a place in a 财政拨款 table's order of columns (合计, then the funds) stand in it, each
 * 合计 starting a group of its own (本年支出 and 年末结转 each with 合计 and the funds), so the first group too when any
 * does: a header read by position whose funds stand against it (国有资本经营 left of 政府性基金), or a fund before the
 * 合计 (`一般公共` drawn on the line under `预算拨款`, right of it), put broken names' pieces under other columns.
 */
function inPrintedOrder(words: readonly string[]): boolean {
  const ranks = words.map(rankOf).filter((r) => r !== null);
  if (ranks.includes(0) && ranks[0] !== 0) return false;
  return ranks.every((r, k) => k === 0 || r === 0 || ranks[k - 1]! < r);
}

/**
 * The header read again by characters, or null when the header read by position already names its figure columns
 * with known words under its half's name (a half's name alone over a column, `收入` over its 行次, names no figure
 * column), as many as the 栏次 row numbers or as each half prints at least (a column may be blank on every row), with
 * 合计 and the funds in their printed order (`inPrintedOrder`), or when the characters
 * give no single reading.
 */
export function rereadHeader(
  grid: Grid,
  block: TableBlock,
  groups: readonly Half[],
  meanings: readonly ColumnMeaning[],
): { labels: string[]; halves: (Half & { name: string })[]; how: HeaderReading; line: SourceLine; firstRow: number } | null {
  const { lines, numbers: numbersLine, firstRow } = headerLinesOf(grid, block);
  if (lines.length === 0) return null;
  const tokens = lines.flatMap((l) => l.raw.replace(/([收支项行])\s{1,3}([入出目次])/g, '$1$2').split(/\s+/)).map((w) => normHeaderWord(w));
  const names = tokens.filter((w) => HALF_NAMES.includes(w));
  if (names.join() !== HALF_NAMES.join()) return null;
  const rowNumber = tokens.some((w) => w === '行次');
  const numbered = numbersLine ? countsFromColumnNumbers(numbersLine.raw, names.length) : null;
  const counts = numbered ?? countsFromRows(grid.rows, names.length, rowNumber);
  if (!counts) return null;
  const known =
    groups.length === names.length &&
    groups.every(
      (g, h) =>
        (numbered ? g.valueIdx.length === counts[h] : g.valueIdx.length >= counts[h]!) &&
        g.valueIdx.every((j) => {
          const segs = meanings[j]!.label.split('/');
          return meanings[j]!.unknown.length === 0 && !HALF_NAMES.includes(segs[segs.length - 1]!) && segs.length > 1 && segs[0] === names[h];
        }) &&
        inPrintedOrder(g.valueIdx.map((j) => meanings[j]!.label.split('/').at(-1)!)),
    );
  if (known) return null;
  const read = readHeaderByCharacters(
    lines.map((l) => l.raw.replace(/([收支项行])\s{1,3}([入出目次])/g, '$1$2')),
    names,
    counts,
    numbered !== null,
    familyOf(block.kind),
  );
  if (!read) return null;
  // (a 栏次 row printing 行次 in each half, `栏次 行次 1 栏次 行次 2`: each half has a 行次 column its header lines lack)
  const numbersRowNumber = numbersLine !== null && rowNumbersOnColumnNumbers(numbersLine.raw, names.length);
  const halves = read.halves.map((h) => ({ ...h, rowNumber: h.rowNumber || numbersRowNumber }));
  return { ...layoutOf(halves), how: read.how, line: lines[0]!, firstRow };
}
