/**
 * The placements of a 三公 row's figures whose gaps grow step by step with the blank columns between them. pdftotext
 * squeezes a narrow table's figures, so a gap measures no column's width; but within one row every blank column still
 * widens a gap by about the same step: the spaces between two figures are about `neighbour + step × blanks`, the same
 * `neighbour` (the spaces between figures of neighbouring columns, one at least and no more than the row's nearest
 * figures stand apart) and `step` (two spaces at least) for
 * every gap of the row. A placement whose gaps no such pair fits within a space (`2.00    0.00 0.00    2.00` as
 * 合计 | 购置 | 运行 | 接待: two blank columns in a gap as wide as the one holding none) is not the row's.
 */

/** Spaces a gap may stand off the step its blank columns make. */
const TOLERANCE = 1;
/** The least step a blank column widens a gap by. */
const LEAST_STEP = 2;

/** The spaces between each figure and the one before it. */
function spacesBetween(figures: readonly { text: string; start: number }[]): number[] {
  return figures.slice(1).map((f, i) => f.start - (figures[i]!.start + figures[i]!.text.length));
}

/** Whether one neighbour spacing and one step per blank column fit every gap of the placement (`pick`: each figure's
 * column). */
export function gapsStepWithBlanks(figures: readonly { text: string; start: number }[], pick: readonly number[]): boolean {
  const spaces = spacesBetween(figures);
  const blanks = pick.slice(1).map((c, i) => c - pick[i]! - 1);
  const widest = Math.max(...spaces);
  // (neighbours stand no further apart than the row's nearest figures)
  const nearest = Math.min(...spaces);
  for (let neighbour = 1; neighbour <= nearest; neighbour += 0.5) {
    for (let step = LEAST_STEP; step <= widest; step += 0.5) {
      if (spaces.every((s, i) => Math.abs(s - neighbour - step * blanks[i]!) <= TOLERANCE)) return true;
    }
  }
  return false;
}

/** The placements whose gaps step with their blank columns; all of them when none does (the gaps then say nothing). */
export function steppingPlacements(figures: readonly { text: string; start: number }[], candidates: readonly number[][]): number[][] {
  if (figures.length < 3) return [...candidates];
  const kept = candidates.filter((c) => gapsStepWithBlanks(figures, c));
  return kept.length > 0 ? kept : [...candidates];
}
