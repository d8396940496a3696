/**
 * The order of a 三公 header's items told by its 栏次 row (1 2 3 … n), when the header's lines leave several orders
 * open. The 栏次 numbers are figures, printed where their columns stand (pdftotext draws a line of figures as
 * placed); the header's broken words drift along their lines. Each marker character (`header-account.ts`) is
 * measured against the numbers of its item's columns under each order the lines allow (one column per half): the
 * order whose markers stand nearest their columns is taken only when it is nearer than every other by more than a
 * column's width per half. Null when no order is so clearly nearest (nothing guessed; the caller goes on as before).
 * Only what pdftotext placed is measured: a run of pieces one space apart is drawn on from its first piece, so a 栏次
 * row packed so (`1 2 3 … 12` over the first columns only) gives no places, and of the header's markers only those of
 * pieces standing apart (`standsApart`) are measured.
 */
import type { HeaderLine, HeaderPiece, Marker, TpItem } from './header-types.ts';
import { countsFromOne } from '../../read/piece.ts';

/** The columns' centres from a 栏次 row's pieces, when it numbers exactly `slots` columns (1 … slots), each number
 * standing apart (two spaces or more) from the one before it. */
export function numberCentres(numbers: readonly HeaderPiece[], slots: number): number[] | null {
  if (numbers.length !== slots || !countsFromOne(numbers)) return null;
  if (numbers.some((p, i) => i > 0 && p.start - (numbers[i - 1]!.start + numbers[i - 1]!.text.length) < 2)) return null;
  return numbers.map((p) => p.start + p.text.length / 2);
}

/** Whether a line's piece `i` stands where pdftotext placed it: first on its line or a clear gap (two spaces or more)
 * after the piece before it. A piece one space after another is drawn on from it, not at its own place. */
export function standsApart(pieces: readonly HeaderPiece[], i: number): boolean {
  const prev = pieces[i - 1];
  return prev === undefined || pieces[i]!.start - (prev.start + prev.text.length) >= 2;
}

/** The markers of each line whose pieces stand apart (`standsApart`): those whose columns tell where their item is. */
export function placedMarkers(lines: readonly HeaderLine[], markers: readonly Marker[][]): Marker[] {
  return markers.flatMap((ms, li) => ms.filter((m) => standsApart(lines[li]!.pieces, m.piece)));
}

/**
 * Of `orders` (each the leaf items of one half, left to right), the one whose markers stand nearest the 栏次 numbers
 * of their items' columns (`centres`, the columns of every half in order), when clearly so; else null.
 */
export function orderByNumbers(orders: readonly TpItem[][], markers: readonly Marker[], centres: readonly number[], halves: number): TpItem[] | null {
  if (orders.length < 2 || markers.length === 0) return null;
  const per = centres.length / halves;
  if (!Number.isInteger(per) || orders.some((o) => o.length !== per)) return null;
  const cost = (o: readonly TpItem[]) =>
    markers.reduce((sum, m) => {
      const k = o.indexOf(m.item);
      if (k < 0) return sum + Infinity;
      return sum + Math.min(...Array.from({ length: halves }, (_, h) => Math.abs(m.col - centres[h * per + k]!)));
    }, 0);
  const ranked = orders.map((o) => ({ o, cost: cost(o) })).sort((x, y) => x.cost - y.cost);
  const [best, second] = ranked;
  if (!Number.isFinite(best!.cost)) return null;
  // (clearly nearest: by more than the narrowest column's width, per half)
  const narrowest = Math.min(...centres.slice(1).map((c, i) => c - centres[i]!));
  return second!.cost - best!.cost > narrowest * halves ? best!.o : null;
}

/**
 * Of `candidates` (each the columns of the figures, in order), the one that puts every figure in the column whose 栏次
 * number stands nearest it (of the numbers' `centres`, one nearer than every other); null when none does, or more
 * than one.
 */
export function placementUnderNumbers(figures: readonly { text: string; start: number }[], centres: readonly number[], candidates: readonly number[][]): number[] | null {
  const nearest = figures.map((f) => {
    const mid = f.start + f.text.length / 2;
    const d = centres.map((c) => Math.abs(c - mid));
    const least = Math.min(...d);
    return d.filter((x) => x === least).length === 1 ? d.indexOf(least) : -1;
  });
  const fits = candidates.filter((c) => c.every((k, i) => nearest[i] === k));
  return fits.length === 1 ? fits[0]! : null;
}
