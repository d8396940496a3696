/**
 * A group's subtotal printed beside the group word instead of under it. A narrow header may print `小计` on the top
 * line, left of the group word whose parts stand under it (`行次 小计 本年支出` over `基本支出 项目支出`): read by
 * position, `小计` heads its figure column alone, the subtotal of nothing. A figure column headed by a bare `小计`,
 * right beside columns a group word heads over two parts of its own or more (none of them a 小计), is that group's
 * subtotal: headed by the group word over `小计`. (A header the covers of `header-cover.ts` read whole has its 小计
 * under the group already; this mends the reading by position, or by the figures' order, when it stands.) Pure.
 */
import { normHeaderWord } from '../tables/vocabulary.ts';
import { wordsOver } from './header-cover.ts';
import { belongsTo, groupOf } from './header-groups.ts';
import type { ColumnModel } from './positioned.ts';

/** The model with a lone `小计` column put under the group beside it (see the module comment), or null when none
 * stands so. */
export function subtotalBesideGroup(model: ColumnModel): ColumnModel | null {
  if (model.header.length < 2) return null;
  for (let j = 0; j + 2 < model.columns.length; j++) {
    const words = wordsOver(model, j);
    if (model.columns[j]!.kind !== 'amount' || words.length !== 1 || normHeaderWord(words[0]!) !== '小计') continue;
    const top = model.header.findIndex((r) => (r[j + 1] ?? '') !== '');
    const group = top >= 0 ? groupOf(model.header[top]![j + 1]!) : null;
    if (group === null || group.kind !== 'parts' || top + 1 >= model.header.length) continue;
    // (the run of columns the group word heads, each with a part of the group under it, none a 小计)
    let end = j + 1;
    while (end < model.columns.length && model.header[top]![end] === group.text) end++;
    const parts = Array.from({ length: end - j - 1 }, (_, k) => wordsOver(model, j + 1 + k).slice(1));
    if (parts.length < 2 || !parts.every((ws) => ws.length > 0 && belongsTo(group, ws[0]!) && normHeaderWord(ws[0]!) !== '小计')) continue;
    const header = model.header.map((r, i) => r.map((w, c) => (c !== j ? w : i === top ? group.text : i === top + 1 ? words[0]! : '')));
    return { ...model, header };
  }
  return null;
}
