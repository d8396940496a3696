/**
 * A stage's block word (`决算数`, `年初预算数` …) read whole among a broken header's words, heading the words printed
 * under it: the columns of its measure. Read flat, it would take a figure column of its own and push its last part's
 * word onto a blank column beyond every figure (`决算数` over `小计 基本支出 项目支出` beside `年初预算数 全年预算数`).
 */
import { lookupWord } from '../tables/vocabulary.ts';
import { isStageBlock } from './header-groups.ts';
import type { Word } from './header-words.ts';

const topRow = (w: Word) => Math.min(...w.parts.map((f) => f.row));
const bottomRow = (w: Word) => Math.max(...w.parts.map((f) => f.row));

/**
 * The words with each stage block word that stands over two value words or more (on lines below its own, starting
 * under its span or beside it in one run) taken out and set as their `block`: the run of value words around its centre,
 * left to right, each starting below the block word's last line and no block word of the stages itself; the block
 * word must reach over a piece of the run. A block word over fewer stays a column word; two block words each over
 * words leave the words as read.
 */
export function placeBlocks(words: readonly Word[]): Word[] {
  const out = [...words];
  for (const b of words) {
    if (!isStageBlock(b.text)) continue;
    const line = bottomRow(b);
    const start = Math.min(...b.parts.map((f) => f.part.start));
    const end = Math.max(...b.parts.map((f) => f.part.end));
    const centre = (start + end) / 2;
    const all = out.filter((w) => w !== b).sort((x, y) => x.at - y.at);
    const member = (w: Word) => topRow(w) > line && !w.block && lookupWord(w.text)?.role === 'value' && !isStageBlock(w.text);
    let k = all.findIndex((w) => w.at > centre);
    if (k < 0) k = all.length;
    let lo = k;
    let hi = k;
    while (lo > 0 && member(all[lo - 1]!)) lo--;
    while (hi < all.length && member(all[hi]!)) hi++;
    const members = all.slice(lo, hi);
    if (members.length < 2) continue;
    const reach = members.flatMap((m) => m.parts.map((f) => f.part));
    if (end <= Math.min(...reach.map((q) => q.start)) || start >= Math.max(...reach.map((q) => q.end))) continue;
    for (const m of members) m.block = b.text;
    out.splice(out.indexOf(b), 1);
  }
  // (one measure over its words beside the others' columns only: two block words each over words, `预算数` and `决算数`
  // of a 三公 table scattered by pdftotext, are left as read, for the readers that refuse such a header)
  if (words.length - out.length > 1) {
    for (const w of words) delete w.block;
    return [...words];
  }
  return out.sort((x, y) => x.at - y.at);
}
