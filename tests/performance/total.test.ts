/** The full score of a self-evaluation (src/lib/parse/layouts/perf-selfeval/total.ts): what a 说明's “自评结果为N分” quotes. */
import { describe, expect, it } from 'vitest';
import { fullScore } from '../../src/lib/parse/layouts/perf-selfeval/total.ts';
import { toString } from '../../src/lib/decimal.ts';
import type { Evaluation } from '../../src/lib/model/performance.ts';
import { parseSeed } from '../helpers.ts';

const ev = (total: string | null, weight: string | null, funds: { weight: string | null; score: string | null; execution_rate: string | null; line?: number }[]) =>
  ({ total_score_printed: total, total_weight_printed: weight, funds: funds.map((f) => ({ line: 1, ...f })) }) as unknown as Evaluation;

describe('fullScore', () => {
  it('平顶山 2023: 合计 83.7 of 90 points (line 768) + 预算执行 10 × 100 % (line 712) = 93.7, the 得分 cell holding the total', () => {
    const e = parseSeed('pingdingshan2023').performance.find((x) => x.kind === 'perf_overall_selfeval')!;
    const f = fullScore(e)!;
    expect([toString(f.score), toString(f.printed), toString(f.added)]).toEqual(['93.7', '83.7', '10']);
    expect(f.totalInFundsCell).toEqual([712]);
  });

  it('a 合计 of 100 points is the full score', () => {
    expect(toString(fullScore(ev('91.5', '100', []))!.score)).toBe('91.5');
    expect(toString(fullScore(ev('91.5', null, []))!.score)).toBe('91.5');
  });

  it('a 90-point 合计 adds the 预算执行 得分 when within its 分值', () => {
    const f = fullScore(ev('80', '90', [{ weight: '10', score: '9.5', execution_rate: '95' }]))!;
    expect(toString(f.score)).toBe('89.5');
    expect(f.totalInFundsCell).toEqual([]);
  });

  it('a 得分 above its 分值 is replaced by 分值 × 执行率 (at most 100 %)', () => {
    expect(toString(fullScore(ev('80', '90', [{ weight: '10', score: '88', execution_rate: '95' }]))!.score)).toBe('89.5');
    expect(toString(fullScore(ev('80', '90', [{ weight: '10', score: '90', execution_rate: '120' }]))!.score)).toBe('90');
  });

  it('cannot be told (null) when weights do not complete 100 or the 预算执行 points are unknown', () => {
    expect(fullScore(ev('80', '90', []))).toBeNull();
    expect(fullScore(ev('80', '85', [{ weight: '10', score: '9', execution_rate: '90' }]))).toBeNull();
    expect(fullScore(ev('80', '90', [{ weight: '10', score: '93', execution_rate: null }]))).toBeNull();
    expect(fullScore(ev(null, '90', []))).toBeNull();
  });
});
