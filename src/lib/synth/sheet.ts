import type { TableKind } from '../model/table.ts';
import type { Fen, SynthLeaf } from './generate.ts';
import type { RenderOptions } from './options.ts';

/**
 * A table before it is printed: header rows and body rows as cells, independent of the text form. The text forms
 * (forms.ts) lay a sheet out as tab-separated, pipe or space-aligned text; each body row's facts get the line the
 * row's figures are printed on.
 */
export interface SheetFact {
  /** Side / block of side-by-side layouts (`收入`, `支出`, `第1栏` …), null otherwise. */
  block: string | null;
  code: string | null;
  name: string;
  /** Canonical column (the column a seed-shaped table of the same content gives), whatever the printed header says. */
  column: string;
  /** Exact 元 value of the printed figure; the cell is blank when null (no fact). */
  value: string | null;
}

export interface SheetRow {
  /** One string per column, left to right. */
  cells: string[];
  facts: SheetFact[];
  /** The 合计/总计 row of the table (the spaced form may print it without its label). */
  total?: boolean;
  /** Indentation level of the label (codes: none), 0 for none. */
  indent?: number;
}

export interface Sheet {
  kind: TableKind;
  /** Header rows, each one string per column; a group header stands in the first column of its span, '' under the rest. */
  header: string[][];
  /** Columns holding labels (left-aligned, wrappable), the rest hold figures (right-aligned). */
  labelColumns: number[];
  /** The label column that wraps when labels are long (the name column). */
  nameColumn: number;
  rows: SheetRow[];
  /** Print a page break after this many body rows (the header may repeat). */
  pageRows: number;
  repeatHeader: boolean;
}

export interface ClassifiedRow {
  /** Joined 功能分类 code (3, 5 or 7 digits), null for the total row. */
  code: string | null;
  name: string;
  amounts: Fen[];
}

const sumF = (xs: readonly Fen[]) => xs.reduce((a, b) => a + b, 0n);
export { sumF };

/** The classified hierarchy (类 → 款 → 项) with the total row first or last; `f` gives a leaf's column amounts. */
export function hierarchy(leaves: readonly SynthLeaf[], f: (l: SynthLeaf) => Fen[], keep: (l: SynthLeaf) => boolean, totalLabel: string, totalRow: 'first' | 'last'): ClassifiedRow[] {
  const used = leaves.filter(keep);
  if (used.length === 0) return [];
  const width = f(used[0]!).length;
  const add = (xs: readonly SynthLeaf[]) => Array.from({ length: width }, (_, i) => sumF(xs.map((l) => f(l)[i]!)));
  const rows: ClassifiedRow[] = [];
  const leis = [...new Set(used.map((l) => l.lei.code))];
  for (const lc of leis) {
    const inLei = used.filter((l) => l.lei.code === lc);
    rows.push({ code: lc, name: inLei[0]!.lei.name, amounts: add(inLei) });
    for (const kc of [...new Set(inLei.map((l) => l.kuan.code))]) {
      const inKuan = inLei.filter((l) => l.kuan.code === kc);
      rows.push({ code: kc, name: inKuan[0]!.kuan.name, amounts: add(inKuan) });
      for (const l of inKuan) rows.push({ code: l.item.code, name: l.item.name, amounts: f(l) });
    }
  }
  const total: ClassifiedRow = { code: null, name: totalLabel, amounts: add(used) };
  return totalRow === 'first' ? [total, ...rows] : [...rows, total];
}

/** Code cells of a row in the chosen code style (split gives three cells 类/款/项), and the code the truth records. */
export function codeCells(code: string | null, style: RenderOptions['codes']): { cells: string[]; truthCode: string | null; indent: number } {
  const indent = code === null ? 0 : (code.length - 3) / 2;
  if (style === 'none') return { cells: [], truthCode: null, indent };
  if (style === 'split') {
    const parts = code === null ? ['', '', ''] : [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
    return { cells: parts, truthCode: code, indent: 0 };
  }
  if (style === 'spaced') return { cells: [code === null ? '' : [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean).join(' ')], truthCode: code, indent: 0 };
  return { cells: [code ?? ''], truthCode: code, indent: 0 };
}

/** Header cells over the code columns of a classified table, per header row (top to bottom, `rows` rows; the code word on the last, beside 科目名称). */
export function codeHeader(style: RenderOptions['codes'], rows: number, word = '功能分类科目编码'): string[][] {
  if (style === 'none') return Array.from({ length: rows }, () => []);
  if (style === 'split') {
    const out = Array.from({ length: rows }, () => ['', '', '']);
    out[0] = ['科目编码', '', ''];
    out[rows - 1] = rows > 1 ? ['类', '款', '项'] : ['科目编码', '', ''];
    return out;
  }
  const out = Array.from({ length: rows }, () => ['']);
  out[rows - 1] = [word];
  if (rows > 1) out[0] = ['项目'];
  return out;
}
