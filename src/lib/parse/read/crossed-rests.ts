/**
 * The rests of header words put back in the order of their words. pdftotext keeps the order of a line's pieces: of two
 * words (cells side by side) with pieces on the same two lines, the one whose piece stands left on one line stands
 * left on the other too. A reading that takes the nearest rest for each word in turn may cross two rests of the same
 * text (`项目支 上缴上 经营支` over `出 级支出 出`: the first `出` read as 经营支's, the second as 项目支's); swapped, the
 * words spell the same and each word's pieces stand where its cell does.
 */
import type { Fragment } from './piece.ts';

/** A word as the header readers read it: its pieces, the first its top piece. */
interface PiecedWord {
  parts: Fragment[];
}

/** The one piece of `w` on line `row` (undefined when none, or more than one). */
function onRow(w: PiecedWord, row: number): Fragment | undefined {
  const on = w.parts.filter((f) => f.row === row);
  return on.length === 1 ? on[0] : undefined;
}

/** Whether two words stand in one order on one line and in the other on another (their one piece on each). */
function crossedAt(a: PiecedWord, b: PiecedWord, row: number): boolean {
  const pa = onRow(a, row)!;
  const pb = onRow(b, row)!;
  const here = Math.sign(pa.part.start - pb.part.start);
  if (here === 0) return false;
  const rows = new Set(a.parts.map((f) => f.row).filter((r) => r !== row && b.parts.some((f) => f.row === r)));
  return [...rows].some((r) => {
    const qa = onRow(a, r);
    const qb = onRow(b, r);
    return qa !== undefined && qb !== undefined && qa.part.text !== qb.part.text && Math.sign(qa.part.start - qb.part.start) === -here;
  });
}

/** `words` with each two rests of the same text that stand crossed against their words' other pieces swapped (in
 * place of each other in the words' parts; the words' texts unchanged). */
export function uncrossRests<W extends PiecedWord>(words: readonly W[]): W[] {
  const out = words.map((w) => ({ ...w, parts: [...w.parts] }));
  for (let i = 0; i < out.length; i++)
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i]!;
      const b = out[j]!;
      for (const row of new Set(a.parts.slice(1).map((f) => f.row))) {
        const pa = onRow(a, row);
        const pb = onRow(b, row);
        if (pa === undefined || pb === undefined || pa === a.parts[0] || pb === b.parts[0] || pa.part.text !== pb.part.text) continue;
        if (!crossedAt(a, b, row)) continue;
        a.parts[a.parts.indexOf(pa)] = pb;
        b.parts[b.parts.indexOf(pb)] = pa;
      }
    }
  return out;
}
