import type { Metadata, Problem } from '../model/document.ts';
import { cleanText } from '../text/clean.ts';
import type { SourceLine } from '../text/lines.ts';
import { departmentType } from './department-types.ts';
import { resolveRegion, type ResolvedRegion } from './gazetteer.ts';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二三年九月 → 2023-09; 2023年9月 → 2023-09. */
export function parsePublicationMonth(text: string): string | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  let m = /^([〇零Ｏ一二三四五六七八九O]{4})年([一二三四五六七八九十]{1,3})月$/.exec(t);
  if (m) {
    const year = [...m[1]!].map((c) => CN_DIGITS[c]).join('');
    const mon = m[2]!;
    const month = mon === '十' ? 10 : mon.startsWith('十') ? 10 + CN_DIGITS[mon[1]!]! : mon.endsWith('十') ? 10 * CN_DIGITS[mon[0]!]! : CN_DIGITS[mon]!;
    return `${year}-${String(month).padStart(2, '0')}`;
  }
  m = /^(\d{4})年(\d{1,2})月$/.exec(t);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return null;
}

const DEPT_SUFFIX_RE = /(?:部门|单位)?(?:决算|预算)(?:公开|报告|说明)?$/;
/** The endings of an organ's name (局, 委员会, 部, 中心 …). */
const ORGAN_END_RE = /(?:局|委|委员会|办|办公室|厅|院|中心|部|会|所|站|馆|队|处|社|署|校|政府)$/;
/** A title line `XXX2022年(度)部门预算` or `XXX 2022 年部门决算公开`: the department is what precedes the year. */
const TITLE_RE = /^(.{4,60}?)(?:\d{4})年度?(?:部门|单位)?(?:决算|预算)/;
/** An organ name printed alone on the line after its parent (`中共上海市普陀区委` / `社会工作部`). */
const CONTINUATION_RE = /^[\u4e00-\u9fa5（）()]{2,14}(?:部|办公室|办|委员会|局|中心|处)$/;
/** A parent that is not a department by itself: a party committee or a people's government. */
const PARENT_END_RE = /(?:[省市区县州旗]委|党委|党工委|工委|人民政府|政府)$/;
/** Labels of the department on a table or form: 部门名称, 单位名称, 编制单位, 填报单位(公章). */
const LABEL_RE = /^(?:部门名称|单位名称|编制单位|填报单位|编报单位|部门|单位)(?:[（(]公章[）)])?[：:]?$/;
const LABEL_INLINE_RE = /^(?:部门名称|单位名称|编制单位|填报单位|编报单位|部门)(?:[（(]公章[）)])?[：:]\s*(.+)$/;

export interface MetadataResult {
  metadata: Omit<Metadata, 'department_slug'> & { department_slug: string };
  problems: Problem[];
}

/** A department name as printed on a cover or title line, or null (years, 目录, dates are not names). */
function coverName(flat: string): string | null {
  const title = TITLE_RE.exec(flat);
  const name = title ? title[1]! : flat.replace(/^\d{4}年度?/, '').replace(DEPT_SUFFIX_RE, '').replace(/部门$/, '');
  const cleaned = name.replace(/^[#*\s]+|[#*\s]+$/g, '');
  return cleaned.length >= 4 && ORGAN_END_RE.test(cleaned) && !/\d{4}年/.test(cleaned) ? cleaned : null;
}

/** The department printed next to a label anywhere in the text (first one found), with its line. */
export function labelledDepartments(lines: SourceLine[]): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  for (const l of lines) {
    const cells = l.cells.map((c) => cleanText(c).trim()).filter((c) => c !== '');
    const first = cells[0] ?? '';
    if (first.length > 200) continue;
    let value: string | null = null;
    const inline = LABEL_INLINE_RE.exec(first);
    if (inline) value = inline[1]!;
    else if (LABEL_RE.test(first.replace(/\s+/g, ''))) value = cells[1] ?? null;
    if (!value) continue;
    // The value ends at a unit statement or a second label printed on the same line.
    const name = value.split(/\s{2,}|(?:金额)?单位[：:]|日期[：:]|\d{4}年/)[0]!.replace(/[\s\u3000]+/g, '').replace(/[。；;，,]$/, '');
    if (name.length >= 4 && ORGAN_END_RE.test(name)) out.push({ name, line: l.n });
  }
  return out;
}

/**
 * Read the cover (first lines before 目录): department, fiscal year, document kind, publication month. The department
 * comes from the cover or a title line (`XXX2022年部门预算`), completed or replaced by the one printed after a label
 * (部门名称, 单位名称, 编制单位, 填报单位) when that is longer and starts the same, and never cut short: an organ
 * printed on the line after its parent committee is joined to it. Then region (GB/T 2260) and department type,
 * budget units (纳入…编制范围的单位 / 所属预算单位) and staffing where printed.
 */
export function readMetadata(lines: SourceLine[], fileSlug: string): MetadataResult {
  const problems: Problem[] = [];
  const cover: { n: number; t: string }[] = [];
  for (const l of lines) {
    const t = cleanText(l.raw).replace(/\t/g, ' ').trim();
    if (!t) continue;
    if (/^[#\s]*目\s*录$/.test(t) || /^[#\s]*第[一二三四五六七八九十]+部分/.test(t)) break;
    cover.push({ n: l.n, t });
    if (cover.length > 12) break;
  }
  let department = '';
  let departmentLine = 0;
  let year: number | null = null;
  let kind: 'final' | 'budget' | null = null;
  let published: string | null = null;
  for (let i = 0; i < cover.length; i++) {
    const { t, n } = cover[i]!;
    const flat = t.replace(/[\s\u3000]+/g, '');
    const pm = parsePublicationMonth(flat.replace(/^#+/, ''));
    if (pm) {
      published = pm;
      continue;
    }
    const ym = /(\d{4})年度?/.exec(flat);
    if (ym && year === null) year = Number(ym[1]);
    if (/决算/.test(flat)) kind = kind ?? 'final';
    if (/预算/.test(flat) && !/决算/.test(flat)) kind = kind ?? 'budget';
    if (department) continue;
    let name = coverName(flat);
    if (!name) continue;
    // `中共上海市普陀区委` / `社会工作部`: the organ printed on the next line completes its parent.
    const next = cover[i + 1]?.t.replace(/[\s\u3000#*]+/g, '') ?? '';
    if (PARENT_END_RE.test(name) && CONTINUATION_RE.test(next)) name += next;
    department = name;
    departmentLine = n;
  }
  const labelled = labelledDepartments(lines);
  if (!department && labelled[0]) {
    department = labelled[0].name;
    departmentLine = labelled[0].line;
  } else if (department) {
    // A cover name cut short (a line break, a parent alone) is completed by a labelled name that extends it.
    const longer = labelled.find((x) => x.name.length > department.length && x.name.startsWith(department));
    if (longer) department = longer.name;
  }
  if (!department) problems.push({ severity: 'error', line: 1, message: '封面、标题和表格中都没有找到部门名称', raw: cover[0]?.t ?? '', code: 'no_department' });
  if (year === null) {
    for (const l of lines.slice(0, 200)) {
      const m = /(\d{4})\s*年度/.exec(l.raw);
      if (m) {
        year = Number(m[1]);
        break;
      }
    }
  }
  if (year === null) problems.push({ severity: 'error', line: 1, message: '没有找到预决算年度', raw: cover[0]?.t ?? '', code: 'no_year' });
  if (kind === null) {
    const head = lines.slice(0, 300).map((l) => l.raw).join('\n');
    const finals = (head.match(/决算/g) ?? []).length;
    const budgets = (head.match(/预算表|部门预算/g) ?? []).length;
    kind = finals >= budgets && finals > 0 ? 'final' : budgets > 0 ? 'budget' : null;
  }
  if (kind === null) problems.push({ severity: 'error', line: 1, message: '无法判断是决算还是预算', raw: cover[0]?.t ?? '', code: 'no_doc_kind' });

  const { region, organ, problem } = placeOf(department, [...labelled.map((x) => x.name), ...cover.map((c) => c.t)], departmentLine || (cover[0]?.n ?? 1));
  if (problem) problems.push(problem);
  const type = department ? departmentType(organ) : null;
  if (department && !type) problems.push({ severity: 'info', line: departmentLine || 1, message: `部门类型未能识别：${department}`, raw: department, code: 'unknown_department_type' });

  return {
    metadata: {
      department: department || '未知部门',
      region: { province: region.province, city: region.city, county: region.county, code: region.code },
      fiscal_year: year ?? 0,
      doc_kind: kind ?? 'final',
      published,
      budget_units: readBudgetUnits(lines),
      staffing: readStaffing(lines),
      region_slug: region.slug,
      department_slug: fileSlug,
      department_type: type?.key ?? null,
      department_type_name: type?.name ?? null,
    },
    problems,
  };
}

/**
 * The region of a department: from its own name, else from the other places it is printed (labels, cover lines).
 * Returns the organ part of the name (the department without its place) for typing, and a problem when the place is
 * unknown or ambiguous (then no region: reported, never guessed).
 */
function placeOf(department: string, others: string[], line: number): { region: ResolvedRegion; organ: string; problem: Problem | null } {
  const own = resolveRegion(department);
  // The organ is the name without its place, an organ prefix kept (中共…区委社会工作部 → 中共委社会工作部, 政协…委员会 → 政协委员会).
  const flat = department.replace(/[\s\u3000]+/g, '');
  const organ = flat.slice(0, own.start) + flat.slice(own.matched);
  if (own.code) return { region: own, organ, problem: null };
  for (const t of others) {
    const r = resolveRegion(t);
    if (r.code) return { region: r, organ, problem: null };
  }
  if (!department) return { region: own, organ, problem: null };
  const problem: Problem = own.ambiguous.length
    ? { severity: 'warning', line, message: `地名有多个可能（${own.ambiguous.map((a) => `${a.name} ${a.code}`).join('、')}），未判定地区：${department}`, raw: department, code: 'ambiguous_region' }
    : { severity: 'warning', line, message: `没有在全国行政区划中找到地名：${department}`, raw: department, code: 'unknown_region' };
  return { region: own, organ, problem };
}

/** 纳入…编制范围的单位 lists: numbered lines (`1. 焦作市工业和信息化局本级。`) after the statement. */
export function readBudgetUnits(lines: SourceLine[]): { code: string | null; name: string }[] {
  const out: { code: string | null; name: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = cleanText(lines[i]!.raw).trim();
    if (!/(?:编制范围的单位|所属预算单位|所属单位预算包括|预算单位构成|单位预算包括|预算单位，包括)/.test(t)) continue;
    // Inline list: "包括阳泉市工业和信息化局、…3家单位"
    // Length guard: the lazy group is quadratic on a long line repeating 包括 (docs/security.md).
    const inline = t.length <= 2000 ? /包括[：:]?([^：:]+?)(?:等?\d+家单位|共\d+个|。|$)/.exec(t) : null;
    if (inline && /、/.test(inline[1]!)) {
      for (const n of inline[1]!.split('、')) out.push({ code: null, name: n.replace(/[。；;]$/, '').trim() });
      if (out.length) return out;
    }
    for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
      const s = cleanText(lines[j]!.raw).trim();
      // (a page's number or running head between two items of the list: page furniture, no end of it)
      if (!s || lines[j]!.skip) continue;
      const m = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])\s*(.+?)[。；;]?$/.exec(s);
      if (!m) break;
      out.push({ code: null, name: m[1]!.trim() });
    }
    if (out.length) return out;
  }
  return out;
}

/** Staffing statements such as 编制数 / 实有人数 / 在职人员 N人. */
export function readStaffing(lines: SourceLine[]): { label: string; value: string; line: number }[] {
  const out: { label: string; value: string; line: number }[] = [];
  const re = /(行政编制|事业编制|编制数|核定编制|共有编制|实有人数|在职人员|在职人数|离退休人员|退休人员|离休人员|其中行政|其中事业|编制)[^0-9，。；]{0,8}?(\d{1,5})\s*人/g;
  for (const l of lines) {
    // Cell by cell: 阳泉 prints staffing inside the 自评表's 部门基本信息 block.
    for (const cell of l.cells) {
      if (cell.length > 2000) continue;
      const t = cleanText(cell);
      for (const m of t.matchAll(re)) out.push({ label: m[1]!, value: m[2]!, line: l.n });
    }
  }
  return out;
}
