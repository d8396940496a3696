import type { Table } from '../model/table.ts';

export interface BudgetUnit {
  code: string | null;
  name: string;
}

/** The tables printed unit by unit (a row per budget unit, its 单位代码 and 单位名称). */
export const UNIT_KINDS: ReadonlySet<string> = new Set(['budget_income', 'budget_expenditure', 'budget_general_expenditure', 'budget_economic_summary', 'budget_projects']);

/**
 * The budget units of a 预算: the printed 预算单位构成 list, with the 单位代码 the unit-by-unit tables print for the
 * same name, followed by units that only the tables name (the department's own 本级 unit, or the only unit of a
 * department that prints no list). Pure.
 */
export function mergeBudgetUnits(printed: readonly BudgetUnit[], tables: readonly Table[]): BudgetUnit[] {
  const fromTables = new Map<string, string>();
  for (const t of tables) {
    if (!UNIT_KINDS.has(t.kind)) continue;
    for (const r of t.rows) {
      const code = r.extra_codes.unit_code;
      if (!code || !r.name || r.is_total) continue;
      if (!fromTables.has(r.name)) fromTables.set(r.name, code);
    }
  }
  const norm = (s: string) => s.replace(/[\s\u3000。；;]/g, '');
  const out: BudgetUnit[] = printed.map((u) => ({ code: u.code ?? fromTables.get(norm(u.name)) ?? null, name: u.name }));
  const seen = new Set(out.map((u) => norm(u.name)));
  for (const [name, code] of fromTables) if (!seen.has(norm(name))) out.push({ code, name });
  return out;
}
