/**
 * The classification of a table that prints no codes, told by how far each row's name is indented: a 类 flush left,
 * its 款 one step in, their 项 one step further (`一般公共服务支出` / ` 人大事务` / `  一般行政管理事务`). Each row is
 * given a code of the shape the sums down the classification read (`code-sums.ts`: a 类 three digits, a 款 two more,
 * a 项 two more, each under the row above it one level up), numbered in printed order. Only when the rows' indents are
 * two or three distinct widths, the first row stands flush left and no row stands more than one step in from the row
 * above it; else null (the indents tell no classification). Pure.
 */

/** The most levels a classification prints (类, 款, 项). */
const LEVELS = 3;

/** How far a printed line's text stands in (spaces and ideographic spaces before it). */
function indentOf(raw: string): number {
  return raw.length - raw.replace(/^[ \u3000]+/, '').length;
}

/**
 * A code for each row (`raws`, the rows' printed lines top down, the 合计 row aside), by the indent of its name; null
 * when the indents do not tell the levels, or a line starts with no name.
 */
export function codesByIndent(raws: readonly string[]): string[] | null {
  if (raws.length === 0 || raws.some((r) => /^[\s\u3000]*(?:\d|$)/.test(r))) return null;
  const indents = raws.map(indentOf);
  const widths = [...new Set(indents)].sort((a, b) => a - b);
  if (widths.length < 2 || widths.length > LEVELS) return null;
  const levels = indents.map((w) => widths.indexOf(w));
  if (levels[0] !== 0 || levels.some((l, i) => i > 0 && l > levels[i - 1]! + 1)) return null;
  const counts = [0, 0, 0];
  const path: string[] = [];
  return levels.map((l) => {
    counts[l]!++;
    for (let d = l + 1; d < LEVELS; d++) counts[d] = 0;
    path[l] = l === 0 ? String(100 + counts[0]!) : `${path[l - 1]}${String(counts[l]!).padStart(2, '0')}`;
    return path[l]!;
  });
}
