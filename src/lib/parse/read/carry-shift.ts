/**
 * The shift (in columns) that carries a table's columns onto the next page, whose lines pdftotext laid out on their
 * own: by its figures' order when the table was read so (`figure-order.ts` `orderShift`), else the shift fitting every
 * piece with most overlap (`shiftFor`). Used by the spaced reader's steps (`table-run.ts`, `header-band.ts`,
 * `page-columns.ts`). Pure.
 */
import type { TableKind } from '../../model/table.ts';
import { fitsModel, overlap, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';
import { orderShift } from './figure-order.ts';
import { isAmountPiece, isColumnNumbersLine } from './spaced-lines.ts';

/**
 * The table a page break interrupted, carried to the next page (a next page without header lines continues it): its
 * columns, and the header it was read with — its words (a page repeating them repeats its header), where its pieces
 * stood (each line's pieces and their start columns) and the kind its title names (null when none was printed above
 * it). A page fitted again carries its own columns on, and the header's first columns beside them (`headerColumns`).
 */
export interface CarriedTable {
  columns: ColumnModel;
  /** The columns its header was first read with, when a page after it was fitted again to its own rows (`columns`
   * then that page's, and `words`, `places` the header that page repeated, when it printed one) other than two full
   * rows at least standing apart: a page repeating the header stands to these. */
  headerColumns?: ColumnModel;
  words: string;
  places: string;
  kind: TableKind | null;
}

/** A piece may stand in a column of this kind: money (a decimal point or separator) in a money or blank column,
 * words in a label column, a bare number (a code, a 行次) in any. */
function kindFits(text: string, kind: ColumnModel['columns'][number]['kind']): boolean {
  if (isAmountPiece(text)) return /[.,%％]/.test(text) ? kind !== 'text' : true;
  return kind === 'text';
}

/**
 * The shift (in columns, within ±12) that makes every piece of a headerless page fit the columns of the page before,
 * the one with most overlap of pieces with columns of their kind, unless it puts two figures of a row into one
 * column and a shift no further, fitting them only with the page before's last blank columns spread (below), puts
 * none there; null when none fits (the page is then read on its own).
 */
export function shiftFor(lines: PositionedLine[], model: ColumnModel): number | null {
  // (the 栏次 row's numbers may stand anywhere in their cells: they show no column's edge)
  const data = lines.filter((l) => !isColumnNumbersLine(l.parts));
  // (a column blank in every row of the page before, right of every column it printed in, stands anywhere up to the
  // next column: where its figures stand is not known, and a figure this page prints there fits it; between columns
  // the page before filled, a page may be drawn narrower, and a figure there shows no blank column's place)
  const lastFilled = model.columns.reduce((last, c, j) => (c.kind !== 'blank' ? j : last), -1);
  const spread: ColumnModel = { ...model, columns: model.columns.map((c, j) => (c.kind !== 'blank' || j < lastFilled || j + 1 >= model.columns.length ? c : { ...c, end: Math.max(c.end, model.columns[j + 1]!.start - 1) })) };
  // (the shift fitting the page before's columns with most overlap, as ever; of those fitting only with those blank
  // columns spread and putting no two figures of a row into one column, the one with most overlap, taken instead when
  // the first puts two there)
  const best = (columns: ColumnModel, keep: (shifted: Positioned[][]) => boolean) => {
    let found: { d: number; score: number } | null = null;
    for (let d = 0; Math.abs(d) <= 12; d = d > 0 ? -d : -d + 1) {
      const shifted = shiftedBy(data, d);
      if (!shifted.every((parts) => fitsModel(parts, columns)) || !keep(shifted)) continue;
      // Each piece scores its overlap with the one column it falls in, when that column is of its kind (money in a
      // money or blank column, words in a label column): a shift that moves labels over figures scores nothing for them.
      let score = 0;
      for (const parts of shifted)
        for (const p of parts) score += Math.max(0, ...model.columns.filter((c) => kindFits(p.text, c.kind)).map((c) => overlap(c, p)));
      if (found === null || score > found.score) found = { d, score };
    }
    return found;
  };
  const crowdedUnder = (columns: ColumnModel) => (shifted: Positioned[][]) => shifted.some((parts) => crowdsFigures(parts, columns));
  const asBefore = best(model, () => true);
  const spreadOnly = best(spread, (shifted) => !shifted.every((parts) => fitsModel(parts, model)) && !crowdedUnder(spread)(shifted));
  // (no further than the shift the filled columns give: pdftotext draws a page about where it drew the page before,
  // and a far shift fits by the blank columns' reach, not by where the page stands)
  if (spreadOnly !== null && (asBefore === null || (crowdedUnder(model)(shiftedBy(data, asBefore.d)) && Math.abs(spreadOnly.d) <= Math.abs(asBefore.d)))) return spreadOnly.d;
  return asBefore?.d ?? null;
}

/** Each line's pieces moved `d` columns. */
function shiftedBy(data: readonly PositionedLine[], d: number): Positioned[][] {
  return data.map((l) => l.parts.map((p) => ({ ...p, start: p.start + d, end: p.end + d })));
}

/** Whether two money figures of a line fall in one column (the one each overlaps most). */
function crowdsFigures(parts: readonly Positioned[], model: ColumnModel): boolean {
  const columnOf = (p: Positioned) => {
    let best = -1;
    let most = 0;
    model.columns.forEach((c, j) => {
      if (overlap(c, p) > most) [best, most] = [j, overlap(c, p)];
    });
    return best;
  };
  const columns = parts.filter((p) => isAmountPiece(p.text) && /[.,]/.test(p.text)).map(columnOf).filter((j) => j >= 0);
  return columns.some((j, i) => columns.indexOf(j) !== i);
}

/** The shift that carries a table's columns onto the next page: by its figures' order when it was read so
 * (figure-order.ts), else by positions. */
export function carryShift(data: PositionedLine[], model: ColumnModel): number | null {
  return orderShift(data, model) ?? shiftFor(data, model);
}
