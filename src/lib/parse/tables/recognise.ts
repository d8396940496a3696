import type { TableKind } from '../../model/table.ts';
import { cleanText } from '../../text/clean.ts';
import { withoutTrailingUnit } from './unit.ts';

/** The 收支总表 kinds: the tables whose totals the settle stage places a 收入 table's undecided figures by (the
 * `source` of `settle/income-sources.ts` and `settle/budget-income-sources.ts`), which the spaced reader asks a
 * document to name before it leaves such figures to the settle stage (`read/spaced-lines.ts` `namesSummaryTable`). */
export const SUMMARY_KINDS: readonly TableKind[] = ['final_summary', 'budget_summary'];

/**
 * Table recognition by title and aliases — never by printed number (阳泉 prints 三公 as 公开07表,
 * 焦作/平顶山 as 公开09表). Titles are normalised (markup, numbering, year and department prefixes,
 * 续表 marks removed) and compared exactly against the alias list of each kind.
 */
export const TITLE_ALIASES: ReadonlyArray<{ kind: TableKind; titles: readonly string[] }> = [
  { kind: 'final_summary', titles: ['收入支出决算总表', '部门收入支出决算总表'] },
  { kind: 'final_income', titles: ['收入决算表', '部门收入决算表', '收入决算总表'] },
  { kind: 'final_expenditure', titles: ['支出决算表', '部门支出决算表', '支出决算总表'] },
  { kind: 'final_fiscal_summary', titles: ['财政拨款收入支出决算总表'] },
  { kind: 'final_general_expenditure', titles: ['一般公共预算财政拨款支出决算表'] },
  {
    kind: 'final_general_basic',
    titles: [
      '一般公共预算财政拨款基本支出决算明细表',
      '一般公共预算财政拨款支出决算明细表',
      '一般公共预算财政拨款基本支出决算表',
    ],
  },
  {
    kind: 'final_gov_fund',
    titles: ['政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款支出决算表'],
  },
  {
    kind: 'final_state_capital',
    titles: ['国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收入支出决算表'],
  },
  {
    kind: 'final_three_public',
    titles: [
      '财政拨款"三公"经费支出决算表',
      '一般公共预算财政拨款"三公"经费支出决算表',
      '"三公"经费支出决算表',
      '一般公共预算财政拨款"三公"经费及会议费、培训费支出决算表',
      '财政拨款"三公"经费支出决算情况表',
    ],
  },
  { kind: 'final_disclosure_stats', titles: ['部门决算公开相关信息统计表', '决算公开相关信息统计表'] },
  {
    kind: 'perf_overall_selfeval',
    titles: [
      '部门整体支出绩效自评情况表',
      '部门整体支出绩效自评表',
      '部门整体自评表',
      '部门（单位）整体支出绩效自评表',
      '部门整体绩效自评表',
    ],
  },
  { kind: 'perf_project_selfeval', titles: ['项目支出绩效自评情况表', '项目支出绩效自评表', '项目绩效自评表'] },
  { kind: 'budget_summary', titles: ['部门收支总体情况表', '部门收支预算表', '部门收支预算总表', '收支预算总表', '部门收支总表'] },
  { kind: 'budget_income', titles: ['部门收入总体情况表', '部门收入预算表', '收入预算表', '部门收入总表', '收入预算总表'] },
  { kind: 'budget_expenditure', titles: ['部门支出总体情况表', '部门支出预算表', '支出预算表', '部门支出总表', '支出预算总表'] },
  {
    kind: 'budget_fiscal_summary',
    titles: ['财政拨款收支总体情况表', '财政拨款收支预算表', '财政拨款收支预算总表', '财政拨款收支总表'],
  },
  {
    kind: 'budget_general_expenditure',
    titles: ['一般公共预算支出情况表', '一般公共预算支出预算表', '一般公共预算支出表'],
  },
  { kind: 'budget_general_basic', titles: ['一般公共预算基本支出表', '一般公共预算基本支出预算表', '一般公共预算基本支出情况表', '基本支出预算表'] },
  { kind: 'budget_general_basic_detail', titles: ['一般公共预算基本支出明细表'] },
  { kind: 'budget_economic_summary', titles: ['支出经济分类汇总表', '部门支出经济分类汇总表'] },
  {
    kind: 'budget_three_public',
    titles: [
      '一般公共预算"三公"经费支出情况表',
      '一般公共预算"三公"经费预算表',
      '一般公共预算"三公"经费支出预算表',
      '"三公"经费预算表',
      '一般公共预算"三公"经费支出表',
      '"三公"经费支出预算表',
      '"三公"经费和机关运行经费预算表',
    ],
  },
  { kind: 'budget_gov_fund', titles: ['政府性基金预算支出情况表', '政府性基金支出预算表', '政府性基金预算支出表', '政府性基金预算支出预算表'] },
  {
    kind: 'budget_state_capital',
    titles: ['国有资本经营预算支出情况表', '国有资本经营支出预算表', '国有资本经营预算支出表', '国有资本经营预算支出预算表'],
  },
  { kind: 'budget_projects', titles: ['项目支出预算表', '部门项目支出预算表', '项目支出表', '部门预算项目支出表'] },
  {
    kind: 'budget_operating_costs',
    titles: ['机关（机构）运行经费', '机关运行经费预算表', '机关（机构）运行经费预算表', '行政（事业）单位机构运转经费'],
  },
  {
    kind: 'perf_overall_targets',
    titles: ['部门（单位）整体绩效目标表', '本级部门整体绩效目标表', '部门整体绩效目标表', '整体绩效目标表'],
  },
  {
    kind: 'perf_project_targets',
    titles: ['项目绩效目标表', '部门预算项目绩效目标汇总表', '部门预算项目绩效目标表', '项目绩效目标汇总表'],
  },
];

const CN_NUM = '一二三四五六七八九十百零〇';

/**
 * A printed table number, in every numbering style seen in disclosures: `公开01表`, `预算03表`, `决算1表`,
 * `部门公开表05`, `表1`, `表 1：`, `表一`, `表1-1`, `附表1`, `附表一`, `附件1`, `附件1-1`. Applied to text with
 * whitespace removed. A Chinese number (after 表, 附表, 附件 only) is read as a numeral (`表五`, `表十一`, `表二十`), so
 * the name after it keeps its first character (`表五一般公共预算…` is 表五 + 一般公共预算…, and in
 * `部门决算表一般公共预算…` the running head is not a number).
 */
// Literals (not built at run time) so the regex stress test covers them (docs/security.md).
const NUMBER_ONLY_RE = /^(?:公开|预算|决算|部门公开表|部门预算表|部门决算表)[0-9]{1,3}(?:[-－—.．][0-9]{1,2})?表?[：:、.．]?$|^(?:附表|附件|表)(?:[0-9]{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九零〇])(?:[-－—.．][0-9]{1,2})?表?[：:、.．]?$/;
const NUMBER_PREFIX_RE = /^(?:公开|预算|决算|部门公开表|部门预算表|部门决算表)[0-9]{1,3}(?:[-－—.．][0-9]{1,2})?表?[：:、.．]?|^(?:附表|附件|表)(?:[0-9]{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九零〇])(?:[-－—.．][0-9]{1,2})?表?[：:、.．]?/;
const NUMBER_SUFFIX_RE = /[(（]?(?:公开|预算|决算|部门公开表|部门预算表|部门决算表)[0-9]{1,3}(?:[-－—.．][0-9]{1,2})?表?[)）]?$|[(（]?(?:附表|附件|表)(?:[0-9]{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九零〇])(?:[-－—.．][0-9]{1,2})?表?[)）]?$/;

/** A running head printed before the title on the same line (`2023年度部门决算表 收入支出决算总表`). */
const RUNNING_HEAD_RE = /^.{0,30}?(?:部门|单位)?(?:决算|预算)(?:公开)?(?:报表|表)(?=.{4})/;

/**
 * Normalise a printed title for matching: markup and list marks removed, 目录 numbering (`一、`) and dot leaders
 * removed, the table number in any style (`公开01表`, `表1`, `附表一`, `附件1-1` …, before or after the name),
 * year prefix (`2024 年`, `2022年度`) and any text before 年 removed, a running head (`部门决算表`) removed,
 * `（续）` removed, quotes unified.
 */
export function normaliseTitle(raw: string): string {
  const cells = raw.split('\t').filter((c) => c.trim() !== '');
  // A number printed in a cell of its own (`表1⇥收入支出决算总表`) is not part of the name.
  const named = cells.find((c) => parseTableNumber(c) === null) ?? cells[0] ?? '';
  let s = dropLeadingNumberToken(cleanText(named).trim());
  s = s.replace(/^[-*•·]\s*/, '');
  s = s.replace(/[.．。…·]{2,}.*$/, '');
  s = s.replace(new RegExp(`^[${CN_NUM}]{1,3}[、.．]\\s*`), '');
  s = s.replace(/^\d{1,2}[、.．]\s*/, '');
  s = s.replace(/^[(（][0-9一二三四五六七八九十]{1,3}[)）]\s*/, '');
  s = s.replace(/[\s\u3000]+/g, '');
  s = s.replace(/[“”"＂「」]/g, '"');
  s = s.replace(/\(/g, '（').replace(/\)/g, '）');
  s = s.replace(NUMBER_PREFIX_RE, '');
  s = s.replace(/（续(?:表)?）$|续表$/, '');
  // A unit or year printed after the name on the title line: "收入决算表（单位：万元）", "收入决算表（2023年度）".
  s = s.replace(/（?(?:金额)?单位[：:][^）]{1,6}）?$/, '').replace(/（\d{4}年度?）$/, '');
  s = s.replace(NUMBER_SUFFIX_RE, '');
  // Year prefix, optionally preceded by a department or region name: "焦作市…局2024年度部门预算表" keeps "部门预算表".
  s = s.replace(/^.{0,40}?\d{4}年度?/, '');
  s = s.replace(NUMBER_PREFIX_RE, '');
  s = s.replace(RUNNING_HEAD_RE, '');
  s = s.replace(NUMBER_PREFIX_RE, '');
  return s;
}

const ALIAS_MAP: ReadonlyMap<string, TableKind> = new Map(
  TITLE_ALIASES.flatMap(({ kind, titles }) => titles.map((t) => [normaliseTitle(t), kind] as const)),
);

/** A table number printed as a word of its own before the name (`表十 一般公共预算…`) is removed whole. */
function dropLeadingNumberToken(s: string): string {
  const m = /^(\S{1,12})[\s\u3000]+(?=\S)/.exec(s);
  return m && parseTableNumber(m[1]!) !== null ? s.slice(m[0].length) : s;
}

/** The printed table number on a title line (`表1 收入支出决算总表` → `表1`), or null. */
export function titleNumber(raw: string): string | null {
  const first = /^(\S{1,12})[\s\u3000]+\S/.exec(cleanText(raw).trim());
  const word = first ? parseTableNumber(first[1]!) : null;
  if (word) return word;
  const t = cleanText(raw).replace(/[\s\u3000\t]+/g, '').replace(/^.{0,40}?\d{4}年度?/, '').replace(RUNNING_HEAD_RE, '');
  const m = NUMBER_PREFIX_RE.exec(t) ?? NUMBER_SUFFIX_RE.exec(t);
  return m ? m[0].replace(/^[(（]|[)）：:、.．]$/g, '').replace(/[)）]$/, '') : null;
}

/**
 * A printed title without its table number (`表1 收入支出决算总表` → `收入支出决算总表`, `收入决算表（公开02表）` →
 * `收入决算表`); otherwise as printed. The number is kept apart (Table.number).
 */
export function titleName(title: string): string {
  const t = withoutTrailingUnit(cleanText(title).trim()).trim();
  const tokens = t.split(/[\s\u3000]+/);
  // A running head before the name (`2023年度部门决算表 收入支出决算总表`) is not part of it.
  for (let k = 1; k < tokens.length; k++) {
    const rest = tokens.slice(k).join(' ');
    if (/(?:决算|预算)(?:公开)?(?:报表|表)$/.test(tokens.slice(0, k).join('')) && recogniseTitle(rest)) return titleName(rest);
  }
  for (const k of [2, 1]) {
    if (tokens.length > k && parseTableNumber(tokens.slice(0, k).join('')) !== null) return tokens.slice(k).join(' ');
  }
  const lead = NUMBER_PREFIX_RE.exec(t);
  if (lead && t.length - lead[0].length >= 4 && recogniseTitle(t.slice(lead[0].length))) return t.slice(lead[0].length);
  const tail = NUMBER_SUFFIX_RE.exec(t);
  if (tail && tail.index >= 4 && recogniseTitle(t.slice(0, tail.index))) return t.slice(0, tail.index).trim();
  return t;
}

function isAttachmentHeading(t: string, raw: string): boolean {
  // "附件：2022年郑州市工业和信息化局部门预算表" opens a part; a numbered "附件1 收入决算表" is a table title.
  return /^附件|^附表/.test(t) || (/^\s*(?:#+\s*)?附[件表][：:\s]/.test(raw) && !NUMBER_PREFIX_RE.test(raw.replace(/[\s\u3000#]+/g, '')));
}

/** The kind of a title, or null when the text is not a known table title. */
export function recogniseTitle(raw: string): TableKind | null {
  const t = normaliseTitle(raw);
  if (t.length < 4 || t.length > 60) return null;
  if (isAttachmentHeading(t, raw)) return null;
  const exact = ALIAS_MAP.get(t) ?? ALIAS_MAP.get(plainName(t));
  if (exact) return exact;
  // A leading place or department name ("阳泉市部门（单位）整体支出绩效自评表", "郑州市工业和信息化局部门收支总体情况表").
  const stripped = t.replace(/^.{1,24}?(?:省|市|区|县|局|委员会|委|办公室|中心)(?=部门|项目|一般|财政|政府|国有|收入|支出|本级|整体)/, '');
  return stripped !== t ? ALIAS_MAP.get(stripped) ?? ALIAS_MAP.get(plainName(stripped)) ?? null : null;
}

/**
 * A 预算 title said in its plain words: provinces name the same table with words that do not change what it holds.
 * The holder before the name (`预算单位财务收支预算总表`, `部门一般公共预算…`), 财务 before 收支 (`财务收支预算总表` is the
 * 收支总表), and the classification the rows follow (`…支出功能分类预算表`, `…基本支出部门预算经济分类预算表`) are
 * dropped: `一般公共预算支出功能分类预算表` → `一般公共预算支出预算表`.
 */
function plainName(t: string): string {
  if (!/预算/.test(t) || /决算/.test(t)) return t;
  return t
    .replace(/^(?:预算单位|单位|部门|本级)(?=.{5})/, '')
    .replace(/^财务收支/, '收支')
    .replace(/(?:部门预算|政府预算|部门|政府)?(?:功能|经济)分类(?=(?:预算)?表$)/, '');
}

/** A line that looks like a table title but matches no alias: ends in 表, short, no sentence punctuation. */
export function looksLikeTableTitle(raw: string): boolean {
  const t = normaliseTitle(raw);
  if (t.length < 5 || t.length > 40) return false;
  if (isAttachmentHeading(t, raw)) return false;
  if (/[，。；：,;]/.test(t)) return false;
  return /(?:决算表|预算表|情况表|明细表|统计表|汇总表|总表|自评表|目标表)$/.test(t);
}

/** Printed table number alone on a line (公开01表 / 预算03表 / 部门公开表05 / 表1 / 附表一 / 附件1-1). */
export function parseTableNumber(raw: string): string | null {
  return tableNumberOf(cleanText(raw).replace(/[\s\u3000\t]+/g, ''));
}

/** parseTableNumber of a clean text without whitespace. */
function tableNumberOf(flat: string): string | null {
  const t = flat.replace(/^[(（]|[)）]$/g, '');
  return NUMBER_ONLY_RE.test(t) ? t.replace(/[：:、.．]$/, '') : null;
}

/** A name printed with the table number after it on one meta line (`上海市某局 预算01-1表`, spaces removed): the number dropped. */
export function withoutTableNumber(s: string): string {
  return s.replace(NUMBER_SUFFIX_RE, '');
}

/** The department named on a meta line (`部门：…`, `单位名称：…`, `编制单位：…`). */
export const DEPT_LINE_RE = /^(?:部门|部门名称|单位名称|编制部门|编制单位|预算单位|填报单位|单位)[:：]\s*(.*)$/;
/** A year printed alone (`2023年度`). */
export const YEAR_LINE_RE = /^\d{4}\s*年度?$/;
/** A date printed alone (`2023年9月`). */
export const DATE_LINE_RE = /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;

/**
 * A table's meta line, printed above or below its title: number, unit, department, year or date, alone or several
 * on one line (`部门：测试局⇥单位：万元`). Every non-empty cell must be a meta cell. Cells are clean (segmented lines).
 */
export function isMetaLine(cells: readonly string[]): boolean {
  const ne = cells.map((c) => c.replace(/[\s\u3000]+/g, '')).filter((c) => c !== '');
  if (ne.length === 0) return false;
  return ne.every(
    (c) =>
      tableNumberOf(c) !== null ||
      YEAR_LINE_RE.test(c) ||
      DATE_LINE_RE.test(c) ||
      /^(?:金额)?单位[：:]/.test(c) ||
      DEPT_LINE_RE.test(c) ||
      // "部门：测试局 单位：万元" in one cell
      /^(?:部门|部门名称|单位名称|编制部门|编制单位|预算单位)[:：].{0,40}(?:金额)?单位[：:]/.test(c),
  );
}
