import type { CheckResult } from '../model/document.ts';
import type { Row, Table } from '../model/table.ts';
import type { Decimal } from '../decimal.ts';
import { judgeLeq, judgeSame, judgeSum } from './rounding.ts';
import { cellOrZero, fmt, judged, norm, precisionOf, ref, skip, type CheckDef } from './types.ts';

export interface Operand {
  t: Table;
  row: Row | undefined;
  col: RegExp | string;
  label: string;
}

export function colName(o: Operand): string {
  const c = o.row?.cells.find((c) => (typeof o.col === 'string' ? c.column === o.col : o.col.test(c.column)));
  return c?.column ?? (typeof o.col === 'string' ? o.col : '');
}

function rowRef(o: Operand): string {
  return o.row ? ref(o.t, o.row, colName(o) || undefined) : ref(o.t, o.label);
}

/** Value of an operand: blank → 0; missing row → null; withheld → null. */
export function valueOf(o: Operand): Decimal | null {
  if (!o.row) return null;
  const c = o.row.cells.find((c) => (typeof o.col === 'string' ? c.column === o.col : o.col.test(c.column)));
  if (!c) return null;
  if (c.withheld) return null;
  return cellOrZero(o.row, o.col);
}

function lines(...os: Operand[]): number[] {
  return os.map((o) => o.row?.cells.find((c) => (typeof o.col === 'string' ? c.column === o.col : o.col.test(c.column)))?.line ?? o.row?.line).filter((x): x is number => typeof x === 'number');
}

/** total = Σ parts, all within one table or several (precision: the coarsest involved). */
export function sumCheck(d: CheckDef, total: Operand, parts: Operand[], what: string): CheckResult {
  const missing = [total, ...parts].filter((o) => valueOf(o) === null);
  if (missing.length) return skip(d, `${what}：缺少 ${missing.map((m) => `${m.t.title}「${m.label}」`).join('、')}（行或列不存在、空白或保密）`, [total, ...parts].map(rowRef));
  const p = [total, ...parts].map((o) => precisionOf(o.t)).reduce((a, b) => (a.units * 10n ** BigInt(b.scale) >= b.units * 10n ** BigInt(a.scale) ? a : b));
  if (isBlank(total) && parts.every(isBlank)) return skip(d, `${what}：各项均为空白（未列金额），无可核对`, [total, ...parts].map(rowRef));
  const e = valueOf(total)!;
  // Blank cells are nothing, not rounded values: they do not widen the tolerance.
  const printed = parts.filter((o) => !isBlank(o));
  const v = judgeSum(e, printed.map((o) => valueOf(o)!), p);
  return judged(d, v, {
    expected: e,
    actual: v.actual,
    message: `${what}：${total.label} ${fmt(e, total.t)}，${parts.map((o) => o.label).join(' + ')} = ${fmt(v.actual, total.t)}${v.status === 'fail' ? `，相差 ${fmt(v.difference, total.t)}` : ''}`,
    refs: [rowRef(total), ...parts.map(rowRef)],
    lines: lines(total, ...parts),
  });
}

function isBlank(o: Operand): boolean {
  const c = o.row?.cells.find((c) => (typeof o.col === 'string' ? c.column === o.col : o.col.test(c.column)));
  return !!c && c.blank;
}

/** a and b are two presentations of one figure. */
export function sameCheck(d: CheckDef, a: Operand, b: Operand, what: string): CheckResult {
  const va = valueOf(a);
  const vb = valueOf(b);
  if (va === null || vb === null) {
    const m = [a, b].filter((o) => valueOf(o) === null);
    return skip(d, `${what}：缺少 ${m.map((o) => `${o.t.title}「${o.label}」`).join('、')}`, [rowRef(a), rowRef(b)]);
  }
  const v = judgeSame(va, precisionOf(a.t), vb, precisionOf(b.t));
  return judged(d, v, {
    expected: va,
    actual: vb,
    message: `${what}：${a.t.title}「${a.label}」${fmt(va, a.t)}，${b.t.title}「${b.label}」${fmt(vb, b.t)}${v.status !== 'pass' ? `，相差 ${fmt(v.difference, a.t)}` : ''}`,
    refs: [rowRef(a), rowRef(b)],
    lines: lines(a, b),
  });
}

/** a ≤ b (one-way). */
export function leqCheck(d: CheckDef, a: Operand, b: Operand, what: string): CheckResult {
  const va = valueOf(a);
  const vb = valueOf(b);
  if (va === null || vb === null) return skip(d, `${what}：缺少数据`, [rowRef(a), rowRef(b)]);
  const v = judgeLeq(va, precisionOf(a.t), vb, precisionOf(b.t));
  return judged(d, v, {
    expected: vb,
    actual: va,
    message: `${what}：${a.t.title}「${a.label}」${fmt(va, a.t)} ${v.status === 'pass' ? '≤' : '>'} ${b.t.title}「${b.label}」${fmt(vb, b.t)}`,
    refs: [rowRef(a), rowRef(b)],
    lines: lines(a, b),
  });
}

export const op = (t: Table, row: Row | undefined, col: RegExp | string, label?: string): Operand => ({ t, row, col, label: label ?? (row ? norm(row.name) : String(col)) });

/** An operand holding a computed value (e.g. the sum of several rows of one code), for messages and refs. */
export function constOp(t: Table, label: string, value: Decimal, line: number, refName?: string): Operand {
  const row: Row = {
    code: null,
    name: refName ?? label,
    entity: null,
    block: null,
    extra_codes: {},
    is_total: false,
    level: null,
    parent_line: null,
    line,
    cells: [{ column: '值', raw: '', value: toStr(value), measure: 'yuan', unit: t.unit, blank: false, withheld: false, line, placement: 'printed' }],
  };
  return { t, row, col: '值', label };
}
import { toString as toStr } from '../decimal.ts';
