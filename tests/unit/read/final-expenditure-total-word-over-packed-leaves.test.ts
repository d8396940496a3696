/**
 * A 2020 支出决算表 whose leaf line pdftotext packed one space apart (`行次 合计 小计 人员经 … 公用经 出 上级 支出 位补`,
 * text line 9) under `本年支出` (line 8, at 25, right over `合计` at 24) and `项目支 上缴 经营 属单` on the same line.
 * Read in order, `本年支出` took the next word on its line, `项目支出`, as its one part (`本年支出/项目支出` beside a
 * bare `合计`), a group over one column that is no total of it; the reading of the pieces as one stack
 * (`本年支出合计` | 基本支出 over 小计 · 人员经费 · 公用经费 | 项目支出 | …) means the same column by column and now
 * stands. Real `pdftotext -layout` output of a Chromium-printed generator document:
 * tests/fixtures/text-forms/final-expenditure-total-word-over-packed-leaves.pdftotext.txt, the 支出决算表 of
 * synth-410200-gongxinju-2020-final-00086 (corpus seed 167, its lines 113–140: fixture line n is document line
 * n + 109). Values read by hand from the printed lines, in 元 (万元 × 10 000).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 whose 本年支出 stands over 合计 beside 项目支 on its line', () => {
  const { table, onLine } = ingestTextFormFixture('final-expenditure-total-word-over-packed-leaves.pdftotext.txt', 'final_expenditure');

  it('heads the first figure column 本年支出合计 and 项目支出 under no group', () => {
    expect(table.columns.slice(0, 5)).toEqual(['本年支出合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
  });

  it('reads the 总计 row (line 13: 1 1,036.49 641.65 487.66 154.00 394.83 0.00 … 0.00)', () => {
    expect(onLine(13)).toEqual({
      本年支出合计: '10364900',
      '基本支出/小计': '6416500',
      '基本支出/人员经费': '4876600',
      '基本支出/公用经费': '1540000',
      项目支出: '3948300',
      上缴上级支出: '0',
      对附属单位补助支出: '0',
    });
  });

  it('reads line 15 (20111 纪检监察事务 3 59.60 33.80 25.69 8.11 25.80 … 0.00 0.00)', () => {
    expect(onLine(15)).toMatchObject({ 本年支出合计: '596000', '基本支出/小计': '338000', 项目支出: '258000', 经营支出: '0', 对附属单位补助支出: '0' });
  });
});
