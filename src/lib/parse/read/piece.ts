/** A piece of text on one line and where it stands: start and end column, end exclusive (the positioned core's unit). */
export interface Positioned {
  text: string;
  start: number;
  end: number;
}

/** A header piece and the header line it stands on (0 = the top line): the unit the header readers cover with words. */
export interface Fragment {
  part: Positioned;
  row: number;
  /** Wide (CJK) characters left of the piece on its line, when known: pdftotext gives each one column though it is
   * printed about two wide, so `part.start + wide` is nearer where the piece stands on the page. */
  wide?: number;
}

/** How far apart the ends of figures of one column (or one cell) may stand, one after the other (characters): pdftotext
 * places a figure's characters on its own grid, so one column's ends wander by a character or two. */
export const APART = 2;

/** Pieces (or cells; a blank cell reads no number) reading 1, 2, 3 … in order, as a 栏次 row numbers a table's
 * columns; true for none. */
export function countsFromOne(parts: readonly (string | { text: string } | null | undefined)[]): boolean {
  return parts.every((p, k) => (typeof p === 'object' && p !== null ? p.text : p) === String(k + 1));
}

/** Whether a text holds a Chinese character (a word, a name, a piece of one: not a figure or a code). */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/** Wide characters (CJK ideographs, full-width forms) in `s`. */
export function wideCount(s: string): number {
  let n = 0;
  for (const ch of s) if (/[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6\u3000-\u303f]/.test(ch)) n++;
  return n;
}

/** The wide characters left of `part` on its line (`parts`, the line's pieces in order). */
export function wideBefore(part: Positioned, parts: readonly Positioned[]): number {
  return parts.filter((q) => q.end <= part.start).reduce((n, q) => n + wideCount(q.text), 0);
}

/** Where a header piece stands on the page, when the wide characters left of it on its line are known (each printed
 * two columns wide, as are its own), else where pdftotext wrote it. */
export function onPage(f: Fragment): { start: number; end: number } {
  if (f.wide === undefined) return f.part;
  return { start: f.part.start + f.wide, end: f.part.end + f.wide + wideCount(f.part.text) };
}

/** Whether `part` was written one space or less after a piece before it on its line (`parts`): pdftotext pushed it
 * along, or squeezed it against that piece, so it need not stand where it prints. */
export function touchingBefore(part: Positioned, parts: readonly Positioned[]): boolean {
  return parts.some((g) => g !== part && g.end <= part.start && part.start - g.end <= 1);
}

/** The pieces of each header line as fragments, each with the wide characters left of it on its line. */
export function lineFragments(lines: readonly { parts: readonly Positioned[] }[], keep: (p: Positioned) => boolean): Fragment[] {
  return lines.flatMap((l, row) => {
    let wide = 0;
    const out: Fragment[] = [];
    for (const part of l.parts) {
      if (keep(part)) out.push({ part, row, wide });
      wide += wideCount(part.text);
    }
    return out;
  });
}

/** A space between pieces: an ASCII space or an ideographic one (U+3000). */
const SPACE = /[ \u3000]/;

/** Every run of non-space characters with its start and end column. */
export function pieces(raw: string): Positioned[] {
  const out: Positioned[] = [];
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const space = i === raw.length || SPACE.test(raw[i]!);
    if (space && start >= 0) {
      out.push({ text: raw.slice(start, i), start, end: i });
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

/** A piece as it is, or, when `re` (two groups spanning the whole text) matches it, its two parts as two pieces, each
 * where it stands (`其他对个人和家庭的补助1,113.72` → name and figure; `行次转和结` → `行次` and `转和结`). */
export function splitPieceAt(p: Positioned, re: RegExp): Positioned[] {
  const m = re.exec(p.text);
  if (!m) return [p];
  const cut = p.start + m[1]!.length;
  return [
    { text: m[1]!, start: p.start, end: cut },
    { text: m[2]!, start: cut, end: p.end },
  ];
}
