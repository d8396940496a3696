/**
 * A word's part pdftotext drew inside the figures of the column its word heads: a narrow cell's lines `本年收入` /
 * `合计` written as `本年收入` over the figures and `合计` right after `行次`, a column to its left. Read by position,
 * `合计` heads the total figures and `本年收入` a column of its own that lies inside their span and is blank in every
 * row. A column can hold no figures inside another's: when such a column's only word and the word of the figure
 * column around it spell one word of the vocabulary that one of them completes (`本年收入` + `合计`, a longer form
 * of 本年收入's own term), they are that word over the figure column, the blank column gone
 * (`joinWordInsideFigures`, called by `page-columns.ts` `columnsOf` on the columns by position).
 */
import type { ColumnModel } from './columns.ts';
import { completesWord, joinedInto, labelColumnCount, onlyWord } from './header-cover.ts';
import { normHeaderWord } from '../tables/vocabulary.ts';

/** The columns of `model` with a blank column lying inside a neighbouring figure column joined to it, its word and
 * the figure column's spelling one word; null when no column is of that shape or more than one reading is left. */
export function joinWordInsideFigures(model: ColumnModel): ColumnModel | null {
  const labels = labelColumnCount(model);
  if (labels === 0) return null;
  const joins: { blank: number; figures: number; word: string }[] = [];
  for (let j = labels; j < model.columns.length; j++) {
    const c = model.columns[j]!;
    if (c.kind !== 'blank') continue;
    const own = onlyWord(model, j);
    if (own === null) continue;
    for (const i of [j - 1, j + 1]) {
      const f = model.columns[i];
      if (i < labels || f === undefined || f.kind !== 'amount' || c.start < f.start || c.end > f.end) continue;
      const word = onlyWord(model, i);
      if (word === null) continue;
      // (a 小计 inside a group word's figures is the group's first part beside it, `小计 本年支出` over `基本支出 项目支出`,
      // never that word's rest)
      if (normHeaderWord(own.text) === '小计') continue;
      const spelled = [
        ...(completesWord(own.text, word.text) ? [own.text + word.text] : []),
        ...(completesWord(word.text, own.text) ? [word.text + own.text] : []),
      ];
      if (spelled.length === 1) joins.push({ blank: j, figures: i, word: spelled[0]! });
    }
  }
  if (joins.length !== 1) return null;
  const { blank, figures, word } = joins[0]!;
  return joinedInto(model, blank, figures, onlyWord(model, figures)!.row, word);
}
