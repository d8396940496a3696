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
