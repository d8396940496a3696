import type { CheckResult, DocumentModel } from '../model/document.ts';
import type { Row, Table } from '../model/table.ts';
import { fromString, type Decimal } from '../decimal.ts';
import { judgeSum, type Verdict } from './rounding.ts';
import { def } from './catalogue.ts';
import { fmt, judged, norm, precisionOf, ref, skip, tablesOf, type CheckDef } from './types.ts';

const KINDS = ['final_income', 'final_expenditure', 'final_general_expenditure', 'final_gov_fund', 'final_state_capital', 'budget_income', 'budget_expenditure', 'budget_general_expenditure'] as const;

/** Money columns of a table: those where at least one row has a 元 value. */
export function moneyColumns(t: Table): string[] {
  const cols: string[] = [];
  for (const r of t.rows) for (const c of r.cells) if (c.measure === 'yuan' && c.value !== null && !cols.includes(c.column)) cols.push(c.column);
  return cols;
}

function val(r: Row, col: string): Decimal | null | 'withheld' {
  const c = r.cells.find((x) => x.column === col);
  if (!c) return null;
  if (c.withheld) return 'withheld';
  if (c.value === null) return c.blank ? { units: 0n, scale: 0 } : null;
  return fromString(c.value);
}

/**
 * Compare a parent row with the sum of its children, column by column; one result per parent row, reporting the
 * worst column (a fail before a rounding pass before an exact pass).
 */
export function compareRowSum(d: CheckDef, t: Table, parent: Row, children: Row[], label: string, cols = moneyColumns(t)): CheckResult | null {
  const p = precisionOf(t);
  let worst: { v: Verdict & { actual: Decimal }; col: string; exp: Decimal } | null = null;
  const rank = (v: Verdict) => (v.status === 'fail' ? 3 : v.status === 'warn' ? 2 : v.rounding ? 1 : 0);
  let compared = 0;
  for (const col of cols) {
    const e = val(parent, col);
    if (e === 'withheld' || e === null) continue;
    const parts: Decimal[] = [];
    let bad = false;
    let printed = parent.cells.some((c) => c.column === col && c.value !== null);
    for (const ch of children) {
      const v = val(ch, col);
      if (v === 'withheld') bad = true;
      else if (v !== null && ch.cells.some((c) => c.column === col && c.value !== null)) {
        // A blank cell is nothing, not a rounded value: it does not widen the rounding tolerance.
        parts.push(v);
        printed = true;
      }
    }
    if (bad || !printed) continue;
    compared++;
    const v = judgeSum(e, parts, p);
    if (!worst || rank(v) > rank(worst.v)) worst = { v, col, exp: e };
  }
  if (!worst || compared === 0) return null;
  const { v, col, exp } = worst;
  const names = children.length <= 6 ? children.map((c) => c.code ?? norm(c.name)).join(' + ') : `${children.length} 行之和`;
  return judged(d, v, {
    expected: exp,
    actual: v.actual,
    message: `${t.title}：${label}「${parent.code ?? ''}${norm(parent.name)}」（${col}）${fmt(exp, t)}，${names} = ${fmt(v.actual, t)}${v.status === 'fail' ? `，相差 ${fmt(v.difference, t)}` : ''}（共核对 ${compared} 列）`,
    refs: [ref(t, parent, col), ...children.slice(0, 20).map((c) => ref(t, c, col))],
    lines: [parent.line, ...children.map((c) => c.line)],
  });
}

function groups(t: Table): Row[][] {
  // Budget tables list rows per unit (entity); each entity block is its own hierarchy.
  const by = new Map<string, Row[]>();
  for (const r of t.rows) {
    const k = r.entity ?? '';
    if (!by.has(k)) by.set(k, []);
    by.get(k)!.push(r);
  }
  return [...by.values()];
}

export function hierarchyChecks(model: DocumentModel): CheckResult[] {
  const out: CheckResult[] = [];
  const dTotal = def('hier.total_classes');
  const dClass = def('hier.class_sections');
  const dSect = def('hier.section_items');
  const tables = tablesOf(model, ...KINDS).filter((t) => t.rows.some((r) => r.code && /^\d{3}(\d{2}){0,2}$/.test(r.code)));
  // Tables printed without codes carry their hierarchy in Row.level / Row.parent_line (from the indentation).
  const uncoded = tablesOf(model, ...KINDS).filter((t) => !tables.includes(t) && t.rows.some((r) => r.level !== null));
  if (tables.length === 0 && uncoded.length === 0) {
    const why = '没有带功能分类科目编码的表（收入、支出、一般公共预算支出表缺失或未识别出科目编码）';
    return [skip(dTotal, why), skip(dClass, why), skip(dSect, why)];
  }
  const counts = [0, 0, 0];
  for (const t of tables) {
    for (const rows of groups(t)) {
      const classes = rows.filter((r) => r.code && /^\d{3}$/.test(r.code));
      // Budget tables often print only 项 rows: then 合计 = Σ 项.
      const top = classes.length ? classes : rows.filter((r) => r.code && /^\d{7}$/.test(r.code));
      // In unit-by-unit budget tables the unit's own row is the total of its block.
      const unitRow = rows.find((r) => r.entity && !/^\d{3,7}$/.test(r.code ?? '') && norm(r.name) === norm(r.entity.replace(/^\S+\s+/, '')));
      const total = rows.find((r) => !r.code && /^(合计|总计)$/.test(norm(r.name))) ?? unitRow;
      if (total && top.length) {
        const r = compareRowSum(dTotal, t, total, top, total === unitRow ? '单位' : '合计');
        if (r) (out.push(r), counts[0]!++);
      }
      for (const c of classes) {
        const secs = rows.filter((r) => r.code && r.code.length === 5 && r.code.startsWith(c.code!));
        if (secs.length) {
          const r = compareRowSum(dClass, t, c, secs, '类');
          if (r) (out.push(r), counts[1]!++);
        }
      }
      for (const s of rows.filter((r) => r.code && r.code.length === 5)) {
        const items = rows.filter((r) => r.code && r.code.length === 7 && r.code.startsWith(s.code!));
        if (items.length) {
          const r = compareRowSum(dSect, t, s, items, '款');
          if (r) (out.push(r), counts[2]!++);
        }
      }
    }
  }
  for (const t of uncoded) {
    const defs = [dTotal, dClass, dSect];
    const top = t.rows.filter((r) => r.level === 1);
    const total = t.rows.find((r) => r.is_total && /^(合计|总计)$/.test(norm(r.name)));
    if (total && top.length) {
      const r = compareRowSum(dTotal, t, total, top, '合计');
      if (r) (out.push(r), counts[0]!++);
    }
    for (const p of t.rows.filter((r) => r.level === 1 || r.level === 2)) {
      const kids = t.rows.filter((r) => r.parent_line === p.line);
      if (kids.length === 0) continue;
      const r = compareRowSum(defs[p.level!]!, t, p, kids, p.level === 1 ? '类' : '款');
      if (r) (out.push(r), counts[p.level!]!++);
    }
  }
  if (counts[0] === 0) out.push(skip(dTotal, '表中没有可核对的“合计”行'));
  if (counts[1] === 0) out.push(skip(dClass, '表中没有列出“款”级科目'));
  if (counts[2] === 0) out.push(skip(dSect, '表中没有列出“项”级科目'));
  return out;
}
