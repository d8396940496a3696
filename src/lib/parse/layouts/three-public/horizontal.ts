import type { Cell } from '../../../model/table.ts';
import { cellKey, type SourceLine } from '../../../text/lines.ts';
import { abs, add, cmp, isZero, parseDecimal, sub, ZERO, type Decimal } from '../../../decimal.ts';
import { classifyCell, makeCell } from '../../tables/cells.ts';
import { makeRow, type TableContext } from '../../tables/context.ts';
import type { Grid } from '../../tables/grid.ts';
import type { TableBlock } from '../../segment.ts';
import type { DocBlocks, ParsedTable } from '../types.ts';
import { accountHeader, halfCentres, leafItems, markersOf, MAX_ACCOUNT_CHARS, normHeaderText, orderItems, permutations, type HeaderAccount, type HeaderLine, type Marker, type OrderReading, type TpItem } from './header-account.ts';
import { subjectOf } from './single-row.ts';
import { countsFromOne, pieces as piecesOf } from '../../read/piece.ts';
import { steppingPlacements } from './gap-steps.ts';
import { numberCentres, placementUnderNumbers } from './numbered-order.ts';

/**
 * A horizontal “三公”经费 table as `pdftotext -layout` prints narrow columns: the header words broken over lines and
 * reordered, the figures of the one data row squeezed to one space (blank cells leave no trace but a wider gap).
 * Read by meaning (header-account.ts): which items the header's characters spell, in which order; then the figures:
 *
 * - as many figures as columns (and as the 栏次 row numbers, when printed): one per column, in order. When the header's
 *   lines leave several orders, the figures narrow them: only an order under which they keep the table's identities
 *   (合计 = 出国 + 公务用车 + 接待, 小计 = 购置 + 运行, in each half, both halves in one order) may be read. One such
 *   order is read (the 栏次 numbers' choice standing when it is one of them); of several, the 栏次 numbers or the
 *   words' positions choose among them only; failing that, when
 *   every such order puts the same value under each item in each half, the choice changes no fact and the row is
 *   read by the first (`sameReading`); else it is not read and reported;
 * - fewer (blank cells): the placements that keep the order and the table's identities (合计 = 出国 + 公务用车 +
 *   接待, 小计 = 购置 + 运行; a blank adds nothing) and put figures one space apart in neighbouring columns; one left
 *   is taken; several are decided by the figures' columns under the items' header columns only when one placement
 *   is clearly nearest, else by the gaps between the figures (each blank column widens a gap by about its width)
 *   when one placement clearly fits them best; else the figures every placement left puts in the same column are
 *   read there, the others left unread and reported (`three_public_undecided`), the columns they may stand in given
 *   no cell (not known to be blank), and the row is not read at all when no figure is so decided. When no placement
 *   keeps the identities with figures one space apart in neighbouring columns, the spacing contradicts itself (a
 *   blank cell between figures one space apart) and says nothing: the placements keeping the identities are weighed
 *   alone, one taken, several read as far as they agree.
 *
 * Returns null when the table is not of this shape (the header is not spelled by known words, or there is not
 * exactly one row of figures); the caller then reads it otherwise. Every reading is reported as an `info` problem
 * with the line and raw text; an unread row as a `warning`.
 */
export function readHorizontal(grid: Grid, ctx: TableContext, block: TableBlock, doc?: DocBlocks): ParsedTable | Unread | null {
  const skip = new Set([...grid.metaLines, ...grid.repeatedLines]);
  const lines = withJoined(block.lines, doc)
    .filter((l) => (!l.skip || l.skip === 'joined') && !skip.has(l.n) && l.raw.trim() !== '' && l.n < (grid.notes[0]?.line ?? Infinity));
  const figureRows = lines.filter((l) => isFigureRow(l.raw) && !isColumnNumbers(l.raw));
  if (figureRows.length !== 1 || figureRows[0]!.form !== 'spaced') return null;
  const row = figureRows[0]!;
  const numbersLine = lines.find((l) => l.n < row.n && isColumnNumbers(l.raw));
  const headerLines: HeaderLine[] = lines
    .filter((l) => l.n < row.n && l !== numbersLine)
    .map((l) => ({ n: l.n, pieces: piecesOf(l.raw) }));
  // (bounded by the characters an account can hold, not by lines: narrow columns wrap the words over as many lines
  // as they need, `公务` `用车` `运行` `维护` `费` one under another)
  const text = headerLines.flatMap((l) => l.pieces.map((p) => p.text)).join('');
  if (headerLines.length === 0 || normHeaderText(text).length > MAX_ACCOUNT_CHARS) return null;
  const accounts = accountHeader(text);
  if (accounts.length === 0) return null;
  const at = row;
  const unread = (why: string): Unread => ({ unread: why, line: at });
  if (accounts.length > 1) return unread(`表头字符可以拼成 ${accounts.length} 种不同的词组合`);
  const found = accounts[0]!;
  if (leafItems(found).length < 2) return null;
  // The halves left to right: 预算数 before 决算数 as printed (their first characters' columns, far apart over halves).
  const measures = found.halves === 2 ? measureOrder(headerLines, found.measures) : found.measures;
  if (!measures) return unread('表头中预算数与决算数的左右位置不明');
  const a: HeaderAccount = { ...found, measures };

  const markers = markersOf(headerLines, a);
  const boundary = a.halves === 2 ? halfBoundary(headerLines, a) : null;
  const columnCount = leafItems(a).length * a.halves;
  const centres = numbersLine ? numberCentres(piecesOf(numbersLine.raw), columnCount) : null;
  const slotsOf = (o: readonly TpItem[]) => Array.from({ length: a.halves }, (_, h) => o.map((item) => ({ half: h, item }))).flat();
  const figures = piecesOf(row.raw);
  // A figure in every column: an order the lines leave open must keep the table's identities with the figures in it.
  const full = figures.length === columnCount ? figures.map((f) => parseDecimal(f.text)) : null;
  const admits = full && (full.every((v) => v !== null) ? (o: readonly TpItem[]) => balances(full, slotsOf(o), a.halves, ctx.unitExponent > 0) : null);
  let order = orderItems(headerLines, markers, a, boundary, centres, true, admits);
  if (!order.ok && order.admitted && full) {
    const same = sameReading(order.admitted, full, a.halves);
    if (same) order = { ok: true, order: same, how: 'figures', byFigures: { lines: order.lineOrders ?? order.admitted.length, admitted: order.admitted.length, ...(order.joined ? { joined: true as const } : {}), same: true } };
  }
  if (!order.ok) return unread(order.why);
  // A row with a figure in every column that keeps the identities under some order of the items, but not under the
  // one the lines' words gave: a piece pdftotext drew out of its cell's order misled them. The order the marker
  // characters alone leave is read when the figures admit it; else the row is not read (figures balancing under no
  // order at all say nothing of the order: the printed table's own sums may be off, and it is read as the lines say).
  let wordsRefused = false;
  if (admits && !admits(order.order) && permutations(leafItems(a)).some(admits)) {
    const byMarks = orderItems(headerLines, markers, a, boundary, centres, false, admits);
    if (!byMarks.ok || !admits(byMarks.order)) return unread('表头各行词序给出的项目顺序下数字不符合表内恒等式，另有顺序符合，但表头不能确定是哪一种');
    order = byMarks;
    wordsRefused = true;
  }
  let slots = slotsOf(order.order);
  const numbered = numbersLine ? piecesOf(numbersLine.raw).length : null;
  if (numbered !== null && numbered !== slots.length) return unread(`栏次有 ${numbered} 栏，表头有 ${slots.length} 栏`);
  if (figures.length > slots.length) return unread(`${figures.length} 个数字多于表头的 ${slots.length} 栏`);

  let placement: number[];
  let open: number[] = [];
  let how: string;
  if (figures.length === slots.length) {
    placement = figures.map((_, i) => i);
    how = '数字个数与栏数相同，按顺序对应';
  } else {
    let placed = placeFigures(figures, slots, order.order, markers.flat(), boundary, a, ctx.unitExponent > 0, centres);
    // No placement balances under the order the lines' words left: a word piece pdftotext drew out of its cell's order
    // may have misled them. Under placed 栏次 numbers, the order the marker characters alone leave whose placed markers
    // stand clearly nearest their columns' numbers (`numbered-order.ts`), if its figures then balance.
    if (!placed.ok && placed.unbalanced && centres !== null) {
      const byMarks = orderItems(headerLines, markers, a, boundary, centres, false);
      if (byMarks.ok && byMarks.how === 'numbers') {
        const again = placeFigures(figures, slotsOf(byMarks.order), byMarks.order, markers.flat(), boundary, a, ctx.unitExponent > 0, centres);
        if (again.ok) [order, slots, placed] = [byMarks, slotsOf(byMarks.order), again];
      }
    }
    if (!placed.ok && placed.unbalanced) placed = placeFigures(figures, slots, order.order, markers.flat(), boundary, a, ctx.unitExponent > 0, centres, true);
    // (with no 栏次 row and no placement balancing under that order at all, however the figures are spaced: the order
    // the marker characters alone leave under which a placement of the figures balances, when the header's marks
    // single one out — a piece drawn out of its cell's order, `公务接待` / `费` after 因公出国, misled the lines' words)
    if (!placed.ok && placed.unbalanced && centres === null) {
      const place = (o: readonly TpItem[]) => placeFigures(figures, slotsOf(o), o, markers.flat(), boundary, a, ctx.unitExponent > 0, null);
      const byMarks = orderItems(headerLines, markers, a, boundary, null, false, (o) => place(o).ok);
      const again = byMarks.ok ? place(byMarks.order) : null;
      if (byMarks.ok && again?.ok) {
        [order, slots, placed] = [byMarks, slotsOf(byMarks.order), again];
        wordsRefused = true;
      }
    }
    if (!placed.ok) return unread(placed.why);
    placement = placed.slots;
    open = placed.open ?? [];
    how = placed.how;
  }
  ctx.problem(
    row,
    `“三公”经费表按表头字符读取：表头拼出${a.halves === 2 ? `${a.measures.join('、')}两组，每组` : ''}${order.order.map((i) => a.words[i]).join('、')}（顺序依据${wordsRefused ? '各项目独有的字（各行词序给出的顺序下数字不符合表内恒等式）；' : ''}${orderHow(order)}）；${how}`,
    'three_public_by_words',
    'info',
  );

  const measureOf = (h: number) => (a.halves === 2 ? `${/^预算/.test(a.measures[h]!) ? '预算数' : '决算数'}/` : a.measures[0] && /^决算/.test(a.measures[0]) ? '决算数/' : '');
  const group = a.words.vehicles ?? '公务用车购置及运行费';
  const name = (item: TpItem): string => {
    if (item === 'vehicles' || item === 'subtotal') return `${group}/小计`;
    if (item === 'purchase' || item === 'running') return `${group}/${a.words[item]}`;
    // The total as printed: the account reads “三公”经费合计 without its quotes.
    if (item === 'total' && a.words.total !== '合计') return /[“”]/.test(text) ? '“三公”经费合计' : text.includes('"') ? '"三公"经费合计' : a.words.total!;
    return a.words[item]!;
  };
  const columns = slots.map((s) => `${measureOf(s.half)}${name(s.item)}`);
  // (a slot an unread figure may stand in has no cell: it is not known to be blank)
  const cells: Cell[] = slots.flatMap((s, k) => {
    const f = placement.indexOf(k);
    if (f < 0 && open.includes(k)) return [];
    const raw = f >= 0 ? figures[f]!.text : '';
    const { cell } = makeCell(raw, { column: columns[k]!, line: row.n, unitExponent: ctx.unitExponent, unit: ctx.unit });
    return [figures.length === slots.length || f < 0 ? cell : { ...cell, placement: 'inferred' as const }];
  });
  const unplaced = figures.filter((_, i) => placement[i]! < 0);
  markUsed(row, ctx, placement);
  if (unplaced.length > 0)
    ctx.problem(row, `“三公”经费表有 ${unplaced.length} 个数字（${unplaced.map((f) => f.text).join('、')}）可以放在不同的栏而都符合表内恒等式，未读入；这些栏（${open.map((k) => columns[k]).join('、')}）不作空白`, 'three_public_undecided', 'warning');
  // The 栏次 numbers are column numbers, never values.
  if (numbersLine) numbersLine.cells.forEach((_, j) => ctx.other(numbersLine, j));
  return { columns, rows: [makeRow({ code: null, name: subjectOf(block.title), line: row.n, cells })] };
}

/** What decided the order, as the reading reports it. */
function orderHow(o: OrderReading & { ok: true }): string {
  const f = o.byFigures;
  const figures = !f
    ? ''
    : f.joined
      ? `表头各行的词序允许的 ${f.lines} 种项目顺序都不使各组数字符合表内恒等式，把同一词的相邻碎片合读后有 ${f.admitted} 种符合`
      : `表头各行的词序允许 ${f.lines} 种项目顺序，其中 ${f.admitted} 种使各组数字符合表内恒等式`;
  switch (o.how) {
    case 'lines':
      return '各行词序';
    case 'numbers':
      return f ? `${figures}，再按栏次各栏位置` : '栏次各栏位置';
    case 'positions':
      return f ? `${figures}，再按各词位置` : '各词位置';
    case 'figures':
      return f?.same ? `${figures}，各项目在各组的数值在这些顺序下都相同，读法不因顺序而异` : figures;
  }
}

/**
 * Of several orders under which a row with a figure in every column keeps the table's identities, one to read the
 * row by when the choice does not matter: every order puts the same value under each item in each half (two items
 * printing the same figures, `0.00` under both 购置费 and 接待费, may change places without changing a fact). Null
 * when some item's value differs between two orders: the order then matters, and is not known.
 */
export function sameReading(orders: readonly (readonly TpItem[])[], values: readonly (Decimal | null)[], halves: number): TpItem[] | null {
  const first = orders[0];
  if (!first) return null;
  const per = values.length / halves;
  const valueOf = (o: readonly TpItem[], item: TpItem, h: number) => values[h * per + o.indexOf(item)] ?? null;
  const equal = (x: Decimal | null, y: Decimal | null) => (x === null || y === null ? x === y : cmp(x, y) === 0);
  for (const o of orders.slice(1)) for (const item of first) for (let h = 0; h < halves; h++) if (!equal(valueOf(o, item, h), valueOf(first, item, h))) return null;
  return [...first];
}

/** A table of this shape whose columns or figures could not be told apart: why, and the row of figures. */
export interface Unread {
  unread: string;
  line: SourceLine;
}

/** Report a table not read (its figures are accounted for as reported, not as values). */
export function reportUnread(ctx: TableContext, u: Unread): ParsedTable {
  ctx.problem(u.line, `“三公”经费表未读入：${u.unread}`, 'three_public_unread', 'warning');
  for (let j = 0; j < u.line.cells.length; j++) ctx.other(u.line, j);
  return { columns: [], rows: [] };
}

/** The block's lines with the header lines a reader joined into them (and dropped from the block), in line order. */
function withJoined(lines: readonly SourceLine[], doc: DocBlocks | undefined): SourceLine[] {
  const out = [...lines];
  for (const l of lines) for (const n of l.joined ?? []) {
    const j = doc?.lines?.[n - 1];
    if (j && j.n === n && !out.includes(j)) out.push(j);
  }
  return out.sort((x, y) => x.n - y.n);
}

const isFigure = (t: string) => {
  const k = classifyCell(t);
  return k === 'number' || k === 'dash';
};
function isFigureRow(raw: string): boolean {
  const p = piecesOf(raw);
  return p.length > 0 && p.every((x) => isFigure(x.text));
}
/** A 栏次 row: 1 2 3 … n. */
function isColumnNumbers(raw: string): boolean {
  const p = piecesOf(raw);
  return p.length >= 3 && countsFromOne(p);
}

/** The printed cells of the figure row become values: mark them for the coverage count. */
function markUsed(row: SourceLine, ctx: TableContext, placement: readonly number[] = []): void {
  // (a cell holding a figure left unread, `placement` -1, in the order the row prints its figures, is reported, no value)
  let figure = 0;
  row.cells.forEach((c, j) => {
    const count = c.trim() === '' ? 0 : c.trim().split(/\s+/).length;
    const unread = placement.slice(figure, figure + count).some((k) => k < 0);
    figure += count;
    if (classifyCell(c) === 'number' && !unread) ctx.used.set(cellKey(row, j), 'value');
    else if (c.trim() !== '') ctx.other(row, j);
  });
}

/** The two measure words in their printed order, left to right; null when their columns are not clearly apart. */
function measureOrder(lines: readonly HeaderLine[], measures: readonly string[]): string[] | null {
  const colOf = (ch: string) => {
    for (const l of lines) for (const p of l.pieces) if (p.text.includes(ch)) return p.start + p.text.indexOf(ch);
    return null;
  };
  const cols = measures.map((w) => colOf(w[0]!));
  if (cols[0] == null || cols[1] == null || Math.abs(cols[0] - cols[1]) < 4) return null;
  return cols[0] < cols[1] ? [...measures] : [measures[1]!, measures[0]!];
}

/** The column between the 预算数 and 决算数 halves: midway between the two measure words. */
function halfBoundary(lines: readonly HeaderLine[], a: HeaderAccount): number | null {
  const at = (w: string) => lines.flatMap((l) => l.pieces).find((p) => p.text.includes(w));
  const b = at(a.measures[0]!);
  const f = at(a.measures[1]!);
  if (!b || !f) return null;
  return (b.start + b.text.length / 2 + f.start + f.text.length / 2) / 2;
}

type Slot = { half: number; item: TpItem };
/** A placement of the row's figures: each figure's slot, -1 for a figure no reading decides (left unread). */
type Placed = { ok: true; slots: number[]; how: string; open?: number[] } | { ok: false; why: string; unbalanced?: true };

/** Order-preserving choices of `n` of `m` slots. */
function* choices(n: number, m: number, from = 0): Generator<number[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= m - n; i++) for (const rest of choices(n - 1, m, i + 1)) yield [i, ...rest];
}

/**
 * Does a placement keep the table's identities, per half? A blank adds nothing. Amounts converted to a larger unit
 * (万元) are rounded one by one: a sum may then differ from its total by half a unit of the last printed digit per
 * figure (the tables' own note: 因四舍五入可能存在尾差); amounts in 元 must add up exactly.
 */
function balances(values: (Decimal | null)[], slots: readonly Slot[], halves: number, rounded: boolean): boolean {
  const scale = Math.max(0, ...values.map((v) => v?.scale ?? 0));
  const agrees = (total: Decimal, parts: Decimal[]) => {
    const d = abs(sub(total, parts.reduce(add, ZERO)));
    if (!rounded) return cmp(d, ZERO) === 0;
    const terms = parts.filter((p) => !isZero(p)).length + 1;
    return cmp(d, { units: BigInt(terms) * 5n, scale: scale + 1 }) <= 0;
  };
  for (let h = 0; h < halves; h++) {
    const v = (item: TpItem): Decimal => {
      const k = slots.findIndex((s) => s.half === h && s.item === item);
      return values[k] ?? ZERO;
    };
    const has = (item: TpItem) => slots.some((s) => s.half === h && s.item === item);
    const parts = (items: TpItem[]) => items.filter(has).map(v);
    if (has('subtotal') && (has('purchase') || has('running')) && !agrees(v('subtotal'), parts(['purchase', 'running']))) return false;
    if (has('total')) {
      const vehicles: TpItem[] = has('subtotal') ? ['subtotal'] : has('vehicles') ? ['vehicles'] : ['purchase', 'running'];
      if (!agrees(v('total'), parts(['abroad', ...vehicles, 'reception']))) return false;
    }
  }
  return true;
}

function placeFigures(
  figures: readonly { text: string; start: number }[],
  slots: readonly Slot[],
  order: readonly TpItem[],
  markers: readonly Marker[],
  boundary: number | null,
  a: HeaderAccount,
  rounded: boolean,
  numbered: readonly number[] | null,
  relaxed = false,
): Placed {
  const values = figures.map((f) => parseDecimal(f.text));
  // Figures one space apart stand in neighbouring columns; when no placement so balances, two one space apart may
  // also stand on either side of the halves' boundary with blank columns between (the 预算数 half's last cells blank,
  // pdftotext closing the gap up to the 决算数 half's first figure).
  const per = slots.length / a.halves;
  const apart = (c: readonly number[], acrossHalves: boolean) =>
    c.some((k, i) => i > 0 && k !== c[i - 1]! + 1 && figures[i]!.start - (figures[i - 1]!.start + figures[i - 1]!.text.length) === 1 && !(acrossHalves && a.halves === 2 && c[i - 1]! < per && k >= per));
  // (`relaxed`, when no placement so balances under any order the header leaves: the spacing contradicts itself — a
  // blank cell between figures one space apart, pdftotext squeezing the row's cells by more than their width — and
  // says nothing: every placement balancing is weighed, by the identities and the halves' sides only)
  const all: number[][] = [];
  for (const pass of relaxed ? (['any'] as const) : (['apart', 'acrossHalves'] as const)) {
    for (const c of choices(figures.length, slots.length)) {
      if (pass !== 'any' && apart(c, pass === 'acrossHalves')) continue;
      const vals: (Decimal | null)[] = slots.map(() => null);
      c.forEach((k, i) => (vals[k] = values[i] ?? null));
      if (balances(vals, slots, a.halves, rounded)) all.push(c);
      // (every balancing placement weighed, not the first few: the choice below is among them all)
      if (all.length > 1000) break;
    }
    if (all.length > 0) break;
  }
  if (all.length === 0) return { ok: false, why: `${figures.length} 个数字放入 ${slots.length} 栏，没有一种放法符合表内恒等式${relaxed ? '' : '与数字间距（相隔一个空格的数字在相邻栏）'}`, unbalanced: true };
  if (all.length > 1000) return { ok: false, why: `${figures.length} 个数字放入 ${slots.length} 栏，符合表内恒等式的放法过多` };
  // (of several under two halves, those keeping each figure on its side of the halves' boundary, when any does: a
  // figure standing two columns or more left of it is the 预算数 half's, right of it the 决算数 half's)
  const sideOf = (i: number) => figures[i]!.start + figures[i]!.text.length / 2 - (boundary ?? 0);
  const sided = all.length > 1 && boundary !== null && a.halves === 2 ? all.filter((c) => c.every((k, i) => Math.abs(sideOf(i)) < 2 || sideOf(i) < 0 === k < per)) : [];
  if (sided.length === 1) return { ok: true, slots: sided[0]!, how: `${all.length} 种放法符合表内恒等式，只有一种让每个数字留在它所在的一组（预算数或决算数）` };
  const kept = sided.length > 1 ? sided : all;
  const sidedNote = sided.length > 1 ? `（其中 ${sided.length} 种让每个数字留在它所在的一组）` : '';
  // (several placements left: the figures every one of them puts in the same slot are read there, the others left
  // unread, when no position below decides)
  const agreed = (why: string): Placed => {
    const slotsOf = kept[0]!.map((k, i) => (kept.every((c) => c[i] === k) ? k : -1));
    // (the slots an unread figure may stand in are not known to be blank)
    const open = [...new Set(kept.flatMap((c) => c.filter((_, i) => slotsOf[i]! < 0)))].sort((x, y) => x - y);
    return slotsOf.every((k) => k < 0) ? { ok: false, why } : { ok: true, slots: slotsOf, open, how: `${why}；各种放法都放在同一栏的 ${slotsOf.filter((k) => k >= 0).length} 个数字按该栏读入，其余 ${slotsOf.filter((k) => k < 0).length} 个未读入` };
  };
  if (relaxed) {
    if (kept.length === 1) return { ok: true, slots: kept[0]!, how: `${figures.length} 个数字放入 ${slots.length} 栏，数字间距自相矛盾（相隔一个空格的数字之间也有空栏），只有一种放法符合表内恒等式` };
    return agreed(`${figures.length} 个数字放入 ${slots.length} 栏，数字间距自相矛盾，${all.length} 种放法都符合表内恒等式${sidedNote}`);
  }
  // (of several, those whose gaps step with the blank columns they hold, when any does)
  const candidates = kept.length > 1 ? steppingPlacements(figures, kept) : kept;
  if (candidates.length === 1 && all.length > 1) return { ok: true, slots: candidates[0]!, how: `${all.length} 种放法符合表内恒等式，只有一种的数字间空白随其间空栏逐栏加宽` };
  if (candidates.length === 1) return { ok: true, slots: candidates[0]!, how: `${figures.length} 个数字放入 ${slots.length} 栏，只有一种放法符合表内恒等式与数字间距` };
  // Several: under a 栏次 row numbering the columns, the one placement that puts each figure in the column whose
  // number stands nearest it (`numbered-order.ts`)
  const underNumbers = numbered === null ? null : placementUnderNumbers(figures, numbered, candidates);
  if (underNumbers !== null) return { ok: true, slots: underNumbers, how: `${candidates.length} 种放法符合表内恒等式，只有一种把每个数字放在离它最近的栏次编号一栏` };
  // else the figures' centres against the items' header columns (mean marker column, per half).
  const byItem = halfCentres(markers, order, a.halves, boundary);
  const centre = (s: Slot): number | null => byItem.get(s.item)?.[s.half] ?? null;
  const centres = slots.map(centre);
  if (centres.some((c) => c === null)) return agreed(`${all.length} 种放法都符合表内恒等式${sidedNote}，表头位置不全，不能确定`);
  const cost = (c: number[]) => c.reduce((s, k, i) => s + Math.abs(figures[i]!.start + figures[i]!.text.length / 2 - centres[k]!), 0);
  const ranked = candidates.map((c) => ({ c, cost: cost(c) })).sort((x, y) => x.cost - y.cost);
  const [best, second] = ranked;
  if (second!.cost - best!.cost >= 3) {
    return { ok: true, slots: best!.c, how: `${candidates.length} 种放法符合表内恒等式，按数字与表头各栏的位置取最近的一种` };
  }
  const byGaps = nearestByGaps(figures, slots, candidates);
  if (byGaps) return { ok: true, slots: byGaps, how: `${candidates.length} 种放法符合表内恒等式，表头位置不能区分；按数字间的空白（约合几栏空栏）取唯一相符的一种` };
  return agreed(`${all.length} 种放法都符合表内恒等式${sidedNote}，按位置也不能确定`);
}

/**
 * The placement whose blank columns match the gaps between the figures. A blank cell leaves only a wider gap: the
 * figures of neighbouring columns stand one space apart, and each blank column between two figures widens the gap by
 * about its own width: that of the same item's figure in the other half (the two halves repeat the same columns),
 * else of the row's narrowest figure, plus its space. Leading and trailing blanks leave no gap and are not counted.
 * The one placement whose blank columns differ least from the gaps (by at least half a column over the next) is
 * taken; none when two are as near.
 */
function nearestByGaps(figures: readonly { text: string; start: number }[], slots: readonly Slot[], candidates: readonly number[][]): number[] | null {
  if (figures.length < 2) return null;
  const narrowest = Math.min(...figures.map((f) => f.text.length)) + 1;
  const cost = (c: readonly number[]) => {
    const widthOf = (k: number) => {
      const twin = slots.findIndex((s) => s.item === slots[k]!.item && s.half !== slots[k]!.half);
      const f = twin >= 0 ? c.indexOf(twin) : -1;
      return f >= 0 ? figures[f]!.text.length + 1 : narrowest;
    };
    let sum = 0;
    for (let i = 1; i < figures.length; i++) {
      const gap = figures[i]!.start - (figures[i - 1]!.start + figures[i - 1]!.text.length) - 1;
      let blank = 0;
      for (let k = c[i - 1]! + 1; k < c[i]!; k++) blank += widthOf(k);
      sum += Math.abs(gap - blank) / narrowest;
    }
    return sum;
  };
  const ranked = candidates.map((c) => ({ c, cost: cost(c) })).sort((x, y) => x.cost - y.cost);
  const [best, second] = ranked;
  return best && second && second.cost - best.cost >= 0.5 ? best.c : null;
}
