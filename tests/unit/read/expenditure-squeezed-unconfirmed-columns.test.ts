/**
 * Squeezed 支出决算表 pages that no row fills, whose header reads as one exact cover, on real `pdftotext -layout` output:
 * - tests/fixtures/text-forms/expenditure-squeezed-no-full-row-first-page.pdftotext.txt: 公开03表 of
 *   synth-410400-gongxinju-2017-final-00035 (pdf25, its lines 145–202), header words broken in narrow cells
 *   (`上缴上` over `级支出`, `对附属` over `单位补 助支出`), its first page printing four figures at most in a row;
 * - tests/fixtures/text-forms/expenditure-squeezed-group-no-full-row.pdftotext.txt: 公开03表 of
 *   synth-410800-jiaoyuju-2019-final-00080 (pdf25, its lines 94–128), `其中：基本支出` over `小计 人员经费 公用经费`, five
 *   figures at most in a row under eight figure columns.
 * In both, a row's figure other than zero may stand in a column no row places a figure in for certain (`10.69 0.00`
 * after a gap: 项目支出 or 上缴上级支出 or 经营支出), a column whose meaning no other table of the document settles: the
 * cover is the table's reading, that figure left unread.
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a squeezed page no row fills, its broken header words read as one cover (expenditure-squeezed-no-full-row-first-page)', () => {
  const { at, header } = readTextFormFixture('expenditure-squeezed-no-full-row-first-page.pdftotext.txt');

  it('reads 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出', () => {
    expect(header(5).slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts the figures of rows printed one space apart under their columns (201, line 9; 20103, line 10; 20132, line 16)', () => {
    expect(at(9).cells.slice(0, 5)).toEqual(['201', '一般公共服务支出', '1,289.33', '1,102.01', '187.31']);
    expect(at(10).cells).toEqual(['20103', '政府办公厅（室）及相关机构事务', '724.51', '713.82', '10.69', '0.00', '', '']);
    expect(at(16).cells).toEqual(['20132', '组织事务', '550.92', '388.19', '162.73', '', '', '']);
  });
});

describe('a squeezed table no row fills, a group word over its parts (expenditure-squeezed-group-no-full-row)', () => {
  const { at, header } = readTextFormFixture('expenditure-squeezed-group-no-full-row.pdftotext.txt');

  it('reads 本年支出合计, 其中：基本支出 over 小计 人员经费 公用经费, then 项目支出 上缴上级支出 经营支出 对附属单位补助支出', () => {
    expect(header(5).slice(1)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts each figure of a row under its column (社会保障和就业支出, line 16)', () => {
    expect(at(16).cells).toEqual(['社会保障和就业支出', '365.60', '326.04', '290.17', '35.86', '39.56', '', '', '']);
  });
});
