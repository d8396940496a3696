/**
 * A row with blank cells placed by what its figures mean: the header's totals (本年支出合计 = 基本支出 + 项目支出 + …,
 * 小计 = 人员经费 + 公用经费) say which columns a row's figures fill when where they stand cannot (a row of wide
 * figures, `3,327.04 2,805.65 …`, drawn further right than the narrower rows the columns were found on). Pure.
 */
import { sumsHold } from './header-cover.ts';
import { trailingFigures, type ColumnModel, type Positioned } from './columns.ts';
import { valuePaths } from './row-calibration.ts';
import { placements } from './figure-order.ts';
import { touchingAsNeighbours, withFigures, type Placed } from './placed.ts';
import { isZero, parseDecimal } from '../../decimal.ts';
import { isIncomeSource } from '../tables/income-meanings.ts';

/** Whether the header's totals (`paths`, one per value column) hold for a row's figures (`texts`) put in the columns
 * `pick`, the other cells blank (counted as nothing in a sum). */
export function holdUnder(paths: readonly string[][], texts: readonly string[], pick: readonly number[]): boolean {
  const row = paths.map((_, j) => (pick.includes(j) ? texts[pick.indexOf(j)]! : '0'));
  return sumsHold(paths, [row]);
}

/**
 * Every placement in order of a row's figures (`texts`) into the value columns headed `paths` that `keeps` allows and
 * under which every total of the row holds: the one enumeration of the ways a row is put under the header's totals
 * (`placeByTotals`, `otherHoldingPlacements`, `keptPlacements` of `squeezed-rows.ts`), each with its own constraint.
 */
export function holdingPlacements(paths: readonly string[][], texts: readonly string[], keeps: (pick: readonly number[]) => boolean = () => true): number[][] {
  return placements(paths.length, texts.length).filter((pick) => keeps(pick) && holdUnder(paths, texts, pick));
}

/** The column each figure takes in every one of the placements `holding` (one at least), -1 where they disagree. */
export function agreedColumns(holding: readonly (readonly number[])[]): number[] {
  return holding[0]!.map((c, i) => (holding.every((p) => p[i] === c) ? c : -1));
}

/**
 * The placement of a row's `figures` (fewer than the value columns `paths`) that the header's totals single out when
 * the placement found by position (`found`, null when it put two figures in one cell) breaks them: figures one space
 * apart in neighbouring columns (`touchingAsNeighbours`), the one such placement under which every total of the row
 * holds; where several hold that differ only in where zeros stand, each zero they disagree on at -1 (left unread);
 * where a placement was found and those holding disagree on a figure other than zero, each figure they disagree on at
 * -1 too (the found placement refused). Null when the found placement holds, or none does, or no placement was found
 * (a crowded cell) and those holding disagree on a figure other than zero. Such a figure that may stand in a source
 * column of a 收入 table (`isIncomeSource`: the settle stage places it by the 总表) is kept where it was found, the
 * figures they agree on placed where they agree, when that is a placement holding every total (else null).
 */
export function placeByTotals(paths: readonly string[][], figures: readonly Positioned[], found: readonly number[] | null, anchored?: readonly number[]): number[] | null {
  const texts = figures.map((f) => f.text);
  if (paths.length > 16 || figures.length === 0 || figures.length >= paths.length || (found !== null && holdUnder(paths, texts, found))) return null;
  const holding = holdingPlacements(paths, texts, (pick) => touchingAsNeighbours(figures, pick));
  if (holding.length === 0) return null;
  // (placements holding every total that differ only in where zeros stand, `0.00 … 0.00` under 上缴 | 经营 | 对附属:
  // the other figures where every one puts them, each such zero left unread, -1)
  const agreed = agreedColumns(holding);
  const undecided = agreed.flatMap((c, i) => (c < 0 && !zeroText(figures[i]!.text) ? [i] : []));
  if (undecided.length === 0) return agreed;
  // (a found placement breaking the totals is refused where the holding placements put a figure other than zero in
  // different columns: each such figure left unread, `51.4` under 项目支出 or 上缴上级支出 alike, rather than kept where
  // it breaks them; not when such a figure may stand in a source column of a 收入 table, `99.4 99.4` under 上年结转 or
  // 一般公共预算拨款收入 alike: the settle stage reads those columns' meanings from the 总表 and places the rows' figures
  // by its totals, so that money is left to it as placed)
  // (a crowded cell, its other figures each in a cell of its own: those stay where they stand, `77.7 77.5` crowded
  // in 本年收入合计 beside `0.2` alone under 其他收入, and the placements holding every total that keep them so decide
  // the crowded ones)
  if (found === null) return anchored === undefined ? null : keptInPlace(holding, anchored, figures);
  if (!undecided.some((i) => holding.some((p) => isIncomeSource(paths[p[i]!]!)))) return agreed;
  // (those figures kept where they were found, the ones every holding placement agrees on placed there: when that is
  // itself a placement holding every total, `99.4 99.4` with the first drawn under 上年结转 and the 合计 left blank)
  const kept = agreed.map((c, i) => (undecided.includes(i) ? found[i]! : c));
  return holding.some((p) => p.every((c, i) => kept[i]! < 0 || c === kept[i])) ? kept : null;
}

/**
 * Of the placements `holding` every total, those putting each figure that stood in a cell of its own (`anchored[i]`,
 * -1 for a figure crowded with another) in that cell: where they agree but on zeros, each such zero at -1; null when
 * none does, or they disagree on a figure other than zero.
 */
function keptInPlace(holding: readonly (readonly number[])[], anchored: readonly number[], figures: readonly Positioned[]): number[] | null {
  if (!anchored.some((c) => c >= 0)) return null;
  const kept = holding.filter((p) => p.every((c, i) => anchored[i]! < 0 || c === anchored[i]));
  if (kept.length === 0) return null;
  const agreed = agreedColumns(kept);
  return agreed.some((c, i) => c < 0 && !zeroText(figures[i]!.text)) ? null : agreed;
}

/** A figure printed as zero (`0.00`, `0`). */
const zeroText = (text: string) => {
  const v = parseDecimal(text);
  return v !== null && isZero(v);
};

/**
 * A line's cells (`placed`, under `model`, its pieces `parts` shifted by `d` when placed) placed again by the header's
 * totals (`placeByTotals`) when its figures' placement breaks them; null when it holds, the header names a value
 * column by no word, or the totals single out no other placement.
 */
export function placeAgainByTotals(placed: Placed, parts: readonly Positioned[], model: ColumnModel, d = 0): Placed | null {
  const paths = valuePaths(model);
  if (paths === null || placed.cells.length !== model.columns.length || paths.some((p) => p.length === 0)) return null;
  const labels = model.columns.length - paths.length;
  const values = placed.cells.slice(labels);
  const held = values.filter((c) => c !== '').join(' ').split(/\s+/).filter((x) => x !== '');
  const trailing = trailingFigures([...parts]);
  const figures = trailing.slice(trailing.length - held.length);
  if (held.length === 0 || figures.length !== held.length || held.join(' ') !== figures.map((f) => f.text).join(' ')) return null;
  const crowded = values.some((c) => /\s/.test(c.trim()));
  const found = crowded ? null : values.flatMap((c, j) => (c !== '' ? [j] : []));
  // (in a crowded row, each figure alone in its cell where it stands, -1 for the crowded ones)
  const anchored = crowded ? values.flatMap((c, j) => (c === '' ? [] : /\s/.test(c.trim()) ? c.trim().split(/\s+/).map(() => -1) : [j])) : undefined;
  const fit = placeByTotals(paths, figures, found, anchored);
  if (fit === null) return null;
  return { ...withFigures(placed, model, labels, figures, fit, d), ambiguous: fit.some((c) => c < 0) };
}

/**
 * In how many other placements in order a row's figures (`values`, its value cells as placed, some blank) that break
 * the header's totals hold them (0 for a row with no blank cell or more than 16 cells): one or more, the row's figures
 * misplaced, no evidence against the header.
 */
function otherHoldingPlacements(paths: readonly string[][], values: readonly string[]): number {
  const figures = values.filter((c) => c !== '');
  return figures.length < values.length && values.length <= 16 ? holdingPlacements(paths, figures).length : 0;
}

/**
 * Whether a row's figures (`values`, its value cells as placed, some blank) that break the header's totals hold them
 * when every one of them stands one column left or right of where it was placed, the blank cells the shift leaves at
 * the edge blank: the whole row drawn one column off its header.
 */
function shiftedHolds(paths: readonly string[][], values: readonly string[]): boolean {
  return [-1, 1].some((s) => {
    const edge = s < 0 ? values[0] : values[values.length - 1];
    if (edge !== '') return false;
    const shifted = values.map((_, j) => values[j - s] ?? '');
    return sumsHold(paths, [shifted.map((c) => (c === '' ? '0' : c))]);
  });
}

/** The rows of a table's pages read so far whose totals hold and break (`totalsTally`), and those whose figures hold
 * them in exactly one other placement in order or one column off (`moved`). */
export interface TotalsTally {
  hold: number;
  broken: number;
  moved: number;
}

/**
 * How many of a table's rows (`rows`, each line's cells as placed under `model`) hold the header's totals and how many
 * break them: of the rows with each figure in a cell of its own and two figures other than zero; a row with blank
 * cells whose figures hold them in exactly one other placement in order, or every figure one column left or right
 * (`shiftedHolds`), is counted apart (`moved`: rows drawn one column off are what the totals place again); one whose
 * figures hold them in several other placements counts neither way. Null when the header names a value column by no
 * word.
 */
export function totalsTally(model: ColumnModel, rows: readonly (readonly string[])[]): TotalsTally | null {
  const paths = valuePaths(model);
  if (paths === null || paths.some((p) => p.length === 0)) return null;
  const labels = model.columns.length - paths.length;
  let hold = 0;
  let broken = 0;
  let moved = 0;
  for (const cells of rows) {
    if (cells.length !== model.columns.length) continue;
    const values = cells.slice(labels);
    if (values.some((c) => /\s/.test(c.trim())) || values.filter((c) => c !== '' && !/^[0.,\-—–－]+$/.test(c)).length < 2) continue;
    if (sumsHold(paths, [values.map((c) => (c === '' ? '0' : c))])) hold++;
    else {
      const others = otherHoldingPlacements(paths, values);
      if (others === 1 || shiftedHolds(paths, values)) moved++;
      else if (others === 0) broken++;
    }
  }
  return { hold, broken, moved };
}

/**
 * Whether the header is confirmed by the totals of a table's rows (`tally`, its pages read so far): three rows at
 * least, and four in five or more, hold every total (a header read wrong, or columns found wrong, breaks them in most
 * rows); a row whose figures hold them in exactly one other placement in order (`moved`, a squeezed page's rows all
 * drawn one column off their header) holds them too, the header read right and its figures placed wrong.
 */
export function totalsConfirmed(tally: TotalsTally): boolean {
  const held = tally.hold + tally.moved;
  return held >= 3 && 4 * tally.broken <= held;
}
