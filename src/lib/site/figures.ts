/**
 * Pure extraction of the figures the site shows from a DocumentModel. Every figure keeps its source line.
 * Heuristics are tolerant: a missing table or row yields null, never a guess.
 */
import type { DocumentModel } from '../model/document.ts';
import type { Row, Table, Cell } from '../model/table.ts';
import { cmpDec, sumDec, subDec } from './format.ts';
import { operatingCostsClaim } from '../claims/stage.ts';

export interface Figure {
  key: string;
  label: string;
  /** Exact decimal string in 元 (or count), null when not found. */
  value: string | null;
  withheld?: boolean;
  line: number | null;
  note?: string;
  measure?: 'yuan' | 'count';
}

export interface Item {
  key: string;
  label: string;
  value: string | null;
  line: number | null;
  code?: string | null;
  withheld?: boolean;
  /** Secondary text shown under the label (e.g. the budget unit of a project). */
  secondary?: string | null;
  children?: Item[];
}

const CODE_COL = /代码|编码|科目|类型|项目名称|行次|栏次/;

export function tablesOf(doc: DocumentModel, ...kinds: string[]): Table[] {
  return doc.tables.filter((t) => kinds.includes(t.kind));
}

export function firstTable(doc: DocumentModel, ...kinds: string[]): Table | undefined {
  for (const k of kinds) {
    const t = doc.tables.find((x) => x.kind === k);
    if (t) return t;
  }
  return undefined;
}

const norm = (s: string) => s.replace(/\s+/g, '');

export function findRow(t: Table | undefined, pred: RegExp | ((r: Row) => boolean)): Row | undefined {
  if (!t) return undefined;
  const f = typeof pred === 'function' ? pred : (r: Row) => pred.test(norm(r.name));
  return t.rows.find(f);
}

/** First money/count cell of a row whose column matches (all when no pattern), skipping code columns. */
export function cellOf(r: Row | undefined, col?: RegExp): Cell | undefined {
  if (!r) return undefined;
  return r.cells.find((c) => !CODE_COL.test(c.column) && (col ? col.test(c.column) : true) && (c.value != null || c.withheld));
}

function fig(key: string, label: string, c: Cell | undefined, measure: 'yuan' | 'count' = 'yuan', note?: string): Figure {
  return {
    key,
    label,
    value: c?.value ?? null,
    withheld: c?.withheld ?? false,
    line: c?.line ?? null,
    measure,
    ...(note ? { note } : {}),
  };
}

/** The cell of the first row named like `rowRe` (preferring block `block`) whose column matches `colRe`. */
function pick(t: Table | undefined, rowRe: RegExp, colRe: RegExp, block: string): Cell | undefined {
  if (!t) return undefined;
  const rows = t.rows.filter((r) => rowRe.test(norm(r.name)) && (r.block == null || r.block === block));
  rows.sort((a, b) => (a.block === block ? -1 : 0) - (b.block === block ? -1 : 0));
  for (const r of rows) {
    const c = r.cells.find((x) => colRe.test(x.column) && (x.value != null || x.withheld));
    if (c) return c;
  }
  return undefined;
}

function totalRow(t: Table | undefined): Row | undefined {
  if (!t) return undefined;
  return t.rows.find((r) => r.is_total && /^(合计|总计|本年支出合计|本年收入合计)$/.test(norm(r.name))) ?? t.rows.find((r) => r.is_total) ?? t.rows.find((r) => /^(合计|总计)$/.test(norm(r.name)));
}

/** The key figures of a document, in display order (missing ones have value null). */
export function keyFigures(doc: DocumentModel): Figure[] {
  const out: Figure[] = [];
  const final = doc.metadata.doc_kind === 'final';
  const sum = firstTable(doc, final ? 'final_summary' : 'budget_summary');
  out.push(fig('income_grand_total', '收入总计', pick(sum, /^(收入总计|总计)$/, /收入/, '收入')));
  out.push(fig('expenditure_grand_total', '支出总计', pick(sum, /^(支出总计|总计|收入总计)$/, /支出/, '支出')));
  out.push(fig('income_total', '本年收入合计', pick(sum, /^本年收入合计$/, /收入/, '收入')));
  out.push(fig('expenditure_total', '本年支出合计', pick(sum, /^(本年支出合计|本年收入合计)$/, /支出/, '支出')));
  if (final) {
    const inc = totalRow(firstTable(doc, 'final_income'));
    out.push(fig('fiscal_income', '财政拨款收入', cellOf(inc, /^财政拨款收入$/)));
    const exp = totalRow(firstTable(doc, 'final_expenditure'));
    out.push(fig('basic', '基本支出', cellOf(exp, /^基本支出$/)));
    out.push(fig('project', '项目支出', cellOf(exp, /^项目支出$/)));
  } else {
    const fs = firstTable(doc, 'budget_fiscal_summary');
    out.push(fig('fiscal_income', '财政拨款收入', pick(fs, /^(收入总计|本年收入合计|收入合计)[：:]?$/, /收入/, '收入')));
    const exp = totalRow(firstTable(doc, 'budget_expenditure'));
    out.push(fig('basic', '基本支出', cellOf(exp, /^基本支出(\/(合计|小计))?$/)));
    out.push(fig('project', '项目支出', cellOf(exp, /^项目支出(\/(合计|小计))?$/)));
  }
  const pp = personnelPublic(doc);
  out.push(pp.personnel, pp.public);
  const tp = threePublic(doc);
  const tb = tp.series.find((s) => s.name === '预算数');
  const ta = tp.series.find((s) => s.name === '决算数');
  if (final) {
    out.push({ key: 'three_public_budget', label: '三公经费 预算数', value: tb?.total?.value ?? null, line: tb?.total?.line ?? null, measure: 'yuan' });
    out.push({ key: 'three_public_actual', label: '三公经费 决算数', value: ta?.total?.value ?? null, line: ta?.total?.line ?? null, measure: 'yuan' });
  } else {
    const s = tb ?? tp.series[0];
    out.push({ key: 'three_public_budget', label: '三公经费 预算数', value: s?.total?.value ?? null, line: s?.total?.line ?? null, measure: 'yuan' });
  }
  out.push(operatingCosts(doc));
  const staff = doc.metadata.staffing[0];
  if (staff) out.push({ key: 'staff', label: staff.label, value: /^\d+$/.test(staff.value) ? staff.value : null, line: staff.line, measure: 'count' });
  return out;
}

export function figureValue(figs: Figure[], key: string): string | null {
  return figs.find((f) => f.key === key)?.value ?? null;
}

/** 机关运行经费 from the disclosure stats / operating-costs table, or a narrative claim. */
export function operatingCosts(doc: DocumentModel): Figure {
  const stats = firstTable(doc, 'final_disclosure_stats');
  const r = findRow(stats, /机关运行经费/);
  const c = r?.cells.find((x) => /机关运行经费/.test(x.column) && x.value != null) ?? cellOf(r);
  if (c) return fig('operating_costs', '机关运行经费', c);
  const op = totalRow(firstTable(doc, 'budget_operating_costs'));
  if (op) return fig('operating_costs', '机关运行经费', cellOf(op));
  const claim = operatingCostsClaim(doc.narrative.claims, doc.metadata.doc_kind);
  return { key: 'operating_costs', label: '机关运行经费', value: claim?.value ?? null, line: claim?.line ?? null, measure: 'yuan' };
}

/** 人员经费 / 公用经费 of basic expenditure. */
export function personnelPublic(doc: DocumentModel): { personnel: Figure; public: Figure } {
  const budget = totalRow(firstTable(doc, 'budget_general_basic'));
  if (budget) {
    return {
      personnel: fig('personnel', '人员经费', cellOf(budget, /人员经费/)),
      public: fig('public', '公用经费', cellOf(budget, /公用经费/)),
    };
  }
  const t = firstTable(doc, 'final_general_basic');
  const pr = findRow(t, /^人员经费(合计)?$/);
  const gr = findRow(t, /^公用经费(合计)?$/);
  if (pr || gr) {
    // Detail tables covering project spending too print 其中：基本支出: the basic-expenditure figure is that column.
    const basicCol = /其中：?基本支出/;
    const pick2 = (r: Row | undefined) => cellOf(r, basicCol) ?? cellOf(r);
    const note = t?.columns.some((c) => basicCol.test(c)) ? '其中：基本支出' : undefined;
    return { personnel: fig('personnel', '人员经费', pick2(pr), 'yuan', note), public: fig('public', '公用经费', pick2(gr), 'yuan', note) };
  }
  // Column-split layout (人员经费/金额, 公用经费/金额): the total row carries both.
  const tot = totalRow(t);
  if (tot && cellOf(tot, /^人员经费/)) {
    const basicOnly = tot.cells.some((c) => /^人员经费\/其中：?基本支出/.test(c.column));
    const p = basicOnly ? cellOf(tot, /^人员经费\/其中：?基本支出/) : cellOf(tot, /^人员经费/);
    const g = basicOnly ? cellOf(tot, /^公用经费\/其中：?基本支出/) : cellOf(tot, /^公用经费/);
    return { personnel: fig('personnel', '人员经费', p, 'yuan', basicOnly ? '其中：基本支出' : undefined), public: fig('public', '公用经费', g, 'yuan', basicOnly ? '其中：基本支出' : undefined) };
  }
  return {
    personnel: { key: 'personnel', label: '人员经费', value: null, line: null, measure: 'yuan' },
    public: { key: 'public', label: '公用经费', value: null, line: null, measure: 'yuan' },
  };
}

/** The row value used for classification charts: first money cell in printed order, skipping code columns. */
function rowValue(r: Row, prefer?: RegExp): Cell | undefined {
  if (prefer) {
    const c = r.cells.find((x) => prefer.test(x.column) && (x.value != null || x.withheld));
    if (c) return c;
    if (r.cells.some((x) => prefer.test(x.column))) return undefined;
  }
  return r.cells.find((c) => !CODE_COL.test(c.column) && c.measure === 'yuan' && (c.value != null || c.withheld));
}

/** Official names of the 功能分类 类 (used only when the document prints a 类 by code without its own row). */
const FUNCTION_CLASS_NAMES: Record<string, string> = {
  '201': '一般公共服务支出', '202': '外交支出', '203': '国防支出', '204': '公共安全支出', '205': '教育支出', '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出', '208': '社会保障和就业支出', '209': '社会保险基金支出', '210': '卫生健康支出', '211': '节能环保支出',
  '212': '城乡社区支出', '213': '农林水支出', '214': '交通运输支出', '215': '资源勘探工业信息等支出', '216': '商业服务业等支出',
  '217': '金融支出', '219': '援助其他地区支出', '220': '自然资源海洋气象等支出', '221': '住房保障支出', '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出', '224': '灾害防治及应急管理支出', '227': '预备费', '229': '其他支出', '230': '转移性支出',
  '231': '债务还本支出', '232': '债务付息支出', '233': '债务发行费用支出', '234': '抗疫特别国债安排的支出',
};

const FUNCTION_CODE = /^2\d{2}(\d{2}){0,2}$/;

/** The name a document prints for a function code anywhere in its tables (first occurrence), else the 类 name. */
function functionName(doc: DocumentModel, code: string): string {
  for (const t of doc.tables) for (const r of t.rows) if (r.code === code && r.name.trim()) return r.name.trim();
  return FUNCTION_CLASS_NAMES[code] ?? '';
}

/**
 * Expenditure by function class (类 → 款 → 项) from the expenditure table (final or budget). Children nest by code
 * prefix; items sorted by value descending. Department-level rows (no budget unit) are used when printed; tables
 * printed unit by unit (each unit's 项 rows under its own subtotal) are summed exactly over the units. A 类 or 款 the
 * table does not print is the exact sum of its printed children (its line is the first child's).
 */
export function functionTree(doc: DocumentModel): { items: Item[]; table: Table | undefined; column: string | null; summed: boolean } {
  const t = firstTable(doc, 'final_expenditure', 'budget_expenditure', 'final_general_expenditure', 'budget_general_expenditure');
  if (!t) return { items: [], table: undefined, column: null, summed: false };
  const coded = t.rows.filter((r) => r.code && FUNCTION_CODE.test(r.code));
  const deptLevel = coded.filter((r) => !r.entity);
  const rows = deptLevel.length > 0 ? deptLevel : coded;
  const summed = deptLevel.length === 0 && new Set(coded.map((r) => r.entity)).size > 1;
  let column: string | null = null;
  // Printed values per code: one value when department-level, summed over units otherwise.
  const printed = new Map<string, { values: (string | null)[]; line: number; withheld: boolean; name: string }>();
  for (const r of rows) {
    const code = r.code!;
    const c = rowValue(r);
    if (!column && c) column = c.column;
    const p = printed.get(code);
    if (p && deptLevel.length > 0) continue; // a department-level table repeating a code: keep the first
    if (p) {
      p.values.push(c?.value ?? null);
      if (c?.withheld) p.withheld = true;
    } else printed.set(code, { values: [c?.value ?? null], line: c?.line ?? r.line, withheld: c?.withheld ?? false, name: r.name.trim() });
  }
  const byCode = new Map<string, Item>();
  const node = (code: string): Item => {
    let it = byCode.get(code);
    if (it) return it;
    const p = printed.get(code);
    it = { key: code, code, label: p?.name || functionName(doc, code) || code, value: p ? sumDec(p.values) : null, withheld: p?.withheld ?? false, line: p?.line ?? null, children: [] };
    byCode.set(code, it);
    if (code.length > 3) node(code.slice(0, code.length - 2)).children!.push(it);
    return it;
  };
  for (const code of printed.keys()) node(code);
  // Unprinted parents: exact sum of their children, linked to the first child's line.
  const fill = (it: Item): void => {
    for (const ch of it.children!) fill(ch);
    if (!printed.has(it.code!) && it.children!.length) {
      it.value = sumDec(it.children!.map((c) => c.value));
      it.line = it.children![0]!.line;
      it.withheld = it.children!.some((c) => c.withheld);
    }
  };
  const roots = [...byCode.values()].filter((i) => i.code!.length === 3);
  for (const r of roots) fill(r);
  const sortRec = (xs: Item[]) => {
    xs.sort((a, b) => cmpDec(b.value, a.value));
    for (const x of xs) if (x.children) sortRec(x.children);
  };
  sortRec(roots);
  return { items: roots, table: t, column, summed };
}

const ECON_NAMES: Record<string, string> = {
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
  '307': '债务利息及费用支出',
  '309': '资本性支出（基本建设）',
  '310': '资本性支出',
  '311': '对企业补助（基本建设）',
  '312': '对企业补助',
  '313': '对社会保障基金补助',
  '399': '其他支出',
  '501': '机关工资福利支出',
  '502': '机关商品和服务支出',
  '503': '机关资本性支出（一）',
  '505': '对事业单位经常性补助',
  '509': '对个人和家庭的补助',
};

function econCode(r: Row): string | null {
  if (r.code && /^3\d{2}(\d{2})?$/.test(r.code)) return r.code;
  const c = r.cells.find((x) => ((x.column.includes('部门预算') && x.column.includes('编码')) || x.column === '科目编码') && /^3\d{2}(\d{2})?$/.test(x.raw.trim()));
  return c ? c.raw.trim() : null;
}

/** Basic expenditure by economic class (3-digit 类), from the basic-expenditure detail table. */
export function economicClasses(doc: DocumentModel): { items: Item[]; table: Table | undefined; basicOnly?: boolean } {
  const t = firstTable(doc, 'final_general_basic', 'budget_general_basic', 'budget_general_basic_detail');
  if (!t) return { items: [], table: undefined };
  // Detail tables covering all expenditure print 其中：基本支出 columns: use them for the basic-expenditure view.
  const prefer = t.columns.some((c) => /其中：?基本支出/.test(c)) ? /其中：?基本支出/ : undefined;
  const classRows = new Map<string, Item>();
  const parts = new Map<string, { values: (string | null)[]; line: number | null; withheld: boolean }>();
  for (const r of t.rows) {
    if (r.is_total) continue;
    const code = econCode(r);
    if (!code) continue;
    const c = rowValue(r, prefer);
    if (code.length === 3) {
      if (!classRows.has(code)) classRows.set(code, { key: code, code, label: r.name || ECON_NAMES[code] || code, value: c?.value ?? null, line: c?.line ?? r.line, withheld: c?.withheld ?? false });
    } else {
      const k = code.slice(0, 3);
      const p = parts.get(k) ?? { values: [], line: null, withheld: false };
      p.values.push(c?.value ?? null);
      p.line ??= c?.line ?? r.line;
      if (c?.withheld) p.withheld = true;
      parts.set(k, p);
    }
  }
  const items: Item[] = [];
  const keys = new Set([...classRows.keys(), ...parts.keys()]);
  for (const k of keys) {
    const printed = classRows.get(k);
    if (printed && printed.value != null) items.push(printed);
    else {
      const p = parts.get(k)!;
      items.push({ key: k, code: k, label: printed?.label ?? ECON_NAMES[k] ?? k, value: sumDec(p.values), line: p.line, withheld: p.withheld });
    }
  }
  items.sort((a, b) => cmpDec(b.value, a.value));
  return { items: items.filter((i) => i.value != null), table: t };
}

export interface Series {
  name: string;
  total: Item | null;
  parts: Item[];
}

const TP_PARTS: [RegExp, string][] = [
  [/因公出国/, '因公出国（境）费'],
  [/公务用车购置费$|^公务用车购置$/, '公务用车购置费'],
  [/运行(维护)?费$/, '公务用车运行维护费'],
  [/公务接待/, '公务接待费'],
];

/** 三公经费 by series (预算数 / 决算数) and part. */
export function threePublic(doc: DocumentModel): { series: Series[]; table: Table | undefined } {
  const t = firstTable(doc, 'final_three_public', 'budget_three_public');
  if (!t) return { series: [], table: undefined };
  const row = t.rows.find((r) => r.cells.some((c) => c.value != null)) ;
  if (!row) return { series: [], table: t };
  const map = new Map<string, Series>();
  const defaultSeries = doc.metadata.doc_kind === 'final' ? '决算数' : '预算数';
  for (const c of row.cells) {
    if (c.value == null && !c.withheld) continue;
    const segs = c.column.split('/');
    let name = defaultSeries;
    if (/预算/.test(segs[0]!)) name = '预算数';
    else if (/决算|实际/.test(segs[0]!)) name = '决算数';
    const s = map.get(name) ?? { name, total: null, parts: [] };
    map.set(name, s);
    const last = segs[segs.length - 1]!;
    const item: Item = { key: last, label: last, value: c.value, line: c.line, withheld: c.withheld };
    if (/合计/.test(last)) {
      s.total = { ...item, label: '三公经费合计' };
      continue;
    }
    const part = TP_PARTS.find(([re]) => re.test(last));
    if (!part) continue; // 小计 of 公务用车 is not a part
    if (s.parts.some((p) => p.label === part[1])) continue;
    s.parts.push({ ...item, key: part[1], label: part[1] });
  }
  const series = [...map.values()].sort((a, b) => (a.name === '预算数' ? -1 : b.name === '预算数' ? 1 : 0));
  for (const s of series) if (!s.total && s.parts.length) s.total = { key: 'total', label: '三公经费合计', value: sumDec(s.parts.map((p) => p.value)), line: s.parts[0]!.line };
  return { series, table: t };
}

/** Income by source from the income table's total row (leaf columns, no totals or 其中). */
export function incomeBySource(doc: DocumentModel): { items: Item[]; table: Table | undefined } {
  const t = firstTable(doc, 'final_income', 'budget_income');
  const r = totalRow(t);
  if (!t || !r) return { items: [], table: t };
  const items: Item[] = [];
  for (const c of r.cells) {
    if (CODE_COL.test(c.column) || /合计|总计|其中|小计/.test(c.column) || c.value == null) continue;
    items.push({ key: c.column, label: c.column.split('/').pop()!, value: c.value, line: c.line });
  }
  // Budget income tables often only split 一般公共预算/小计: fall back to summary rows.
  if (items.length === 0) {
    const sum = firstTable(doc, 'budget_summary', 'final_summary');
    for (const row of sum?.rows ?? []) {
      if (row.is_total || (row.block && row.block !== '收入')) continue;
      if (!/^[一二三四五六七八九十]+、/.test(row.name) || /支出|^其中/.test(row.name)) continue;
      const c = row.cells.find((x) => /收入/.test(x.column) && x.value != null);
      if (c) items.push({ key: row.name, label: row.name.replace(/^[一二三四五六七八九十]+、/, ''), value: c.value, line: c.line });
    }
  }
  items.sort((a, b) => cmpDec(b.value, a.value));
  return { items: items.filter((i) => cmpDec(i.value, '0') > 0), table: t };
}

/** Budget by unit (预算单位): rows of the income table that carry a unit code. */
export function budgetByUnit(doc: DocumentModel): { items: Item[]; table: Table | undefined } {
  if (doc.metadata.doc_kind !== 'budget') return { items: [], table: undefined };
  const t = firstTable(doc, 'budget_income', 'budget_expenditure');
  if (!t) return { items: [], table: undefined };
  const items: Item[] = [];
  for (const r of t.rows) {
    if (r.is_total) continue;
    const hasUnit = r.entity != null || r.cells.some((c) => /单位代码/.test(c.column) && /^\d{3,}$/.test(c.raw.trim()));
    if (!hasUnit || r.code) continue;
    const c = rowValue(r);
    if (!c) continue;
    items.push({ key: `${r.line}`, label: r.entity ?? r.name, value: c.value, line: c.line, withheld: c.withheld });
  }
  items.sort((a, b) => cmpDec(b.value, a.value));
  return { items, table: t };
}

/** The unit name of a row's entity (`021001 郑州市工业和信息化局` → `郑州市工业和信息化局`). */
export function entityName(entity: string | null | undefined): string | null {
  if (!entity) return null;
  return entity.replace(/^\s*\d{3,}\s*/, '').trim() || entity.trim();
}

/**
 * Budget by project (项目支出预算表): each project by its printed name, with its budget unit as secondary text.
 * A unit's subtotal row (its name is the unit, or only a unit code) is not a project; nor is a total row.
 */
export function budgetByProject(doc: DocumentModel): { items: Item[]; table: Table | undefined } {
  if (doc.metadata.doc_kind !== 'budget') return { items: [], table: undefined };
  const t = firstTable(doc, 'budget_projects');
  if (!t) return { items: [], table: undefined };
  const unitNames = new Set([doc.metadata.department, ...doc.metadata.budget_units.map((u) => u.name)].map(norm));
  const items: Item[] = [];
  for (const r of t.rows) {
    const name = norm(r.name);
    if (r.is_total || !name || /^(合计|总计|小计)$/.test(name) || /^\d{3,}$/.test(name)) continue;
    const unit = entityName(r.entity);
    if ((unit && norm(unit) === name) || unitNames.has(name)) continue;
    if (r.cells.some((x) => /^\d{6}$/.test(x.raw.trim()))) continue;
    const c = rowValue(r);
    if (!c) continue;
    items.push({ key: `${r.line}`, label: r.name.trim(), secondary: unit, value: c.value, line: c.line, withheld: c.withheld });
  }
  items.sort((a, b) => cmpDec(b.value, a.value));
  return { items, table: t };
}

/** Performance outcome counts over all evaluations. */
export function performanceOutcomes(doc: DocumentModel): { met: number; not_met: number; not_measurable: number; total: number } {
  let met = 0;
  let notMet = 0;
  let nm = 0;
  for (const e of doc.performance) {
    for (const i of e.indicators) {
      if (i.outcome === 'met') met++;
      else if (i.outcome === 'not_met') notMet++;
      else nm++;
    }
  }
  return { met, not_met: notMet, not_measurable: nm, total: met + notMet + nm };
}

/** Share helpers reused by the compare page. */
export function classValue(tree: Item[], code: string): string | null {
  return tree.find((i) => i.code === code)?.value ?? null;
}

export { subDec };

export interface Headline {
  /** The lead figure: what the department spent (决算) or plans to spend (预算). */
  figure: Figure;
  /** The change against the previous year as the document's narrative states it, when it does. */
  change: { base_label: string; base_value: string; direction: '增加' | '减少'; value: string; pct: string | null; line: number } | null;
}

/**
 * The one number a department-year page leads with: 本年支出合计 (else 支出总计), and the year-on-year change the
 * narrative states for it (or for 支出总计 when that is what the document compares).
 */
export function headline(doc: DocumentModel, figs: Figure[] = keyFigures(doc)): Headline {
  const byKey = (k: string) => figs.find((f) => f.key === k);
  const total = byKey('expenditure_total');
  const grand = byKey('expenditure_grand_total');
  const lead = total?.value != null ? total : grand?.value != null ? grand : (total ?? grand ?? { key: 'expenditure_total', label: '本年支出合计', value: null, line: null, measure: 'yuan' as const });
  const claims = doc.narrative.claims;
  // A base phrase naming 支出 (支出总计, 收支总计) is preferred over one naming only 收入 with the same amount.
  const find = (f: Figure | undefined) => findChange(f, true) ?? findChange(f, false);
  const findChange = (f: Figure | undefined, spending: boolean) => {
    if (!f?.value) return null;
    for (let i = 0; i < claims.length; i++) {
      const b = claims[i]!;
      if (b.topic !== 'yoy_base' || cmpDec(b.value, f.value) !== 0 || (spending && !/支/.test(b.text))) continue;
      const ch = claims[i + 1];
      if (!ch || ch.topic !== 'yoy_change' || ch.value == null || (ch.subject !== '增加' && ch.subject !== '减少')) continue;
      const pct = claims[i + 2]?.topic === 'yoy_pct' ? claims[i + 2]!.value : null;
      return { base_label: f.label, base_value: f.value, direction: ch.subject, value: ch.value, pct, line: ch.line } as Headline['change'];
    }
    return null;
  };
  return { figure: lead, change: find(lead) ?? (lead !== grand ? find(grand) : null) };
}

export interface TableBlock {
  /** Heading of the block (null when the table is one block). */
  label: string | null;
  /** Columns that carry values in this block, in printed order. */
  columns: string[];
  /** The block's rows with their index in the table (row anchors use it). */
  rows: { r: Row; i: number }[];
}

/**
 * A table's blocks in reading order. Tables printed as blocks side by side (several rows on one source line, e.g.
 * 收入 | 支出 or 人员经费 | 公用经费 | 公用经费 …) are split: the k-th row printed on a line belongs to the k-th block,
 * and each block keeps only the columns it has values in. A table printed one row per line is one block.
 */
export function tableBlocks(t: Table): TableBlock[] {
  const rows = t.rows.map((r, i) => ({ r, i }));
  const perLine = new Map<number, number>();
  const slot = rows.map(({ r }) => {
    const k = perLine.get(r.line) ?? 0;
    perLine.set(r.line, k + 1);
    return k;
  });
  const sideBySide = [...perLine.values()].filter((n) => n > 1).length >= 2;
  if (!sideBySide) return [{ label: null, columns: t.columns, rows }];
  const out: TableBlock[] = [];
  rows.forEach((x, j) => {
    const k = slot[j]!;
    (out[k] ??= { label: null, columns: [], rows: [] }).rows.push(x);
  });
  for (const b of out) {
    const used = new Set(b.rows.flatMap(({ r }) => r.cells.filter((c) => !c.blank || c.withheld).map((c) => c.column)));
    if (used.size === 0) for (const { r } of b.rows) for (const c of r.cells) used.add(c.column);
    b.columns = t.columns.filter((c) => used.has(c));
    const first = b.rows.find(({ r }) => r.name.trim())?.r;
    const block = b.rows.find(({ r }) => r.block)?.r.block;
    b.label = [block, first ? `${first.code ? `${first.code} ` : ''}${first.name}${b.rows.length > 1 ? ' 等' : ''}` : null].filter(Boolean).join('：');
  }
  return out.filter((b) => b.rows.length > 0);
}

/** One line of a budget-against-outturn table: the same figure from the 预算 and from the 决算 (never added). */
export interface PairRow {
  label: string;
  budget: Figure | undefined;
  final: Figure | undefined;
}

/**
 * The same department-year's 预算 and 决算 side by side: 本年支出合计, 基本支出, 项目支出, 三公经费 (预算数 of the
 * budget against 决算数 of the final account) and 机关运行经费.
 */
export function budgetAgainstFinal(budget: DocumentModel, final: DocumentModel): PairRow[] {
  const bf = keyFigures(budget);
  const ff = keyFigures(final);
  const get = (fs: Figure[], k: string) => fs.find((f) => f.key === k);
  const rows: [string, string, string][] = [
    ['本年支出合计', 'expenditure_total', 'expenditure_total'],
    ['基本支出', 'basic', 'basic'],
    ['项目支出', 'project', 'project'],
    ['三公经费', 'three_public_budget', 'three_public_actual'],
    ['机关运行经费', 'operating_costs', 'operating_costs'],
  ];
  return rows.map(([label, bk, fk]) => ({ label, budget: get(bf, bk), final: get(ff, fk) }));
}
