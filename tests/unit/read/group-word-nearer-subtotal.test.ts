/**
 * A group word squeezed over a total and a subtotal in real `pdftotext -layout` output:
 * tests/fixtures/text-forms/group-word-nearer-subtotal.pdftotext.txt is the 支出决算表 of
 * synth-410800-gongxinju-2015-final-00000 (source lines 129–145). The header prints `本年支出合计 | 其中：基本支出
 * (小计 | 人员经费 | 公用经费) | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出`; squeezed, `合计` (line 6,
 * column 19) and `小计` (column 22) both stand within reach below `其中：基本支出` (line 4, column 28) and
 * `本年支出` (line 5, column 19). Expected cells are read by hand from lines 4–10.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('group-word-nearer-subtotal.pdftotext.txt');

describe('a group word over two totals takes the one nearer its start', () => {
  it('reads 本年支出 over 合计 and 其中：基本支出 over 小计 (lines 4–8)', () => {
    expect(header(4).slice(-8)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts the figures of 一般公共服务支出 under those columns in order (line 10)', () => {
    expect(at(10).cells.slice(-8)).toEqual(['166.0', '142.4', '122.5', '19.9', '23.6', '0.0', '0.0', '0.0']);
  });
});
