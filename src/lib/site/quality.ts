/**
 * Values of check results as readers see them: money in the unit the document prints (万元 documents in 万元),
 * counts, scores and percentages with their own unit — never labelled as 元.
 */
import type { CheckResult, DocumentModel } from '../model/document.ts';
import { formatDecimal, yuanToWan } from './format.ts';
import { tableKindLabel } from './labels.ts';

export type CheckMeasure = 'money' | 'tables' | 'vehicles' | 'items' | 'score' | 'percent' | 'none';

/** Checks whose compared values are not money (all others compare amounts in 元). */
const NON_MONEY: Record<string, CheckMeasure> = {
  'comp.required_tables': 'tables',
  'comp.toc_in_body': 'tables',
  'comp.empty_statement': 'tables',
  'engine.error': 'none',
  'final.stats.vehicles': 'vehicles',
  'narr.vehicles': 'vehicles',
  'narr.perf_grades': 'items',
  'narr.perf_score': 'score',
  'narr.share': 'percent',
  'narr.completion': 'percent',
  'narr.yoy': 'percent',
};

export function checkMeasure(c: Pick<CheckResult, 'check_id'>): CheckMeasure {
  return NON_MONEY[c.check_id] ?? (c.check_id.startsWith('perf.') ? 'score' : 'money');
}

const SUFFIX: Record<Exclude<CheckMeasure, 'money' | 'none'>, string> = { tables: ' 张表', vehicles: ' 辆', items: ' 个', score: ' 分', percent: '%' };

/** The unit money is printed in for the table a check refers to, else the document's most common table unit. */
export function moneyUnit(doc: DocumentModel, c: Pick<CheckResult, 'refs'>): '万元' | '元' {
  const kind = c.refs[0]?.split(':')[0];
  const t = doc.tables.find((x) => x.id === kind) ?? doc.tables.find((x) => x.kind === kind);
  if (t) return t.unit_exponent === 4 ? '万元' : '元';
  const wan = doc.tables.filter((x) => x.unit_exponent === 4).length;
  return wan * 2 >= doc.tables.length && wan > 0 ? '万元' : '元';
}

/** A check value with its unit, thousands separators; `—` when absent. Non-numeric text is shown as is. */
export function checkValueText(doc: DocumentModel, c: Pick<CheckResult, 'check_id' | 'refs'>, v: string | null): string {
  if (v == null || v === '') return '—';
  if (!/^-?\d+(\.\d+)?$/.test(v)) return v;
  const m = checkMeasure(c);
  if (m === 'none') return v;
  if (m === 'money') return moneyUnit(doc, c) === '万元' ? `${yuanToWan(v, 2)}万元` : `${formatDecimal(v, 2)}元`;
  const digits = (v.split('.')[1] ?? '').length;
  return `${formatDecimal(v, Math.min(digits, 2))}${SUFFIX[m]}`;
}

/** Chinese name for a check ref that names a table kind the document lacks (e.g. a missing required table). */
export function refTableLabel(ref: string): string {
  return tableKindLabel(ref.split(':')[0]!);
}
