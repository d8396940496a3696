/**
 * A 一般公共预算财政拨款支出决算表 whose measure words pdftotext broke (`年初预算` over `数`), on real `pdftotext -layout`
 * output: tests/fixtures/text-forms/general-expenditure-stage-block-among-broken-words.pdftotext.txt, 决算05表 of
 * synth-410300-jiaoyuju-2018-final-00063 (pdf30, its lines 213–240, the table and its note). The block word `决算数` stands on the first line
 * over `小计 基本支出 项目支出`, drawn left of the figures it heads; the header is read again as whole words. Expected
 * cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a stage block word read whole among broken header words heads the words under it (general-expenditure-stage-block-among-broken-words)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-stage-block-among-broken-words.pdftotext.txt');

  it('reads 决算数 over 小计, 基本支出 and 项目支出 beside 年初预算数 and 全年预算数, no column of its own (lines 2–3)', () => {
    expect(header(2).slice(1)).toEqual(['年初预算数', '全年预算数', '决算数/小计', '决算数/基本支出', '决算数/项目支出']);
  });

  it('keeps 项目支出 under its figures, not on a blank column beyond them (总计, line 4; 一般行政管理事务, line 7)', () => {
    expect(at(4).cells).toEqual(['总计', '3,941.79', '3,949.25', '3,956.71', '2,539.64', '1,417.07']);
    expect(at(7).cells).toEqual(['一般行政管理事务', '290.46', '286.23', '282.00', '0.00', '282.00']);
  });
});
