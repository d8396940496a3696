import { parseDecimal, type Decimal } from '../../../decimal.ts';
import { totalWithin } from '../../read/char-cover.ts';
import { pieces } from '../../read/piece.ts';
import type { Row } from '../../../model/table.ts';
import type { SourceLine } from '../../../text/lines.ts';
import type { TableContext } from '../../tables/context.ts';
import { lookupWord, VOCABULARY } from '../../tables/vocabulary.ts';

/**
 * The 一般公共预算基本支出表 prints one total and its two parts (合计 = 人员经费 + 公用经费) under one group word
 * (本年一般公共预算基本支出). A space-aligned header broken over lines (`人员经` / `费`) may come out of the conversion
 * with its words reordered or its group word lost; the figures are printed in order. Two readings by meaning, each
 * reported as an info problem:
 * - the total column is the one that equals the sum of the other two on every row (to the printed precision): when
 *   the header's order fails that on some row and exactly one other place of the total passes it on every row, the
 *   labels are put in that order (the parts keep their printed order);
 * - the group word printed in the header (a 基本支出 word of the vocabulary) that no column label carries heads the
 *   three columns.
 * Returns the columns (renamed in the rows' cells as well).
 */
export function readBasicColumns(columns: readonly string[], rows: Row[], headerRaw: string, first: SourceLine | undefined, ctx: TableContext): string[] {
  const keys = columns.map((c) => lookupWord(c.split('/').pop() ?? '', 'expenditure')?.key ?? null);
  const total = keys.indexOf('total');
  const personnel = keys.indexOf('personnel');
  const publicAt = keys.indexOf('public');
  if (columns.length !== 3 || total < 0 || personnel < 0 || publicAt < 0) return [...columns];
  let out = [...columns];
  const at = totalByArithmetic(rows.map((r) => r.cells.map((c) => (c.value === null ? null : parseDecimal(c.raw)))), total);
  if (at !== null && at !== total) {
    const parts = out.filter((_, j) => j !== total);
    out = [...parts.slice(0, at), out[total]!, ...parts.slice(at)];
    if (first) {
      ctx.problem(first, `表头「${columns.join('、')}」的次序与数值不符：第 ${at + 1} 个数值列在每一行都等于另两列之和，按「${out.join('、')}」读`, 'columns_by_arithmetic', 'info');
    }
  }
  const group = printedGroup(headerRaw);
  if (group && out.every((c) => !c.includes('/'))) {
    out = out.map((c) => `${group}/${c}`);
    if (first) ctx.problem(first, `表头的组名「${group}」未落到列上：按其含义作为三个数值列的组名`, 'group_by_meaning', 'info');
  }
  if (out.some((c, j) => c !== columns[j])) {
    const rename = new Map(columns.map((c, j) => [c, out[j]!]));
    for (const r of rows) r.cells = r.cells.map((c) => ({ ...c, column: rename.get(c.column) ?? c.column }));
  }
  return out;
}

/**
 * Where the total stands among the three figures: the one place where it equals the sum of the other two on every
 * row that prints all three (within one unit of the last printed digit: `totalWithin` of the header readers' core).
 * Null when the rows do not decide it: more than one other place passing is ambiguous, never a best of them.
 */
export function totalByArithmetic(rows: readonly (readonly (Decimal | null)[])[], printedAt: number): number | null {
  const full = rows.filter((ds): ds is Decimal[] => ds.length === 3 && ds.every((d) => d !== null));
  if (full.length === 0) return null;
  const passes = (t: number) =>
    full.every((ds) => {
      return totalWithin(ds[t]!, ds.filter((_, j) => j !== t), 1);
    });
  if (passes(printedAt)) return printedAt;
  const other = [0, 1, 2].filter((t) => t !== printedAt && passes(t));
  return other.length === 1 ? other[0]! : null;
}

const BASIC_WORDS = VOCABULARY.filter((t) => t.key === 'basic')
  .flatMap((t) => t.words)
  .sort((a, b) => b.length - a.length);

/**
 * The longest 基本支出 group word printed in one of the header texts (spaces removed), or the one the header prints
 * wrapped in its cell (`stackedGroup` of the first text) when that is longer: a word printed whole on one line may be
 * the rest of the word wrapped over it (`本年一般公共预算` / `基本支出`). Null when neither is printed.
 */
function printedGroup(...texts: readonly string[]): string | null {
  const compact = texts.map((t) => t.replace(/[\s\u3000]+/g, ''));
  const whole = BASIC_WORDS.find((w) => compact.some((t) => t.includes(w))) ?? null;
  const stacked = stackedGroup(texts[0] ?? '');
  return stacked !== null && (whole === null || stacked.length > whole.length) ? stacked : whole;
}

/**
 * A 基本支出 group word wrapped in its cell over the header's lines (`本年一般公共预算基` / `本支出`), another cell's
 * wrapped rest printed on the line between its pieces (`目   本支出`): a piece and a piece under it on each line after
 * (starting at or right of its start, left of where the next piece of its line starts), joined, spell the word whole.
 * The longest such word, or null.
 */
export function stackedGroup(headerRaw: string): string | null {
  const lines = headerRaw.split('\n').map(pieces);
  const spelt = new Set<string>();
  const follow = (i: number, k: number, text: string): void => {
    if (BASIC_WORDS.includes(text)) spelt.add(text);
    if (!BASIC_WORDS.some((w) => w.startsWith(text))) return;
    const above = lines[i]![k]!;
    const next = lines[i]![k + 1]?.start ?? Infinity;
    (lines[i + 1] ?? []).forEach((p, j) => {
      if (p.start >= above.start && p.start < next) follow(i + 1, j, text + p.text);
    });
  };
  lines.forEach((ps, i) => ps.forEach((p, k) => follow(i, k, p.text)));
  return BASIC_WORDS.find((w) => spelt.has(w)) ?? null;
}

/**
 * Whether word `a` stands before word `b` on the header line that prints both (spaces removed), or null when no header
 * line prints both. The printed line keeps the words' order even where the header reader, placing words squeezed one
 * space apart over the figures, put their cells out of order.
 */
export function printedFirst(headerRaw: string, a: string, b: string): boolean | null {
  for (const line of headerRaw.split('\n')) {
    const compact = line.replace(/[\s\u3000]+/g, '');
    const i = compact.indexOf(a);
    const j = compact.indexOf(b);
    if (i >= 0 && j >= 0) return i < j;
  }
  return null;
}

/** The three value columns of the table: the vocabulary keys, the word each is found by in a broken header. */
const PARTS = [
  { key: 'total', mark: '合计' },
  { key: 'personnel', mark: '人员' },
  { key: 'public', mark: '公用' },
] as const;

/**
 * The value columns of a space-aligned 一般公共预算基本支出表 whose header the conversion broke (`人员经` / `费`,
 * words reordered or glued to the group word), read by meaning: each of 合计, 人员经费, 公用经费 found in exactly one
 * header label by its first characters (合计, when no label prints it, as the one label that is the group word alone),
 * the parts in the order the header line that prints both words prints them
 * (else the order of the labels), the total placed where it
 * equals the sum of the parts on every line that prints all three figures (else where its label stands), the group
 * word over all three when the header prints one. Each column named by its vocabulary word. Null when a column is
 * not found once (the table is then read by its cells).
 */
export function basicColumnsByMeaning(
  labels: readonly string[],
  headerRaw: string,
  figureRows: readonly (readonly (Decimal | null)[])[],
): { columns: string[]; totalAt: number; how: string } | null {
  const compact = labels.map((l) => l.replace(/[\s\u3000/]+/g, ''));
  // (a column headed by the group word alone is the group's total: `本年一般公共预算基本支出` over the first figures, its
  // 合计 glued to the label word beside it, `科目名称合计`, and lost with it)
  const groupAlone = compact.flatMap((c, j) => (BASIC_WORDS.includes(c) ? [j] : []));
  const found = PARTS.map((p) => {
    const marked = compact.flatMap((c, j) => (c.includes(p.mark) ? [j] : []));
    const at = p.key === 'total' && marked.length === 0 ? groupAlone : marked;
    const word = VOCABULARY.find((t) => t.key === p.key)?.words[0];
    return at.length === 1 && word ? { at: at[0]!, word } : null;
  });
  if (found.some((f) => f === null)) return null;
  const [total, personnel, publicFunds] = found as { at: number; word: string }[];
  const personnelFirst = printedFirst(headerRaw, PARTS[1].mark, PARTS[2].mark) ?? personnel!.at < publicFunds!.at;
  const parts = personnelFirst ? [personnel!.word, publicFunds!.word] : [publicFunds!.word, personnel!.word];
  const byLabel = [total!, personnel!, publicFunds!].sort((a, b) => a.at - b.at).indexOf(total!);
  const byFigures = totalByArithmetic(figureRows, byLabel);
  const t = byFigures ?? byLabel;
  const group = printedGroup(headerRaw, ...labels);
  const words = [...parts.slice(0, t), total!.word, ...parts.slice(t)];
  const how =
    (byFigures !== null ? `合计列按算术（每行合计 = 两部分之和）定位在第 ${t + 1} 列` : `合计列按表头位置定在第 ${t + 1} 列`) +
    (group ? `，组名「${group}」` : '');
  return { columns: words.map((w) => (group ? `${group}/${w}` : w)), totalAt: t, how };
}
