/**
 * Narrowing one family of rows (a parent and its children in the classification, or a total row and its 类 rows) by
 * the sums down it: every combination of the members' placements is tried, and each member keeps only the placements
 * that some combination holding the sums uses. Shared by the spaced reader's sums down the classification
 * (`read/code-sums.ts`) and the settle step's rows placed by the 总表's totals (`settle/rows-by-totals.ts`).
 */

/**
 * Narrows `domains[parent]` and `domains[c]` for each child `c` in place to the placements some combination holding
 * `holds(parentPlacement, childPlacements)` uses. Returns null when no combination holds (nothing narrowed), else
 * whether a member lost a placement.
 */
export function narrowFamily<P>(domains: P[][], parent: number, children: readonly number[], holds: (parent: P, children: P[]) => boolean): boolean | null {
  const members = [parent, ...children];
  const used = members.map(() => new Set<number>());
  const pick: number[] = [];
  const walk = (k: number) => {
    if (k === members.length) {
      const [pp, ...cp] = pick.map((c, i) => domains[members[i]!]![c]!);
      if (holds(pp!, cp)) pick.forEach((c, i) => used[i]!.add(c));
      return;
    }
    for (let c = 0; c < domains[members[k]!]!.length; c++) {
      pick[k] = c;
      walk(k + 1);
    }
  };
  walk(0);
  if (used.every((u) => u.size === 0)) return null;
  let changed = false;
  members.forEach((m, i) => {
    if (used[i]!.size < domains[m]!.length) {
      domains[m] = domains[m]!.filter((_, c) => used[i]!.has(c));
      changed = true;
    }
  });
  return changed;
}
