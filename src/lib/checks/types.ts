import type { CheckResult, DocumentModel } from '../model/document.ts';
import type { Row, Table, TableKind } from '../model/table.ts';
import { fromString, toString, type Decimal, parseDecimal, shift, toFixed, abs } from '../decimal.ts';
import type { Verdict } from './rounding.ts';

/** A catalogue entry: stable id, Chinese title, what it compares, the formula, the table kinds it applies to. */
export interface CheckDef {
  id: string;
  family: 'within' | 'across' | 'narrative' | 'wording' | 'completeness' | 'performance' | 'budget';
  title: string;
  description: string;
  formula: string;
  kinds: string[];
  /** `final`, `budget` or both. */
  docKinds: ('final' | 'budget')[];
}

export type CheckFn = (model: DocumentModel) => CheckResult[];

/** Money amount of a cell, exact, or null when blank / withheld / not a number. */
export function cellDec(row: Row | undefined, col: RegExp | string): Decimal | null {
  const c = findCell(row, col);
  if (!c || c.value === null) return null;
  return fromString(c.value);
}

export function findCell(row: Row | undefined, col: RegExp | string) {
  if (!row) return undefined;
  if (typeof col === 'string') return row.cells.find((c) => c.column === col);
  return row.cells.find((c) => col.test(c.column));
}

/** Blank counts as zero in sums (a printed blank in a money table means nothing was spent); withheld never does. */
export function cellOrZero(row: Row | undefined, col: RegExp | string): Decimal | null {
  const c = findCell(row, col);
  if (!c) return row ? { units: 0n, scale: 0 } : null;
  if (c.withheld) return null;
  if (c.value === null) return c.blank ? { units: 0n, scale: 0 } : null;
  return fromString(c.value);
}

export function isWithheld(row: Row | undefined, col: RegExp | string): boolean {
  return !!findCell(row, col)?.withheld;
}

export function tablesOf(model: DocumentModel, ...kinds: TableKind[]): Table[] {
  return model.tables.filter((t) => kinds.includes(t.kind));
}

export function tableOf(model: DocumentModel, ...kinds: TableKind[]): Table | undefined {
  return tablesOf(model, ...kinds)[0];
}

/** The 决算 tables by kind (one each; undefined when absent), shared by the within-table and cross-table families. */
export function finalTables(model: DocumentModel) {
  return {
    S: tableOf(model, 'final_summary'),
    I: tableOf(model, 'final_income'),
    E: tableOf(model, 'final_expenditure'),
    F: tableOf(model, 'final_fiscal_summary'),
    G: tableOf(model, 'final_general_expenditure'),
    BAS: tableOf(model, 'final_general_basic'),
    GF: tableOf(model, 'final_gov_fund'),
    SC: tableOf(model, 'final_state_capital'),
    TP: tableOf(model, 'final_three_public'),
    ST: tableOf(model, 'final_disclosure_stats'),
  };
}

export const norm = (s: string): string => s.replace(/[\s<>\/b*]+/g, '').replace(/^[一二三四五六七八九十]+、/, '').replace(/^[（(][一二三四五六七八九十]+[)）]/, '').replace(/^\d+[.、．]\s*/, '');

/** The first row whose normalised name matches. */
export function rowByName(t: Table | undefined, re: RegExp, block?: string | RegExp): Row | undefined {
  if (!t) return undefined;
  return t.rows.find((r) => re.test(norm(r.name)) && blockOk(r, block));
}

export function rowsByName(t: Table | undefined, re: RegExp, block?: string | RegExp): Row[] {
  if (!t) return [];
  return t.rows.filter((r) => re.test(norm(r.name)) && blockOk(r, block));
}

function blockOk(r: Row, block?: string | RegExp): boolean {
  if (block === undefined) return true;
  if (typeof block === 'string') return r.block === block;
  return block.test(r.block ?? '');
}

export function rowByCode(t: Table | undefined, code: string): Row | undefined {
  return t?.rows.find((r) => r.code === code);
}

export function precisionOf(t: Table): Decimal {
  return parseDecimal(t.precision) ?? { units: 1n, scale: 2 };
}

/** Format an amount in 元 in the table's printed unit, for messages. */
export function fmt(v: Decimal, t?: Pick<Table, 'unit_exponent' | 'unit'> & { precision?: string } | null): string {
  // As many fraction digits as the table prints (0.1万元 → 1), never fewer than the value needs.
  const p = t?.precision ? parseDecimal(t.precision) : null;
  const exp = t?.unit_exponent ?? 0;
  const pDigits = p ? (toString(shift(p, -exp)).split('.')[1] ?? '').length : 2;
  const shifted = shift(v, -exp);
  const frac = (toString(shifted).split('.')[1] ?? '').length;
  const digits = Math.max(pDigits, Math.min(frac, 6));
  return `${toFixed(shifted, digits)}${!t || exp === 0 ? '元' : t.unit}`;
}

export function ref(t: Table, row?: Row | string, column?: string): string {
  if (row === undefined) return t.kind;
  const r = typeof row === 'string' ? row : (row.code ?? row.name);
  return column === undefined ? `${t.kind}:${r}` : `${t.kind}:${r}:${column}`;
}

/** Build a result from a verdict. */
export function judged(
  def: CheckDef,
  v: Verdict,
  o: { expected: Decimal; actual: Decimal; message: string; refs: string[]; lines?: number[] },
): CheckResult {
  return {
    check_id: def.id,
    status: v.status,
    rounding: v.status === 'pass' && v.rounding,
    title: def.title,
    message: (v.status === 'pass' && v.rounding ? '尾差：' : '') + o.message,
    expected: toString(o.expected),
    actual: toString(o.actual),
    difference: toString(v.difference),
    tolerance: toString(v.tolerance),
    refs: o.refs,
    lines: [...new Set(o.lines ?? [])].sort((a, b) => a - b),
  };
}

export function skip(def: CheckDef, message: string, refs: string[] = []): CheckResult {
  return {
    check_id: def.id,
    status: 'skip',
    rounding: false,
    title: def.title,
    message,
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    refs,
    lines: [],
  };
}

/** A check that is not a numeric comparison (completeness): pass or fail with a message. */
export function plain(def: CheckDef, status: 'pass' | 'warn' | 'fail', message: string, refs: string[], lines: number[] = [], extra: Partial<CheckResult> = {}): CheckResult {
  return {
    check_id: def.id,
    status,
    rounding: false,
    title: def.title,
    message,
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    refs,
    lines,
    ...extra,
  };
}

export function verb(v: Verdict): string {
  return v.status === 'pass' ? (v.rounding ? '在尾差范围内一致' : '一致') : v.status === 'warn' ? '略有出入' : '不一致';
}

export { abs };
