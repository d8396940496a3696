import type { Fragment } from './piece.ts';

/**
 * The order of two header words anchored on one line when a word has a piece of its own written left of its anchor
 * there, past the other's anchor (`fromA`, `fromB`: where each word's pieces on the line start).
 *
 * Both words so (`费 经费人员经 公用`: pdftotext wrote the lower halves of two cells, `费` | `经费`, before their upper
 * halves, `人员经` | `公用`): the line holds two runs, each in printed order. The first word comes first when both runs
 * say so — its left piece before the other's and its anchor before the other's; when they disagree, nothing orders
 * them.
 *
 * One word so (`上级 经营 属单 上缴`: the `上缴` over `上级` of one narrow cell written right of the cells beside it):
 * two pieces of one cell stand one over the other, and pdftotext pushes a piece that meets text already on its line to
 * the right, never to the left; the word stands at its leftmost piece, so it comes before the other word when that
 * piece stands left of the other's anchor.
 */
export function pushedBefore(fromA: number, a: Fragment, fromB: number, b: Fragment): boolean {
  const aPushed = fromA < a.part.start;
  const bPushed = fromB < b.part.start;
  if (aPushed && bPushed) return fromA < fromB && a.part.start < b.part.start;
  return aPushed && fromA < b.part.start;
}
