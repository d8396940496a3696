/**
 * A header's words read into levels: each column's words, top down, joined into wrapped labels and split into group
 * labels over their columns (`readHeaderLabels`). Called by `buildColumns` once every column holds its words.
 */
import { lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import { belongsTo, groupOf, headWord, isGroupOver, isHeaderWord, mayStandWithin, type HeaderGroup } from './header-groups.ts';
import { centre, joinPieces, overlaps, spanOf, type ColumnKind, type Member, type Positioned } from './columns.ts';

/** Two stacked pieces are parts of one wrapped label when they share their centre, start or end (±1 column). */
function aligned(a: Positioned, b: Positioned): boolean {
  return Math.abs(centre(a) - centre(b)) <= 1.5 || Math.abs(a.start - b.start) <= 1 || Math.abs(a.end - b.end) <= 1;
}

/** A line of a wrapped word starting with an opening bracket: the line before was broken before it (a line never ends
 * with one), so it may be shorter than this one (`财政拨款` over `（补助）收` over `入`). */
const OPENS = /^[（(]/;

/** `b` continues the label whose pieces so far are `parts` (a label wrapped over lines): aligned with the last piece
 * and no longer than the longest (a wrapped label fills its lines to the cell width; a group label stands over
 * longer column labels), unless it opens with a bracket the line before was broken ahead of (`OPENS`). */
function continues(parts: Positioned[], b: Positioned): boolean {
  const last = parts[parts.length - 1]!;
  // (a narrow cell wraps a word off its centre: `政府性基金预算` over `财政拨款` is one word the vocabulary knows)
  const word = () => isHeaderWord(joinPieces([...parts.map((p) => p.text), b.text]));
  return (aligned(last, b) || (overlaps(last, b) && word())) && (b.end - b.start <= Math.max(...parts.map((p) => p.end - p.start)) || OPENS.test(b.text));
}

/**
 * A column's top word that, joined to the word under it, is one word of its own meaning (`本年支出` + `合计`: the
 * wrapped 本年支出合计, not the group 本年支出 over its 合计), drawn centred over its own column (`own`) rather than over
 * any of the columns `others` whose words it reaches.
 */
function wrappedOverOwn(top: Positioned[], next: Positioned, own: { start: number; end: number }, others: readonly { start: number; end: number }[]): boolean {
  const word = joinPieces(top.map((p) => p.text));
  const term = lookupWord(word);
  if (term === null || lookupWord(joinPieces([word, next.text]))?.key !== term.key) return false;
  const start = Math.min(...top.map((p) => p.start));
  const c = start + drawnWidth(word) / 2;
  const off = (span: { start: number; end: number }) => Math.abs(c - (span.start + span.end) / 2);
  return others.every((o) => off(own) < off(o));
}

/** Printed width of a text in columns as the characters around it print: a CJK character a quarter wider than its column. */
function drawnWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1.25 : 1;
  return w;
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
export function readHeaderLabels(cols: { span: { start: number; end: number }; kind: ColumnKind }[], heads: Member[][]): string[][] {
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
      // (never a word pdftotext drew over the rest of its own cell's word: `支出` over `项目` under figures, 项目支出)
      if (upsideDown(topParts.map((m) => m.part), below.map((m) => m.part), !text(i))) return false;
      // (unless it is the first line of its column's wrapped word, `本年支出` over `合计` one word of its meaning, drawn
      // over the middle of its own column rather than over the columns whose words it reaches: a group word heads a
      // run of columns from over their middle)
      const others = heads.flatMap((hj, j) => (j !== i && hj.some((m) => m.row > row && topParts.some((t) => overlaps(t.part, m.part))) ? [j] : []));
      const overOthers = others.length > 0 && !wrappedOverOwn(topParts.map((m) => m.part), below[0]!.part, cols[i]!.span, others.map((j) => cols[j]!.span));
      // (a group word over a header word of its own, the two not one word, heads a group even when centred over it:
      // 公用经费 over 经济分类科目编码)
      const overWord = groupOf(joinPieces(topParts.map((m) => m.part.text))) !== null && twoLevels(topParts.map((m) => m.part), below);
      return overOthers || !continues(topParts.map((m) => m.part), below[0]!.part) || vocabularyGroup(i) !== null || overWord;
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
      if (vg?.g.kind === 'labels' && lookupWord(wordOf(j))?.role === 'value') return false;
      return vg === null || belongsTo(vg.g, wordOf(j)) || (top(j) > vg.below[0]!.row && mayStandWithin(vg.g, wordOf(j)));
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
      // (a code or name column among the amounts starts a code | name | amount block under the group, its words
      // wrapped over more lines than those beside it: 经济分类 / 科目编 / 码 beside 决算数)
      const blockLabel = (j: number) => text(j) && isRowLabelWord(wordOf(j));
      // a label group (项目 over code and name) never heads a column of figures
      const labelsGroup = groupOf(joinPieces(topParts.map((m) => m.part.text)))?.kind === 'labels';
      const fits = (j: number) =>
        !inRow(j) &&
        !(labelsGroup && lookupWord(wordOf(j))?.role === 'value') &&
        nearest(j) === i &&
        top(j) > row &&
        top(j) !== Infinity &&
        ((side(j) === 'label' && side(i) === 'label') || top(j) >= childTop || known(j) || (side(j) === 'amount' && blockLabel(j)));
      const members = [i];
      // A label column after the group's amounts starts the next half (收入 | 支出), unless no group word of its own
      // heads it and this word stands centred over both (公用经费 over two 科目编码 | 科目名称 | 决算数 triplets): the
      // columns from `j` on in direction `step` are taken when they bring the span's centre nearer the word's.
      const crossing = (j: number, step: 1 | -1) => {
        let k = j;
        while (k + step >= 0 && k + step < cols.length && fits(k + step)) k += step;
        // (a whole block, its label columns with it: an amount column alone belongs to the block beside it)
        let labelled = false;
        for (let m = j; m !== k + step; m += step) if (text(m)) labelled = true;
        if (!labelled) return;
        const word = centre(spanOf(topParts));
        const span = (a: number, b: number) => (cols[Math.min(a, b)]!.span.start + cols[Math.max(a, b)]!.span.end) / 2;
        const [first, last] = [members[0]!, members[members.length - 1]!];
        const without = span(first, last);
        const withIt = step > 0 ? span(first, k) : span(k, last);
        if (Math.abs(withIt - word) >= Math.abs(without - word)) return;
        for (let m = j; m !== k + step; m += step) if (step > 0) members.push(m);
        else members.unshift(m);
      };
      let [leftStop, rightStop] = [-1, -1];
      for (let j = i - 1; j >= 0 && fits(j); j--) {
        if (!text(j) && text(members[0]!)) {
          leftStop = j;
          break;
        }
        members.unshift(j);
      }
      for (let j = i + 1; j < cols.length && fits(j); j++) {
        if (text(j) && members.some((m) => !text(m))) {
          rightStop = j;
          break;
        }
        members.push(j);
      }
      // (once the group's own half is known on both sides)
      if (leftStop >= 0) crossing(leftStop, -1);
      if (rightStop >= 0) crossing(rightStop, 1);
      // A group has one total: a total column at its left edge whose words start above the line of the group's parts,
      // beside the group's own total standing on that line, is an outer total beside the group (`总计` spanning the
      // header lines beside `本年收入` over `合计 | 一般公共预算`), wherever pdftotext drew the group word.
      const isTotal = (j: number) => lookupWord(wordOf(j))?.key === 'total';
      if (vg !== null) {
        const ownTotal = (j: number) => j !== members[0] && isTotal(j) && top(j) === childTop;
        while (members.length > 2 && members[0] !== i && isTotal(members[0]!) && top(members[0]!) < childTop && members.some(ownTotal)) members.shift();
      }
      // A group label centred over its columns (not left-aligned over the first) stands over their middle: an outer
      // total that puts it well off the middle, beside the group's own total on the same line, is a column of its own
      // beside the group (`合计` left of `基本支出` over `小计 | 人员经费 | 公用经费`, its word centred lower in a cell
      // spanning the header rows).
      // (where it is drawn: pdftotext writes a CJK character in one column, narrower than it prints)
      const drawn = topParts.map((m) => m.part).sort((a, b) => a.start - b.start);
      const gc = drawn[0]!.start + drawnWidth(drawn.map((p) => p.text).join('')) / 2;
      const mid = (ms: number[]) => (cols[ms[0]!]!.span.start + cols[ms[ms.length - 1]!]!.span.end) / 2;
      if (Math.abs(Math.min(...topParts.map((m) => m.part.start)) - cols[members[0]!]!.span.start) > 1) {
        const off = (ms: number[]) => Math.abs(mid(ms) - gc);
        // (the group's own total on the same line, or on a lower one: 本年支出's 小计 above 基本支出's)
        const twoTotals = (j: number) => isTotal(j) && members.some((m) => m !== j && isTotal(m) && top(m) >= top(j));
        while (members.length > 2 && members[0] !== i && !text(members[0]!) && twoTotals(members[0]!) && off(members.slice(1)) * 2 < off(members)) members.shift();
        // (a block word centred over its columns, 决算数 over 小计 … 项目支出: a column at either end named by a block word
        // of its own, another measure such as 年初预算数 | 全年预算数, is not under it when the word stands nearer the
        // middle of the others)
        const block = groupOf(joinPieces(topParts.map((m) => m.part.text)));
        const otherMeasure = (j: number) => j !== i && !text(j) && groupOf(wordOf(j))?.kind === 'block' && !belongsTo(block!, wordOf(j));
        if (block?.kind === 'block') {
          // (label columns are under no measure: a block word over other measures, centred over its own columns, leaves
          // out the label columns before them too)
          if (members.some(otherMeasure)) while (members.length > 2 && text(members[0]!) && off(members.slice(1)) < off(members)) members.shift();
          while (members.length > 2 && otherMeasure(members[0]!) && off(members.slice(1)) < off(members)) members.shift();
          while (members.length > 2 && otherMeasure(members[members.length - 1]!) && off(members.slice(0, -1)) < off(members)) members.pop();
        }
      }
      if (members.length < 2) continue;
      // (a group word beside one of its own parts printed on its line, `本年支出` beside `项目支出` over 合计 | 基本支出,
      // heads none of them: it is the first line of its column's wrapped word, 本年支出合计)
      const own = groupOf(joinPieces(topParts.map((m) => m.part.text)));
      const partOnLine = (j: number) => j >= 0 && j < cols.length && !text(j) && top(j) === row && own !== null && own.kind === 'parts' && isPartOf(own, wordOf(j));
      if (partOnLine(members[0]! - 1) || partOnLine(members[members.length - 1]! + 1)) continue;
      const g = groups.length;
      groups.push({ row, text: joinPieces(topParts.map((m) => m.part.text)) });
      for (const j of members) groupsOf[j]!.push(g);
      heads[i] = below;
    }
  }
  return heads.map((h, i) => {
    let lastRow = -1;
    // (a label wrapped in a narrow cell off its centre, `对附属` / `单位补` / `助支出`: the level so far and every word
    // below it joined are one word of the vocabulary; so too when the level so far is a row-label word, which no
    // figure column takes, over a figure column and the words joined are a value word, `项目` / `支出`)
    const restIsWord = (cur: Positioned[], k: number) => {
      const so = joinPieces(cur.map((p) => p.text));
      const whole = joinPieces([...cur.map((p) => p.text), ...h.slice(k).map((m) => m.part.text)]);
      if (!isHeaderWord(so)) return isHeaderWord(whole);
      if (upsideDown(cur, h.slice(k).map((m) => m.part), !text(i))) return true;
      return !text(i) && isRowLabelWord(so) && lookupWord(whole)?.role === 'value';
    };
    const levels: Member[][] = [];
    h.forEach((m, k) => {
      const cur = levels[levels.length - 1];
      if (cur && (m.row === lastRow || (continues(cur.map((c) => c.part), m.part) && !twoLevels(cur.map((c) => c.part), h.slice(k))) || restIsWord(cur.map((c) => c.part), k))) cur.push(m);
      else levels.push([m]);
      lastRow = m.row;
    });
    return [...groupsOf[i]!.map((g) => groups[g]!.text), ...levels.map((parts) => levelWord(parts, !text(i)))];
  });
}

/**
 * The word of one level's pieces: its lines top down, or bottom up when only that order spells a word of the
 * vocabulary fit for the column (pdftotext may print a cell's last line above its first when the line above is
 * squeezed: `支出` over `项目` under a figure column is 项目支出, a value word, not the row-label word 支出项目, which no
 * figure column takes).
 */
function levelWord(parts: readonly Member[], figures: boolean): string {
  const down = joinPieces(parts.map((m) => m.part.text));
  const rows = [...new Set(parts.map((m) => m.row))];
  const fits = (w: string) => isHeaderWord(w) && !(figures && isRowLabelWord(w));
  if (rows.length < 2 || fits(down)) return down;
  const up = joinPieces([...rows].reverse().flatMap((r) => parts.filter((m) => m.row === r).map((m) => m.part.text)));
  return fits(up) ? up : down;
}

/**
 * A figure column's word whose lines pdftotext drew bottom up: the words below are a row-label word, which no figure
 * column takes, and read below first they make a value word with the words above (`支出` over `项目` over figures is
 * 项目支出, never the block word 支出 over a 项目 column).
 */
function upsideDown(upper: readonly Positioned[], lower: readonly Positioned[], figures: boolean): boolean {
  if (!figures || lower.length === 0) return false;
  const below = joinPieces(lower.map((p) => p.text));
  return isRowLabelWord(below) && lookupWord(joinPieces([below, ...upper.map((p) => p.text)]))?.role === 'value';
}

/** A word naming the row labels (`项目`, `科目编码`): a code or name column's word. */
function isRowLabelWord(word: string): boolean {
  return ['code', 'name'].includes(lookupWord(word)?.role ?? '');
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
