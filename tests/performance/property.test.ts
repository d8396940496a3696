import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../src/lib/model/performance.ts';
import { readSelfEval } from '../../src/lib/parse/layouts/perf-selfeval/selfeval.ts';
import { TableContext } from '../../src/lib/parse/tables/context.ts';
import { splitLines } from '../../src/lib/text/lines.ts';
import { seedLines } from './helpers.ts';

// Cells taken from the three seeds' self-evaluation forms, recombined at random: the reader must never throw, must
// return a schema-valid Evaluation, and every value it emits must point at a printed line of its input.
const seedCells = [...new Set(
  (['jiaozuo2022', 'pingdingshan2023', 'yangquan2022'] as const).flatMap((s) =>
    seedLines(s)
      .filter((l) => (s === 'yangquan2022' ? l.n >= 649 : s === 'pingdingshan2023' ? l.n >= 702 : l.n >= 711))
      .flatMap((l) => l.cells.map((c) => c.trim()))
      .filter((c) => c.length < 40),
  ),
)];

describe('readSelfEval on recombined seed cells', () => {
  it('never throws, returns a valid Evaluation, values point at input lines', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...seedCells), { maxLength: 11 }), { maxLength: 40 }), fc.constantFrom('perf_overall_selfeval', 'perf_project_selfeval'), (rows, kind) => {
        const lines = splitLines(rows.map((r) => r.join('\t')).join('\n'));
        const ctx = new TableContext('万元', 4);
        const r = readSelfEval({ lines, kind: kind as 'perf_overall_selfeval', tableId: 't', title: 't', startLine: 1, endLine: Math.max(1, lines.length), unit: '万元', unitExponent: 4 }, ctx);
        expect(() => Evaluation.parse(r.evaluation)).not.toThrow();
        for (const row of r.rows)
          for (const c of row.cells) {
            expect(c.line).toBeGreaterThanOrEqual(1);
            expect(c.line).toBeLessThanOrEqual(lines.length);
          }
        for (const i of r.evaluation.indicators) expect(['met', 'not_met', 'not_measurable']).toContain(i.outcome);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readSelfEval on a 分值 cell that is no plain number', () => {
  it('reports `95%` as a 分值 that is not a number and gives the indicator no weight, instead of throwing', () => {
    // the counterexample fast-check found (seed -832684728): a 自评 title line, then a row whose 分值 column holds 95%
    const lines = splitLines(['绩效目标自评情况', ['部门整体支出绩效自评情况表', '95%', '部门整体支出绩效自评情况表', '153%'].join('\t')].join('\n'));
    const ctx = new TableContext('万元', 4);
    const r = readSelfEval({ lines, kind: 'perf_overall_selfeval', tableId: 't', title: 't', startLine: 1, endLine: lines.length, unit: '万元', unitExponent: 4 }, ctx);
    expect(() => Evaluation.parse(r.evaluation)).not.toThrow();
    expect(r.evaluation.indicators.every((i) => i.weight === null)).toBe(true);
  });
});

describe('hostile input stays linear', () => {
  it('long digit runs in a thresholds line and in a 绩效 paragraph', async () => {
    const { readGradeThresholds } = await import('../../src/lib/parse/layouts/perf-selfeval/grades.ts');
    const { readPerformanceClaims } = await import('../../src/lib/claims/performance.ts');
    const digits = '1'.repeat(300_000);
    const t0 = performance.now();
    expect(readGradeThresholds(`为优${digits}x`)).toEqual({});
    expect(readPerformanceClaims([{ line: 1, heading: null, text: `绩效${digits}个项x${digits}个项目自评等级` }])).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
