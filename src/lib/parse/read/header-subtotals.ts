/**
 * A group's own 小计 read as its outer group's. A header cell spanning two lines is drawn centred on them, so a 小计
 * under a group word prints on the line of the outer group's 小计, and the group word on the line below it, over its
 * other parts (`决算数` over `小计 小计` over `其中：基本支出` over `人员经费 公用经费`). Read by position, the two 小计
 * name one column twice (`决算数/小计 | 决算数/小计`). Pure.
 */
import { normHeaderWord } from '../tables/vocabulary.ts';
import { belongsTo, groupOf, type HeaderGroup } from './header-groups.ts';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * Each column's header path (levels top down), with the right one of two columns that read the same path ending in 小计
 * put under the group word that heads the columns right after it on that level (`决算数/其中：基本支出/小计`), when the
 * group takes a 小计 and none of its columns has one. Columns without such a pair are returned as they are.
 */
export function subtotalUnderGroup(labels: readonly string[][]): string[][] {
  const out = labels.map((l) => [...l]);
  for (let j = 1; j + 1 < out.length; j++) {
    const path = out[j]!;
    const d = path.length - 1;
    if (d < 0 || normHeaderWord(path[d]!) !== '小计' || !same(out[j - 1]!, path)) continue;
    const taker = groupTakingSubtotal(out, j);
    if (taker !== null) out[j] = [...path.slice(0, d), taker.word, path[d]!];
  }
  return loneSubtotal(outerSubtotal(out));
}

/** The group word heading the columns right after column `j` (its path ending in 小计) on the 小计's level, when that
 * group takes a 小计 and none of its columns has one; null otherwise. */
function groupTakingSubtotal(out: readonly (readonly string[])[], j: number): { word: string; group: HeaderGroup } | null {
  const path = out[j]!;
  const d = path.length - 1;
  const next = out[j + 1]!;
  const word = next[d];
  const group = word === undefined ? null : groupOf(word);
  if (!group || next.length <= d + 1 || !same(next.slice(0, d), path.slice(0, d)) || !belongsTo(group, path[d]!)) return null;
  const run = out.slice(j + 1).filter((l) => l.length > d + 1 && l[d] === word && same(l.slice(0, d), path.slice(0, d)));
  return run.some((l) => normHeaderWord(l[l.length - 1]!) === '小计') ? null : { word: word!, group };
}

/**
 * The other way round: two neighbouring columns that both read their 小计 under a group word (`本年支出/其中：基本支出/小计`
 * twice, the group word drawn over both): the group has one 小计, its first part, so the left one is the outer
 * group's (`本年支出/小计`), the group word taken off it.
 */
function outerSubtotal(labels: string[][]): string[][] {
  const out = labels.map((l) => [...l]);
  for (let j = 1; j < out.length; j++) {
    const path = out[j]!;
    const d = path.length - 1;
    if (d < 1 || normHeaderWord(path[d]!) !== '小计' || !same(out[j - 1]!, path)) continue;
    const g = groupOf(path[d - 1]!);
    if (!g || !belongsTo(g, path[d]!)) continue;
    out[j - 1] = [...path.slice(0, d - 1), path[d]!];
  }
  return out;
}

/**
 * A 小计 standing on a level where no word heads it, right before the columns a block word heads on that level
 * (`年初预算数 | 全年预算数 | 小计 | 决算数/基本支出 | 决算数/项目支出`): a subtotal is always some group's first part, and
 * a block cell drawn over its other parts only, the 小计 two lines high printed on the block word's line, leaves it
 * beside them. It is put under that block word when none of the block's columns has a 小计. (A parts group word right
 * of a lone 小计, `基本支出` over `人员经费 | 公用经费`, is no such sign: the 小计 may total every column beside it.)
 */
function loneSubtotal(labels: string[][]): string[][] {
  const out = labels.map((l) => [...l]);
  for (let j = 0; j + 1 < out.length; j++) {
    const path = out[j]!;
    const d = path.length - 1;
    if (d < 0 || normHeaderWord(path[d]!) !== '小计') continue;
    const taker = groupTakingSubtotal(out, j);
    if (taker !== null && taker.group.kind === 'block') out[j] = [...path.slice(0, d), taker.word, path[d]!];
  }
  return out;
}
