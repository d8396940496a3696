/**
 * A row's total printed in the total column. A table whose first value column is the rows' total (合计, 本年收入合计 …)
 * prints it in every row whose parts are not all zero. A row whose figures all stand one space apart (squeezed
 * together, so in neighbouring columns), its first figure not zero and the sum of the others, placed with the total
 * column blank and a part column holding a figure, stands shifted: its figures go into the first value columns, in
 * order. Pure.
 */
import { parseDecimal, type Decimal } from '../../decimal.ts';
import { isTotalWord } from '../tables/vocabulary.ts';
import { totalWithin } from './char-cover.ts';
import { trailingFigures, type ColumnModel, type Positioned } from './columns.ts';
import { valueColumnCount } from './row-calibration.ts';
import { withFigures, type Placed } from './placed.ts';

/**
 * The line's placement with its figures moved into the first value columns, when the model's first value column is
 * headed by a total word, the placement leaves it blank, and the line's figures stand one space apart with the first
 * the sum of the others (within a last digit per part) and not zero; null otherwise. `d` is the shift the placement was made with.
 */
export function totalFirst(placed: Placed, parts: readonly Positioned[], model: ColumnModel, d = 0): Placed | null {
  const count = valueColumnCount(model);
  if (count === null || placed.cells.length !== model.columns.length) return null;
  const labels = model.columns.length - count;
  const words = model.header.map((r) => r[labels] ?? '').filter((x) => x !== '');
  if (words.length === 0 || !isTotalWord(words[words.length - 1]!)) return null;
  const values = placed.cells.slice(labels);
  if (values[0] !== '' || values.every((c) => c === '')) return null;
  const held = values.filter((c) => c !== '').join(' ').split(/\s+/);
  const trailing = trailingFigures(parts);
  if (held.length < 2 || held.length > count || trailing.length < held.length) return null;
  const figures = trailing.slice(trailing.length - held.length);
  if (figures.map((f) => f.text).join(' ') !== held.join(' ')) return null;
  if (figures.some((f, i) => i > 0 && f.start - figures[i - 1]!.end !== 1)) return null;
  const amounts = figures.map((f) => parseDecimal(f.text));
  if (amounts.some((a) => a === null)) return null;
  const [total, ...rest] = amounts as Decimal[];
  // (a row of zeros may leave its total blank: only a total that is not zero must be printed)
  if (total!.units === 0n || !totalWithin(total!, rest, rest.length)) return null;
  return withFigures(placed, model, labels, figures, figures.map((_, i) => i), d);
}
