/**
 * A word's rest pdftotext drew beside the word it ends, over figures: a narrow cell's lines `财政拨款` / `（补助）  收入`,
 * the last line's `收入` written a few characters right of `（补助）`, where the 上级补助 figures squeezed left stand;
 * or `本年收入` / `合计`, the lower line written left of the upper one, over the totals, `本年收入` over where the
 * 财政拨款 figures squeezed left stand. Read by position, the rest and its word head two columns, both holding
 * figures, and every word after them heads the column one right of its own: the table read one column off from there.
 * When every value column holds figures, the value words name more columns than any row prints figures, and exactly
 * one word beside another completes it (a longer form of that word's own term; a total word only a total word's;
 * the rest spelling no word with the word on its other side and ending none), the two are one word over the left
 * column of the two, the right one gone: the figures under it are the next column's, read by the order of the rows
 * (`figure-order.ts`) (`joinRestColumn`, called by `page-columns.ts` `columnsOf` on the columns by position, under no
 * 栏次 row, after `joinRestDrawnLeft`, whose rest heads a column blank in every row).
 */
import { isTotalWord, lookupWord } from '../tables/vocabulary.ts';
import type { ColumnModel, PositionedLine } from './columns.ts';
import { completesWord, joinedInto, labelColumnCount, onlyWord } from './header-cover.ts';
import { isMoneyFigure } from './spaced-lines.ts';


/** Whether `rest` ends `word` as a longer form of `word`'s own term, `rest` not that term by itself (a total word
 * ends only a total word: `本年收入` + `合计`). */
function ends(rest: string, word: string): boolean {
  return !(isTotalWord(rest) && !isTotalWord(word)) && completesWord(word, rest);
}

/** The columns by position of `model` (its rows `data`) with a word's rest heading figures beside it joined to it,
 * over the left column of the two, the right one removed; null when the header is not of that shape. */
export function joinRestColumn(model: ColumnModel, data: readonly PositionedLine[]): ColumnModel | null {
  const lastText = labelColumnCount(model) - 1;
  if (lastText < 0) return null;
  const values = model.columns.map((_, j) => j).slice(lastText + 1);
  if (values.some((j) => model.columns[j]!.kind !== 'amount')) return null;
  const n = Math.max(0, ...data.map((l) => l.parts.filter((p) => isMoneyFigure(p.text)).length));
  if (values.length <= n) return null;
  const words = values.map((j) => onlyWord(model, j));
  if (words.some((w) => w === null || lookupWord(w.text)?.role !== 'value')) return null;
  const rows = new Set(words.map((w) => w!.row));
  if (rows.size !== 1) return null;
  const text = (k: number) => (k >= 0 && k < words.length ? words[k]!.text : null);
  // (a rest completes its word, spells no word with the word on its other side and ends none: `收入` beside
  // `上级补助` may be that word's rest drawn left of it, `rest-drawn-left.ts`)
  const free = (rest: string, other: string | null, after: boolean) => other === null || (lookupWord(after ? rest + other : other + rest) === null && !ends(rest, other));
  // (pairs k-1, k: the rest drawn right of its word, `财政拨款（补助）` | `收入`, or left of it, `合计` | `本年收入`)
  const pairs = words.flatMap((_, k) => {
    if (k === 0) return [];
    const [a, b] = [text(k - 1)!, text(k)!];
    if (ends(b, a) && free(b, text(k + 1), true)) return [{ k, joined: a + b }];
    if (ends(a, b) && free(a, text(k - 2), false)) return [{ k, joined: b + a }];
    return [];
  });
  if (pairs.length !== 1) return null;
  const { k, joined } = pairs[0]!;
  const [row] = rows;
  const right = values[k]!;
  return joinedInto(model, right, right - 1, row!, joined);
}
