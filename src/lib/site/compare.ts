/** Normalised measures per department-year for the compare page and CSV export. Never sums 预算 with 决算. */
import type { DocumentModel } from '../model/document.ts';
import { classValue, figureValue, functionTree, keyFigures, threePublic } from './figures.ts';
import { cmpDec, divInt, formatDecimal, kindLabel, percentOf, yuanToWan } from './format.ts';

export interface Measure {
  key: string;
  label: string;
  /** `wan` = money shown in 万元; `pct` = percentage; `count`. */
  kind: 'wan' | 'pct' | 'count';
  /** For a normalised measure (share, per head): how it is computed and how to read it. */
  note?: string;
}

export const MEASURES: Measure[] = [
  { key: 'expenditure_total', label: '本年支出合计（万元）', kind: 'wan' },
  { key: 'basic', label: '基本支出（万元）', kind: 'wan' },
  { key: 'project', label: '项目支出（万元）', kind: 'wan' },
  { key: 'basic_share', label: '基本支出占比（%）', kind: 'pct', note: '基本支出 ÷ 本年支出合计。基本支出是维持机构运转的人员经费和公用经费；占比高说明支出主要用于部门自身运转。' },
  { key: 'project_share', label: '项目支出占比（%）', kind: 'pct', note: '项目支出 ÷ 本年支出合计。项目支出常含代管、转拨给企业或下级的专项资金；占比高时，总额和人均数反映的是经手的资金，而不是部门自身的规模。' },
  { key: 'personnel', label: '人员经费（万元）', kind: 'wan' },
  { key: 'public', label: '公用经费（万元）', kind: 'wan' },
  { key: 'personnel_share', label: '人员经费占基本支出（%）', kind: 'pct', note: '人员经费 ÷（人员经费 + 公用经费），即基本支出中用于工资福利和对个人补助的部分。' },
  { key: 'three_public', label: '三公经费（万元）', kind: 'wan', note: '决算文档为“三公”经费决算数，预算文档为预算数。' },
  { key: 'tp_abroad', label: '因公出国（境）费（万元）', kind: 'wan' },
  { key: 'tp_vehicle', label: '公务用车购置及运行维护费（万元）', kind: 'wan' },
  { key: 'tp_reception', label: '公务接待费（万元）', kind: 'wan' },
  { key: 'social_share', label: '社会保障和就业支出占比（%）', kind: 'pct', note: '功能分类 208 类 ÷ 各类支出之和（按功能分类表）。' },
  { key: 'industry_share', label: '资源勘探工业信息等支出占比（%）', kind: 'pct', note: '功能分类 215 类 ÷ 各类支出之和（按功能分类表）。' },
  { key: 'operating_costs', label: '机关运行经费（万元）', kind: 'wan' },
  { key: 'staff', label: '人数', kind: 'count', note: '文档中印出的编制或实有人数；未印出时为空，人均数也不计算。' },
  { key: 'per_staff', label: '人均支出（万元）', kind: 'wan', note: '本年支出合计 ÷ 人数。项目支出占比达到 80% 时标 ⚠：此时人均数主要由经手的项目资金决定，不宜用来比较部门的人员开支。' },
  { key: 'per_staff_basic', label: '人均基本支出（万元）', kind: 'wan', note: '基本支出 ÷ 人数：只计维持机构运转的支出，比人均支出更适合比较不同部门。' },
];

/** Project share (percent) at or above which per-head spending is marked as driven by pass-through money. */
export const PASS_THROUGH_SHARE = 80;

export interface CompareRow {
  doc_id: string;
  department: string;
  region: string;
  fiscal_year: number;
  doc_kind: 'final' | 'budget';
  /** Stable department type key and its Chinese name (null when not classified). */
  department_type: string | null;
  department_type_name: string | null;
  /** Warnings on a value, by measure key (e.g. a per-head figure driven by pass-through spending). */
  flags: Record<string, string>;
  /** Exact values: 元 for money, percent numbers for shares, counts. */
  values: Record<string, string | null>;
}

export function compareRow(doc: DocumentModel): CompareRow {
  const figs = keyFigures(doc);
  const tree = functionTree(doc).items;
  const treeTotal = tree.reduce<string | null>((acc, i) => (i.value == null ? acc : acc == null ? i.value : addStr(acc, i.value)), null);
  const total = figureValue(figs, 'expenditure_total') ?? figureValue(figs, 'expenditure_grand_total') ?? treeTotal;
  const basic = figureValue(figs, 'basic');
  const project = figureValue(figs, 'project');
  const personnel = figureValue(figs, 'personnel');
  const pub = figureValue(figs, 'public');
  const tp = threePublic(doc);
  const series = tp.series.find((s) => s.name === (doc.metadata.doc_kind === 'final' ? '决算数' : '预算数')) ?? tp.series[0];
  const part = (label: string) => series?.parts.find((p) => p.label === label)?.value ?? null;
  const vehicle = sumOrNull([part('公务用车购置费'), part('公务用车运行维护费')]);
  const staffFig = figs.find((f) => f.key === 'staff');
  const staff = staffFig?.value ?? null;
  const r = doc.metadata.region;
  const projectShare = percentOf(project, total, 2);
  const perStaff = (v: string | null) => (staff && /^[1-9]\d*$/.test(staff) ? divInt(v, BigInt(staff), 0) : null);
  const flags: Record<string, string> = {};
  const per = perStaff(total);
  if (per != null && projectShare != null && cmpDec(projectShare, String(PASS_THROUGH_SHARE)) >= 0) {
    flags.per_staff = `项目支出占本年支出合计的 ${formatDecimal(projectShare, 1)}%：人均数主要由经手的项目资金决定，不反映人员开支。`;
  }
  return {
    doc_id: doc.doc_id,
    department: doc.metadata.department,
    region: [r.province, r.city, r.county].filter(Boolean).join(''),
    fiscal_year: doc.metadata.fiscal_year,
    doc_kind: doc.metadata.doc_kind,
    department_type: doc.metadata.department_type ?? null,
    department_type_name: doc.metadata.department_type_name ?? null,
    flags,
    values: {
      expenditure_total: total,
      basic,
      project,
      basic_share: percentOf(basic, total, 2),
      project_share: projectShare,
      personnel,
      public: pub,
      personnel_share: percentOf(personnel, sumOrNull([personnel, pub]), 2),
      three_public: series?.total?.value ?? null,
      tp_abroad: part('因公出国（境）费'),
      tp_vehicle: vehicle,
      tp_reception: part('公务接待费'),
      social_share: percentOf(classValue(tree, '208'), treeTotal, 2),
      industry_share: percentOf(classValue(tree, '215'), treeTotal, 2),
      operating_costs: figureValue(figs, 'operating_costs'),
      staff,
      per_staff: per,
      per_staff_basic: perStaff(basic),
    },
  };
}

function addStr(a: string, b: string): string {
  return sumOrNull([a, b]) ?? a;
}

function sumOrNull(vs: (string | null)[]): string | null {
  const present = vs.filter((v): v is string => v != null);
  if (present.length === 0) return null;
  // Local exact sum (avoid a cycle with figures.ts helpers).
  let units = 0n;
  let scale = 0;
  for (const v of present) {
    const [i, f = ''] = v.replace('-', '').split('.');
    const neg = v.startsWith('-');
    const s = Math.max(scale, f.length);
    units = units * 10n ** BigInt(s - scale);
    scale = s;
    const u = BigInt(i! + f.padEnd(s, '0'));
    units += neg ? -u : u;
  }
  const neg = units < 0n;
  let str = (neg ? -units : units).toString().padStart(scale + 1, '0');
  if (scale > 0) {
    const frac = str.slice(str.length - scale).replace(/(?<!0)0+$/, ''); // (?<!0): linear on long zero runs
    str = str.slice(0, str.length - scale) + (frac ? '.' + frac : '');
  }
  return (neg ? '-' : '') + str;
}

/** Display text of a measure value, with thousands separators (empty when missing). */
export function displayValue(m: Measure, v: string | null | undefined): string {
  if (v == null) return '';
  if (m.kind === 'wan') return yuanToWan(v, 2);
  if (m.kind === 'pct') return formatDecimal(v, 2);
  return formatDecimal(v, 0);
}

/** The same value for a CSV cell: no thousands separators, so spreadsheets read it as a number. */
export function csvValue(m: Measure, v: string | null | undefined): string {
  return displayValue(m, v).replace(/,/g, '');
}

/** Label of a department type group; documents not yet classified share one group. */
export const UNCLASSIFIED = '部门类型未识别';

export interface CompareGroup {
  /** `<type>|<kind>|<year>`: stable, used in the page's data attributes. */
  key: string;
  type: string | null;
  type_name: string;
  doc_kind: 'final' | 'budget';
  fiscal_year: number;
  /** Heading shown to readers, e.g. `工业和信息化 · 2022年 · 决算`. */
  title: string;
  rows: CompareRow[];
}

/**
 * Rows grouped by department type, document kind and year: 决算 and 预算 never share a group, and a group only
 * holds one year. Groups are ordered by type name, 决算 before 预算, latest year first; unclassified last. Rows
 * inside a group keep their given order.
 */
export function groupRows(rows: readonly CompareRow[]): CompareGroup[] {
  const groups = new Map<string, CompareGroup>();
  for (const r of rows) {
    const type = r.department_type;
    const typeName = r.department_type_name ?? (type ? type : UNCLASSIFIED);
    const key = `${type ?? '-'}|${r.doc_kind}|${r.fiscal_year}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, type, type_name: typeName, doc_kind: r.doc_kind, fiscal_year: r.fiscal_year, title: `${typeName} · ${r.fiscal_year > 0 ? `${r.fiscal_year}年` : '年度未识别'} · ${kindLabel(r.doc_kind)}`, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.type == null) - Number(b.type == null) ||
      a.type_name.localeCompare(b.type_name, 'zh-CN') ||
      (a.doc_kind === b.doc_kind ? 0 : a.doc_kind === 'final' ? -1 : 1) ||
      b.fiscal_year - a.fiscal_year,
  );
}

/** The department type most documents share (the compare page's default view), or null when none is classified. */
export function commonType(rows: readonly CompareRow[]): string | null {
  const n = new Map<string, number>();
  for (const r of rows) if (r.department_type) n.set(r.department_type, (n.get(r.department_type) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** CSV text (RFC 4180) of rows × columns exactly as given. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const q = (s: string) => (/[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [header, ...rows].map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}
