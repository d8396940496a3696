import type { CheckResult, DocumentModel } from '../model/document.ts';
import type { Row, Table } from '../model/table.ts';
import { def } from './catalogue.ts';
import { norm, skip, tablesOf } from './types.ts';
import { op, sumCheck } from './util.ts';

const SUB = /\/(小计|合计)$/;

/**
 * The members of column group `prefix` in a row: direct sub-columns, a nested group standing for itself by its own
 * 小计/合计 (or by its leaves when it has none); “其中：…” columns are a part of their group, never added.
 */
function members(cols: string[], prefix: string): string[] {
  const depth = prefix.split('/').length + 1;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of cols) {
    if (!c.startsWith(`${prefix}/`) || SUB.test(c) && c.split('/').length === depth) continue;
    const segs = c.split('/');
    const head = segs.slice(0, depth).join('/');
    if (/^其中/.test(segs[depth - 1] ?? '')) continue;
    if (seen.has(head)) continue;
    seen.add(head);
    if (segs.length === depth) out.push(c);
    else {
      const own = cols.find((x) => x.startsWith(`${head}/`) && SUB.test(x) && x.split('/').length === depth + 1);
      if (own) out.push(own);
      else out.push(...members(cols, head));
    }
  }
  return out;
}

/** Budget tables: a group's 小计/合计 column = Σ the group's columns, row by row. */
export function columnGroupChecks(model: DocumentModel): CheckResult[] {
  if (model.metadata.doc_kind !== 'budget') return [];
  const d = def('table.column_groups');
  const out: CheckResult[] = [];
  let compared = 0;
  for (const t of tablesOf(model, 'budget_income', 'budget_expenditure', 'budget_general_expenditure', 'budget_fiscal_summary', 'budget_projects', 'budget_general_basic_detail', 'budget_economic_summary')) {
    const groups = t.columns.filter((c) => SUB.test(c)).map((c) => c.replace(SUB, ''));
    if (groups.length === 0) continue;
    let passed = 0;
    for (const r of t.rows) out.push(...rowGroups(d, t, r, groups, () => passed++, () => compared++));
    if (passed) out.push({ check_id: d.id, status: 'pass', rounding: false, title: d.title, message: `${t.title}：${passed} 处分组小计与组内各列之和完全一致`, expected: null, actual: null, difference: '0', tolerance: null, refs: [t.kind], lines: [] });
  }
  if (compared === 0) out.push(skip(d, '预算表中没有带小计/合计的分组列（或没有数值）'));
  return out;
}

function rowGroups(d: ReturnType<typeof def>, t: Table, r: Row, groups: string[], onPass: () => void, onCompare: () => void): CheckResult[] {
  const out: CheckResult[] = [];
  const cols = r.cells.map((c) => c.column);
  for (const g of groups) {
    const sub = r.cells.find((c) => c.column.startsWith(`${g}/`) && SUB.test(c.column) && c.column.split('/').length === g.split('/').length + 1);
    if (!sub) continue;
    const ms = members(cols, g).filter((c) => c !== sub.column);
    if (ms.length < 2) continue;
    const cells = ms.map((m) => r.cells.find((c) => c.column === m)!);
    // Item rows often leave a subtotal blank and fill the leaves: nothing to compare then.
    if (sub.value === null && cells.some((c) => c.value !== null)) continue;
    if (sub.value === null) continue;
    onCompare();
    const res = sumCheck(d, op(t, r, sub.column, `${r.code ?? ''}${norm(r.name)}·${sub.column}`), ms.map((m) => op(t, r, m, m)), `${g}：小计 = 组内各列之和`);
    if (res.status === 'pass' && !res.rounding) onPass();
    else if (res.status !== 'skip') out.push(res);
  }
  return out;
}
