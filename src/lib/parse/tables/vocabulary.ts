import type { TableKind } from '../../model/table.ts';
import { cleanText, normChars } from '../../text/clean.ts';
import type { SourceLine } from '../../text/lines.ts';
import type { TableContext } from './context.ts';
import { SUBTOTAL_WORD, TOTAL_WORDS } from './total-words.ts';

/**
 * The header vocabulary: every word a disclosure prints in a table header, with its meaning. Layout parsers find
 * their columns here BY MEANING (the code column, the name column, 行次, the money columns), never by position, and
 * a header word that is not here is REPORTED (`unknown_column`), never guessed.
 *
 * A printed header of 1–3 lines is flattened to one label per column (`本年支出/基本支出/人员经费`); each segment
 * of the label is looked up after normalisation (whitespace, `其中：`, list numbering `1、`/`（一）` and brackets
 * removed or unified). Adding a word: put it in the term whose meaning it has, with the table families that print it.
 */

/** What a column is for. */
export type ColumnRole =
  /** A classification code, joined (`2080501`) or with spaces (`208 05 01`). */
  | 'code'
  /** One part of a split code: 类, 款 or 项. */
  | 'code_part'
  /** The row label (科目名称, 项目 …). */
  | 'name'
  /** 行次 / 栏次 / 序号: numbers that are not values. */
  | 'row_number'
  /** A budget unit's code (单位代码). */
  | 'unit_code'
  /** A value column (money, count …). */
  | 'value';

/** Table families sharing a vocabulary of value columns. */
export type VocabularyFamily = 'income' | 'expenditure' | 'summary' | 'economic' | 'three_public' | 'any';

export interface Term {
  /** Stable meaning key (ASCII), e.g. `basic`, `personnel`, `fiscal_grant`. */
  key: string;
  role: ColumnRole;
  /** Printed variants, as normalised by `normHeaderWord` (no spaces, full-width brackets). */
  words: readonly string[];
  /** Families whose tables print this word ('any': all). */
  families: readonly VocabularyFamily[];
}

const ANY = ['any'] as const;
const MONEY_ALL = ['income', 'expenditure', 'summary', 'economic', 'three_public'] as const;
// Budget tables mix income and expenditure words (a project table prints its funding sources), so money words are
// known in every money family; only the 三公 items are specific.
const INCOME = MONEY_ALL;
const EXPEND = MONEY_ALL;

/** The vocabulary, grouped by meaning. Order matters only for readability. */
export const VOCABULARY: readonly Term[] = [
  // —— structure ——
  {
    key: 'code',
    role: 'code',
    words: ['科目编码', '功能分类科目编码', '支出功能分类科目编码', '功能科目编码', '科目代码', '功能分类科目代码', '编码', '代码', '经济分类科目编码', '部门预算经济分类科目编码', '政府预算经济分类科目编码', '支出经济分类科目编码', '科目编码（类款项）', '类款项', '功能分类'],
    families: ANY,
  },
  { key: 'class', role: 'code_part', words: ['类'], families: ANY },
  { key: 'section', role: 'code_part', words: ['款'], families: ANY },
  { key: 'item', role: 'code_part', words: ['项'], families: ANY },
  {
    key: 'name',
    role: 'name',
    words: ['科目名称', '功能分类科目名称', '支出功能分类科目名称', '经济分类科目名称', '名称', '项目', '项目名称', '单位（科目名称）', '单位名称（科目名称）', '科目', '支出项目', '收入项目', '单位名称'],
    families: ANY,
  },
  { key: 'econ_class', role: 'code', words: ['部门预算经济分类', '政府预算经济分类', '部门经济分类', '政府经济分类', '部门预算支出经济分类', '政府预算支出经济分类', '部门预算支出经济分类科目', '政府预算支出经济分类科目', '部门经济分类科目', '政府经济分类科目', '支出经济分类科目'], families: ANY },
  { key: 'project_type', role: 'name', words: ['类型', '项目类型', '项目类别'], families: ANY },
  { key: 'project_unit', role: 'name', words: ['项目单位', '预算单位'], families: ANY },
  { key: 'row_number', role: 'row_number', words: ['行次', '栏次', '序号', '行号'], families: ANY },
  { key: 'unit_code', role: 'unit_code', words: ['单位代码', '单位编码', '预算单位代码'], families: ANY },
  // —— totals and generic amounts ——
  { key: 'total', role: 'value', words: ['合计', '总计', '小计', '金额', '合计金额', '本年合计'], families: MONEY_ALL },
  { key: 'final_amount', role: 'value', words: ['决算数', '决算', '本年决算数', '决算金额', '执行数', '支出决算数', '本年支出决算数'], families: MONEY_ALL },
  { key: 'budget_initial', role: 'value', words: ['年初预算', '年初预算数', '预算数', '预算', '本年预算数', '预算金额', '年初预算金额'], families: MONEY_ALL },
  { key: 'budget_full_year', role: 'value', words: ['全年预算', '全年预算数', '调整预算数', '调整后预算数', '调整预算'], families: MONEY_ALL },
  { key: 'last_year', role: 'value', words: ['上年决算数', '上年预算数', '上年数', '上年执行数'], families: MONEY_ALL },
  { key: 'rate', role: 'value', words: ['执行率', '完成率', '预算执行率', '占比', '比重', '决算数为年初预算数的%', '决算数占年初预算的%', '完成年初预算的%', '决算数为预算数的%'], families: MONEY_ALL },
  { key: 'change', role: 'value', words: ['增减', '增减额', '比上年增减', '增减变化情况', '增减比例', '变动率'], families: MONEY_ALL },
  // —— income ——
  { key: 'income_total', role: 'value', words: ['本年收入合计', '本年收入', '收入合计', '收入总计', '本年收入小计'], families: INCOME },
  { key: 'income', role: 'value', words: ['收入', '收入预算'], families: INCOME },
  { key: 'grant', role: 'value', words: ['本年拨款', '本年财政拨款'], families: INCOME },
  { key: 'fiscal_carryover', role: 'value', words: ['财政拨款结转结余', '财政拨款结转', '上年财政拨款结转'], families: INCOME },
  {
    key: 'fiscal_grant',
    role: 'value',
    words: ['财政拨款收入', '财政拨款', '财政拨款（补助）', '财政拨款（补助）收入', '财政补助收入', '财政拨款补助', '一般公共预算拨款', '一般公共预算拨款收入', '财政拨款收入（补助）'],
    families: INCOME,
  },
  { key: 'general_budget', role: 'value', words: ['一般公共预算', '一般公共预算财政拨款', '一般公共预算财政拨款收入', '一般公共预算资金', '一般公共预算收入'], families: MONEY_ALL },
  { key: 'gov_fund', role: 'value', words: ['政府性基金预算', '政府性基金预算财政拨款', '政府性基金预算财政拨款收入', '政府性基金', '政府性基金预算拨款', '政府性基金预算拨款收入', '政府性基金收入'], families: MONEY_ALL },
  { key: 'state_capital', role: 'value', words: ['国有资本经营预算', '国有资本经营预算财政拨款', '国有资本经营预算财政拨款收入', '国有资本经营预算拨款', '国有资本经营预算拨款收入', '国有资本经营收入'], families: MONEY_ALL },
  { key: 'special_account', role: 'value', words: ['财政专户管理资金', '财政专户管理资金收入', '财政专户管理资金收入（教育收费）', '财政专户拨款', '教育收费'], families: INCOME },
  { key: 'unit_funds', role: 'value', words: ['单位资金', '其他资金'], families: INCOME },
  { key: 'superior_grant', role: 'value', words: ['上级补助收入', '上级补助'], families: INCOME },
  { key: 'business_income', role: 'value', words: ['事业收入', '事业收入（不含教育收费）'], families: INCOME },
  { key: 'operating_income', role: 'value', words: ['经营收入', '事业单位经营收入'], families: INCOME },
  { key: 'affiliated_income', role: 'value', words: ['附属单位上缴收入', '附属单位缴款'], families: INCOME },
  { key: 'other_income', role: 'value', words: ['其他收入'], families: INCOME },
  { key: 'carryover_start', role: 'value', words: ['年初结转和结余', '年初结转结余', '上年结转', '上年结转结余', '上年结转资金', '年初结转', '上年结余', '用事业基金弥补收支差额', '使用非财政拨款结余'], families: INCOME },
  // —— expenditure ——
  { key: 'expenditure_total', role: 'value', words: ['本年支出合计', '本年支出', '支出合计', '支出总计', '本年支出小计'], families: EXPEND },
  { key: 'expenditure', role: 'value', words: ['支出', '支出预算'], families: EXPEND },
  { key: 'basic', role: 'value', words: ['基本支出', '基本支出合计', '基本支出小计', '本年一般公共预算基本支出', '一般公共预算基本支出'], families: EXPEND },
  { key: 'personnel', role: 'value', words: ['人员经费', '人员经费合计', '人员支出'], families: EXPEND },
  { key: 'public', role: 'value', words: ['公用经费', '公用经费合计', '日常公用经费', '公用支出'], families: EXPEND },
  { key: 'project', role: 'value', words: ['项目支出', '项目支出合计', '项目支出小计'], families: EXPEND },
  { key: 'project_specific', role: 'value', words: ['特定目标类', '特定目标类项目', '特定目标类项目支出'], families: EXPEND },
  { key: 'project_running', role: 'value', words: ['其他运转类', '其他运转类项目', '其他运转类项目支出'], families: EXPEND },
  { key: 'project_personnel', role: 'value', words: ['人员类', '人员类项目'], families: EXPEND },
  { key: 'operating_costs', role: 'value', words: ['机关（机构）运行经费支出', '机关运行经费', '机关（机构）运行经费'], families: EXPEND },
  { key: 'to_superior', role: 'value', words: ['上缴上级支出'], families: EXPEND },
  { key: 'operating_expenditure', role: 'value', words: ['经营支出'], families: EXPEND },
  { key: 'to_affiliated', role: 'value', words: ['对附属单位补助支出'], families: EXPEND },
  { key: 'carryover_end', role: 'value', words: ['年末结转和结余', '年末结转结余', '结余分配', '年末结转', '年末结余'], families: EXPEND },
  // —— economic classes (columns of budget expenditure tables) ——
  { key: 'wages', role: 'value', words: ['工资福利支出'], families: EXPEND },
  { key: 'goods', role: 'value', words: ['商品和服务支出'], families: EXPEND },
  { key: 'family', role: 'value', words: ['对个人和家庭的补助', '对个人和家庭补助'], families: EXPEND },
  { key: 'capital', role: 'value', words: ['资本性支出', '资本性支出（基本建设）'], families: EXPEND },
  { key: 'enterprise', role: 'value', words: ['对企业补助', '对事业单位经常性补助', '债务利息及费用支出', '其他支出'], families: EXPEND },
  // —— 三公 ——
  { key: 'tp_total', role: 'value', words: ['"三公"经费合计', '三公经费合计', '"三公"经费', '三公经费'], families: ['three_public'] },
  { key: 'tp_abroad', role: 'value', words: ['因公出国（境）费', '因公出国（境）费用', '因公出国费'], families: ['three_public'] },
  { key: 'tp_vehicles', role: 'value', words: ['公务用车购置及运行费', '公务用车购置及运行维护费', '公务用车购置和运行维护费', '公务用车费'], families: ['three_public'] },
  { key: 'tp_vehicle_purchase', role: 'value', words: ['公务用车购置费', '公务用车购置'], families: ['three_public'] },
  { key: 'tp_vehicle_running', role: 'value', words: ['公务用车运行费', '公务用车运行维护费', '公务用车运行'], families: ['three_public'] },
  { key: 'tp_reception', role: 'value', words: ['公务接待费'], families: ['three_public'] },
  // Printed in 三公 tables that also report 会议费 and 培训费 (三公经费及会议费、培训费支出决算表).
  { key: 'meeting', role: 'value', words: ['会议费'], families: ['three_public'] },
  { key: 'training', role: 'value', words: ['培训费'], families: ['three_public'] },
];

/** Normalise one printed header word for lookup. */
export function normHeaderWord(raw: string): string {
  return normChars(cleanText(raw))
    .replace(/^\d{4}年度?/, '')
    .replace(/^(?:其中|含)[:：]?/, '')
    .replace(/^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．]/, '')
    .replace(/^（[0-9一二三四五六七八九十]{1,3}）/, '')
    .replace(/[:：]$/, '');
}

const BY_WORD: ReadonlyMap<string, readonly Term[]> = (() => {
  const m = new Map<string, Term[]>();
  for (const t of VOCABULARY) for (const w of t.words) m.set(normHeaderWord(w), [...(m.get(normHeaderWord(w)) ?? []), t]);
  return m;
})();

/** Every run of characters inside a vocabulary word (its starts, middles and ends, the whole word included), normalised. */
const WORD_PARTS: ReadonlySet<string> = new Set(
  VOCABULARY.flatMap((t) =>
    t.words.flatMap((w) => {
      const cs = [...normHeaderWord(w)];
      return cs.flatMap((_, i) => cs.slice(i).map((__, k) => cs.slice(i, i + k + 1).join('')));
    }),
  ),
);

/** Text printed inside some word of the vocabulary (`功能分类科` of 功能分类科目编码, `本年支` of 本年支出): a piece of a
 * header word broken over lines or cells. */
export function isWordPart(text: string): boolean {
  return WORD_PARTS.has(normHeaderWord(text));
}

/** Whether a term is read in tables of `family` (a term of every family, or any family asked for). */
const inFamily = (t: Term, family: VocabularyFamily): boolean => t.families.includes('any') || family === 'any' || t.families.includes(family);

/** Every start of a vocabulary word of two characters or more, normalised, with the terms it starts. */
const WORD_STARTS: ReadonlyMap<string, ReadonlySet<Term>> = (() => {
  const m = new Map<string, Set<Term>>();
  for (const t of VOCABULARY)
    for (const w of t.words) {
      const cs = [...normHeaderWord(w)];
      for (let k = 2; k <= cs.length; k++) {
        const start = cs.slice(0, k).join('');
        m.set(start, (m.get(start) ?? new Set()).add(t));
      }
    }
  return m;
})();

/** Whether text (two characters or more) begins some value word of the vocabulary (`上年结` of 上年结转). */
export function startsValueWord(text: string): boolean {
  return [...(WORD_STARTS.get(normHeaderWord(text)) ?? [])].some((t) => t.role === 'value');
}

/**
 * A header segment made of the starts of two or more different value words run together (`上年财政拨款事业`: the
 * starts of 上年结转, 财政拨款收入 and 事业收入) and no piece of any one word: words of several columns read as one,
 * the header misread, not a word the vocabulary lacks.
 */
export function isTornWord(segment: string, family: VocabularyFamily): boolean {
  const cs = [...normHeaderWord(segment)];
  if (cs.length < 4 || isWordPart(segment)) return false;
  const starts = (from: number, to: number) =>
    [...(WORD_STARTS.get(cs.slice(from, to).join('')) ?? [])].filter((t) => t.role === 'value' && inFamily(t, family));
  const spell = (from: number, used: ReadonlySet<Term>): boolean => {
    if (from === cs.length) return used.size >= 2;
    for (let to = from + 2; to <= cs.length; to++)
      for (const t of starts(from, to)) if (!used.has(t) && spell(to, new Set([...used, t]))) return true;
    return false;
  };
  return spell(0, new Set());
}

/** The vocabulary family of a table kind. */
export function familyOf(kind: TableKind): VocabularyFamily {
  if (/three_public/.test(kind)) return 'three_public';
  if (/summary$/.test(kind) && !/economic/.test(kind)) return 'summary';
  if (/income$/.test(kind)) return 'income';
  if (/economic|basic/.test(kind)) return 'economic';
  return 'expenditure';
}

/** The term a printed header word means in a family, or null when the vocabulary does not know it. */
export function lookupWord(word: string, family: VocabularyFamily = 'any'): Term | null {
  const hits = BY_WORD.get(normHeaderWord(word));
  if (!hits) return null;
  return hits.find((t) => inFamily(t, family)) ?? null;
}

/** A total of a table's value columns: 合计 and its like, 本年收入合计, 本年支出合计. */
export const isTotalWord = (text: string): boolean => ['total', 'income_total', 'expenditure_total'].includes(lookupWord(text)?.key ?? '');

/** One column of a flattened header, with its meaning. */
export interface ColumnMeaning {
  /** Flattened printed label (`本年支出/基本支出`), a word wrapped over two header lines joined (`本年收入合计`). */
  label: string;
  role: ColumnRole | null;
  /** Meaning keys of the label's segments, top to bottom (`expenditure_total/basic`); null when any is unknown. */
  key: string | null;
  /** Printed segments the vocabulary does not know (reported, never guessed). */
  unknown: string[];
}

/**
 * The meaning of each flattened header label. The role is the role of the LAST segment (a `项目/科目名称` column
 * is a name column; `本年支出/基本支出` is a value column); an empty label has role null.
 */
export function mapHeader(labels: readonly string[], family: VocabularyFamily): ColumnMeaning[] {
  return labels.map((printed) => {
    if (!printed) return { label: printed, role: null, key: null, unknown: [] };
    const segs = joinWrappedSegments(printed.split('/').filter((s) => s !== ''), family);
    const label = segs.join('/');
    const terms = segs.map((s) => lookupWord(s, family));
    const unknown = segs.filter((_, i) => terms[i] === null);
    const last = terms[terms.length - 1] ?? null;
    let role: ColumnRole | null = last?.role ?? (unknown.length > 0 ? 'value' : null);
    // "项目/功能分类科目编码" → code; "项目" alone over a value is a group heading, not a role.
    if (last && last.role !== 'value') role = last.role;
    return { label, role, key: unknown.length === 0 ? terms.map((t) => t!.key).join('/') : null, unknown };
  });
}

/**
 * A header word wrapped over two header lines of the same column (`本年收入合` / `计`, `财政拨款收` / `入`) is one
 * word: consecutive segments that the vocabulary does not know apart but knows joined are joined; so are two known
 * segments whose join is a word of the upper one's own meaning (`一般公共预算拨款` / `收入`: the rest of the word, not
 * a part under it), unless the lower one is a subtotal.
 */
/** A subtotal under a group (`基本支出` / `小计`) is the group's own column, never the rest of its word. */
const SUBTOTAL_WORDS = new Set<string>([SUBTOTAL_WORD, ...TOTAL_WORDS]);

function joinWrappedSegments(segs: string[], family: VocabularyFamily): string[] {
  const out: string[] = [];
  for (const s of segs) {
    const prev = out[out.length - 1];
    const upper = prev === undefined ? null : lookupWord(prev, family);
    const joined = prev === undefined ? null : lookupWord(prev + s, family);
    const rest = joined !== null && upper !== null && joined.key === upper.key && !SUBTOTAL_WORDS.has(normHeaderWord(s));
    if (prev !== undefined && joined && (!upper || !lookupWord(s, family) || rest)) out[out.length - 1] = prev + s;
    else out.push(s);
  }
  return out;
}

/** True when every non-empty cell of a row is a header word of the vocabulary (a header repeated after a page break). */
export function isHeaderWordRow(cells: readonly string[], family: VocabularyFamily = 'any'): boolean {
  const ne = cells.map((c) => normHeaderWord(c)).filter((c) => c !== '');
  if (ne.length === 0) return false;
  let words = 0;
  for (const c of ne) if (lookupWord(c, family)) words++;
  return words >= Math.max(2, Math.ceil(ne.length / 2));
}

/** Report the value columns whose header words the vocabulary does not know (once per table). */
export function reportUnknownColumns(ctx: TableContext, first: SourceLine | undefined, meanings: ColumnMeaning[], valueIdx: number[]): void {
  const unknown = valueIdx.filter((j) => meanings[j]!.unknown.length > 0);
  if (unknown.length === 0 || !first) return;
  const words = [...new Set(unknown.flatMap((j) => meanings[j]!.unknown))];
  ctx.problem(
    first,
    `表头中有词表未收录的列「${unknown.map((j) => meanings[j]!.label).join('」「')}」（未知词：${words.join('、')}）：数值按印刷的列名保留，含义未确定`,
    'unknown_column',
    'warning',
  );
}
