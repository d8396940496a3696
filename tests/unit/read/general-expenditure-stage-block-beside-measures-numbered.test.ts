/**
 * A 一般公共预算财政拨款支出决算表 under a 栏次 row, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/general-expenditure-stage-block-beside-measures-numbered.pdftotext.txt, of
 * synth-140100-gongxinju-2015-final-00001 (pdf30, its lines 271–300). `决算数` on the first line heads
 * `小计 基本支出 项目支出`; `年初预算数` and `全年预算数` are broken over two lines (`年初预` over `算数`), their last lines
 * beside `小计`, with `项目支出` broken further below (`项目支` over `出`), so `项目支出` stands under no measure word's
 * own line: the two measures are columns of their own, no group over it. Expected cells are read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a stage block word with no word under it is a column word of its own (general-expenditure-stage-block-beside-measures-numbered)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-stage-block-beside-measures-numbered.pdftotext.txt');

  it('reads 年初预算数 | 全年预算数 | 决算数 over 小计 基本支出 项目支出, five columns as the 栏次 row numbers them (lines 3–8)', () => {
    expect(header(3).slice(1)).toEqual(['年初预算数', '全年预算数', '决算数/小计', '决算数/基本支出', '决算数/项目支出']);
  });

  it('keeps each figure under its column (一般公共服务支出, line 9; 政府办公厅（室）及相关机构事务, line 10)', () => {
    expect(at(9).cells).toEqual(['一般公共服务支出', '131.8', '133.5', '135.2', '39.0', '96.2']);
    expect(at(10).cells.slice(1)).toEqual(['71.3', '73.5', '75.7', '0.0', '75.7']);
  });
});
