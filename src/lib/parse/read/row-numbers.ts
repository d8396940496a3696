/**
 * Row numbers (行次): the numbers 1, 2, 3 … a table prints down its rows in a column of their own. The one test of
 * whether a sequence of numbers numbers rows, asked of cells (their texts) and of pieces alike, shared by the readers
 * that must tell a 行次 column from figures and codes.
 */
import type { Positioned } from './piece.ts';
import { lookupWord } from '../tables/vocabulary.ts';

/** A row number: 1–999, no leading zero (not a 款/项 code such as `01`). */
export function isRowNumberText(text: string): boolean {
  return /^[1-9]\d{0,2}$/.test(text);
}

/** What a numbering of rows must show besides row numbers increasing down the rows. */
export interface RowNumbering {
  /** The fewest numbers that number rows (two unless said). */
  readonly least?: number;
  /** Half the steps from one number to the next or more by one (rows numbered one after another, a few skipped). */
  readonly mostlyByOne?: boolean;
}

/**
 * Texts down the rows that number them: `least` of them at least, each a row number (`isRowNumberText`), each greater
 * than the one above, and with `mostlyByOne` half the steps or more by one. A missing text (undefined) numbers none.
 */
export function isRowNumbering(texts: readonly (string | undefined)[], { least = 2, mostlyByOne = false }: RowNumbering = {}): boolean {
  if (texts.length < least || !texts.every((t) => t !== undefined && isRowNumberText(t))) return false;
  const n = texts.map(Number);
  const steps = n.slice(1).map((v, k) => v - n[k]!);
  return steps.every((d) => d > 0) && (!mostlyByOne || steps.filter((d) => d === 1).length * 2 >= steps.length);
}

/** Pieces down the rows that number them (`isRowNumbering` of their texts; a missing piece numbers none). */
export function numbersRows(xs: readonly (Positioned | undefined)[], numbering: RowNumbering = {}): boolean {
  return isRowNumbering(xs.map((p) => p?.text), numbering);
}

/** A header word that heads a row-number column (行次, 栏次 … as the vocabulary has them). */
export function isRowNumberWord(word: string): boolean {
  return lookupWord(word)?.role === 'row_number';
}

/** Whether a header band's pieces print a 行次 word anywhere. */
export function headerPrintsRowNumber(header: readonly (readonly Positioned[])[]): boolean {
  return header.some((ps) => ps.some((p) => isRowNumberWord(p.text)));
}

/** The lowest word heading column `j` of a header (its leaf word), or undefined when no word heads it. */
export function headerLeaf(header: readonly (readonly string[])[], j: number): string | undefined {
  return header.map((r) => (r[j] ?? '').trim()).filter((w) => w !== '').pop();
}

/** Whether column `j` of a header is headed by a 行次 word (its leaf word, `isRowNumberWord`). */
export function headedByRowNumberWord(header: readonly (readonly string[])[], j: number): boolean {
  const leaf = headerLeaf(header, j);
  return leaf !== undefined && isRowNumberWord(leaf);
}
