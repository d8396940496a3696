import type { SourceLine } from '../../../text/lines.ts';
import { flat, isValueCell, text } from '../../tables/cell-text.ts';

export type FundsRole = 'initial_budget' | 'full_year_budget' | 'executed' | 'weight' | 'execution_rate' | 'score';

/** Printed order of the funds columns in all known forms. */
export const FUNDS_ORDER: FundsRole[] = ['initial_budget', 'full_year_budget', 'executed', 'weight', 'execution_rate', 'score'];
export const FUNDS_LABELS: Record<FundsRole, string> = {
  initial_budget: '年初预算数',
  full_year_budget: '全年预算数',
  executed: '全年执行数',
  weight: '分值',
  execution_rate: '执行率',
  score: '得分',
};

export function fundsRoleOf(label: string): FundsRole | null {
  const f = flat(label);
  if (/^年初预算数/.test(f)) return 'initial_budget';
  if (/^全年预算数/.test(f)) return 'full_year_budget';
  if (/^全年执行数/.test(f)) return 'executed';
  if (/^分值/.test(f)) return 'weight';
  if (/执行率/.test(f)) return 'execution_rate';
  if (/^得分/.test(f)) return 'score';
  return null;
}

export interface FundsHeader {
  /** Column index of each role, as printed in the header row. */
  at: Partial<Record<FundsRole, number>>;
  labels: Partial<Record<FundsRole, string>>;
}

/** A funds header names at least three of the funds columns. */
export function readFundsHeader(l: SourceLine): FundsHeader | null {
  const h: FundsHeader = { at: {}, labels: {} };
  let n = 0;
  l.cells.forEach((_, j) => {
    const t = text(l, j);
    const r = fundsRoleOf(t);
    if (r && h.at[r] === undefined) {
      h.at[r] = j;
      h.labels[r] = t;
      n++;
    }
  });
  return n >= 3 ? h : null;
}

export interface FundsRowLayout {
  /** Printed label cells (before the first value). */
  labels: { idx: number; text: string }[];
  /** Role → cell index. */
  at: Partial<Record<FundsRole, number>>;
  offset: number;
}

/**
 * Place the values of a funds row. Labels are the text cells before the first value; values follow the header's
 * columns, moved right when the label runs into the first value column or the row extends past the header (the
 * conversion inserts or drops blank cells of merged label columns). Without a header the printed order is used.
 */
export function layoutFundsRow(l: SourceLine, header: FundsHeader | null): FundsRowLayout {
  let firstValue = l.cells.findIndex((c) => isValueCell(c));
  if (firstValue < 0) firstValue = l.cells.length;
  const labels: FundsRowLayout['labels'] = [];
  for (let j = 0; j < firstValue; j++) {
    const t = text(l, j);
    if (t !== '') labels.push({ idx: j, text: t });
  }
  const lastLabel = labels.length ? labels[labels.length - 1]!.idx : -1;
  let lastNonBlank = -1;
  l.cells.forEach((c, j) => {
    if (text(l, j) !== '' && j > lastLabel) lastNonBlank = j;
    void c;
  });
  const at: FundsRowLayout['at'] = {};
  const base: Partial<Record<FundsRole, number>> = {};
  if (header && Object.keys(header.at).length >= 3) Object.assign(base, header.at);
  else FUNDS_ORDER.forEach((r, i) => (base[r] = lastLabel + 1 + i));
  const cols = Object.values(base) as number[];
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const offset = Math.max(0, lastLabel + 1 - first, lastNonBlank - last);
  for (const r of FUNDS_ORDER) if (base[r] !== undefined) at[r] = base[r]! + offset;
  return { labels, at, offset };
}

/** 资金来源: (1) 财政拨款 → 财政拨款; 其中:政府预算资金 → 政府预算资金; 年度资金总额: → 年度资金总额. */
export function normaliseSource(label: string): string {
  return flat(label)
    .replace(/^(?:资金来源|其中)[:：]?/, '')
    .replace(/^(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．])/, '')
    .replace(/[:：]$/, '');
}
