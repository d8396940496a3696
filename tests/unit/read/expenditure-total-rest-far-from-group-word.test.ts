/**
 * A squeezed 支出决算表 header whose `合计` stands right under `本年支出`, sixteen columns left of `其中：基本支出`
 * (`header-words.ts` `readWords`, read by `figure-order.ts` `headerInOrder`): the rest of 本年支出, never of the group
 * word drawn far right of it. Real `pdftotext -layout` lines (copied as they are): /work/corp3/pdf28
 * synth-410200-shengtaiju-2015-final-00006, lines 118–130. Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const GROUP_FAR_RIGHT = [
  '部门名称：开封市生态环境局                                                           单位：万元',
  '        项目                          其中：基本支出                        对附',
  '                   本年支出                                      上缴 经营 属单',
  '                    合计                        公用经    项目支出 上级 支出 位补',
  '       科目名称                  小计 人员经费 费                       支出    助支',
  '                                                                   出',
  '合计                 18849.84 15173.27 14414.60 758.66 3676.58',
  '一般公共服务支出            1742.93 1742.93 1655.78 87.15',
  ' 组织事务               1742.93 1742.93 1655.78 87.15',
  '  行政运行              1742.93 1742.93 1655.78 87.15',
  '社会保障和就业支出           7950.73 5455.70 5182.91 272.78 2495.03',
  ' 行政事业单位养老支出         2290.60 2290.60 2176.07 114.53',
  '  行政单位离退休            392.84 392.84 373.20 19.64',
].join('\n');

describe('合计 right under 本年支出, far left of 其中：基本支出', () => {
  const { at, header } = readFixture(GROUP_FAR_RIGHT);

  it('reads 本年支出合计 beside 其中：基本支出 over 小计 | 人员经费 | 公用经费', () => {
    expect(header(2).slice(1)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads 社会保障和就业支出 as 7950.73 in all, 5455.70 basic, 2495.03 project (line 11)', () => {
    expect(at(11).cells).toEqual(['社会保障和就业支出', '7950.73', '5455.70', '5182.91', '272.78', '2495.03', '', '', '']);
  });
});
