/**
 * Header groups by meaning: which printed header words stand over other columns (a merged cell lost in conversion),
 * and which words belong under them. Used where a text form loses the header's levels: a markdown pipe header whose
 * levels are joined with `<br>` in one row (`收入<br>项目 | 行次 | 决算数`), and space-aligned headers whose group label
 * stands left-aligned exactly over its first sub-column (`收入` over `项目`).
 *
 * - block groups (`收入`, `支出`, `预算数`, `决算数`, `年初预算数`, `全年预算数`): every column up to the next block word;
 * - label groups (`项目` over the code and name columns, `科目编码` over 类 / 款 / 项): the columns that are not money
 *   (code, name, 行次);
 * - part groups (`本年支出` over `小计 / 基本支出 / 项目支出`, `财政拨款` over `一般公共预算 / 政府性基金`,
 *   `公务用车购置及运行维护费` over `公务用车购置费 / 公务用车运行维护费`): the columns whose words are its parts.
 */
import { lookupWord, normHeaderWord, type Term } from '../tables/vocabulary.ts';

export type GroupKind = 'block' | 'labels' | 'parts';

/** Meaning keys whose word over lower words heads a block of columns, up to the next block word of the same set
 * (`收入` | `支出`; `预算数` | `决算数`: a 决算数 column inside the 收入 block is a column of that block). */
const BLOCK_SETS: readonly (readonly string[])[] = [
  ['income', 'expenditure'],
  ['budget_initial', 'budget_full_year', 'final_amount', 'last_year'],
];
const blockSet = (key: string) => BLOCK_SETS.find((set) => set.includes(key));

/** Meaning keys that head a group of their parts, and the meaning keys of those parts. */
const PARTS: Readonly<Record<string, readonly string[]>> = {
  expenditure_total: ['total', 'basic', 'project', 'personnel', 'public', 'project_specific', 'project_running', 'project_personnel'],
  income_total: ['total', 'fiscal_grant', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds', 'superior_grant', 'business_income', 'operating_income', 'affiliated_income', 'other_income'],
  basic: ['total', 'personnel', 'public'],
  personnel: ['total', 'wages', 'family'],
  public: ['total', 'goods', 'capital'],
  project: ['total', 'project_specific', 'project_running', 'project_personnel'],
  fiscal_grant: ['total', 'general_budget', 'gov_fund', 'state_capital'],
  unit_funds: ['total', 'business_income', 'operating_income', 'superior_grant', 'affiliated_income', 'other_income'],
  grant: ['total', 'general_budget', 'gov_fund', 'state_capital'],
  tp_total: ['total', 'tp_abroad', 'tp_vehicles', 'tp_vehicle_purchase', 'tp_vehicle_running', 'tp_reception'],
  tp_vehicles: ['total', 'tp_vehicle_purchase', 'tp_vehicle_running'],
};

export interface HeaderGroup {
  text: string;
  kind: GroupKind;
  term: Term;
}

/** The group a header word heads when it stands over lower words, or null (then it is a label of its own). */
export function groupOf(word: string): HeaderGroup | null {
  const term = lookupWord(word);
  if (!term) return null;
  if (blockSet(term.key)) return { text: word, kind: 'block', term };
  if (term.role !== 'value') return { text: word, kind: 'labels', term };
  if (PARTS[term.key]) return { text: word, kind: 'parts', term };
  return null;
}

/** True for a block word of the amount stages (`年初预算数` | `全年预算数` | `决算数`), not of the sides (`收入` | `支出`):
 * a column of its own under no other word, or a group over the columns of its stage. */
export function isStageBlock(word: string): boolean {
  const term = lookupWord(word);
  return term !== null && BLOCK_SETS[1]!.includes(term.key);
}

/** The first word of a column's header, its pieces read top down: the longest run of them from the top that the
 * vocabulary knows (`人员` `经费` `工资` … → `人员经费`; `项目` `支出` → `项目支出`), else all of them joined. */
export function headWord(texts: readonly string[], join: (texts: string[]) => string): string {
  for (let k = texts.length; k >= 1; k--) {
    const w = join(texts.slice(0, k));
    if (lookupWord(w)) return w;
  }
  return join([...texts]);
}

/** A word of the header vocabulary. */
export function isHeaderWord(word: string): boolean {
  return lookupWord(word) !== null;
}

/** True when a column headed by `word` belongs under `group` (a block takes every word but the next block word). */
export function belongsTo(group: HeaderGroup, word: string): boolean {
  const term = lookupWord(word);
  if (group.kind === 'block') return !(term && blockSet(term.key)?.includes(group.term.key));
  if (!term) return false;
  if (group.kind === 'labels') return term.role !== 'value';
  return (PARTS[group.term.key] ?? []).includes(term.key);
}

/** Meaning keys that are some group's part (a column word such as 项目支出 or 人员经费; not a bare block word, `支出`). */
const PART_KEYS: ReadonlySet<string> = new Set(Object.values(PARTS).flat());

/** Whether a word may stand under a group inside `group`: any word but another group's part (a word the vocabulary
 * does not know, a label word, which may be a value word's lines in another order, `支出` over `项目`, or a bare block
 * word, `支出`, a broken piece), one of its parts, or a part of one of its parts (`工资福利支出` under 人员经费 under
 * 基本支出); never a part of another group (`项目支出` beside the parts of 基本支出). */
export function mayStandWithin(group: HeaderGroup, word: string): boolean {
  const term = lookupWord(word);
  if (group.kind !== 'parts' || !term || term.role !== 'value' || !PART_KEYS.has(term.key)) return true;
  const parts = PARTS[group.term.key] ?? [];
  return parts.includes(term.key) || parts.some((p) => p !== 'total' && (PARTS[p] ?? []).includes(term.key));
}

/**
 * Two words stacked in one header cell (`upper` over `lower`) are a group over its first column rather than one word
 * wrapped over two lines: `upper` heads a group that `lower` belongs to, and joined they do not mean the same as
 * `upper` alone (`本年收入` + `合计` is the wrapped `本年收入合计`; `收入` + `项目` is the 项目 column of the 收入 block),
 * or `lower` is 小计, the subtotal of a group (`本年支出` over `小计`).
 */
export function isGroupOver(upper: string, lower: string): boolean {
  const g = groupOf(upper);
  if (!g || !belongsTo(g, lower) || !lookupWord(lower)) return false;
  // 小计 is the subtotal of the group it stands under; 合计 may be the end of a wrapped word (本年支出 + 合计).
  if (normHeaderWord(lower) === '小计') return true;
  const joined = lookupWord(normHeaderWord(upper) + normHeaderWord(lower));
  return !joined || joined.key !== g.term.key;
}

/**
 * The header of one row whose cells hold their levels joined with a line break (`收入<br>项目`), as labels with their
 * levels joined by `/` (`收入/项目`, `收入/行次`, `收入/决算数`, `支出/项目` …), as `flattenHeader` writes a header of
 * several rows. A cell's upper word that heads a group (see `groupOf`) stays open over the columns to its right that
 * belong to it (`belongsTo`); it is a group when the word under it belongs to it and either means something else
 * joined to it (`isGroupOver`) or is its total with a part of it, a single word, in the next column (`本年支出<br>小计 | 基本支出`).
 * Upper words that are no group are one label wrapped in its cell (`本年收入<br>合计` alone is `本年收入合计`).
 */
export function leveledHeader(cells: readonly string[][]): string[] {
  const open: HeaderGroup[] = [];
  return cells.map((parts, c) => {
    if (parts.length === 0) return '';
    const head = parts[0]!;
    while (open.length > 0 && !belongsTo(open[open.length - 1]!, head)) open.pop();
    // the next column's own label, when it is a single word (a part printed under the group)
    const next = cells[c + 1]?.length === 1 ? cells[c + 1]![0] : undefined;
    const own: string[] = [];
    let k = 0;
    for (; k < parts.length - 1; k++) {
      const g = groupOf(parts[k]!);
      if (!g) break;
      const totalOver = lookupWord(parts[k + 1]!)?.key === 'total' && next !== undefined && belongsTo(g, next) && lookupWord(next)?.key !== 'total';
      if (!isGroupOver(parts[k]!, parts[k + 1]!) && !totalOver) break;
      own.push(parts[k]!);
      open.push(g);
    }
    const rest = parts.slice(k).join('');
    return [...open.slice(0, open.length - own.length).map((g) => g.text), ...own, rest].join('/');
  });
}
