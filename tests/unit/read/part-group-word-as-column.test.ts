/**
 * A word the vocabulary knows as a group of parts, standing over none of its parts, in real `pdftotext -layout`
 * output: tests/fixtures/text-forms/part-group-word-as-column.pdftotext.txt is the 支出决算表 of
 * synth-410803-shengtaiju-2015-final-00007 (pdf7, source lines 113–125). The header prints `本年支出合计 | 其中：基本支出
 * (小计 | 人员经费 | 公用经费) | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出`; squeezed, `项目支出` (line 6)
 * stands on a line above `小计` (line 7), which `其中：基本支出` heads, and the full rows fill five columns of eight.
 * Expected cells are read by hand from lines 4–12.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('part-group-word-as-column.pdftotext.txt');

describe('a group word standing over none of its parts heads a column of its own', () => {
  it('reads 项目支出 as a column beside the 其中：基本支出 group (lines 4–8)', () => {
    expect(header(4).slice(-8)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts the figures of the full rows in order and leaves the last three columns blank (lines 9, 11, 12)', () => {
    expect(at(9).cells.slice(-8)).toEqual(['1273.78', '570.05', '524.45', '45.60', '703.73', '', '', '']);
    expect(at(11).cells.slice(-8)).toEqual(['86.21', '86.21', '79.31', '6.90', '', '', '', '']);
    expect(at(12).cells.slice(-8)).toEqual(['289.42', '', '', '', '289.42', '', '', '']);
  });
});
