/**
 * A 支出决算表 whose top-level name breaks inside 支出 at its cell's edge, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/expenditure-name-broken-in-zhichu.pdftotext.txt (synth-410100-fagaiwei-2016-final-00032 of
 * pdf14, its lines 128–167). `资源勘探工业信息等支` (line 28) ends one character short of where the deeper names
 * (`   其他行政事业单位`, line 26) end, and its `出` stands alone on line 29. Expected cells are read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a name broken inside 支出 at its cell edge (expenditure-name-broken-in-zhichu)', () => {
  const { at } = readTextFormFixture('expenditure-name-broken-in-zhichu.pdftotext.txt');
  const filled = (n: number) => at(n).cells.filter((c) => c !== '');

  it('joins 出 to 资源勘探工业信息等支 into one row with its figures (lines 28–29)', () => {
    expect(filled(28)).toEqual(['资源勘探工业信息等支出', '369,471.13', '274,232.81', '95,238.32', '0.00', '0.00', '0.00']);
    expect(at(29).skip).toBe('joined');
  });

  it('still joins the other wrapped names (lines 26–27, 32–33)', () => {
    expect(filled(26)[0]).toBe('其他行政事业单位医疗支出');
    expect(filled(32)[0]).toBe('支持中小企业发展和管理支出');
  });
});
