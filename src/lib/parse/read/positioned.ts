/**
 * The positioned-text core: text pieces with their start and end column on a line become cells of one column model.
 * The spaced reader (`pdftotext -layout` text) feeds it character columns; a PDF reader with x positions can feed it
 * the same way. Pure and linear in the number of pieces (sorting aside).
 */
import type { SourceLine } from '../../text/lines.ts';
import { classifyCell } from '../tables/cells.ts';
import { lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import { belongsTo, groupOf, headWord, isGroupOver, isHeaderWord, type HeaderGroup } from './header-groups.ts';

/** A piece of text on one line and where it stands: start and end column, end exclusive. */
export interface Positioned {
  text: string;
  start: number;
  end: number;
}

/** The pieces of one source line. */
export interface PositionedLine {
  line: SourceLine;
  parts: Positioned[];
}

/** `amount`: numbers (right-aligned money); `text`: labels and codes; `blank`: a column known only from its header. */
export type ColumnKind = 'amount' | 'text' | 'blank';

export interface Column {
  start: number;
  end: number;
  kind: ColumnKind;
}

/** The columns of one table, left to right, and its header read into rows of labels (one row per header level). */
export interface ColumnModel {
  columns: Column[];
  header: string[][];
}

interface Member {
  part: Positioned;
  row: number;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function centre(a: { start: number; end: number }): number {
  return (a.start + a.end) / 2;
}

/** An amount-like piece: a number, percentage, dash or withheld mark. */
export function isAmountText(text: string): boolean {
  const k = classifyCell(text);
  return k === 'number' || k === 'percent' || k === 'dash' || k === 'withheld';
}

/** Group pieces whose spans overlap (one column's cells overlap whatever their alignment); split groups that hold two
 * pieces of one row, using the row with most pieces as anchors. */
function cluster(members: Member[]): Member[][] {
  const sorted = [...members].sort((a, b) => a.part.start - b.part.start || a.part.end - b.part.end);
  const groups: Member[][] = [];
  let end = -Infinity;
  for (const m of sorted) {
    if (groups.length > 0 && m.part.start < end) {
      groups[groups.length - 1]!.push(m);
      end = Math.max(end, m.part.end);
    } else {
      groups.push([m]);
      end = m.part.end;
    }
  }
  return groups.flatMap(splitConflicts);
}

function splitConflicts(group: Member[]): Member[][] {
  const perRow = new Map<number, Member[]>();
  for (const m of group) perRow.set(m.row, [...(perRow.get(m.row) ?? []), m]);
  let anchorRow: Member[] = [];
  for (const ms of perRow.values()) if (ms.length > anchorRow.length) anchorRow = ms;
  if (anchorRow.length <= 1) return [group];
  const anchors = [...anchorRow].sort((a, b) => a.part.start - b.part.start).map((m) => m.part);
  const out: Member[][] = anchors.map(() => []);
  for (const m of group) out[nearest(anchors, m.part)]!.push(m);
  return out.filter((g) => g.length > 0);
}

/**
 * Index of the span that best holds `p`: the largest overlap, else the smallest gap. `spans` are sorted by start and
 * do not overlap one another, so only the spans around the binary-search position can win (logarithmic per piece).
 */
function nearest(spans: { start: number; end: number }[], p: { start: number; end: number }): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < p.end) lo = mid + 1;
    else hi = mid;
  }
  // spans[lo - 1] is the last span starting before p ends; earlier spans may still overlap p when p is wide.
  let best = Math.min(Math.max(lo - 1, 0), spans.length - 1);
  let bestScore = -Infinity;
  const score = (i: number) => {
    const o = overlap(spans[i]!, p);
    return o > 0 ? o : o - Math.abs(centre(spans[i]!) - centre(p)) / 1000;
  };
  for (let i = Math.min(lo, spans.length - 1); i >= 0; i--) {
    const sc = score(i);
    if (sc > bestScore) {
      bestScore = sc;
      best = i;
    }
    if (spans[i]!.end <= p.start && i < lo - 1) break;
  }
  return best;
}

function spanOf(ms: Member[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const m of ms) {
    start = Math.min(start, m.part.start);
    end = Math.max(end, m.part.end);
  }
  return { start, end };
}

/** A column of amounts: most pieces are amounts, and they carry a decimal point or separator or stand right-aligned
 * (codes such as 201 / 2010101 are left-aligned). */
function kindOf(ms: Member[]): ColumnKind {
  const amounts = ms.filter((m) => isAmountText(m.part.text));
  if (amounts.length * 2 < ms.length) return 'text';
  if (amounts.some((m) => /[.,，%％]/.test(m.part.text))) return 'amount';
  const starts = new Set(amounts.map((m) => m.part.start));
  const ends = new Set(amounts.map((m) => m.part.end));
  return ends.size < starts.size ? 'amount' : 'text';
}

/** Two stacked pieces are parts of one wrapped label when they share their centre, start or end (±1 column). */
function aligned(a: Positioned, b: Positioned): boolean {
  return Math.abs(centre(a) - centre(b)) <= 1.5 || Math.abs(a.start - b.start) <= 1 || Math.abs(a.end - b.end) <= 1;
}

/** `b` continues the label whose pieces so far are `parts` (a label wrapped over lines): aligned with the last piece
 * and no longer than the longest (a wrapped label fills its lines to the cell width; a group label stands over
 * longer column labels). */
function continues(parts: Positioned[], b: Positioned): boolean {
  const last = parts[parts.length - 1]!;
  return aligned(last, b) && b.end - b.start <= Math.max(...parts.map((p) => p.end - p.start));
}

/** Join the pieces of a wrapped label: no space between CJK pieces, one space between Latin words. */
export function joinPieces(texts: string[]): string {
  let out = '';
  for (const t of texts) {
    if (out === '') out = t;
    else if (/[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(t)) out += ` ${t}`;
    else out += t;
  }
  return out;
}

/** `rowNumbers`: every piece a row number (1–999, no leading zero: not a 款/项 code such as 01), a 行次 column. */
type WorkColumn = { span: { start: number; end: number }; kind: ColumnKind; head: Member[]; rowNumbers?: boolean };

/**
 * Find the columns of a table from its data lines (pieces of one column overlap from row to row: numbers right-aligned
 * end together, labels left-aligned start together) and its header lines (a column with no value in any row is known
 * from its header words), then read the header into one row per level (see `readHeaderLabels`). `columnNumbers` are
 * the numbers of the 栏次 row, when printed: each stands in a value column, never in a label column.
 */
export function buildColumns(header: PositionedLine[], data: PositionedLine[], columnNumbers: Positioned[] = []): ColumnModel {
  const dataMembers: Member[] = [];
  data.forEach((l, row) => {
    for (const part of l.parts) dataMembers.push({ part, row });
  });
  const cols: WorkColumn[] = joinRowNumbers(cluster(dataMembers)).map((g) => ({ span: spanOf(g), kind: kindOf(g), head: [], rowNumbers: g.every(isRowNumber) }));
  const headerMembers: Member[] = [];
  header.forEach((l, row) => {
    for (const part of joinWithinColumn(l.parts, cols)) headerMembers.push({ part, row });
  });
  const orphans = placeHeaderStacks(cols, headerMembers, header.length - 1);
  const leftover = placeBesideStacks(cols, orphans, columnNumbers);
  // What is left is a column blank in every row, known from its header words alone.
  for (const g of cluster(leftover)) cols.push({ span: spanOf(g), kind: 'blank', head: g });
  cols.sort((a, b) => a.span.start - b.span.start);

  const labels = readHeaderLabels(
    cols.map((c) => ({ span: c.span, kind: c.kind })),
    cols.map((c) => [...c.head].sort((a, b) => a.row - b.row || a.part.start - b.part.start)),
  );
  const depth = Math.max(0, ...labels.map((l) => l.length));
  const headerRows: string[][] = [];
  for (let r = 0; r < depth; r++) headerRows.push(labels.map((l) => l[r] ?? ''));
  return {
    columns: cols.map((c) => ({ start: c.span.start, end: c.span.end, kind: c.kind })),
    header: headerRows,
  };
}

/** A row number (1–999, no leading zero: not a 款/项 code such as 01). */
const isRowNumber = (m: Member) => /^[1-9]\d{0,2}$/.test(m.part.text);

/**
 * Row numbers of one 行次 column a character apart from row to row (`1` ending where `2` starts: short numbers
 * aligned within a character) overlap nowhere and fall into two groups side by side; touching groups of row numbers
 * that share no row are one column.
 */
function joinRowNumbers(groups: Member[][]): Member[][] {
  const out: Member[][] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    if (last && last.every(isRowNumber) && g.every(isRowNumber) && spanOf(last).end === spanOf(g).start && !g.some((m) => last.some((x) => x.row === m.row))) {
      last.push(...g);
    } else out.push(g);
  }
  return out;
}

/**
 * Header words one space apart that stand within one data column are one word broken at a space of the label
 * (`经济分类 科目编码` wrapped as `经济分` / `类 科` / `目编码`); words reaching beyond it, over two columns, or over
 * none (blank columns known only from their headers, which may stand one space apart), stay apart.
 */
function joinWithinColumn(parts: Positioned[], cols: WorkColumn[]): Positioned[] {
  const over = (p: Positioned) => cols.flatMap((c, i) => (overlap(c.span, p) > 0 ? [i] : []));
  const out: Positioned[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && p.start - last.end === 1) {
      const a = over(last);
      const b = over(p);
      const col = a.length === 1 && b.length === 1 && a[0] === b[0] ? cols[a[0]!]!.span : null;
      if (col && last.start >= col.start - 1 && p.end <= col.end + 1) {
        out[out.length - 1] = { text: `${last.text} ${p.text}`, start: last.start, end: p.end };
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/**
 * Header words stacked over one another (a label wrapped over lines) go together into the data column they overlap
 * most. Two stacks side by side on one line over one data column are two columns: the one overlapping less is
 * returned. A word alone on the top line over no data column but over lower header words is a group label: it goes
 * to the column nearest its centre, where `readHeaderLabels` finds it. Returns the words placed nowhere.
 */
function placeHeaderStacks(cols: WorkColumn[], headerMembers: Member[], lastRow: number): Member[] {
  const orphans: Member[] = [];
  const taken = new Map<number, { stack: Member[]; overlap: number }[]>();
  const stacks = cluster(headerMembers);
  // words under a group label stand in stacks of their own with nothing on the top line (a lower word stacked under
  // another top-line word is the rest of that word, not a sub-label)
  const lowerStacks = stacks.filter((st) => st.every((m) => m.row > 0));
  const hasWordsBelow = (span: { start: number; end: number }) => {
    const reach = Math.max(8, 2 * (span.end - span.start));
    return lowerStacks.some((st) => st.some((m) => Math.abs(centre(m.part) - centre(span)) <= reach));
  };
  // (a word the vocabulary knows as a column of its own, heading no group — `公务接待费` beside the sub-labels of
  // 公务用车购置及运行费 — is a blank column, not a group label)
  const ownColumn = (stack: Member[]) => {
    const word = joinPieces(stack.map((m) => m.part.text));
    return isHeaderWord(word) && groupOf(word) === null;
  };
  for (const stack of stacks) {
    const span = spanOf(stack);
    let best = -1;
    let bestOverlap = 0;
    cols.forEach((c, i) => {
      const o = overlap(c.span, span);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = i;
      }
    });
    if (best >= 0) taken.set(best, [...(taken.get(best) ?? []), { stack, overlap: bestOverlap }]);
    else if (lastRow > 0 && stack.every((m) => m.row === 0) && cols.length > 0 && !ownColumn(stack) && hasWordsBelow(span)) {
      const c = centre(span);
      let near = 0;
      cols.forEach((col, i) => {
        if (Math.abs(centre(col.span) - c) < Math.abs(centre(cols[near]!.span) - c)) near = i;
      });
      taken.set(near, [...(taken.get(near) ?? []), { stack, overlap: 0 }]);
    } else orphans.push(...stack);
  }
  for (const [i, stacks] of taken) {
    const kept: { stack: Member[]; overlap: number }[] = [];
    for (const st of [...stacks].sort((a, b) => b.overlap - a.overlap)) {
      const rows = new Set(st.stack.map((m) => m.row));
      if (kept.some((k) => k.stack.some((m) => rows.has(m.row) && m.row !== 0))) orphans.push(...st.stack);
      else kept.push(st);
    }
    for (const k of kept) cols[i]!.head.push(...k.stack);
  }
  return orphans;
}

/**
 * Header stacks standing beside the column they head. A header over short right-aligned numbers stands left of them
 * (centred in a wide cell, or left-aligned; pdftotext also draws CJK words narrower than they print): an amount column
 * (or a 行次 column of row numbers) without header words takes the stack just left of it, never the one on its right (the next column's header when
 * headers are left-aligned). A label header centred over left-aligned labels may stand right of them: a stack between
 * a label column and the next column belongs to the label column unless it stands on a line that column's header
 * already uses (a second label on that line is a column of its own), or stands over a number of the 栏次 row (the
 * header of a value column, blank in every row). Returns the words placed nowhere.
 */
function placeBesideStacks(cols: WorkColumn[], orphans: Member[], columnNumbers: Positioned[]): Member[] {
  const stacks = cluster(orphans).map((g) => ({ span: spanOf(g), members: g, taken: false }));
  const entries = [...cols.map((c) => ({ col: c, stack: null })), ...stacks.map((st) => ({ col: null, stack: st }))].sort(
    (a, b) => (a.col?.span.start ?? a.stack!.span.start) - (b.col?.span.start ?? b.stack!.span.start),
  );
  entries.forEach((e, k) => {
    if (!e.col || (e.col.kind !== 'amount' && !e.col.rowNumbers) || e.col.head.length > 0) return;
    const left = entries[k - 1];
    if (left?.stack && !left.stack.taken) {
      left.stack.taken = true;
      e.col.head.push(...left.stack.members);
    }
  });
  const leftover: Member[] = [];
  for (const stack of stacks.filter((st) => !st.taken).map((st) => st.members)) {
    const span = spanOf(stack);
    // (a column of row numbers takes only its own word, 行次, never a money header standing further right)
    const rowNumberWord = lookupWord(joinPieces(stack.map((m) => m.part.text)))?.role === 'row_number';
    const i = cols.findIndex((c, k) => {
      const next = cols[k + 1];
      return c.kind === 'text' && (!c.rowNumbers || rowNumberWord) && c.span.start <= span.start && (next === undefined ? true : span.end <= next.span.start);
    });
    const owner = i >= 0 ? cols[i]! : null;
    const overNumber = columnNumbers.some((n) => overlap(n, span) > 0);
    if (owner && !overNumber && !stack.some((m) => owner.head.some((h) => h.row === m.row))) owner.head.push(...stack);
    else leftover.push(...stack);
  }
  return leftover;
}

/**
 * The label of each column, top level first, from the header words it holds (sorted by line, then column).
 * Group labels: the top word of a column with more words below, that does not continue into them (see `continues`),
 * spread over neighbours whose words all stand lower: any label column left of the amounts (`项目` over code and name),
 * other columns only when their words start no higher than this column's next word (a single label centred between
 * the header lines is not taken in). Label columns come before their amounts, so a group never holds an amount column
 * followed by a label column (收入 | 支出 side by side). Two groups on one line split their columns by the nearer
 * centre; groups are read line by line from the top, so a group may stand inside another (支出 / 本年支出 / 小计).
 */
function readHeaderLabels(cols: { span: { start: number; end: number }; kind: ColumnKind }[], heads: Member[][]): string[][] {
  const firstAmount = cols.findIndex((c) => c.kind !== 'text');
  const side = (i: number) => (firstAmount >= 0 && i >= firstAmount ? 'amount' : 'label');
  const text = (j: number) => cols[j]!.kind === 'text';
  const groups: { row: number; text: string }[] = [];
  const groupsOf: number[][] = cols.map(() => []);
  const top = (j: number) => heads[j]![0]?.row ?? Infinity;
  const maxRow = Math.max(-1, ...heads.map((h) => h[h.length - 1]?.row ?? -1));
  for (let row = 0; row <= maxRow; row++) {
    const inRow = (j: number) => groupsOf[j]!.some((g) => groups[g]!.row === row);
    // A top word over lower words of other columns too is a group label even when it lines up with the first of
    // them (公务用车购置及运行维护费 over 公务用车购置 | 公务用车运行维护); else aligned words are one wrapped label.
    const isGroupWord = (i: number) => {
      const h = heads[i]!;
      const topParts = h.filter((m) => m.row === row);
      const below = h.filter((m) => m.row > row);
      if (below.length === 0) return false;
      const overOthers = heads.some((hj, j) => j !== i && hj.some((m) => m.row > row && topParts.some((t) => overlap(t.part, m.part) > 0)));
      return overOthers || !continues(topParts.map((m) => m.part), below[0]!.part) || vocabularyGroup(i) !== null;
    };
    // A word that the vocabulary knows as a group over the word under it (`收入` over `项目`, `本年支出` over `小计`),
    // standing exactly over its first sub-column, is a group label, not the first line of a wrapped word, when a
    // column beside it starts lower than it, no lower than that word (a one-line label beside a wrapped word is
    // centred on the wrapped word's lines, and on its first line when there are two).
    const vocabularyGroup = (i: number) => {
      const h = heads[i]!;
      if (h.length < 2 || h[0]!.row !== row) return null;
      const rows = [...new Set(h.map((m) => m.row))];
      // the group word may itself be wrapped over its first lines (`公务用车购` / `置及运行维` / `护费` over `小计`)
      for (let k = 1; k < rows.length; k++) {
        const upper = h.filter((m) => m.row < rows[k]!);
        const below = h.filter((m) => m.row >= rows[k]!);
        const word = joinPieces(upper.map((m) => m.part.text));
        const g = groupOf(word);
        if (!g) continue;
        const childTop = rows[k]!;
        const lower = joinPieces(below.filter((m) => m.row === childTop).map((m) => m.part.text));
        const all = joinPieces(below.map((m) => m.part.text));
        // a line between them: not one word wrapped (its lines follow one another), so a group when the word under
        // it belongs to it (`本年收入` … `合计` over 一般公共预算 | 事业收入)
        const apart = childTop > rows[k - 1]! + 1 && belongsTo(g, lower);
        const besides = [i - 1, i + 1].filter((j) => j >= 0 && j < heads.length);
        // the group word wrapped over two lines or more, and a part of it beside starting on the line of the word
        // under it (`本年收` / `入` / `合计` beside `一般公` / `共预算`): a label beside a word wrapped over three lines
        // is centred on its lines, never starting on its last, so the stack is the group over its 合计
        const partBeside = k >= 2 && besides.some((j) => top(j) === childTop && isPartOf(g, headWord(heads[j]!.map((m) => m.part.text), joinPieces)));
        if (!apart && !partBeside && !isGroupOver(word, lower) && !isGroupOver(word, all)) continue;
        if (besides.some((j) => top(j) > row && top(j) <= childTop)) return { g, upper, below };
      }
      return null;
    };
    const candidates = heads
      .map((h, i) => ({ i, h }))
      .filter(({ h, i }) => h.length > 1 && h[0]!.row === row && isGroupWord(i))
      .map(({ i, h }) => ({ i, c: centre(spanOf(vocabularyGroup(i)?.upper ?? h.filter((m) => m.row === row))) }));
    const wordOf = (j: number) => headWord(heads[j]!.map((m) => m.part.text), joinPieces);
    // a group the vocabulary knows takes only the columns that belong to it
    // (a column whose words start below the group's own sub-label stands under a group inside it: position decides)
    const accepts = (i: number, j: number) => {
      const vg = i === j ? null : vocabularyGroup(i);
      return vg === null || belongsTo(vg.g, wordOf(j)) || top(j) > vg.below[0]!.row;
    };
    // Block labels standing left-aligned over their first column (`收入 … 支出` over `项目 行次 决算数 项目 …`) each
    // head the columns up to the next one; other group labels are centred over their columns: the nearer centre wins.
    // (left-aligned: the label starts where its column starts, or where the column's own word under it starts, when
    // the column's figures are short and right-aligned)
    const leftBlocks = candidates.filter((x) => {
      const start = Math.min(...heads[x.i]!.filter((m) => m.row === row).map((m) => m.part.start));
      const vg = vocabularyGroup(x.i);
      const under = vg?.below.filter((m) => m.row === vg.below[0]!.row) ?? [];
      return vg?.g.kind === 'block' && (Math.abs(start - cols[x.i]!.span.start) <= 1 || under.some((m) => Math.abs(start - m.part.start) <= 1));
    });
    const nearest = (j: number, depth = 0): number => {
      const owner = leftBlocks.filter((x) => x.i <= j && !inRow(x.i)).at(-1);
      if (owner && leftBlocks.length === candidates.length) return owner.i;
      // a column whose words start lower than those of its left neighbour stands under the same group (a group
      // inside it, left-aligned over its first column, spreads to the right)
      if (j > 0 && depth < 64 && top(j) > top(j - 1) && top(j - 1) > row) {
        const left = nearest(j - 1, depth + 1);
        if (left >= 0 && left !== j && vocabularyGroup(left) !== null && accepts(left, j)) return left;
      }
      const cj = centre(cols[j]!.span);
      let best: { i: number; c: number } | null = null;
      for (const x of candidates) if (!inRow(x.i) && accepts(x.i, j) && (best === null || Math.abs(x.c - cj) < Math.abs(best.c - cj))) best = x;
      return best?.i ?? -1;
    };
    for (const { i } of candidates) {
      if (inRow(i)) continue;
      const h = heads[i]!;
      const vg = vocabularyGroup(i);
      const topParts = vg ? vg.upper : h.filter((m) => m.row === row);
      const below = vg ? vg.below : h.filter((m) => m.row > row);
      const childTop = below[0]!.row;
      // under a group the vocabulary knows, a column belongs by its words (基本支出 under 本年支出, not 年末结转和结余)
      // when they stand below the group word
      const upperEnd = Math.max(...topParts.map((m) => m.row));
      // (a column whose words start lower than those of the member beside it stands under a group inside this one)
      const known = (j: number) =>
        vg !== null && top(j) > upperEnd && (belongsTo(vg.g, wordOf(j)) || [j - 1, j + 1].some((m) => members.includes(m) && top(m) > upperEnd && top(j) > top(m)));
      const fits = (j: number) =>
        !inRow(j) &&
        nearest(j) === i &&
        top(j) > row &&
        top(j) !== Infinity &&
        ((side(j) === 'label' && side(i) === 'label') || top(j) >= childTop || known(j));
      const members = [i];
      for (let j = i - 1; j >= 0 && fits(j) && !(!text(j) && text(members[0]!)); j--) members.unshift(j);
      for (let j = i + 1; j < cols.length && fits(j) && !(text(j) && members.some((m) => !text(m))); j++) members.push(j);
      if (members.length < 2) continue;
      const g = groups.length;
      groups.push({ row, text: joinPieces(topParts.map((m) => m.part.text)) });
      for (const j of members) groupsOf[j]!.push(g);
      heads[i] = below;
    }
  }
  return heads.map((h, i) => {
    const levels: Positioned[][] = [];
    let lastRow = -1;
    h.forEach((m, k) => {
      const cur = levels[levels.length - 1];
      if (cur && (m.row === lastRow || (continues(cur, m.part) && !twoLevels(cur, h.slice(k))))) cur.push(m.part);
      else levels.push([m.part]);
      lastRow = m.row;
    });
    return [...groupsOf[i]!.map((g) => groups[g]!.text), ...levels.map((parts) => joinPieces(parts.map((p) => p.text)))];
  });
}

/** A part of the group's own (not its total: `合计` beside is a column of its own). */
function isPartOf(g: HeaderGroup, word: string): boolean {
  return belongsTo(g, word) && normHeaderWord(word) !== '合计' && lookupWord(word)?.key !== 'total';
}

/**
 * Stacked words that are two header levels of one column rather than one wrapped word: the words so far are a
 * header word, so are the words below, and joined they are none (`项目` over `科目` `名称`; but `本年收入` over `合计`
 * is the wrapped `本年收入合计`).
 */
function twoLevels(upper: Positioned[], rest: Member[]): boolean {
  const above = joinPieces(upper.map((p) => p.text));
  const below = joinPieces(rest.map((m) => m.part.text));
  return isHeaderWord(above) && isHeaderWord(below) && !isHeaderWord(above + below);
}

/** Cells of one line under a column model: each piece into the column it overlaps most (else the nearest); a blank cell
 * stays an empty string, so position, not count, decides the column. Two pieces in one column are joined and
 * reported as `crowded` (a value may have landed in the wrong column). */
export function placeParts(
  parts: Positioned[],
  model: ColumnModel,
): { cells: string[]; spans: { start: number; end: number }[]; crowded: boolean } {
  const cells = model.columns.map(() => '');
  const spans = model.columns.map((c) => ({ start: c.start, end: c.end }));
  const used = model.columns.map(() => false);
  let crowded = false;
  for (const p of parts) {
    const j = nearest(model.columns, p);
    if (used[j]) {
      if (isAmountText(p.text) || isAmountText(cells[j]!)) crowded = true;
      cells[j] = joinPieces([cells[j]!, p.text]);
      spans[j] = { start: Math.min(spans[j]!.start, p.start), end: Math.max(spans[j]!.end, p.end) };
    } else {
      cells[j] = p.text;
      spans[j] = { start: p.start, end: p.end };
      used[j] = true;
    }
  }
  return { cells, spans, crowded };
}

/** True when every piece of the line overlaps a column of the model (used to carry a model across a page break). */
export function fitsModel(parts: Positioned[], model: ColumnModel): boolean {
  return parts.every((p) => model.columns.some((c) => overlap(c, p) > 0));
}
