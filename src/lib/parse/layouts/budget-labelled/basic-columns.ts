import { abs, add, cmp, parseDecimal, sub, type Decimal } from '../../../decimal.ts';
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
  const at = totalByArithmetic(rows, total);
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
 * row that prints all three (within one unit of the last printed digit). Null when the rows do not decide it.
 */
function totalByArithmetic(rows: readonly Row[], printedAt: number): number | null {
  const full = rows.flatMap((r) => {
    const ds = r.cells.map((c) => (c.value === null ? null : parseDecimal(c.raw)));
    return ds.length === 3 && ds.every((d) => d !== null) ? [ds as Decimal[]] : [];
  });
  if (full.length === 0) return null;
  const passes = (t: number) =>
    full.every((ds) => {
      const parts = ds.filter((_, j) => j !== t);
      const scale = Math.max(...ds.map((d) => d.scale));
      const step: Decimal = { units: 1n, scale };
      return cmp(abs(sub(ds[t]!, add(parts[0]!, parts[1]!))), step) <= 0;
    });
  if (passes(printedAt)) return printedAt;
  const other = [0, 1, 2].filter((t) => t !== printedAt && passes(t));
  return other.length === 1 ? other[0]! : null;
}

const BASIC_WORDS = VOCABULARY.filter((t) => t.key === 'basic')
  .flatMap((t) => t.words)
  .sort((a, b) => b.length - a.length);

/** The longest 基本支出 group word printed in the header text (spaces removed), or null. */
function printedGroup(headerRaw: string): string | null {
  const text = headerRaw.replace(/[\s\u3000]+/g, '');
  return BASIC_WORDS.find((w) => text.includes(w)) ?? null;
}
