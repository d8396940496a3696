/**
 * Readings of a squeezed header that differ only in the order of columns whose figures are the same in every row
 * (two columns of zeros, `上缴上级支出` | `经营支出` under `0.00 0.00` throughout): the characters and positions of the
 * header cannot order those columns, but no order changes a cell — each label has the same figure in every row under
 * every reading. Such readings are one reading for the figures; the columns whose order stays undecided are named, so
 * the caller reports them. Only for rows that print every figure (a row with blank cells is placed by position, and
 * where its figures fall would depend on the order).
 */

/** Labels of figure columns (group words over their members) and the printed figures of every row by column. */
export type Paths = readonly (readonly string[])[];
export type FigureRows = readonly (readonly string[])[];

/** The first reading when every reading gives every label the same figure in every row, with the labels whose column
 * differs between readings; null when the readings name other labels or some label's figures differ. */
export function oneUpToEqualColumns<R extends { paths: Paths }>(readings: readonly R[], rows: FigureRows): (R & { undecided: string[] }) | null {
  if (readings.length < 2 || rows.length === 0) return null;
  const key = (p: readonly string[]) => p.join('/');
  const [first, ...others] = readings as [R, ...R[]];
  const at = new Map(first.paths.map((p, j) => [key(p), j]));
  if (at.size !== first.paths.length) return null;
  const undecided = new Set<string>();
  for (const r of others) {
    if (r.paths.length !== first.paths.length) return null;
    for (let j = 0; j < r.paths.length; j++) {
      const label = key(r.paths[j]!);
      const i = at.get(label);
      if (i === undefined) return null;
      if (i === j) continue;
      if (rows.some((row) => row.length !== first.paths.length || row[i] !== row[j])) return null;
      undecided.add(label);
    }
  }
  return { ...first, undecided: [...undecided] };
}
