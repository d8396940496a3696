/**
 * A 一般公共预算财政拨款支出决算表 whose figure columns by position hold every full row but leave the last one without
 * a header word, on real `pdftotext -layout` output: tests/fixtures/text-forms/general-expenditure-unheaded-figure-column.pdftotext.txt,
 * 附表5 of synth-140100-caizhengju-2016-final-00021 (pdf12, its lines 241–270). The rows below the first ones are
 * squeezed (`208 05 行政事业单位养老支出 170656.68 …`), so the columns found by position drift left and `项目支出`
 * (line 6) falls over the 公用经费 figures. Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a figure column left without a header word by the columns found by position (general-expenditure-unheaded-figure-column)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-unheaded-figure-column.pdftotext.txt');

  it('reads 决算数 over 小计, 其中：基本支出 (小计 人员经费 公用经费) and 项目支出, every figure column headed', () => {
    expect(header(4).slice(2)).toEqual([
      '年初预算数',
      '全年预算数',
      '决算数/小计',
      '决算数/其中：基本支出/小计',
      '决算数/其中：基本支出/人员经费',
      '决算数/其中：基本支出/公用经费',
      '决算数/项目支出',
    ]);
  });

  it('keeps each figure under its column (the unnamed total, line 8; 社会保障和就业支出, line 16)', () => {
    expect(at(8).cells.slice(2)).toEqual(['1219287.82', '1202630.56', '1185973.36', '832611.41', '774328.59', '58282.82', '353361.95']);
    expect(at(16).cells).toEqual(['208', '社会保障和就业支出', '705930.73', '695911.28', '685891.86', '499538.51', '464570.81', '34967.70', '186353.35']);
  });
});
