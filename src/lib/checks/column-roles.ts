/**
 * What a table's column means to a row-wise check, read from its label by the header vocabulary, not by its spelling.
 * A column's label is its header path (`本年支出/其中：基本支出/小计`); the same meaning is printed many ways
 * (`财政拨款收入`, `财政拨款（补助）收入`, `一般公共预算拨款收入`; `基本支出` or `其中：基本支出` over `小计`), so a
 * check that names columns by spelling misses a part and reports a difference the document does not have.
 */
import type { Table } from '../model/table.ts';
import { lookupWord } from '../parse/tables/vocabulary.ts';

/** Words that head a block of columns by stage (决算数 over 小计 / 基本支出 / 项目支出), not by what the money is. */
const STAGE_KEYS: ReadonlySet<string> = new Set(['final_amount', 'budget_initial', 'budget_full_year', 'last_year']);
/** Words that head a block without naming a part: a stage, or the bare 收入 / 支出. */
const BLOCK_KEYS: ReadonlySet<string> = new Set([...STAGE_KEYS, 'income', 'expenditure']);

const keysOf = (column: string): (string | null)[] => column.split('/').map((w) => lookupWord(w)?.key ?? null);

/**
 * The meaning (vocabulary key) of a column label: its last word's, except that a 小计/合计 under a part names that
 * part (`其中：基本支出/小计` is 基本支出) and under a stage or bare 收入/支出 is the total (`决算数/小计`);
 * `本年支出/小计` is 本年支出合计. `null` when the last word is not in the vocabulary.
 */
export function columnRole(column: string): string | null {
  const keys = keysOf(column);
  const last = keys[keys.length - 1] ?? null;
  if (last !== 'total') return last;
  for (let i = keys.length - 2; i >= 0; i--) {
    const k = keys[i];
    if (k && !BLOCK_KEYS.has(k)) return k;
  }
  return 'total';
}

/** The stage word a column stands under (`决算数`), or '' — a total and its parts are read within one stage. */
function stageOf(column: string): string {
  const words = column.split('/');
  const keys = keysOf(column);
  const i = keys.findIndex((k) => k !== null && STAGE_KEYS.has(k));
  return i >= 0 && i < words.length - 1 ? words[i]! : '';
}

/** A row's columns as a row-wise identity reads them. */
export interface RoleSplit {
  /** The total column (first of the roles asked for as totals). */
  total?: string;
  /** The part columns: one per part role, none standing under another part (人员经费 under 基本支出 is not a part). */
  parts: string[];
  /** Columns whose label the vocabulary does not know, or a bare 收入/支出 (a torn header's leftover): the identity
   * cannot be read while one of them holds money. */
  unknown: string[];
}

/** Split a row's column labels into the identity's total, its parts (by `partRoles`) and unknown labels. */
export function splitByRole(columns: readonly string[], totalRoles: readonly string[], partRoles: readonly string[]): RoleSplit {
  const roles = columns.map((c) => ({ column: c, role: columnRole(c), stage: stageOf(c) }));
  const total = totalRoles.map((r) => roles.find((c) => c.role === r)).find((c) => c !== undefined);
  const parts: string[] = [];
  for (const role of partRoles) {
    const c = roles.find((x) => x.role === role && x.stage === (total?.stage ?? '') && !underPart(x.column, partRoles));
    if (c) parts.push(c.column);
  }
  return { total: total?.column, parts, unknown: roles.filter((c) => c.role === null || c.role === 'income' || c.role === 'expenditure').map((c) => c.column) };
}

/** Whether a label stands under a word of a part role (`基本支出/人员经费` under 基本支出), its own 小计 aside. */
function underPart(column: string, partRoles: readonly string[]): boolean {
  const keys = keysOf(column);
  const last = keys[keys.length - 1];
  const ancestors = last === 'total' ? keys.slice(0, -2) : keys.slice(0, -1);
  return ancestors.some((k) => k !== null && partRoles.includes(k));
}

/** The label of a table's first column of this meaning (`财政拨款（补助）收入` for `fiscal_grant`), if it has one. */
export function columnOfRole(t: Table, role: string): string | undefined {
  for (const r of t.rows) for (const c of r.cells) if (columnRole(c.column) === role) return c.column;
  return undefined;
}
