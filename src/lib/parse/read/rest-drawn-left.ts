/**
 * A word's rest pdftotext drew left of the word it ends: a narrow cell's lines printed at one x, the lower one written
 * first on its text line (`收入` left of `补助`, under `上级`: `财政拨款（补 助）收入 收入 补助 事业收入`). Read by position,
 * the rest heads a column of its own and pushes every word after it one column right, over figures it does not head,
 * the last word left over a column blank in every row. When the header's value words name exactly one column more
 * than the figures fill, that one column blank, and one word joined after the word right of it spells a longer form of
 * that word (`上级补助` + `收入`, no word with the word left of it), that word is the rest: joined, the words head the
 * figure columns in order (`joinRestDrawnLeft`, called by `page-columns.ts` `columnsOf` on the columns by position, under no 栏次 row).
 */
import { isTotalWord, lookupWord } from '../tables/vocabulary.ts';
import type { ColumnModel } from './columns.ts';
import { completesWord, labelColumnCount, onlyWord } from './header-cover.ts';


/** Whether `rest` ends `word` (a longer form of `word`'s own term) and spells no word after `before`. */
function endsWord(rest: string, word: string, before: string | null): boolean {
  if (isTotalWord(rest) || isTotalWord(word) || !completesWord(word, rest)) return false;
  return before === null || lookupWord(before + rest) === null;
}

/** The columns by position of `model` with a rest drawn left of its word joined to it and the words put over the
 * figure columns in order; null when the header is not of that shape. */
export function joinRestDrawnLeft(model: ColumnModel): ColumnModel | null {
  const lastText = labelColumnCount(model) - 1;
  if (lastText < 0) return null;
  const values = model.columns.map((_, j) => j).slice(lastText + 1);
  const amounts = values.filter((j) => model.columns[j]!.kind === 'amount');
  const blanks = values.filter((j) => model.columns[j]!.kind === 'blank');
  if (blanks.length !== 1 || amounts.length + 1 !== values.length) return null;
  const words = values.map((j) => onlyWord(model, j));
  if (words.some((w) => w === null || lookupWord(w.text)?.role !== 'value')) return null;
  const rows = new Set(words.map((w) => w!.row));
  if (rows.size !== 1) return null;
  const rests = words.flatMap((w, k) => (k + 1 < words.length && endsWord(w!.text, words[k + 1]!.text, k > 0 ? words[k - 1]!.text : null) ? [k] : []));
  if (rests.length !== 1) return null;
  const k = rests[0]!;
  const joined = [...words.slice(0, k).map((w) => w!.text), words[k + 1]!.text + words[k]!.text, ...words.slice(k + 2).map((w) => w!.text)];
  const [row] = rows;
  const columns = [...model.columns.slice(0, lastText + 1), ...amounts.map((j) => model.columns[j]!)];
  const header = model.header.map((r, q) => [...r.slice(0, lastText + 1), ...joined.map((w) => (q === row ? w : ''))]);
  return { ...model, columns, header };
}
