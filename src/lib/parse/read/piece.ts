/** A piece of text on one line and where it stands: start and end column, end exclusive (the positioned core's unit). */
export interface Positioned {
  text: string;
  start: number;
  end: number;
}
