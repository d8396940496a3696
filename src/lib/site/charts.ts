/**
 * Chart geometry computed at build time with d3 (scales only, no DOM). Components turn it into static SVG.
 * Numbers here are for geometry only; displayed values come from exact decimal strings.
 */
import { scaleBand, scaleLinear } from 'd3';
import { toGeometryNumber, yuanToWan } from './format.ts';

/** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies and in greyscale print (with patterns/labels). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export interface BarInput {
  label: string;
  /** Exact decimal string (元 or count). */
  value: string | null;
}

export interface Bar {
  label: string;
  /** Label shortened to fit the gutter. */
  shortLabel: string;
  valueText: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

export interface BarChart {
  width: number;
  height: number;
  gutter: number;
  bars: Bar[];
  ticks: { x: number; label: string }[];
}

export interface BarOptions {
  width?: number;
  barHeight?: number;
  gap?: number;
  gutter?: number;
  /** Formats the exact value for display (default 万元 with 2 decimals). */
  format?: (v: string | null) => string;
  maxLabel?: number;
  color?: string;
  /** Tick labels are value / tickDivisor (default 1e4: 元 shown as 万元). */
  tickDivisor?: number;
}

export function shorten(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : s;
}

/** Horizontal bars, in the given order; negative values are drawn as zero-width (the table shows them). */
export function barChart(items: readonly BarInput[], opts: BarOptions = {}): BarChart {
  const width = opts.width ?? 640;
  const barHeight = opts.barHeight ?? 22;
  const gap = opts.gap ?? 8;
  const gutter = opts.gutter ?? 170;
  const valueRoom = 96;
  const format = opts.format ?? ((v) => yuanToWan(v));
  const maxLabel = opts.maxLabel ?? 11;
  const n = items.length;
  const top = 4;
  const height = top + n * (barHeight + gap) + 22;
  const max = Math.max(0, ...items.map((i) => toGeometryNumber(i.value)));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, Math.max(10, width - gutter - valueRoom)])
    .nice();
  const bars: Bar[] = items.map((it, i) => {
    const v = Math.max(0, toGeometryNumber(it.value));
    return {
      label: it.label,
      shortLabel: shorten(it.label, maxLabel),
      valueText: format(it.value),
      x: gutter,
      y: top + i * (barHeight + gap),
      width: round(x(v)),
      height: barHeight,
      color: opts.color ?? PALETTE[0],
    };
  });
  const ticks = x.ticks(4).map((t) => ({ x: round(gutter + x(t)), label: formatTick(t, opts.tickDivisor ?? 1e4) }));
  return { width, height, gutter, bars, ticks };
}

function formatTick(t: number, divisor: number): string {
  const v = t / divisor;
  if (v === 0) return '0';
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export interface GroupedBar {
  category: string;
  series: string;
  valueText: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

export interface GroupedChart {
  width: number;
  height: number;
  gutter: number;
  categories: { label: string; y: number }[];
  bars: GroupedBar[];
  legend: { series: string; color: string }[];
}

/** Horizontal grouped bars: one group per category, one bar per series (e.g. 预算数 vs 决算数). */
export function groupedBarChart(
  categories: readonly string[],
  series: readonly { name: string; values: readonly (string | null)[] }[],
  opts: { width?: number; barHeight?: number; gutter?: number; format?: (v: string | null) => string } = {},
): GroupedChart {
  const width = opts.width ?? 640;
  const barHeight = opts.barHeight ?? 16;
  const gutter = opts.gutter ?? 150;
  const format = opts.format ?? ((v) => yuanToWan(v));
  const groupH = series.length * barHeight + 12;
  const top = 4;
  const height = top + categories.length * groupH + 8;
  const all = series.flatMap((s) => s.values.map((v) => toGeometryNumber(v)));
  const max = Math.max(0, ...all);
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, Math.max(10, width - gutter - 90)]);
  const band = scaleBand<string>()
    .domain(series.map((s) => s.name))
    .range([0, series.length * barHeight]);
  const bars: GroupedBar[] = [];
  categories.forEach((cat, ci) => {
    series.forEach((s, si) => {
      const v = Math.max(0, toGeometryNumber(s.values[ci] ?? null));
      bars.push({
        category: cat,
        series: s.name,
        valueText: format(s.values[ci] ?? null),
        x: gutter,
        y: round(top + ci * groupH + (band(s.name) ?? 0)),
        width: round(x(v)),
        height: barHeight - 2,
        color: PALETTE[si % PALETTE.length]!,
      });
    });
  });
  return {
    width,
    height,
    gutter,
    categories: categories.map((c, ci) => ({ label: c, y: round(top + ci * groupH + (series.length * barHeight) / 2) })),
    bars,
    legend: series.map((s, si) => ({ series: s.name, color: PALETTE[si % PALETTE.length]! })),
  };
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
export interface FluidBar {
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

export interface FluidBarChart {
  height: number;
  bars: FluidBar[];
  ticks: { xPct: number; label: string }[];
  axisY: number;
}

/** Longest label (characters) shown unshortened on a 360 px wide chart at 13 px. */
export const NARROW_LABEL = 26;
/** Share of the width bars may take; the rest keeps room for the value after the longest bar. */
const BAR_ROOM = 78;

export function fluidBarChart(items: readonly (BarInput & { secondary?: string | null })[], opts: { format?: (v: string | null) => string; color?: string; tickDivisor?: number } = {}): FluidBarChart {
  const format = opts.format ?? ((v) => yuanToWan(v));
  const max = Math.max(0, ...items.map((i) => toGeometryNumber(i.value)));
  const x = scaleLinear().domain([0, max > 0 ? max : 1]).range([0, BAR_ROOM]).nice();
  let y = 0;
  const bars: FluidBar[] = items.map((it) => {
    const labelY = y + 14;
    const secondary = it.secondary ?? null;
    const top = labelY + (secondary ? 20 : 5);
    const bar: FluidBar = {
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

export interface FluidGroupedChart {
  height: number;
  groups: { label: string; labelY: number; bars: { series: string; valueText: string; y: number; height: number; widthPct: number; color: string }[] }[];
  legend: { series: string; color: string }[];
}

/** Fluid grouped bars (e.g. 三公 预算数 vs 决算数): the category label above its group of bars, one bar per series. */
export function fluidGroupedChart(categories: readonly string[], series: readonly { name: string; values: readonly (string | null)[] }[], opts: { format?: (v: string | null) => string } = {}): FluidGroupedChart {
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
