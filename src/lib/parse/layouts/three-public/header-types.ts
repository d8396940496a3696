/** The shapes the 三公 header readers share: items, header pieces and lines, and the markers read from them. */

/** An item of the 三公 table, in the vocabulary's keys. */
export type TpItem = 'total' | 'abroad' | 'vehicles' | 'subtotal' | 'purchase' | 'running' | 'reception';

/** One header piece: its text and start column (characters as written) on its line. */
export interface HeaderPiece {
  text: string;
  start: number;
}

/** A header line: its number in the document and its pieces, left to right. */
export interface HeaderLine {
  n: number;
  pieces: HeaderPiece[];
}

/** A marker: which item a character of a header piece belongs to, and its column. */
export interface Marker {
  item: TpItem;
  col: number;
  piece: number;
}
