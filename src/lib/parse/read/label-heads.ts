/**
 * The label words of a squeezed header put over the label columns its rows fill. pdftotext draws a narrow header's
 * label words (`功能分类科 科目名称 行次`) left of the rows' codes, names and 行次, so by position a word heads a column
 * no row fills while the rows' names or numbers stand in a column headed by another kind of word, or by none
 * (`headLabelsByRows`). The words keep their order; each is put over the column its rows fill with its own kind of
 * text (codes under a code word, names under a name word, numbers counting the rows under 行次), only when the
 * columns the rows fill are as many as the words and of their kinds in the same order. Two neighbouring columns no row
 * fills both, each holding names only (a name after a short code, `208 08 抚恤`, starting left of the others) or each
 * numbers counting the rows, are one column the rows fill. Asked of the table's columns however they were found
 * (`labelsOverRows`, called by `page-columns.ts` `columnsOf`), and of a cover on 栏次 numbers (`header-cover.ts`).
 */
import { lookupWord } from '../tables/vocabulary.ts';
import { CODE_RE } from './line-pieces.ts';
import { isRowNumberText, numbersRows } from './row-numbers.ts';
import { isAmountText, type Column, type ColumnModel, type PositionedLine } from './columns.ts';
import { placeParts } from './positioned.ts';
import { hasHan } from './piece.ts';

type LabelKind = 'code' | 'name' | 'row_number';

/** The kind of label a header word names (its bottom word, the one nearest the rows), or null. */
function wordKind(words: readonly string[]): LabelKind | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const role = lookupWord(words[k]!)?.role;
    if (role === 'code' || role === 'name' || role === 'row_number') return role;
  }
  return null;
}

/** The kind of label every filled cell of a column holds down the rows, or null (mixed or none). */
function cellsKind(cells: readonly string[]): LabelKind | null {
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 0) return null;
  if (filled.every((c) => CODE_RE.test(c.replace(/ /g, '')))) return 'code';
  if (filled.length >= 2 && numbersRows(filled.map((text) => ({ text, start: 0, end: 0 })))) return 'row_number';
  if (filled.every((c) => hasHan(c) && !isAmountText(c))) return 'name';
  return null;
}

/** A run of label columns the rows fill as one: a 行次 pdftotext drew in two neighbouring columns (`16` of a short
 * name where the longer names' numbers stand after them), every cell a row number, or names drawn in two (a name
 * after a short code starting right after it), every cell a name; no row filling two. */
interface Slot {
  columns: number[];
  cells: string[];
}

function slotsOf(holding: readonly number[], placed: readonly string[][]): Slot[] {
  const slots: Slot[] = [];
  for (const j of holding) {
    const cells = placed.map((c) => c[j]!);
    const last = slots[slots.length - 1];
    const numbers = (xs: readonly string[]) => xs.every((c) => c === '' || isRowNumberText(c));
    const names = (xs: readonly string[]) => xs.every((c) => c === '' || (hasHan(c) && !isAmountText(c)));
    const sameKind = last !== undefined && ((numbers(last.cells) && numbers(cells)) || (names(last.cells) && names(cells)));
    if (last && last.columns[last.columns.length - 1] === j - 1 && sameKind && cells.every((c, r) => c === '' || last.cells[r] === '')) {
      last.columns.push(j);
      last.cells = last.cells.map((c, r) => c || cells[r]!);
    } else slots.push({ columns: [j], cells });
  }
  return slots;
}

/**
 * The label columns with their words put over the columns the rows fill, by kind and in order (see the module
 * comment; a 行次 drawn in two neighbouring columns one column); null when they already stand so or the evidence does
 * not decide.
 */
export function headLabelsByRows(
  labelColumns: readonly Column[],
  labelWords: readonly (readonly string[])[],
  model: ColumnModel,
  rows: readonly PositionedLine[],
): { columns: Column[]; words: string[][] } | null {
  const placed = rows.map((l) => placeParts(l.parts, model).cells.slice(0, labelColumns.length));
  const holding = labelColumns.map((_, j) => j).filter((j) => placed.some((c) => c[j] !== ''));
  const headed = labelWords.map((ws, j) => ({ j, kind: wordKind(ws) })).filter((h) => h.kind !== null);
  const slots = slotsOf(holding, placed);
  if (headed.length < 2 || slots.length !== headed.length) return null;
  if (slots.every((s, k) => s.columns.length === 1 && s.columns[0] === headed[k]!.j)) return null;
  if (!slots.every((s, k) => cellsKind(s.cells) === headed[k]!.kind)) return null;
  const columns: Column[] = [];
  const words: string[][] = [];
  for (let j = 0; j < labelColumns.length; j++) {
    const k = slots.findIndex((s) => s.columns.includes(j));
    if (k < 0) {
      columns.push(labelColumns[j]!);
      words.push([]);
    } else if (slots[k]!.columns[0] === j) {
      const spans = slots[k]!.columns.map((i) => labelColumns[i]!);
      columns.push({ ...spans[0]!, start: Math.min(...spans.map((c) => c.start)), end: Math.max(...spans.map((c) => c.end)) });
      words.push([...labelWords[headed[k]!.j]!]);
    }
  }
  return { columns, words };
}

/**
 * A table's columns however found, its label words put over the label columns its rows fill (`headLabelsByRows`):
 * the label columns those before its first figure column, the rows those printing a figure right of them. Null when
 * the words already stand so or the evidence does not decide.
 */
export function labelsOverRows(model: ColumnModel, data: readonly PositionedLine[]): ColumnModel | null {
  const labels = model.columns.findIndex((c) => c.kind === 'amount');
  if (labels < 2) return null;
  const lastEnd = model.columns[labels - 1]!.end;
  const rows = data.filter((l) => l.parts.some((p) => p.start >= lastEnd && isAmountText(p.text)));
  const labelWords = model.columns.slice(0, labels).map((_, j) => model.header.map((r) => r[j] ?? '').filter((w) => w !== ''));
  const byRows = headLabelsByRows(model.columns.slice(0, labels), labelWords, model, rows);
  if (byRows === null) return null;
  const depth = Math.max(model.header.length, ...byRows.words.map((ws) => ws.length));
  const header = Array.from({ length: depth }, (_, r) => [
    ...byRows.words.map((ws) => ws[r] ?? ''),
    ...model.columns.slice(labels).map((_, k) => model.header[r]?.[labels + k] ?? ''),
  ]);
  return { ...model, columns: [...byRows.columns, ...model.columns.slice(labels)], header };
}
