/**
 * Group words over their columns by meaning and position (`src/lib/parse/read/header-levels.ts`), on real
 * `pdftotext -layout` output: tests/fixtures/text-forms/general-expenditure-measures.pdftotext.txt is the
 * 一般公共预算财政拨款支出决算表 of the generated document synth-410400-fagaiwei-2015-final-00015 (bench/pdf-accuracy.ts,
 * seed 1, source lines 286–300). 决算数 stands centred over its five columns (小计 | 其中：基本支出 小计 · 人员经费 ·
 * 公用经费 | 项目支出), right of 年初预算数 | 全年预算数, two other measures; 本年支出's own 小计 stands a line above
 * 基本支出's. Expected cells are read by hand from the fixture; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('general-expenditure-measures.pdftotext.txt');

describe('决算数 centred over its columns beside 年初预算数 and 全年预算数 (lines 4–8)', () => {
  it('puts 年初预算数 and 全年预算数 under no group, and 决算数 over the five columns right of them (lines 4–8)', () => {
    const h = header(4);
    expect(h.slice(2, 4)).toEqual(['年初预算数', '全年预算数']);
    expect(h.slice(4)).toEqual(['决算数/小计', '决算数/其中：基本支出/小计', '决算数/其中：基本支出/人员经费', '决算数/其中：基本支出/公用经费', '决算数/项目支出']);
  });
  it('reads the 201 row: 17,912,123.17 the total of 决算数, 16,415,029.39 that of 基本支出 (line 9)', () => {
    expect(at(9).cells.slice(2)).toEqual(['17,298,746.74', '17,605,434.94', '17,912,123.17', '16,415,029.39', '12,639,572.61', '3,775,456.78', '1,497,093.78']);
  });
});
