/** Normalised measures per department-year for the compare page and CSV export. Never sums 预算 with 决算. */
import type { DocumentModel } from '../model/document.ts';
import { classValue, figureValue, functionTree, keyFigures, threePublic } from './figures.ts';
import { divInt, formatDecimal, percentOf, yuanToWan } from './format.ts';

export interface Measure {
  key: string;
  label: string;
  /** `wan` = money shown in 万元; `pct` = percentage; `count`. */
  kind: 'wan' | 'pct' | 'count';
}

export const MEASURES: Measure[] = [
  { key: 'expenditure_total', label: '本年支出合计（万元）', kind: 'wan' },
  { key: 'basic', label: '基本支出（万元）', kind: 'wan' },
  { key: 'project', label: '项目支出（万元）', kind: 'wan' },
  { key: 'basic_share', label: '基本支出占比（%）', kind: 'pct' },
  { key: 'personnel', label: '人员经费（万元）', kind: 'wan' },
  { key: 'public', label: '公用经费（万元）', kind: 'wan' },
  { key: 'personnel_share', label: '人员经费占基本支出（%）', kind: 'pct' },
  { key: 'three_public', label: '三公经费（万元）', kind: 'wan' },
  { key: 'tp_abroad', label: '因公出国（境）费（万元）', kind: 'wan' },
  { key: 'tp_vehicle', label: '公务用车购置及运行维护费（万元）', kind: 'wan' },
  { key: 'tp_reception', label: '公务接待费（万元）', kind: 'wan' },
  { key: 'social_share', label: '社会保障和就业支出占比（%）', kind: 'pct' },
  { key: 'industry_share', label: '资源勘探工业信息等支出占比（%）', kind: 'pct' },
  { key: 'operating_costs', label: '机关运行经费（万元）', kind: 'wan' },
  { key: 'staff', label: '人数', kind: 'count' },
  { key: 'per_staff', label: '人均支出（万元）', kind: 'wan' },
];

export interface CompareRow {
  doc_id: string;
  department: string;
  region: string;
  fiscal_year: number;
  doc_kind: 'final' | 'budget';
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
  return {
    doc_id: doc.doc_id,
    department: doc.metadata.department,
    region: [r.province, r.city, r.county].filter(Boolean).join(''),
    fiscal_year: doc.metadata.fiscal_year,
    doc_kind: doc.metadata.doc_kind,
    values: {
      expenditure_total: total,
      basic,
      project,
      basic_share: percentOf(basic, total, 2),
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
      per_staff: staff && /^[1-9]\d*$/.test(staff) ? divInt(total, BigInt(staff), 0) : null,
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

/** Display text of a measure value (as shown in the table and exported in the CSV). */
export function displayValue(m: Measure, v: string | null): string {
  if (v == null) return '';
  if (m.kind === 'wan') return yuanToWan(v, 2).replace(/,/g, '');
  if (m.kind === 'pct') return formatDecimal(v, 2).replace(/,/g, '');
  return v;
}

/** CSV text (RFC 4180) of rows × columns exactly as given. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const q = (s: string) => (/[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [header, ...rows].map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}
