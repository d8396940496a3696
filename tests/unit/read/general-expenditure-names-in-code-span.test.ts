/**
 * A 一般公共预算财政拨款支出决算表 that pdftotext laid out three ways on one page, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/general-expenditure-names-in-code-span.pdftotext.txt, 公开05表 of
 * synth-410800-caizhengju-2016-final-00020 (pdf20, its lines 208–253). The names start at column 15 on the first rows
 * and at 10 or 11 from `205 教育支出` on (line 24), where the header's `科目编码` stands apart from `类 款 项` and makes
 * a label column of its own; names wrapped there (`行政事业单位养老支` / `出`, line 29–30) leave their rest alone on
 * the next line. Expected cells are read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('names drawn left into the span of the codes on the rows after a page lays them out anew (general-expenditure-names-in-code-span)', () => {
  const { at } = readTextFormFixture('general-expenditure-names-in-code-span.pdftotext.txt');
  const labels = (n: number) => at(n).cells.filter((c) => c !== '').slice(0, 2);

  it('reads 教育支出 in the name column, where 一般公共服务支出 stands', () => {
    expect(labels(24)).toEqual(['205', '教育支出']);
    expect(at(24).cells.indexOf('教育支出')).toBe(at(11).cells.indexOf('一般公共服务支出'));
    expect(at(24).cells.slice(-5)).toEqual(['6950707.32', '4651964.00', '4419365.80', '232598.20', '2298743.32']);
  });

  it('moves a wrapped name with the rest of it alone on the line below (lines 32–33)', () => {
    expect(at(32).cells.indexOf('机关事业单位基本养')).toBe(at(11).cells.indexOf('一般公共服务支出'));
    expect(at(33).cells.indexOf('老保险缴费支出')).toBe(at(11).cells.indexOf('一般公共服务支出'));
    expect(labels(45)).toEqual(['221 02 03', '购房补贴']);
  });
});
