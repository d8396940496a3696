import { describe, expect, it } from 'vitest';
import { barChart, groupedBarChart, stackedBar, timeSeries, shorten, PALETTE } from '../../src/lib/site/charts.ts';

describe('bar chart geometry', () => {
  const items = [
    { label: '资源勘探工业信息等支出', value: '10434400' },
    { label: '社会保障和就业支出', value: '9696100' },
    { label: '教育支出', value: '34300' },
  ];
  it('bars are proportional to values and keep order', () => {
    const c = barChart(items);
    expect(c.bars).toHaveLength(3);
    expect(c.bars.map((b) => b.label)).toEqual(items.map((i) => i.label));
    const [a, b, d] = c.bars;
    expect(a!.widthPct).toBeGreaterThan(b!.widthPct);
    expect(b!.widthPct).toBeGreaterThan(d!.widthPct);
    expect(b!.widthPct / a!.widthPct).toBeCloseTo(9696100 / 10434400, 2);
    // Bars leave room on the right for the value printed after them.
    for (const bar of c.bars) expect(bar.widthPct).toBeLessThanOrEqual(78);
    expect(c.bars[1]!.y).toBeGreaterThan(c.bars[0]!.y + c.bars[0]!.height - 1);
    expect(c.height).toBeGreaterThan(c.bars[2]!.y + c.bars[2]!.height);
  });
  it('shows exact 万元 text, not float text', () => {
    const c = barChart(items);
    expect(c.bars[0]!.valueText).toBe('1,043.44');
    expect(c.bars[2]!.valueText).toBe('3.43');
  });
  it('draws negative and missing values as zero width and handles all-zero input', () => {
    const c = barChart([{ label: 'a', value: '-5' }, { label: 'b', value: null }, { label: 'c', value: '0' }]);
    expect(c.bars.every((b) => b.widthPct === 0)).toBe(true);
    expect(barChart([]).bars).toEqual([]);
  });
  it('shortens long labels', () => {
    expect(shorten('一二三四五六七八九十十一', 5)).toBe('一二三四…');
    expect(shorten('短', 5)).toBe('短');
  });
});

describe('grouped, stacked and time-series geometry', () => {
  it('groups series per category with palette colours (三公 预算数 vs 决算数)', () => {
    const g = groupedBarChart(['公务接待费', '公务用车运行维护费'], [
      { name: '预算数', values: ['42300', '139600'] },
      { name: '决算数', values: ['32500', '139600'] },
    ]);
    const bars = g.groups.flatMap((gr) => gr.bars.map((b) => ({ ...b, category: gr.label })));
    expect(bars).toHaveLength(4);
    expect(g.legend.map((l) => l.color)).toEqual([PALETTE[0], PALETTE[1]]);
    const vehicleBudget = bars.find((b) => b.category === '公务用车运行维护费' && b.series === '预算数')!;
    const vehicleActual = bars.find((b) => b.category === '公务用车运行维护费' && b.series === '决算数')!;
    expect(vehicleBudget.widthPct).toBe(vehicleActual.widthPct);
    const rb = bars.find((b) => b.category === '公务接待费' && b.series === '预算数')!;
    const ra = bars.find((b) => b.category === '公务接待费' && b.series === '决算数')!;
    expect(ra.widthPct).toBeLessThan(rb.widthPct);
    expect(ra.y).toBeGreaterThan(rb.y);
    expect(ra.valueText).toBe('3.25');
  });
  it('stacks counts to the full width', () => {
    const s = stackedBar([{ label: '达成', count: 3 }, { label: '未达成', count: 1 }], 400);
    expect(s.segments[0]!.width).toBe(300);
    expect(s.segments[1]!.x).toBe(300);
    expect(s.segments[1]!.width).toBe(100);
  });
  it('places years left to right', () => {
    const t = timeSeries([{ year: 2021, value: '100' }, { year: 2022, value: '200' }]);
    expect(t.points[0]!.x).toBeLessThan(t.points[1]!.x);
    expect(t.points[1]!.y).toBeLessThan(t.points[0]!.y);
    expect(t.path.startsWith('M')).toBe(true);
  });
  it('uses the Okabe–Ito colour-blind-safe palette', () => {
    expect(PALETTE[0]).toBe('#0072B2');
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
  });
});

describe('axis ticks', () => {
  it('label money ticks in 万元', () => {
    const c = barChart([{ label: 'a', value: '10434400' }]);
    expect(c.ticks.map((t) => t.label)).toContain('200');
    expect(c.ticks.every((t) => !t.label.includes(',000,'))).toBe(true);
  });
});
