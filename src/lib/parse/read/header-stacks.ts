/**
 * Header words broken inside narrow cells, put back over one another by meaning. `pdftotext -layout` gives each word
 * the character column of the longest run of text to its left, one column per character however wide it prints: a
 * CJK word counts half its printed width. So the lower lines of a header, with more words to their left than the
 * line above, drift left, and the rest of a broken word no longer stands under its start (`财政拨款（补` at column 35,
 * `助）收入` at 28). Position cannot join them; the words can: a piece that is no header word yet (`财政拨款（补`,
 * `附属单`) is continued by the first piece on the next line, in reading order, that makes it a header word or the
 * start of one (`助）收入`, `位上缴`, then `收入`). The continuation is moved under the piece it continues, so the
 * positioned core (positioned.ts) stacks them as one wrapped word. Pure; pieces in, pieces out.
 */
import { VOCABULARY, lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import type { Positioned } from './piece.ts';
import { isRowNumberWord } from './row-numbers.ts';
import { overlaps } from './columns.ts';

/** Every start of a vocabulary word (the word itself included), normalised as header words are looked up. */
const STARTS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const t of VOCABULARY)
    for (const w of t.words) {
      const n = normHeaderWord(w);
      for (let k = 1; k <= n.length; k++) s.add(n.slice(0, k));
    }
  return s;
})();

/** How far right of the word it continues a continuation may start (columns). */
const RIGHT = 2;


/** Whether a text begins a vocabulary word or is one (`上缴上`, `上缴上级支出`), normalised as header words are looked up. */
export function startsHeaderWord(text: string): boolean {
  return STARTS.has(normHeaderWord(text));
}

/** A piece that is a header word's start but no header word of its own: the word goes on below it. */
export function opensHeaderWord(text: string): boolean {
  const n = normHeaderWord(text);
  return n.length > 0 && STARTS.has(n) && lookupWord(text) === null;
}

/**
 * A word's start drawn on the line under its rest (`结转` at 25 over `上年` at 28, one cell printing `上年结转`):
 * neither piece a header word, nor the upper one followed by the lower the start of one, while the lower followed by
 * the upper is a header word; the upper stands under no piece of the line above it, nor as near one as a continuation
 * may (it tops its stack), the lower starts no further right of the upper's end than a continuation may, and it so
 * reads a word with no other piece of the upper line. The two pieces' texts are swapped, each keeping where it
 * starts, so the word is stacked top down as printed.
 */
export function startsAboveRests(lines: readonly (readonly Positioned[])[]): Positioned[][] {
  const out = lines.map((l) => [...l]);
  const word = (t: string) => lookupWord(t) !== null;
  // a piece standing under a piece of the line above, or as near it as a drifted continuation, continues a stack: no
  // word's top
  const continues = (r: number, q: Positioned) => r > 0 && out[r - 1]!.some((a) => a.end > q.start - RIGHT && a.start < q.end + RIGHT);
  for (let r = 1; r < out.length; r++) {
    out[r]!.forEach((p, k) => {
      if (word(p.text)) return;
      const reach = out[r - 1]!
        .map((q, j) => ({ q, j }))
        .filter(({ q }) => p.end > q.start && p.start <= q.end + RIGHT && !continues(r - 1, q) && !word(q.text) && !STARTS.has(normHeaderWord(q.text + p.text)) && word(p.text + q.text));
      if (reach.length !== 1) return;
      const { q, j } = reach[0]!;
      out[r - 1]![j] = { ...q, text: p.text, end: q.start + (p.end - p.start) };
      out[r]![k] = { ...p, text: q.text, end: p.start + (q.end - q.start) };
    });
  }
  return out;
}

/**
 * Header lines (top first, pieces left to right) with every continuation of a broken word moved under the stack it
 * continues. A stack is open while its text (its pieces joined top down) is no header word but starts one; the
 * pieces of the next line continue the open stacks in order, each the first open stack after the one continued before
 * whose text it extends into a header word or the start of one.
 */
export function stackBrokenWords(lines: readonly (readonly Positioned[])[]): Positioned[][] {
  const out = startsAboveRests(lines);
  // stacks ending on the line above: their text so far and the span of their first piece
  let above: { text: string; span: Positioned }[] = [];
  // stacks ending on a line further up, no piece of the lines since standing under them
  let waiting: { text: string; span: Positioned }[] = [];
  out.forEach((parts, r) => {
    const extend = (s: number, p: Positioned) => STARTS.has(normHeaderWord(above[s]!.text + p.text));
    // pieces standing under the word they continue: the positioned core stacks them where they are
    const under = parts.map((p) => (r > 0 ? above.findIndex((st, s) => overlaps(st.span, p) && extend(s, p)) : -1));
    // (two rests side by side continuing two words side by side, the right one standing under the left word and the
    // left one under none: pdftotext drew the lower line left; they continue the words in reading order, `年初预 全年预`
    // over `算数 算数`)
    parts.forEach((p, k) => {
      const s = under[k]!;
      const left = parts[k - 1];
      if (s < 0 || left === undefined || under[k - 1]! >= 0 || s + 1 >= above.length || under.includes(s + 1)) return;
      const fits = (t: number, q: Positioned) => opensHeaderWord(above[t]!.text) && q.start <= above[t]!.span.end + RIGHT && extend(t, q);
      if (fits(s, left) && fits(s + 1, p)) under[k] = -1;
    });
    // (or under a word of its own a line or more up that it lengthens into a longer word, the lines between printing
    // nothing under it: `财政拨款（补助）` over a line of other columns' words over `收入`)
    const below = parts.map((p, k) => (under[k]! < 0 ? waiting.findIndex((st) => !opensHeaderWord(st.text) && overlaps(st.span, p) && STARTS.has(normHeaderWord(st.text + p.text))) : -1));
    const next: { text: string; span: Positioned }[] = [];
    const lengthened = new Set<{ text: string; span: Positioned }>();
    let from = 0;
    parts.forEach((p, k) => {
      if (under[k]! >= 0) {
        from = under[k]! + 1;
        next.push({ text: above[under[k]!]!.text + p.text, span: above[under[k]!]!.span });
        return;
      }
      if (below[k]! >= 0) {
        next.push({ text: waiting[below[k]!]!.text + p.text, span: waiting[below[k]!]!.span });
        return;
      }
      // (or, drawn left to touch it, under a whole word it lengthens into a longer word or the start of one: `科目` over
      // `名称` two columns left, `年初结转` over `和结` two columns left; pdftotext draws a lower line left)
      // (a word of its own right after 行次 on its line, `行次 合计` under `本年支出`, is left to the 行次 rules)
      const afterRowNumber = k > 0 && isRowNumberWord(parts[k - 1]!.text) && lookupWord(p.text) !== null;
      const lengthens = (st: { text: string; span: Positioned }) =>
        !afterRowNumber && p.start < st.span.start && p.end >= st.span.start && lookupWord(st.text) !== null && STARTS.has(normHeaderWord(st.text + p.text));
      const upper = above.findIndex((st, s) => !under.includes(s) && lengthens(st));
      const earlier = upper < 0 ? waiting.findIndex(lengthens) : -1;
      const drawn = upper >= 0 ? above[upper] : earlier >= 0 ? waiting[earlier] : undefined;
      // (no other piece of the line stays under the word: one that would lengthen it, or one that continues no other
      // word, drawn there from nowhere else)
      const stays = (q: Positioned) =>
        drawn !== undefined &&
        overlaps(drawn.span, q) &&
        (STARTS.has(normHeaderWord(drawn.text + q.text)) || ![...above, ...waiting].some((st) => st !== drawn && STARTS.has(normHeaderWord(st.text + q.text))));
      if (drawn !== undefined && !parts.some((q, j) => j !== k && stays(q))) {
        if (upper >= 0) from = upper + 1;
        if (earlier >= 0) lengthened.add(waiting[earlier]!);
        const width = p.end - p.start;
        const start = drawn.span.start + Math.max(0, Math.floor((drawn.span.end - drawn.span.start - width) / 2));
        parts[k] = { text: p.text, start, end: start + width };
        next.push({ text: drawn.text + p.text, span: drawn.span });
        return;
      }
      // else the first open word after the one continued before and before the one a piece to the right stands
      // under, in reading order (a continuation drifts left of the word it continues, or a little right of it when the
      // line above drifted more)
      const until = under.slice(k + 1).find((u) => u >= 0) ?? above.length;
      let hit = -1;
      for (let s = from; s < until; s++) {
        if (opensHeaderWord(above[s]!.text) && p.start <= above[s]!.span.end + RIGHT && extend(s, p)) {
          hit = s;
          break;
        }
      }
      if (hit < 0) {
        next.push({ text: p.text, span: p });
        return;
      }
      const st = above[hit]!;
      from = hit + 1;
      const width = p.end - p.start;
      const start = st.span.start + Math.max(0, Math.floor((st.span.end - st.span.start - width) / 2));
      parts[k] = { text: p.text, start, end: start + width };
      next.push({ text: st.text + p.text, span: st.span });
    });
    parts.sort((a, b) => a.start - b.start);
    const standsUnder = (st: { span: Positioned }) => parts.some((p) => overlaps(st.span, p));
    waiting = [...waiting, ...above].filter((st) => !standsUnder(st) && !lengthened.has(st));
    above = next;
  });
  return out;
}

/** A column as the positioned core sees it while placing header words. */
export interface SqueezeColumn {
  span: { start: number; end: number };
  kind: 'amount' | 'text' | 'blank';
  rowNumbers?: boolean;
}

/**
 * A header squeezed to the left: pdftotext packs a line of CJK header words into fewer columns than they print over
 * (`行次 合计 基本支出 项目支出` at 18–33 over figures at 20–44). In a table whose label columns all stand before its
 * figure columns, when one header line alone has words over the figures, and its last words are as many value (or
 * 行次) words of the vocabulary as the table has figure columns, not yet one over each in order, they are put over the
 * figure columns in their order. Other lines, and other tables, are returned as they are.
 */
export function alignSqueezed(lines: readonly (readonly Positioned[])[], cols: readonly SqueezeColumn[]): Positioned[][] {
  const out = lines.map((l) => [...l]);
  const isFigure = (c: SqueezeColumn) => c.kind !== 'text' || c.rowNumbers === true;
  const figures = cols.flatMap((c, i) => (isFigure(c) ? [i] : []));
  if (figures.length < 2 || cols.some((c, i) => !isFigure(c) && i > figures[0]!)) return out;
  const valueWord = (t: string) => ['value', 'row_number'].includes(lookupWord(t)?.role ?? '');
  for (const [r, parts] of out.entries()) {
    const k0 = parts.length - figures.length;
    if (k0 < 0) continue;
    const words = parts.slice(k0);
    if (!words.every((p) => valueWord(p.text)) || (k0 > 0 && valueWord(parts[k0 - 1]!.text))) continue;
    const from = Math.min(words[0]!.start, cols[figures[0]!]!.span.start);
    if (out.some((l, q) => q !== r && l.some((p) => p.start >= from))) continue;
    const over = words.map((p) => cols.findIndex((c) => overlaps(c.span, p)));
    if (over.every((j, k) => j === figures[k])) continue;
    out[r] = [
      ...parts.slice(0, k0),
      ...words.map((p, k) => {
        const c = cols[figures[k]!]!.span;
        return { text: p.text, start: c.start, end: Math.max(c.start + 1, Math.min(c.end, c.start + p.end - p.start)) };
      }),
    ];
  }
  return alignSqueezedLabels(out, cols);
}

/** Every start of a word of the label columns (code, name, 行次 …: no value word), normalised. */
const LABEL_STARTS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const t of VOCABULARY.filter((t) => t.role !== 'value'))
    for (const w of t.words) {
      const n = normHeaderWord(w);
      for (let k = 1; k <= n.length; k++) s.add(n.slice(0, k));
    }
  return s;
})();

const put = (p: Positioned, c: { start: number; end: number }): Positioned => ({
  text: p.text,
  start: c.start,
  end: Math.max(c.start + 1, Math.min(c.end, c.start + p.end - p.start)),
});

/**
 * The label words of a squeezed line drifted left of their columns (`功能分类科 科目名称 行次 入合计` over the code at
 * 0–9, the names at 10–18 and the 行次 at 19–21: 科目名称 over the code's end, 行次 over the names). When a line begins
 * with as many starts of label words (code, name, 行次: no value word) as the table has label columns before its
 * figures, each starting no further right than its column ends, the 行次 word over the 行次 column and no other, and
 * some word over another label column than its own, each word not over its own column alone is put over it; the
 * words squeezed one space apart after the last one move as far right as it did. Other lines are returned as they
 * are.
 */
function alignSqueezedLabels(lines: Positioned[][], cols: readonly SqueezeColumn[]): Positioned[][] {
  const first = cols.findIndex((c) => c.kind === 'amount');
  if (first < 2) return lines;
  const labels = cols.slice(0, first);
  if (labels.some((c) => c.kind !== 'text')) return lines;
  return lines.map((parts) => {
    if (parts.length <= labels.length) return parts;
    const words = parts.slice(0, labels.length);
    if (!words.every((p) => LABEL_STARTS.has(normHeaderWord(p.text)))) return parts;
    if (LABEL_STARTS.has(normHeaderWord(parts[labels.length]!.text))) return parts;
    if (!words.every((p, k) => p.start < labels[k]!.span.end && isRowNumberWord(p.text) === (labels[k]!.rowNumbers === true))) return parts;
    const over = (p: Positioned) => labels.flatMap((c, j) => (overlaps(p, c.span) ? [j] : []));
    const own = (p: Positioned, k: number) => over(p).join() === String(k);
    if (!words.some((p, k) => over(p).some((j) => j !== k))) return parts;
    const placed = words.map((p, k) => (own(p, k) ? p : put(p, labels[k]!.span)));
    // the words squeezed against the labels on their right (one space apart) drifted as far as the last label word
    const shift = placed[placed.length - 1]!.start - words[words.length - 1]!.start;
    const rest = parts.slice(labels.length);
    let run = 0;
    while (run < rest.length && rest[run]!.start - (run === 0 ? words[words.length - 1]! : rest[run - 1]!).end <= 1) run++;
    const moved = rest.slice(0, run).map((p) => ({ text: p.text, start: p.start + shift, end: p.end + shift }));
    const next = rest[run];
    if (shift <= 0 || (next !== undefined && moved.length > 0 && moved[moved.length - 1]!.end >= next.start)) return [...placed, ...rest];
    return [...placed, ...moved, ...rest.slice(run)];
  });
}
