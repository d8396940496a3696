/**
 * A page whose columns pdftotext shifted part way down: its lines that print every figure of a half end their figures
 * at two sets of places, the upper lines at one, the lower at the other. The page's median of them is then no column's
 * end; a line between two such whole lines that place it differently stands on the side of the shift that the lines
 * between them show.
 */

/** A whole line: where each figure column's figures end on it (both ends the same), and whether each figure starts a
 * run (more than one space before it: a figure squeezed against the one before is pulled off its column's place). */
type Whole = { ends: readonly (readonly [number, number])[]; apart: readonly boolean[] };

/**
 * True when the page's whole lines end each figure column within `tolerance` of each other, counting only the figures
 * that start a run on both lines of a pair: no shift (a squeezed whole line differs from the others without one).
 */
export function wholeLinesAgree(whole: readonly Whole[], tolerance: number): boolean {
  return whole.every((a, i) =>
    whole.slice(i + 1).every((b) => a.ends.every((e, j) => !a.apart[j] || !b.apart[j] || Math.abs(e[1] - b.ends[j]![1]) <= tolerance)),
  );
}

/**
 * The side of the shift line `at` stands on, between the whole lines at `above` and `below` that place it differently:
 * 0 (the upper whole line's ends) when a line after it, before `below`, fits only the upper ends; 1 (the lower's) when a
 * line before it, after `above`, fits only the lower ends (the columns shift once between two whole lines, so every
 * line above the shift fits the upper ends and every line below it the lower); null when neither or both.
 * `fits(k)`: whether line k's figures are placed on the upper ends and on the lower ends.
 */
export function sideOfShift(at: number, above: number, below: number, fits: (k: number) => readonly [upper: boolean, lower: boolean]): 0 | 1 | null {
  let upper = false;
  let lower = false;
  for (let k = above + 1; k < below; k++) {
    if (k === at) continue;
    const [u, l] = fits(k);
    if (k > at && u && !l) upper = true;
    if (k < at && l && !u) lower = true;
  }
  return upper === lower ? null : upper ? 0 : 1;
}
