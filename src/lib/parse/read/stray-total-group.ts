/**
 * The first words of a total cell drawn apart on its one line. A narrow header cell printing `本年支出合计` on one
 * line may be written by `pdftotext -layout` as two pieces several spaces apart, the group word `本年支出` pulled left
 * over the long names of the label columns and `合计` over the figures (`科目名称 本年支出     合计 小计 …`). Every
 * reader of the header then heads the first figure column by `合计` alone, and the group word, heading no figures,
 * is left out. A figure column headed by a bare total word, with such a group word standing left of that total on its
 * line over the label columns, heading no column, is headed by the word the two spell (`本年支出合计`,
 * `groupTotalWord`). Pure.
 */
import { lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import { groupTotalWord } from './group-total-cell.ts';
import { overlaps, type ColumnModel, type PositionedLine } from './positioned.ts';

/** The model with its first figure column's bare total word joined to the group word drawn left of it (see the module
 * comment), or null when the header is not of this shape. */
export function joinStrayTotalGroup(model: ColumnModel, header: readonly PositionedLine[]): ColumnModel | null {
  const first = model.columns.findIndex((c) => c.kind === 'amount');
  if (first < 1) return null;
  const words = model.header.map((r) => r[first] ?? '');
  const leaf = words.map((w) => w !== '').lastIndexOf(true);
  if (leaf < 0 || words.filter((w) => w !== '').length !== 1 || lookupWord(words[leaf]!)?.key !== 'total') return null;
  const total = normHeaderWord(words[leaf]!);
  const used = new Set(model.header.flat().filter((w) => w !== '').map(normHeaderWord));
  const labelsEnd = model.columns[first - 1]!.end;
  for (const line of header) {
    const at = line.parts.findIndex((p) => normHeaderWord(p.text) === total && overlaps(model.columns[first]!, p));
    if (at < 1) continue;
    const before = line.parts[at - 1]!;
    const word = groupTotalWord(normHeaderWord(before.text), total);
    if (word === null || before.start >= labelsEnd || used.has(normHeaderWord(before.text))) continue;
    return { ...model, header: model.header.map((r, i) => (i === leaf ? r.map((w, j) => (j === first ? word : w)) : r)) };
  }
  return null;
}
