/**
 * Rows of a squeezed 支出决算表 split over two lines (`squeezed-split-rows.ts`, `squeezed-rows.ts`).
 * tests/fixtures/text-forms/expenditure-squeezed-split-rows.pdftotext.txt is the 支出决算表 of
 * synth-410811-nongyeju-2017-final-00044 (a fresh corpus, its lines 116–150; line n here is line n + 115 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document. No row fills the eight columns (上缴上级支出,
 * 经营支出 and 对附属单位补助支出 are blank throughout), and the figures stand one space apart. `总计 4,901.01` (line
 * 10) prints its other figures alone on line 11, `3,516.14 3,270.01 246.13 1,384.87`; `一般公共服务支出 2,354.29`
 * (line 12) likewise on line 13. Joined, each is one row: 本年支出合计, then 小计 = 人员经费 + 公用经费, then 项目支出
 * (4,901.01 = 3,516.14 + 1,384.87; 3,516.14 = 3,270.01 + 246.13). Figures read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'expenditure-squeezed-split-rows.pdftotext.txt';

describe('a squeezed 支出决算表 whose rows print their figures over two lines (lines 10–13)', () => {
  const { doc, table } = ingestTextFormFixture(FILE, 'final_expenditure');
  const cellsOf = (name: string) => table.rows.find((r) => r.name === name)!.cells.filter((c) => c.value !== null);

  it('reads the eight columns of the header', () => {
    expect(table.columns).toEqual(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('总计 4,901.01 | 3,516.14 3,270.01 246.13 1,384.87: one row, each figure with its own line', () => {
    expect(cellsOf('总计').map((c) => [c.column, c.value, c.line])).toEqual([
      ['本年支出合计', '49010100', 10],
      ['其中：基本支出/小计', '35161400', 11],
      ['其中：基本支出/人员经费', '32700100', 11],
      ['其中：基本支出/公用经费', '2461300', 11],
      ['项目支出', '13848700', 11],
    ]);
  });

  it('一般公共服务支出 2,354.29 | 1,367.70 1,271.96 95.74 986.59: one row', () => {
    expect(cellsOf('一般公共服务支出').map((c) => [c.column, c.value])).toEqual([
      ['本年支出合计', '23542900'],
      ['其中：基本支出/小计', '13677000'],
      ['其中：基本支出/人员经费', '12719600'],
      ['其中：基本支出/公用经费', '957400'],
      ['项目支出', '9865900'],
    ]);
  });

  it('line 14, 人大事务 654.61 442.18 411.23 30.95 212.43, on one line', () => {
    expect(cellsOf('人大事务').map((c) => c.value)).toEqual(['6546100', '4421800', '4112300', '309500', '2124300']);
  });

  it('reports neither split row as ambiguous', () => {
    expect(doc.problems.filter((p) => p.code === 'spaced_row_ambiguous' && [10, 11, 12, 13].includes(p.line))).toEqual([]);
  });
});
