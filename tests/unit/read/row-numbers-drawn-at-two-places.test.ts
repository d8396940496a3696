/**
 * A 行次 column pdftotext drew at two places (`src/lib/parse/read/row-number-parts.ts`, used by `figure-order.ts`), on
 * real `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/expenditure-row-numbers-two-places.pdftotext.txt is 支出决算表 of
 * synth-410800-shengtaiju-2017-final-00040 (its lines 130–164). The rows numbered 1–5 print their number at column 17
 * (`总计  1 31023351.43`), the later rows at columns 14–16, where the first rows print nothing and the later rows'
 * first figure starts at 17 (`组织事务  10 3836535.34`): by position the numbers fall into two columns, one of them a
 * column of numbers among the labels, and the table was not read by order (its squeezed header, `上缴上 经营支 对附属`
 * over `级支出 出 单位补 助支出`, left words unknown). Expected cells are read by hand from the HTML table the PDF was
 * printed from (本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 whose 行次 pdftotext drew at two places', () => {
  const { at, header } = readTextFormFixture('expenditure-row-numbers-two-places.pdftotext.txt');

  it('reads one 行次 column and the six figure columns of the header', () => {
    expect(header(3)).toEqual(['项目/科目名称', '项目/行次', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts each row number in the 行次 column and each figure under its column (总计, line 6; 一般行政管理事务, line 12; 组织事务, line 16)', () => {
    expect(at(6).cells).toEqual(['总计', '1', '31023351.43', '24166804.36', '6856547.07', '0.00', '0.00', '0.00']);
    expect(at(12).cells).toEqual(['一般行政管理事务', '6', '1611883.84', '0.00', '1611883.84', '0.00', '0.00', '0.00']);
    expect(at(16).cells).toEqual(['组织事务', '10', '3836535.34', '3305814.69', '530720.65', '0.00', '0.00', '0.00']);
  });
});
