import type { Fragment } from './piece.ts';

/**
 * How far right of where it prints a header word's first piece stands at least, when pdftotext packed its line: a run
 * of pieces one space apart (`本年收入合计 拨款收入 助收入 事业收入 入 位上缴 入`) is a line pdftotext drew left, each
 * piece further left than the one before it (the wide characters before it count one column each). The rests on such
 * a line of words whose first pieces stand on other lines show how far: `助收入` prints twelve columns left of its
 * `上级补`, `位上缴` nineteen left of its `附属单`. A first piece packed between two such rests, the drift growing
 * along the line (the rest after it drawn as far left as the one before it or further), stands at least as far right
 * of where it prints as the rest before it: `事业收入` between `助收入` and `位上缴` stands right of `上级补`.
 *
 * A first piece ending the packed run after such rests stands so too (`财政拨款 补助 事业 经营 单位 其他`: `补助` three
 * columns left of its `上级`, `单位` nine left of its `附属`, so `其他` right of `附属`), when the run shows the drift
 * growing without the rest after it: two rests at least before the piece, each drawn further left than the one before,
 * none cut from a piece pdftotext glued (`出合计小计`, its parts pushed together, say nothing of the line's drift), and
 * its line written in order (`inOrder`: no piece of its own word prints left of it there; a line printing `收入 … 结余
 * 其他`, the lower half of 其他收入's cell before its upper, joined two lines out of order).
 *
 * `anchor`: the word's first piece; `anchorOf`: the first piece of the word each other piece of the header belongs
 * to (undefined for a piece that orders nothing, one of equal text that two words could swap); `all`: every piece of
 * the header. 0 when the piece is not packed between two such rests, nor ends such a run.
 */
export function packedDrift(anchor: Fragment, anchorOf: (f: Fragment) => Fragment | undefined, all: readonly Fragment[], inOrder = false): number {
  const line = all.filter((f) => f.row === anchor.row).sort((a, b) => a.part.start - b.part.start);
  const at = line.indexOf(anchor);
  if (at < 0) return 0;
  const touching = (k: number) => k > 0 && line[k]!.part.start - line[k - 1]!.part.end <= 1;
  // the rest nearest each side of the anchor within its packed run, and how far left of its word's first piece it prints
  const drift = (k: number): number | null => {
    const home = anchorOf(line[k]!);
    if (home === undefined || home.row === anchor.row) return null;
    return home.part.start - line[k]!.part.start;
  };
  let before: number | null = null;
  for (let k = at; k > 0 && touching(k) && before === null; k--) before = drift(k - 1);
  let after: number | null = null;
  for (let k = at + 1; k < line.length && touching(k) && after === null; k++) after = drift(k);
  if (before === null || before <= 0) return 0;
  if (after !== null) return after < before ? 0 : before;
  // (ending the run: the line drawn left as a whole, written in order, its rests before the piece two at least, each
  // printed apart from its neighbours (no cut of a piece pdftotext glued) and drawn left further than the one before)
  const last = at + 1 === line.length || !touching(at + 1);
  if (!last || !inOrder) return 0;
  const rests: number[] = [];
  for (let k = at; k > 0 && touching(k); k--) {
    const d = drift(k - 1);
    if (d === null) continue;
    const glued = line[k - 1]!.part.end === line[k]!.part.start || (k > 1 && line[k - 2]!.part.end === line[k - 1]!.part.start);
    if (d <= 0 || glued) return 0;
    rests.unshift(d);
  }
  return rests.length >= 2 && rests.every((d, i) => i === 0 || d >= rests[i - 1]!) ? before : 0;
}
