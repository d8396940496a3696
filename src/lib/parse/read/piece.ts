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
