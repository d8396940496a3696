import type { Row } from '../../../model/table.ts';
import type { SourceLine } from '../../../text/lines.ts';
import { classifyCell, makeCell, parseCode } from '../../tables/cells.ts';
import { isTotalLabel, makeRow, type TableContext } from '../../tables/context.ts';
import { continuesLabel } from '../../tables/levels.ts';
import { markPrinted } from '../../read/line-pieces.ts';
import { readTriplets, type Triplet } from './triplets.ts';

/** One printed block: its name (`第1栏`, or the group printed over it) and the label of its one figure column. */
export interface TripletBlock {
  name: string;
  column: string;
}

/** A line's groups read by meaning, kept with the line. */
interface ReadLine {
  line: SourceLine;
  groups: Triplet[];
  stray: string[];
}

/** How many blocks the rows print: the most coded groups on one line. */
export function blocksInRows(lines: readonly SourceLine[]): number {
  let n = 0;
  for (const l of lines) n = Math.max(n, readTriplets(l.raw).groups.filter((g) => g.code !== null).length);
  return n;
}

/**
 * Read side-by-side (科目编码, 科目名称, figure) blocks from the printed text of their lines, by meaning rather than by
 * the columns the conversion cut: each line is a sequence of groups (readTriplets), a full line (one coded group per
 * block) gives the blocks' positions, and a shorter line's groups go to the block at their position (a coded group to
 * the nearest block code, a label to the block it stands in). A figure belongs to the code and name before it; a group
 * with no figure is a blank cell. A name alone under a coded row of its block is the rest of that row's name (with
 * the figure when the wrapped part carries it).
 */
export function parseTripletBlocks(
  lines: readonly SourceLine[],
  blocks: readonly TripletBlock[],
  ctx: TableContext,
  headerText = '',
): Row[] {
  const read: ReadLine[] = lines.map((line) => {
    const t = readTriplets(line.raw);
    return { line, groups: t.groups, stray: t.stray.map((p) => p.text) };
  });
  const n = blocks.length;
  const readLines = new Set(lines.map((l) => l.n));
  const header = headerText.replace(/[\s\u3000]+/g, '');
  const full = read.filter((r) => r.groups.length === n && r.groups.every((g) => g.code !== null));
  const rows: Row[] = [];
  const previous = new Map<number, { row: Row; line: number; nameStart: number }>();
  let fi = 0;
  for (const r of read) {
    const l = r.line;
    const { groups } = r;
    if (groups.length === 0 && r.stray.length === 0) continue;
    if (isRepeatedHeader(l.raw, header)) {
      ctx.problem(l, '表头在分页后重印（字词断开的位置不同），按表头跳过', 'header_repeated', 'info');
      continue;
    }
    for (const s of r.stray) ctx.problem(l, `数值「${s}」前没有科目名称，不属于任何科目`, 'row_without_label');
    if (groups.length === 0) continue;
    while (fi + 1 < full.length && Math.abs(full[fi + 1]!.line.n - l.n) <= Math.abs(full[fi]!.line.n - l.n)) fi++;
    const anchors = full[fi]?.groups.map((g) => g.start) ?? null;
    const placed = place(groups, anchors, n);
    if (!placed) {
      ctx.problem(l, `行的科目组不能对应到 ${n} 栏（${groups.length} 组）`, 'row_unplaced');
      continue;
    }
    if (l.joined?.some((j) => !readLines.has(j))) takeJoinedNames(l, groups);
    markPrinted(
      l,
      groups.flatMap((g) => (g.figure === null ? [] : [g.figure])),
      groups.flatMap((g) => (g.code === null ? [] : [g.code])),
      ctx,
    );
    groups.forEach((g, gi) => {
      const bi = placed[gi]!;
      const block = blocks[bi]!;
      const above = previous.get(bi);
      if (g.code === null && !isTotalLabel(g.name)) {
        // The rest of a wrapped name, under the name above: joined to that row; its figure, when printed with it, is
        // that row's (the row above printed none).
        if (above && continuesLabel(g.name, l.n - above.line) && Math.abs(g.nameStart - above.nameStart) <= WRAP_TOLERANCE) {
          const cell = above.row.cells[0];
          if (g.figure !== null && cell && cell.raw !== '') {
            ctx.problem(l, `第${bi + 1}栏续行「${g.name}」的数值「${g.figure}」与上一行的数值重复`, 'row_without_label');
            return;
          }
          above.row.name += g.name;
          above.line = l.n;
          if (g.figure !== null) above.row.cells[0] = figureCell(g.figure, l, block.column, ctx);
          return;
        }
        if (g.figure === null) {
          ctx.problem(l, `第${bi + 1}栏的文字「${g.name}」既无编码也无数值，不是上一科目的续行，未读入`, 'text_not_read', 'warning');
          return;
        }
      }
      if (g.name === '' && g.code === null) {
        ctx.problem(l, `第${bi + 1}栏有数值但没有科目`, 'row_without_label');
        return;
      }
      const row = makeRow({ code: g.code, name: g.name, block: block.name, line: l.n, cells: [figureCell(g.figure ?? '', l, block.column, ctx)] });
      rows.push(row);
      if (g.code) previous.set(bi, { row, line: l.n, nameStart: g.nameStart });
      else previous.delete(bi);
    });
  }
  return rows;
}

/**
 * A line the reader joined a wrapped name into (the other line is then not in the table's lines): the name its cells
 * hold for a group, when it is the group's printed name and more. A coded group takes the longer name printed after
 * its code; a group printed without its code (the code and the name's start stood on the line above) takes the code
 * and name the reader moved down, when that code is on no other group of the line.
 */
function takeJoinedNames(l: SourceLine, groups: Triplet[]): void {
  const cells = l.cells.map((c) => c.trim());
  const codes = new Set(groups.flatMap((g) => (g.code === null ? [] : [g.code])));
  for (const g of groups) {
    if (g.code !== null) {
      const j = cells.indexOf(g.code);
      const name = j >= 0 ? cells.slice(j + 1).find((c) => c !== '') : undefined;
      if (name && name !== g.name && name.includes(g.name) && classifyCell(name) === 'text') g.name = name;
    } else if (g.name !== '' && !isTotalLabel(g.name)) {
      const j = cells.findIndex((c, i) => i > 0 && c !== g.name && c.endsWith(g.name));
      const code = j > 0 ? cells.slice(0, j).filter((c) => c !== '').pop() : undefined;
      if (code && parseCode(code) === code && !codes.has(code)) {
        g.code = code;
        g.name = cells[j]!;
        codes.add(code);
      }
    }
  }
}

/** How far (characters) the rest of a wrapped name may start from the name above it. */
const WRAP_TOLERANCE = 4;

/**
 * A header printed again after a page break: every character a character of the table's header (its words broken and
 * glued differently: `决算` `数`, `目编码类`), and one word of three characters or more printed as in the header.
 */
function isRepeatedHeader(raw: string, header: string): boolean {
  const words = raw.split(/[\s\u3000]+/).filter((w) => w !== '');
  if (header === '' || words.length === 0) return false;
  return words.every((w) => [...w].every((ch) => header.includes(ch))) && words.some((w) => w.length >= 3 && header.includes(w));
}

/** Block index of each group: in order on a full line, else by position against the nearest full line's codes. */
function place(groups: readonly Triplet[], anchors: readonly number[] | null, n: number): number[] | null {
  if (groups.length === n && groups.every((g) => g.code !== null)) return groups.map((_, i) => i);
  if (!anchors) return groups.length <= n ? groups.map((_, i) => i) : null;
  const out: number[] = [];
  for (const g of groups) {
    let bi: number;
    if (g.code !== null) {
      bi = 0;
      for (let b = 1; b < n; b++) if (Math.abs(anchors[b]! - g.start) < Math.abs(anchors[bi]! - g.start)) bi = b;
    } else {
      // A label stands inside its block: the last block whose code column starts at or before it.
      bi = 0;
      for (let b = 1; b < n; b++) if (anchors[b]! <= g.start + 2) bi = b;
    }
    if (out.length > 0 && bi <= out[out.length - 1]!) return null;
    out.push(bi);
  }
  return out;
}

function figureCell(text: string, l: SourceLine, column: string, ctx: TableContext) {
  return makeCell(text, { column, line: l.n, unitExponent: ctx.unitExponent, unit: ctx.unit }).cell;
}
