/** The department page over years and the quality page's value display. Values read by hand from data/raw. */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../helpers.ts';
import { yearColumns, yearSeries } from '../../src/lib/site/years.ts';
import { compareRow } from '../../src/lib/site/compare.ts';
import { checkMeasure, checkValueText } from '../../src/lib/site/quality.ts';

describe('a department over the years', () => {
  // Three documents treated as one department: 2022 决算 (焦作), 2022 预算 (郑州), 2023 决算 (平顶山).
  const final22 = parseSeed('jiaozuo2022');
  const budget22 = parseSeed('zhengzhou2022');
  const final23 = parseSeed('pingdingshan2023');
  const { columns, extra } = yearColumns([final23, budget22, final22, final22]);
  it('puts each year’s 预算 and 决算 side by side, oldest year first, and keeps a re-publication aside', () => {
    expect(columns.map((c) => [c.year, c.budget?.doc_id ?? null, c.final?.doc_id ?? null])).toEqual([
      [2022, 'henan-zhengzhou-gongxinju-2022-budget', 'henan-jiaozuo-gongxinju-2022-final'],
      [2023, null, 'henan-pingdingshan-gongxinju-2023-final'],
    ]);
    expect(extra.map((d) => d.doc_id)).toEqual(['henan-jiaozuo-gongxinju-2022-final']);
  });
  it('draws one line per kind on a shared scale, with each point from its own document (never summed)', () => {
    const chart = yearSeries(columns, (d) => compareRow(d).values.expenditure_total ?? null);
    const final = chart.series.find((s) => s.kind === 'final')!;
    const budget = chart.series.find((s) => s.kind === 'budget')!;
    // 焦作 line 164: 本年支出合计 2,182.77; 平顶山 line 147: 本年支出合计 2,175.87; 郑州 line 314: 本年支出合计 107,259.2 (万元).
    expect(final.points.map((p) => [p.year, p.text])).toEqual([[2022, '2,182.77'], [2023, '2,175.87']]);
    expect(budget.points.map((p) => [p.year, p.text])).toEqual([[2022, '107,259.20']]);
    // Shared scale: the larger budget value sits higher (smaller y) than both 决算 points.
    expect(budget.points[0]!.y).toBeLessThan(Math.min(...final.points.map((p) => p.y)));
    expect(chart.years.map((y) => y.year)).toEqual([2022, 2023]);
  });
  it('leaves a gap for a year without a value instead of joining across it', () => {
    const cols = [
      { year: 2020, budget: null, final: final22 },
      { year: 2021, budget: null, final: null },
      { year: 2022, budget: null, final: final23 },
    ];
    const missingMiddle = yearSeries([cols[0]!, { ...cols[1]!, final: budget22 }, cols[2]!], (d) => (d === budget22 ? null : compareRow(d).values.expenditure_total ?? null));
    expect(missingMiddle.series[0]!.path.match(/M/g)).toHaveLength(2);
  });
});

describe('quality page values carry their own unit', () => {
  const check = (doc: ReturnType<typeof parseSeed>, id: string) => doc.checks.find((c) => c.check_id === id)!;
  it('money in the unit the table is printed in: 阳泉 (元) 312 对企业补助 402,101,986.44元, line 361', () => {
    const d = parseSeed('yangquan2022');
    const c = check(d, 'econ.class_items');
    const failing = d.checks.find((x) => x.check_id === 'econ.class_items' && x.status === 'fail')!;
    expect(checkMeasure(c)).toBe('money');
    expect(checkValueText(d, failing, failing.expected)).toBe('402,101,986.44元');
  });
  it('money in 万元 for a 万元 document: 焦作 支出总计 2,183.20万元, line 168', () => {
    const d = parseSeed('jiaozuo2022');
    const c = d.checks.find((x) => x.check_id === 'final.summary.balance')!;
    expect(checkValueText(d, c, c.actual)).toBe('2,183.20万元');
  });
  it('scores in 分, table counts in 张表, percentages in %', () => {
    const p = parseSeed('pingdingshan2023');
    const s = p.checks.find((x) => x.check_id === 'perf.score_within_weight' && x.status === 'warn')!; // the form anomaly: 93.7 printed in the 10-point 预算执行 row (line 712)
    expect(checkValueText(p, s, s.actual)).toBe('93.7 分');
    const j = parseSeed('jiefang2024');
    const t = j.checks.find((x) => x.check_id === 'comp.required_tables')!;
    expect(checkValueText(j, t, '9')).toBe('9 张表');
    const y = parseSeed('yangquan2022');
    const pct = y.checks.find((x) => x.check_id === 'narr.completion')!;
    expect(checkValueText(y, pct, '189')).toBe('189%');
    expect(checkValueText(y, pct, null)).toBe('—');
  });
});

describe('budget against outturn', () => {
  it('gives both published values and the outturn as a share of the budget, only for years with both', async () => {
    const { outturns } = await import('../../src/lib/site/years.ts');
    const final22 = parseSeed('jiaozuo2022');
    const budget22 = parseSeed('zhengzhou2022');
    const { columns } = yearColumns([final22, budget22, parseSeed('pingdingshan2023')]);
    const out = outturns(columns, (d) => compareRow(d).values.expenditure_total ?? null);
    // 焦作 line 164: 2,182.77 万元; 郑州 line 314: 107,259.2 万元 → 2,182.77 ÷ 107,259.2 = 2.035…%
    expect(out).toEqual([{ year: 2022, budget: '1072592000', final: '21827700', percent: '2.04' }]);
  });
});
