/**
 * Chart geometry computed at build time with d3 (scales only, no DOM). Components turn it into static SVG.
 * Numbers here are for geometry only; displayed values come from exact decimal strings.
 */
import { scaleLinear } from 'd3';
import { toGeometryNumber, yuanToWan } from './format.ts';

/** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies and in greyscale print (with patterns/labels). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export interface BarInput {
  label: string;
  /** Exact decimal string (元 or count). */
  value: string | null;
}

export function shorten(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : s;
}

function formatTick(t: number, divisor: number): string {
  const v = t / divisor;
  if (v === 0) return '0';
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export interface Segment {
  label: string;
  count: number;
  x: number;
  width: number;
  color: string;
}

/** One horizontal stacked bar of counts (e.g. performance targets met / missed / not measurable). */
export function stackedBar(parts: readonly { label: string; count: number; color?: string }[], width = 640): { width: number; height: number; segments: Segment[] } {
  const total = parts.reduce((a, p) => a + Math.max(0, p.count), 0);
  const x = scaleLinear().domain([0, total > 0 ? total : 1]).range([0, width]);
  let acc = 0;
  const segments = parts.map((p, i) => {
    const s: Segment = { label: p.label, count: p.count, x: round(x(acc)), width: round(x(acc + Math.max(0, p.count)) - x(acc)), color: p.color ?? PALETTE[i % PALETTE.length]! };
    acc += Math.max(0, p.count);
    return s;
  });
  return { width, height: 28, segments };
}

/** Line/points geometry for a small time series (x = year, y = value). */
export function timeSeries(points: readonly { year: number; value: string | null }[], width = 480, height = 160): {
  width: number;
  height: number;
  points: { year: number; x: number; y: number; valueText: string }[];
  path: string;
} {
  const pad = 36;
  const years = points.map((p) => p.year);
  const minY = Math.min(...years);
  const maxY = Math.max(...years);
  const x = scaleLinear().domain(minY === maxY ? [minY - 1, maxY + 1] : [minY, maxY]).range([pad, width - pad]);
  const maxV = Math.max(0, ...points.map((p) => toGeometryNumber(p.value)));
  const y = scaleLinear().domain([0, maxV > 0 ? maxV : 1]).range([height - 24, 12]);
  const pts = points
    .filter((p) => p.value != null)
    .map((p) => ({ year: p.year, x: round(x(p.year)), y: round(y(toGeometryNumber(p.value))), valueText: yuanToWan(p.value) }));
  const path = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  return { width, height, points: pts, path };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Fluid bar geometry: x positions and widths are percentages of the chart width and text sizes are CSS pixels, so
 * the SVG (width 100%, no viewBox) never scales its text down on a phone. Each bar has its label on a line above
 * it and its value right after it, so long labels get the full width at every screen size.
 */
export interface Bar {
  label: string;
  /** Shown on narrow screens when the label is long (the full label is in the bar's title and the data table). */
  shortLabel: string | null;
  secondary: string | null;
  valueText: string;
  /** Label baseline (px from the top). */
  labelY: number;
  /** Bar top (px). */
  y: number;
  height: number;
  /** Bar width in percent of the chart width. */
  widthPct: number;
  color: string;
}

export interface BarChart {
  height: number;
  bars: Bar[];
  ticks: { xPct: number; label: string }[];
  axisY: number;
}

/** Longest label (characters) shown unshortened on a 360 px wide chart at 13 px. */
export const NARROW_LABEL = 26;
/** Share of the width bars may take; the rest keeps room for the value after the longest bar. */
const BAR_ROOM = 78;

export function barChart(items: readonly (BarInput & { secondary?: string | null })[], opts: { format?: (v: string | null) => string; color?: string; tickDivisor?: number } = {}): BarChart {
  const format = opts.format ?? ((v) => yuanToWan(v));
  const max = Math.max(0, ...items.map((i) => toGeometryNumber(i.value)));
  const x = scaleLinear().domain([0, max > 0 ? max : 1]).range([0, BAR_ROOM]).nice();
  let y = 0;
  const bars: Bar[] = items.map((it) => {
    const labelY = y + 14;
    const secondary = it.secondary ?? null;
    const top = labelY + (secondary ? 20 : 5);
    const bar: Bar = {
      label: it.label,
      shortLabel: [...it.label].length > NARROW_LABEL ? shorten(it.label, NARROW_LABEL) : null,
      secondary,
      valueText: format(it.value),
      labelY,
      y: top,
      height: 14,
      widthPct: round(x(Math.max(0, toGeometryNumber(it.value)))),
      color: opts.color ?? PALETTE[0],
    };
    y = top + 14 + 10;
    return bar;
  });
  const ticks = x.ticks(4).filter((t) => x(t) <= 100).map((t) => ({ xPct: round(x(t)), label: formatTick(t, opts.tickDivisor ?? 1e4) }));
  return { height: y + 18, bars, ticks, axisY: y + 14 };
}

export interface GroupedChart {
  height: number;
  groups: { label: string; labelY: number; bars: { series: string; valueText: string; y: number; height: number; widthPct: number; color: string }[] }[];
  legend: { series: string; color: string }[];
}

/** Fluid grouped bars (e.g. 三公 预算数 vs 决算数): the category label above its group of bars, one bar per series. */
export function groupedBarChart(categories: readonly string[], series: readonly { name: string; values: readonly (string | null)[] }[], opts: { format?: (v: string | null) => string } = {}): GroupedChart {
  const format = opts.format ?? ((v) => yuanToWan(v));
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((v) => toGeometryNumber(v))));
  const x = scaleLinear().domain([0, max > 0 ? max : 1]).range([0, BAR_ROOM]);
  let y = 0;
  const groups = categories.map((cat, ci) => {
    const labelY = y + 14;
    let top = labelY + 5;
    const bars = series.map((s, si) => {
      const b = { series: s.name, valueText: format(s.values[ci] ?? null), y: top, height: 13, widthPct: round(x(Math.max(0, toGeometryNumber(s.values[ci] ?? null)))), color: PALETTE[si % PALETTE.length]! };
      top += 16;
      return b;
    });
    y = top + 8;
    return { label: cat, labelY, bars };
  });
  return { height: y, groups, legend: series.map((s, si) => ({ series: s.name, color: PALETTE[si % PALETTE.length]! })) };
}
