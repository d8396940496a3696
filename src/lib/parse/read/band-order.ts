/**
 * Header words put in the order of a line that holds one piece of each. A squeezed header's top pieces do not stand
 * where their cells do: pdftotext packs a crowded line one space apart, left of its cells, while a word wrapped higher
 * keeps its place (`上级` over `本年收 财政拨 补助 事业 经营 单位 其他`: `上级` stands right of `事业`, yet its `补助`
 * comes before it). Read by where each word's top piece starts, 上级补助收入 would follow 事业收入. A line is written
 * left to right, so the words with one piece each on one line, their pieces of distinct texts (pieces of one text,
 * `收入`, could have been read into either word), stand in that line's order; lines that do so and order the words
 * alike order them. Pure; words in, words out.
 */
import type { Fragment } from './piece.ts';

/** A word as the header readers read it: its pieces and where its cell is estimated to start. */
interface PlacedWord {
  parts: Fragment[];
  at: number;
  /** The group word over it, if any. */
  group?: string;
}

/** The fewest words a line must order (fewer say too little against the words' positions). */
const MIN_WORDS = 4;

/** The words of `words` (indices) a line orders, in its order: one piece each on `row`, of distinct texts; null when
 * fewer than `MIN_WORDS`. */
function lineOrder(words: readonly PlacedWord[], row: number): number[] | null {
  const on = words.flatMap((w, k) => {
    const here = w.parts.filter((f) => f.row === row);
    return here.length === 1 ? [{ k, piece: here[0]! }] : [];
  });
  if (on.length < MIN_WORDS || new Set(on.map((o) => o.piece.part.text)).size !== on.length) return null;
  return on.sort((a, b) => a.piece.part.start - b.piece.part.start).map((o) => o.k);
}

/**
 * `words` (in the order of their `at`) reordered where the lines holding one piece of each of four words or more put
 * them in another order: those words take each other's places, and each place keeps its `at`. Every such line must
 * order the words it shares with another alike, and no word may take a place of another group's word (a group's
 * parts stand side by side); else, or when every line agrees with the positions, the words are returned as they are.
 */
export function orderByLines<W extends PlacedWord>(words: readonly W[]): W[] {
  const rows = [...new Set(words.flatMap((w) => w.parts.map((f) => f.row)))];
  const orders = rows.map((r) => lineOrder(words, r)).filter((o): o is number[] => o !== null);
  if (orders.length === 0) return [...words];
  for (const a of orders)
    for (const b of orders) {
      const shared = a.filter((k) => b.includes(k));
      if (shared.join() !== b.filter((k) => a.includes(k)).join()) return [...words];
    }
  // (the word standing at each place, by index into `words`; each place keeps its `at`)
  const at = words.map((w) => w.at);
  const place = words.map((_, k) => k);
  for (const order of orders) {
    const places = order.map((k) => place.indexOf(k)).sort((x, y) => x - y);
    order.forEach((k, i) => {
      place[places[i]!] = k;
    });
  }
  if (place.every((k, i) => k === i) || place.some((k, i) => words[k]!.group !== words[i]!.group)) return [...words];
  return place.map((k, i) => ({ ...words[k]!, at: at[i]! }));
}
