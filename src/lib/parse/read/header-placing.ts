/**
 * Header words put into the columns found from the figures: stacks of words over the column they overlap
 * (`placeHeaderStacks`), beside the column they head (`placeBesideStacks`), or by order when they drift left over their
 * neighbours (`alignDriftingHeaders`); pieces of one word broken over lines or spaces joined (`wrappedWord`,
 * `joinBrokenWords`). Called by `buildColumns`.
 */
import { isTotalWord, lookupWord, startsValueWord } from '../tables/vocabulary.ts';
import { groupOf, isGroupOver, isHeaderWord } from './header-groups.ts';
import { byColumnNumbers, centre, cluster, joinPieces, nearestByCentre, overlap, overlaps, spanOf, type Member, type Positioned, type WorkColumn } from './columns.ts';
import { isRowNumberWord } from './row-numbers.ts';

/** Two header pieces on lines one above the other that make a word of the vocabulary read top down (`政府性基金预算`
 * over `财政拨款`, `国有资本经营预` over `算财政拨款`, wrapped in neighbouring cells whose pieces overlap). */
export function wrappedWord(a: Member, b: Member): boolean {
  if (Math.abs(a.row - b.row) !== 1) return false;
  const [upper, lower] = a.row < b.row ? [a, b] : [b, a];
  return isHeaderWord(upper.part.text + lower.part.text);
}

/** 类, 款 and 项 one space apart on a header line, the next word two spaces or more after: the words of one cell (the
 * code printed in one column, as `codeInOneCell` reads the header), joined into one piece `类 款 项` however little
 * the rows under them hold (a page of one 合计 row under a header repeated anew). */
export function joinCodeLevelWords(parts: Positioned[]): Positioned[] {
  const out: Positioned[] = [];
  for (const [k, p] of parts.entries()) {
    const [a, b] = [parts[k - 2], parts[k - 1]];
    const next = parts[k + 1];
    if (p.text === '项' && a?.text === '类' && b?.text === '款' && b.start - a.end === 1 && p.start - b.end === 1 && (next === undefined || next.start - p.end > 1)) {
      out.splice(out.length - 2, 2, { text: '类 款 项', start: a.start, end: p.end });
    } else out.push(p);
  }
  return out;
}

/**
 * Pieces of one header line a few spaces apart that are one word broken where its cell wrapped, the lines of the cell
 * written on one line (`上级补助收  入`): neither piece is a header word, joined they are.
 */
export function joinBrokenWords(parts: Positioned[]): Positioned[] {
  const out: Positioned[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && p.start - last.end <= 3 && !isHeaderWord(last.text) && !isHeaderWord(p.text) && isHeaderWord(last.text + p.text)) {
      out[out.length - 1] = { text: last.text + p.text, start: last.start, end: p.end };
    } else out.push(p);
  }
  return out;
}

/**
 * A stack of pieces that reads no word, its top line a group word standing over two pieces of the line under it or more
 * (it heads a group of columns: `本年支出` over `基本支` and `项目支`) and the lines under it a value word (`项目支` /
 * `出`, clustered with the group word because it reaches over them): the group word and the column's word, two stacks;
 * else the stack as it is.
 */
function groupOnTop(st: Member[], word: (st: Member[]) => string, members: readonly Member[]): Member[][] {
  if (lookupWord(word(st)) !== null) return [st];
  const top = Math.min(...st.map((m) => m.row));
  const upper = st.filter((m) => m.row === top);
  const lower = st.filter((m) => m.row !== top);
  const heads = members.filter((m) => m.row === top + 1 && overlaps(m.part, spanOf(upper))).length >= 2;
  return heads && lower.length > 0 && groupOf(word(upper)) !== null && lookupWord(word(lower))?.role === 'value' ? [upper, lower] : [st];
}

/**
 * Header words of figure columns drifting left over their neighbours (narrow cells, centred words, pdftotext counting a
 * CJK glyph as one column): two words of the vocabulary on one line over one figure column, and figure columns without
 * a word, are read by order instead. The figure columns, left to right, take the words (stacks of pieces read top down,
 * each a word of the vocabulary for a figure: 合计, 事业收入, 一般公共预算 / 拨款收入) in the order they are printed,
 * the words standing at one distance left of the figures' ends (the drift of one header line is alike across it); words
 * left over head blank columns in the gaps between; a total word (合计, 本年收入合计) is not left blank while a figure
 * column right of it takes another word before any total word heads one (a total printed blank beside its parts'
 * figures is no reading), and two figure columns printed one space apart in a row (`touching`) take words next to
 * each other (no blank column between them). Adds the chosen words to their columns' heads (blank columns to
 * `cols`) and returns the members placed, or null when the header shows no such conflict.
 */
export function alignDriftingHeaders(
  cols: WorkColumn[],
  members: Member[],
  columnNumbers: readonly Positioned[] = [],
  touching: (a: WorkColumn, b: WorkColumn) => boolean = () => false,
): Set<Member> | null {
  // (a column of row numbers under a header that prints 行次 is that word's column: it takes no value word)
  const rowNumberWord = members.some((m) => isRowNumberWord(m.part.text));
  const figures = cols.filter((c) => c.kind === 'amount' && !(rowNumberWord && c.rowNumbers)).sort((a, b) => a.span.start - b.span.start);
  if (figures.length < 2) return null;
  const first = figures[0]!.span.start;
  const word = (st: Member[]) => joinPieces([...st].sort((a, b) => a.row - b.row || a.part.start - b.part.start).map((m) => m.part.text));
  const all = cluster(members, wrappedWord).flatMap((st) => groupOnTop(st, word, members));
  const rows = (st: Member[]) => st.map((m) => m.row);
  // a word with words of other stacks under it heads a group (本年支出 over 小计): not a column's own word
  // (so does a group word alone on the header's top line standing over no lower word but between lower words, some on
  // each side of its centre: `本年收入` drawn narrow between `一般公` and `事业收`; not a word a lower piece right beside
  // it ends, `本年收入` beside `合计` under it, the total word `本年收入合计`)
  const top = Math.min(...members.map((m) => m.row));
  const lower = members.filter((m) => m.row > top);
  const ended = (st: Member[]) => lower.some((m) => Math.max(m.part.start - spanOf(st).end, spanOf(st).start - m.part.end) <= 2 && lookupWord(word(st) + m.part.text) !== null);
  const groupOnTopLine = (st: Member[]) =>
    st.every((m) => m.row === top) && groupOf(word(st)) !== null && !lower.some((m) => overlaps(m.part, spanOf(st))) && !ended(st) && standsOverWords(lower, spanOf(st), word(st));
  const over = (st: Member[]) => all.some((o) => o !== st && Math.min(...rows(o)) > Math.max(...rows(st)) && overlaps(spanOf(o), spanOf(st))) || groupOnTopLine(st);
  const words = all.filter((st) => {
    const t = lookupWord(word(st));
    return t !== null && t.role === 'value' && !over(st) && spanOf(st).end > first - 2;
  });
  // (a block word above the others, 支出 centred over its half, heads a group; 预算数 beside 合计 is a column's word)
  const stacks = words.filter((st) => groupOf(word(st))?.kind !== 'block' || !words.some((o) => Math.min(...rows(o)) > Math.max(...rows(st))));
  const conflict = figures.some((c) => {
    const over = stacks.filter((st) => overlaps(spanOf(st), c.span));
    return over.some((a, i) => over.some((b, j) => i < j && a.some((m) => b.some((n) => n.row === m.row))));
  });
  if (!conflict || stacks.length < figures.length) return null;
  const S = [...stacks].sort((a, b) => centre(spanOf(a)) - centre(spanOf(b)));
  const F = figures.length;
  // (a 栏次 row numbering as many columns as there are words, one number over each figure column: the numbers say
  // which word each figure column takes, the words being numbered in the order they are printed)
  const numbered = byColumnNumbers(figures.map((c) => c.span), S.length, columnNumbers);
  const totals = S.map((st) => isTotalWord(word(st)));
  // (a total word left blank while a figure column right of it takes another word, and no total word heads a figure
  // column before it, would leave the row's total unprinted beside its parts: no reading. State of a reading after a
  // word: 0 no total word yet, 1 a total word left blank and none taken, 2 a total word taken.)
  const next = (state: number, i: number, take: boolean) => (!totals[i] ? state : take ? 2 : state === 2 ? 2 : 1);
  // (two figure columns printed one space apart have no blank column between them: their words are next to each other)
  const adjacent = (j: number) => j >= 2 && touching(figures[j - 2]!, figures[j - 1]!);
  let best: { cost: number; pick: number[] } | null = numbered === null ? null : { cost: 0, pick: numbered };
  for (let d = 0; d <= 16 && numbered === null; d++) {
    // cost[i][j][s]: the first j figure columns matched within the first i words, ending in state s (the totals' state
    // times two, plus one when word i heads figure column j)
    const cost: number[][][] = S.map(() => Array.from({ length: F + 1 }, () => Array(6).fill(Infinity)));
    const from: [number, number][][][] = S.map(() => Array.from({ length: F + 1 }, () => Array.from({ length: 6 }, () => [-1, -1] as [number, number])));
    const at = (i: number, j: number, st: number) => (i < 0 ? (j === 0 && st === 0 ? 0 : Infinity) : cost[i]![j]![st]!);
    for (let i = 0; i < S.length; i++) {
      for (let j = 0; j <= F; j++) {
        for (let st = 0; st < 6; st++) {
          const state = st >> 1;
          const skip = at(i - 1, j, st);
          const to = next(state, i, false) * 2;
          if (skip < cost[i]![j]![to]!) {
            cost[i]![j]![to] = skip;
            from[i]![j]![to] = [0, st];
          }
          if (j === 0 || (!totals[i] && state === 1) || (adjacent(j) && (st & 1) === 0)) continue;
          const take = at(i - 1, j - 1, st) + Math.abs(figures[j - 1]!.span.end - centre(spanOf(S[i]!)) - d);
          const toTake = next(state, i, true) * 2 + 1;
          if (take < cost[i]![j]![toTake]!) {
            cost[i]![j]![toTake] = take;
            from[i]![j]![toTake] = [1, st];
          }
        }
      }
    }
    const ends = cost[S.length - 1]![F]!;
    const total = Math.min(...ends);
    if (total === Infinity || (best !== null && total >= best.cost)) continue;
    const pick: number[] = Array(F).fill(-1);
    for (let i = S.length - 1, j = F, st = ends.indexOf(total); i >= 0 && j > 0; i--) {
      const [took, before] = from[i]![j]![st]!;
      if (took === 1) pick[--j] = i;
      st = before;
    }
    best = { cost: total, pick };
  }
  if (best === null || best.pick.some((i) => i < 0)) return null;
  const placed = new Set<Member>();
  const taken = new Set(best.pick);
  best.pick.forEach((i, j) => {
    figures[j]!.head.push(...S[i]!);
    for (const m of S[i]!) placed.add(m);
  });
  // words left over: blank columns sharing the gap between the figure columns around them
  for (let i = 0; i < S.length; i++) {
    if (taken.has(i)) continue;
    const j = best.pick.filter((k) => k < i).length;
    const lo = j > 0 ? figures[j - 1]!.span.end : spanOf(S[i]!).start - 1;
    const hi = j < F ? figures[j]!.span.start : spanOf(S[i]!).end + 1;
    const group = S.map((_, k) => k).filter((k) => !taken.has(k) && best!.pick.filter((p) => p < k).length === j);
    const k = group.indexOf(i);
    const w = (hi - lo) / group.length;
    const start = Math.round(lo + k * w);
    cols.push({ span: { start, end: Math.max(start + 1, Math.round(lo + (k + 1) * w)) }, kind: 'blank', head: [...S[i]!] });
    for (const m of S[i]!) placed.add(m);
  }
  cols.sort((a, b) => a.span.start - b.span.start);
  return placed;
}

/** A top-line word (`word`) standing over lower header words (`lower`): one under it, or some on each side of its
 * centre; a group of figures (本年收入) stands over no label word (科目名称 on its left is the label columns' word). */
export function standsOverWords(lower: Member[], span: { start: number; end: number }, word: string): boolean {
  const reach = Math.max(16, 2 * (span.end - span.start));
  const figures = groupOf(word)?.term.role === 'value';
  const label = (m: Member) => ['code', 'name', 'row_number'].includes(lookupWord(m.part.text)?.role ?? '');
  const near = lower.filter((m) => Math.abs(centre(m.part) - centre(span)) <= reach && !(figures && label(m)));
  return near.some((m) => overlaps(m.part, span)) || (near.some((m) => centre(m.part) < centre(span)) && near.some((m) => centre(m.part) > centre(span)));
}

/**
 * Header words stacked over one another (a label wrapped over lines) go together into the data column they overlap
 * most. Two stacks side by side on one line over one data column are two columns: the one overlapping less is
 * returned. A word alone on the top line over no data column but over lower header words is a group label: it goes
 * to `groupsOnTop`, to head the column nearest its centre once all are known, where `readHeaderLabels` finds it.
 * Returns the words placed nowhere.
 */
export function placeHeaderStacks(cols: WorkColumn[], headerMembers: Member[], lastRow: number, groupsOnTop: Member[][], leftDrift = false): Member[] {
  const orphans: Member[] = [];
  const taken = new Map<number, { stack: Member[]; overlap: number }[]>();
  const stacks = cluster(headerMembers, wrappedWord);
  // words under a group label stand in stacks of their own with nothing on the top line (a lower word stacked under
  // another top-line word is the rest of that word, not a sub-label); a block word (收入, 支出) centred over a wide
  // span may stand far from them
  const lowerStacks = stacks.filter((st) => st.every((m) => m.row > 0));
  // (a group label stands over its sub-labels: one under it, or some on each side of its centre; a label with lower
  // words on one side only is the one-line label of a column of its own, `因公出国（境）费` beside `小计` under a group)
  const hasWordsBelow = (stack: Member[]) => standsOverWords(lowerStacks.flat(), spanOf(stack), joinPieces(stack.map((m) => m.part.text)));
  // (a word the vocabulary knows as a column of its own, heading no group — `公务接待费` beside the sub-labels of
  // 公务用车购置及运行费 — is a blank column, not a group label)
  const ownColumn = (stack: Member[]) => {
    const word = joinPieces(stack.map((m) => m.part.text));
    return isHeaderWord(word) && groupOf(word) === null;
  };
  for (const stack of stacks) {
    const span = spanOf(stack);
    // (行次 heads no columns but its own)
    const word = groupOf(joinPieces(stack.map((m) => m.part.text)));
    const group = word && word.term.role !== 'row_number' ? word : null;
    let best = -1;
    let bestOverlap = 0;
    cols.forEach((c, i) => {
      const o = overlap(c.span, span);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = i;
      }
    });
    // figures that start together (pdftotext's columns): a header word over no column, or over the last character of a
    // figure column only, heads the first figure column starting at or right of it, near enough (header words drift
    // left of their figures)
    // (a code or name word is no figure's: it stands right of a label column narrower than its cell)
    const labelWord = ['code', 'name'].includes(lookupWord(joinPieces(stack.map((m) => m.part.text)))?.role ?? '');
    if (leftDrift && !labelWord && (best < 0 || (cols[best]!.kind !== 'text' && bestOverlap <= 1))) {
      const reach = span.end - span.start + 8;
      // (not a column another word starts right over, on its line or heading no group it belongs to: it is that word's)
      const text = (st: Member[]) => joinPieces([...st].sort((a, b) => a.row - b.row).map((m) => m.part.text));
      const owned = (c: WorkColumn) =>
        stacks.some((o) => o !== stack && o.some((m) => m.part.start === c.span.start && (stack.some((n) => n.row === m.row) || !isGroupOver(text(o), text(stack)))));
      const right = cols.findIndex((c) => (c.kind !== 'text' || c.rowNumbers) && c.span.start >= span.start - 1 && c.span.start - span.start <= reach && !owned(c));
      if (right >= 0) {
        best = right;
        bestOverlap = 100 - (cols[right]!.span.start - span.start);
      }
    }
    if (best >= 0) taken.set(best, [...(taken.get(best) ?? []), { stack, overlap: bestOverlap }]);
    else if (lastRow > 0 && stack.every((m) => m.row === 0) && cols.length > 0 && !ownColumn(stack) && (hasWordsBelow(stack) || (lowerStacks.length > 0 && group?.kind === 'block'))) {
      if (group) groupsOnTop.push(stack);
      else {
        // a word that heads no group (行次 on the top line): the data column nearest it
        const near = nearestByCentre(cols, centre(span));
        taken.set(near, [...(taken.get(near) ?? []), { stack, overlap: 0 }]);
      }
    } else orphans.push(...stack);
  }
  // Two words side by side on one line over one figure column, the next figure column without words: pdftotext lets
  // header words drift left of their figures (figures start together; a word after many CJK characters starts early),
  // so the right one heads the next column — and so on along a run of figure columns each headed by one word of that
  // line, up to a figure column without words (`人员经费 公用经费 | 项目支出 | ·`: each word one column right).
  const oneWordOn = (k: number, rows: Set<number>) => {
    const st = taken.get(k);
    return st !== undefined && st.length === 1 && cols[k]!.kind !== 'text' && st[0]!.stack.every((m) => rows.has(m.row));
  };
  for (let i = 0; i + 1 < cols.length; i++) {
    const here = taken.get(i);
    if (!here || here.length < 2 || cols[i]!.kind === 'text') continue;
    const right = here.reduce((a, b) => (spanOf(b.stack).start > spanOf(a.stack).start ? b : a));
    const rows = new Set(right.stack.map((m) => m.row));
    if (!here.some((st) => st !== right && st.stack.some((m) => rows.has(m.row)))) continue;
    let end = i + 1;
    while (end < cols.length && taken.has(end) && oneWordOn(end, rows)) end++;
    if (end >= cols.length || taken.has(end) || cols[end]!.kind === 'text') continue;
    for (let k = end; k > i + 1; k--) taken.set(k, [{ stack: taken.get(k - 1)![0]!.stack, overlap: 0 }]);
    taken.set(i, here.filter((st) => st !== right));
    taken.set(i + 1, [{ stack: right.stack, overlap: 0 }]);
  }
  for (const [i, stacks] of taken) {
    const kept: { stack: Member[]; overlap: number }[] = [];
    for (const st of [...stacks].sort((a, b) => b.overlap - a.overlap)) {
      const rows = new Set(st.stack.map((m) => m.row));
      if (kept.some((k) => k.stack.some((m) => rows.has(m.row) && (m.row !== 0 || (st.stack.every((x) => x.row === 0) && k.stack.every((x) => x.row === 0)))))) orphans.push(...st.stack);
      else kept.push(st);
    }
    for (const k of kept) cols[i]!.head.push(...k.stack);
  }
  rowNumberWordToNumbers(cols);
  return orphans;
}

/** 行次 heads the row numbers, never figures: a 行次 stacked under the word of a figure column, beside a column of row
 * numbers headed by nothing, heads that column (`合计` over `行次` drawn over the first figures beside the numbers). */
function rowNumberWordToNumbers(cols: WorkColumn[]): void {
  cols.forEach((c, i) => {
    if (c.kind !== 'amount') return;
    const own = c.head.filter((m) => isRowNumberWord(m.part.text));
    if (own.length === 0 || own.length === c.head.length) return;
    const beside = [cols[i - 1], cols[i + 1]].filter((b) => b !== undefined && b.rowNumbers === true && b.head.length === 0);
    if (beside.length !== 1) return;
    beside[0]!.head.push(...own);
    c.head = c.head.filter((m) => !own.includes(m));
  });
}

/**
 * A header drawn one column left of its figures over a 行次 column (`行次 合计` over `1 485.58`): the 行次 word stands
 * with the labels, the value word over the row numbers, and the figures beside them are headed by nothing. 行次 heads
 * the row numbers, never figures, so the value word heads the figures right of the numbers and 行次 the numbers, when
 * the numbers count the rows (`countsRows`), the value word is the numbers' only word and the figures right of them
 * have none. When a value word of its own stands over those figures, and the figures after them have their own word
 * too (`行次 合计 上年结转  一般公共预算` over `1   62.61      62.61`), that word heads a column blank in every row
 * between them: returned, with every other word so displaced, to be placed as such; so too pieces of words standing
 * over those figures that read no word of the vocabulary, the first of them a value word's start (`行次 合计 上年结` over
 * `1 155.27`, `转` on the next line over a column blank in every row); a first piece beginning no word (`共预算上年结`,
 * a word's middle) says nothing.
 */
export function rowNumbersUnderValueWord(cols: WorkColumn[], countsRows: (c: WorkColumn) => boolean): Member[] {
  const isRowWord = (m: Member) => isRowNumberWord(m.part.text);
  const inReadingOrder = (ms: Member[]) => [...ms].sort((a, b) => a.row - b.row || a.part.start - b.part.start);
  const valueWord = (ms: Member[]) => lookupWord(joinPieces(inReadingOrder(ms).map((m) => m.part.text)))?.role === 'value';
  const displaced: Member[] = [];
  cols.forEach((c, i) => {
    const left = cols[i - 1];
    const right = cols[i + 1];
    const after = cols[i + 2];
    if (!c.rowNumbers || !left || !right || right.kind !== 'amount') return;
    if (lineOneColumnLeft(cols, i, left, countsRows)) return;
    const ownWord = right.head.length > 0 && valueWord(right.head) && after !== undefined && after.kind === 'amount' && after.head.length > 0;
    // (or only pieces of words stand over them, no word of the vocabulary, the first of them a value word's start:
    // `上年结` over the 合计 figures, its `转` drawn into the blank column beyond, or `一般公共 上年 结转 预算拨款 收入`,
    // pieces of two words run together; a piece that begins no word, `共预算上年结`, is the middle of a word whose
    // start stands elsewhere, the header not drawn a column left)
    const pieces = inReadingOrder(right.head).map((m) => m.part.text);
    const fragment = right.head.length > 0 && lookupWord(joinPieces(pieces)) === null && (startsValueWord(pieces[0]!) || lookupWord(pieces[0]!)?.role === 'value');
    if (right.head.length > 0 && !ownWord && !fragment) return;
    if (c.head.length === 0 || c.head.some(isRowWord) || !valueWord(c.head)) return;
    // (行次 stacked with the label column's own word, drawn over the names' long ends, is no label's word either)
    const withLabel = !left.rowNumbers && left.head.some((m) => !isRowWord(m));
    const own = left.head.filter((m) => isRowWord(m) && (m.part.start >= left.span.end || withLabel));
    if (left.kind !== 'text' || own.length === 0 || !countsRows(c)) return;
    displaced.push(...right.head);
    right.head = c.head;
    c.head = own;
    left.head = left.head.filter((m) => !own.includes(m));
  });
  return displaced;
}

/**
 * A header line drawn a whole column left from a 行次 column on (`行次 合计 基本支出 项目支出` over `1 1361.03 726.47
 * 634.56`, `本年支出` on the line above standing over the first figures): the 行次 word with the labels, the line's next
 * word over the row numbers, each word after it over the figures of the column before its own, and the last figure
 * column of the run headed by nothing. When the row numbers count the rows (`countsRows`) and are headed by one word of
 * that line only, the value columns right of them each carry exactly one word of that line up to a figure column headed
 * by nothing at all, and the label column left of them holds 行次, the line's words each move one column right, 行次
 * onto the row numbers. Returns whether it so moved them.
 */
function lineOneColumnLeft(cols: WorkColumn[], i: number, left: WorkColumn, countsRows: (c: WorkColumn) => boolean): boolean {
  const c = cols[i]!;
  if (c.head.length !== 1 || left.kind !== 'text' || left.rowNumbers) return false;
  const line = c.head[0]!.row;
  if (isRowNumberWord(c.head[0]!.part.text)) return false;
  const own = left.head.filter((m) => isRowNumberWord(m.part.text) && m.row === line && m.part.start >= left.span.end);
  if (own.length !== 1) return false;
  let k = i + 1;
  while (k < cols.length && cols[k]!.kind === 'amount' && cols[k]!.head.filter((m) => m.row === line).length === 1) k++;
  const last = cols[k];
  if (k === i + 1 || last === undefined || last.kind !== 'amount' || last.head.length > 0 || !countsRows(c)) return false;
  moveLineRight(cols, i, k, line);
  c.head = own;
  left.head = left.head.filter((m) => !own.includes(m));
  return true;
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
export function placeBesideStacks(cols: WorkColumn[], orphans: Member[], columnNumbers: Positioned[]): Member[] {
  const stacks = cluster(orphans, wrappedWord).map((g) => ({ span: spanOf(g), members: g, taken: false }));
  const entries = [...cols.map((c) => ({ col: c, stack: null })), ...stacks.map((st) => ({ col: null, stack: st }))].sort(
    (a, b) => (a.col?.span.start ?? a.stack!.span.start) - (b.col?.span.start ?? b.stack!.span.start),
  );
  entries.forEach((e, k) => {
    // (a 行次 column stands like an amount column: its header centred in a wide cell stands left of its numbers)
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
    const overNumber = columnNumbers.some((n) => overlaps(n, span));
    // (a unit's code heads a column of its own, never the 项 codes left of it: its codes stand on lines without figures)
    const word = joinPieces([...stack].sort((a, b) => a.row - b.row || a.part.start - b.part.start).map((m) => m.part.text));
    const unitCode = lookupWord(word)?.role === 'unit_code' && owner?.head.some((h) => lookupWord(h.part.text)?.role === 'code_part');
    const free = (c: WorkColumn) => !stack.some((m) => c.head.some((h) => h.row === m.row));
    // (a label word the label column under it cannot take, its line already used there, drifted left from the label
    // column it ends at: `功能分类科 科目名称`, 科目名称 heading the name column right of the code column)
    const next = i >= 0 ? cols[i + 1] : undefined;
    const labelWord = ['code', 'name'].includes(lookupWord(joinPieces(stack.map((m) => m.part.text)))?.role ?? '');
    if (owner && !overNumber && !unitCode && free(owner)) owner.head.push(...stack);
    else if (owner && next && labelWord && next.kind === 'text' && !next.rowNumbers && span.end >= next.span.start && free(next)) next.head.push(...stack);
    else leftover.push(...stack);
  }
  return leftover;
}

/**
 * Value words of one header line drawn a whole column left of their figures (pdftotext packs a long line of words
 * left: `本年收入合计 财政拨款收入` over figures printed from under 财政拨款收入 on): the first word stands over no
 * figure, a column blank in every row, each next word over the figures of the column before its own, and the last
 * figure column of the run is headed by nothing. When the blank column and every figure column up to that headless
 * one carry words of that one line only, each word a value word starting left of the column it moves to, the line's
 * words each move one column right and the blank column, now without words, is dropped. Returns the columns.
 */
export function valueLineOneColumnLeft(cols: WorkColumn[]): WorkColumn[] {
  const value = (ms: Member[]) => lookupWord(joinPieces([...ms].sort((a, b) => a.part.start - b.part.start).map((m) => m.part.text)))?.role === 'value';
  for (let b = 0; b < cols.length; b++) {
    const blank = cols[b]!;
    if (blank.kind !== 'blank' || blank.head.length === 0 || !value(blank.head)) continue;
    const line = blank.head[0]!.row;
    const ofLine = (c: WorkColumn) => c.head.length > 0 && c.head.every((m) => m.row === line) && value(c.head);
    if (!ofLine(blank)) continue;
    let k = b + 1;
    while (k < cols.length && cols[k]!.kind === 'amount' && ofLine(cols[k]!)) k++;
    const last = cols[k];
    if (k === b + 1 || last === undefined || last.kind !== 'amount' || last.head.length > 0) continue;
    if (!cols.slice(b, k).every((c, j) => c.head.every((m) => m.part.start < cols[b + j + 1]!.span.start))) continue;
    moveLineRight(cols, b, k, line);
    return [...cols.slice(0, b), ...cols.slice(b + 1)];
  }
  return cols;
}

/** The words of header line `line` over columns `from` … `to - 1` each moved onto the column right of theirs (in
 * place; column `from` keeps none of that line's words, column `to` takes those of `to - 1`). */
function moveLineRight(cols: WorkColumn[], from: number, to: number, line: number): void {
  for (let j = to; j > from; j--) {
    const moving = cols[j - 1]!.head.filter((m) => m.row === line);
    cols[j - 1]!.head = cols[j - 1]!.head.filter((m) => m.row !== line);
    cols[j]!.head.push(...moving);
  }
}
