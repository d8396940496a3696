import type { Metadata, Problem } from '../model/document.ts';
import { cleanText } from '../text/clean.ts';
import type { SourceLine } from '../text/lines.ts';
import { resolveRegion } from './gazetteer.ts';

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

const DEPT_SUFFIX_RE = /(?:部门)?(?:决算|预算)(?:公开)?$/;

export interface MetadataResult {
  metadata: Omit<Metadata, 'department_slug'> & { department_slug: string };
  problems: Problem[];
}

/**
 * Read the cover (first lines before 目录): department, fiscal year, document kind, publication month.
 * Then budget units (纳入…编制范围的单位 / 所属预算单位) and staffing where printed.
 */
export function readMetadata(lines: SourceLine[], fileSlug: string): MetadataResult {
  const problems: Problem[] = [];
  const cover: { n: number; t: string }[] = [];
  for (const l of lines) {
    const t = cleanText(l.raw).replace(/\t/g, ' ').trim();
    if (!t) continue;
    if (/^目\s*录$/.test(t) || /^第[一二三四五六七八九十]+部分/.test(t)) break;
    cover.push({ n: l.n, t });
    if (cover.length > 12) break;
  }
  let department = '';
  let year: number | null = null;
  let kind: 'final' | 'budget' | null = null;
  let published: string | null = null;
  for (const { t } of cover) {
    const flat = t.replace(/[\s\u3000]+/g, '');
    const pm = parsePublicationMonth(flat);
    if (pm) {
      published = pm;
      continue;
    }
    const ym = /(\d{4})年度?/.exec(flat);
    if (ym && year === null) year = Number(ym[1]);
    if (/决算/.test(flat)) kind = kind ?? 'final';
    if (/预算/.test(flat) && !/决算/.test(flat)) kind = kind ?? 'budget';
    const name = flat.replace(/^\d{4}年度?/, '').replace(DEPT_SUFFIX_RE, '').replace(/部门$/, '');
    if (!department && /(?:局|委|委员会|办|办公室|厅|院|中心|部|会|所|站|馆|队|处|社|署)$/.test(name) && name.length >= 4) department = name;
  }
  // Fall back to the first 部门：line of a table.
  if (!department) {
    for (const l of lines) {
      const m = /^(?:部门|部门名称|单位名称)[：:]\s*(\S+?)(?:\s|$)/.exec(cleanText(l.raw).trim());
      if (m) {
        department = m[1]!;
        break;
      }
    }
  }
  if (!department) problems.push({ severity: 'error', line: 1, message: '封面上没有找到部门名称', raw: cover[0]?.t ?? '', code: 'no_department' });
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

  const region = resolveRegion(department);
  if (!region.code && department) problems.push({ severity: 'warning', line: cover[0]?.n ?? 1, message: `地名未在地名表中：${department}`, raw: department, code: 'unknown_region' });

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
      department_type: null,
      department_type_name: null,
    },
    problems,
  };
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
      if (!s) continue;
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
