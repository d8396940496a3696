/**
 * A 一般公共预算财政拨款支出决算表 whose 款-level row prints its short name where the 项 part of the codes stands, on
 * real `pdftotext -layout` output: tests/fixtures/text-forms/general-expenditure-name-at-code-part.pdftotext.txt, 附表5
 * of synth-410300-zhujianju-2015-final-00013 (pdf12, its lines 225–257). `208 08 抚恤` (line 21) draws 抚恤 at column 7,
 * under the 项 parts (`201 01 01`), while the other names start at 10; the wrapped rows `210 11 99 其他行政事业单位医疗`
 * / `支出  24.12 …` (lines 27–28) carry their figures on the name's second line. Expected cells are read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a name drawn where the code column holds the 项 parts (general-expenditure-name-at-code-part)', () => {
  const { at } = readTextFormFixture('general-expenditure-name-at-code-part.pdftotext.txt');
  const labels = (n: number) => at(n).cells.filter((c) => c !== '').slice(0, 2);

  it('reads 抚恤 as the name of row 208 08, in the name column', () => {
    expect(labels(21)).toEqual(['208 08', '抚恤']);
    expect(at(21).cells.slice(-5)).toEqual(['16.89', '5.09', '4.63', '0.46', '11.80']);
    expect(at(21).cells.indexOf('抚恤')).toBe(at(22).cells.indexOf('死亡抚恤'));
  });

  it('joins a coded name wrapped onto its figures line into one row (lines 27–28, 32–33)', () => {
    expect(labels(28)).toEqual(['210 11 99', '其他行政事业单位医疗支出']);
    expect(at(28).cells.slice(-5)).toEqual(['24.12', '15.50', '14.11', '1.40', '8.61']);
    expect(labels(33)).toEqual(['212 01 99', '其他城乡社区管理事务支出']);
  });
});
