/**
 * A squeezed 支出决算表 no row fills, its header's middle line drawn left of the others (`行次 合计 基本支出 项目支出 上级
 * 支出 位补`, line 10, under `本年支出` and `上缴 经营 属单`): the header's pieces read as an exact cover three ways —
 * `本年支出合计` one word, `本年支出` over `合计` | `基本支出` | `项目支出`, or `合计` alone with `本年支出` over the two
 * parts — all naming the same six columns (`columnMeanings`, `sameColumns` of `src/lib/parse/read/split-words.ts`).
 * They are one reading of the table (`coverOnSqueezedRows` of `squeezed-rows.ts`): each row placed as any of them keeps
 * it. Before, no reading was taken and 上缴上级支出 and 经营支出 were never read. Real `pdftotext -layout` output of a
 * Chromium-printed generator document (`tests/fixtures/text-forms/expenditure-squeezed-total-word-readings.pdftotext.txt`,
 * units 万元); the cells are read by hand from the printed lines (on the first page a run after a gap starting in
 * 项目支出 ends at 49, in 上缴上级支出 at 54, in 经营支出 at 59, in 对附属单位补助支出 at 64; on the second page those
 * last three at 49, 54 and 59).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a squeezed header whose cover reads the same columns three ways', () => {
  const { table, onLine } = ingestTextFormFixture('expenditure-squeezed-total-word-readings.pdftotext.txt', 'final_expenditure');

  it('reads the six value columns', () => {
    expect(table.columns).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('reads the unlabelled total as one run from the total on: 4,442.08 = 3,277.52 + 1,164.56, zeros in 上缴上级支出 and 经营支出 (line 13)', () => {
    expect(onLine(13)).toEqual({ 本年支出合计: '44420800', 基本支出: '32775200', 项目支出: '11645600', 上缴上级支出: '0', 经营支出: '0' });
  });

  it('reads 一般行政管理事务 (行次 4): 143.53, then a run from 项目支出 ending at 49 with three zeros (line 16)', () => {
    expect(onLine(16)).toEqual({ 本年支出合计: '1435300', 项目支出: '1435300', 上缴上级支出: '0', 经营支出: '0', 对附属单位补助支出: '0' });
  });

  it('reads 一般行政管理事务 (行次 7): 282.11 in 本年支出合计 and 项目支出, its zero ending at 59 in 经营支出 (line 20)', () => {
    expect(onLine(20)).toEqual({ 本年支出合计: '2821100', 项目支出: '2821100', 经营支出: '0' });
  });

  it('reads 住房保障支出 on the second page: 926.28 twice, zeros ending at 49, 54 and 59 in 上缴上级支出, 经营支出 and 对附属单位补助支出 (line 53)', () => {
    expect(onLine(53)).toEqual({ 本年支出合计: '9262800', 基本支出: '9262800', 上缴上级支出: '0', 经营支出: '0', 对附属单位补助支出: '0' });
  });
});
