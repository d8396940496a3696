/**
 * A department over the years: one column pair per year (预算 | 决算, each from its own document, never added)
 * and a small series chart of spending with one line per document kind on a shared scale.
 */
import { scaleLinear } from 'd3';
import type { DocumentModel } from '../model/document.ts';
import { percentOf, toGeometryNumber, yuanToWan } from './format.ts';

/** What the year view needs of a document: its year and kind (a whole model or a page summary). */
export type YearDoc = { doc_id: string; metadata: Pick<DocumentModel['metadata'], 'fiscal_year' | 'doc_kind'> };

export interface YearColumn<D extends YearDoc = DocumentModel> {
  year: number;
  budget: D | null;
  final: D | null;
}

/**
 * Documents by year, oldest first. When two documents claim the same year and kind (a re-publication), the first
 * one given is kept and the others are returned in `extra`, so the page can still list them.
 */
export function yearColumns<D extends YearDoc = DocumentModel>(docs: readonly D[]): { columns: YearColumn<D>[]; extra: D[] } {
  const byYear = new Map<number, YearColumn<D>>();
  const extra: D[] = [];
  for (const d of docs) {
    const y = d.metadata.fiscal_year;
    const col: YearColumn<D> = byYear.get(y) ?? { year: y, budget: null, final: null };
    byYear.set(y, col);
    const k = d.metadata.doc_kind;
    if (col[k]) extra.push(d);
    else col[k] = d;
  }
  return { columns: [...byYear.values()].sort((a, b) => a.year - b.year), extra };
}

export interface SeriesPoint {
  year: number;
  x: number;
  y: number;
  /** Value in 万元 with thousands separators. */
  text: string;
}

export interface YearSeriesChart {
  width: number;
  height: number;
  years: { year: number; x: number }[];
  ticks: { y: number; text: string }[];
  series: { kind: 'budget' | 'final'; name: string; points: SeriesPoint[]; path: string }[];
}

/**
 * Geometry of the series chart: x = year, y = value in 元 (exact strings, converted to numbers only for drawing),
 * both kinds on one scale starting at zero. A year without a value leaves a gap in its line (no interpolation).
 * The default 360-unit width renders at about 1:1 on a 390 px phone, so 12-unit text stays 12 px.
 */
export function yearSeries<D extends YearDoc = DocumentModel>(columns: readonly YearColumn<D>[], valueOf: (d: D) => string | null, width = 360, height = 190): YearSeriesChart {
  const padL = 64;
  const padR = 20;
  const top = 16;
  const bottom = height - 28;
  const years = columns.map((c) => c.year);
  const minY = Math.min(...years);
  const maxY = Math.max(...years);
  const x = scaleLinear().domain(minY === maxY ? [minY - 1, maxY + 1] : [minY, maxY]).range([padL, width - padR]);
  const values = columns.flatMap((c) => [c.budget, c.final].filter((d): d is D => d != null).map(valueOf));
  const maxV = Math.max(0, ...values.map((v) => toGeometryNumber(v)));
  const y = scaleLinear().domain([0, maxV > 0 ? maxV : 1]).range([bottom, top]).nice(4);
  const r = (n: number) => Math.round(n * 10) / 10;
  const series = (['final', 'budget'] as const).map((kind) => {
    const points: SeriesPoint[] = [];
    let path = '';
    let open = false;
    for (const c of columns) {
      const d = c[kind];
      const v = d ? valueOf(d) : null;
      if (v == null) {
        open = false;
        continue;
      }
      const p = { year: c.year, x: r(x(c.year)), y: r(y(toGeometryNumber(v))), text: yuanToWan(v) };
      path += `${open ? 'L' : 'M'}${p.x},${p.y}`;
      open = true;
      points.push(p);
    }
    return { kind, name: kind === 'final' ? '决算' : '预算', points, path };
  });
  const ticks = y.ticks(4).map((t) => ({ y: r(y(t)), text: yuanToWan(String(Math.round(t)), 0) }));
  return { width, height, years: columns.map((c) => ({ year: c.year, x: r(x(c.year)) })), ticks, series: series.filter((s) => s.points.length > 0) };
}

export interface Outturn {
  year: number;
  /** Values in 元 (exact strings). */
  budget: string;
  final: string;
  /** 决算 as a percentage of 预算 (two decimals), or null when the budget is zero. */
  percent: string | null;
}

/**
 * Budget against outturn for the years that have both documents: the two values side by side and the outturn as a
 * share of the budget — a ratio of two published figures, never their sum.
 */
export function outturns<D extends YearDoc = DocumentModel>(columns: readonly YearColumn<D>[], valueOf: (d: D) => string | null): Outturn[] {
  const out: Outturn[] = [];
  for (const c of columns) {
    if (!c.budget || !c.final) continue;
    const b = valueOf(c.budget);
    const f = valueOf(c.final);
    if (b == null || f == null) continue;
    out.push({ year: c.year, budget: b, final: f, percent: percentOf(f, b, 2) });
  }
  return out;
}
