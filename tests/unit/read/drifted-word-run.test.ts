/**
 * Header words of one line drifted left along a run of figure columns: the 一般公共预算财政拨款支出决算表 of
 * synth-410700-kejiju-2016-final-00019 (bench:pdf seed 3) as `pdftotext -layout` wrote it, the HTML heading it
 * `项目 | 本年支出 (colspan 5: 小计 | 其中：基本支出 (小计 | 人员经费 | 公用经费) | 项目支出)`. On line 3
 * `人员经费 公用经费` stand over one figure column and `项目支出` over the next, the last figure column under no word:
 * each word heads the column one to the right. Expected cells are read by hand from the HTML; line numbers are the
 * fixture's.
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '              项目                                本年支出',
  '                             小计                其中：基本支出',
  '功能分类科            科目名称                   小计      人员经费 公用经费 项目支出',
  '  目编码             栏次           1         2         3         4         5',
  '201       一般公共服务支出          269867.62 158022.22 129578.22 28444.00 111845.40',
  '201 01    人大事务              111845.40      0.00      0.00      0.00 111845.40',
  '201 01 02 一般行政管理事务          111845.40                               111845.40',
  '201 11    纪检监察事务            158022.22 158022.22 129578.22 28444.00       0.00',
  '201 11 01 行政运行              158022.22 158022.22 129578.22 28444.00       0.00',
  '206       科学技术支出            160797.48 154335.84 126555.38 27780.46 6461.64',
  '206 99    其他科学技术支出          160797.48 154335.84 126555.38 27780.46 6461.64',
  '206 99 99 其他科学技术支出          160797.48 154335.84 126555.38 27780.46 6461.64',
  '208       社会保障和就业支出         293157.76 176482.06 144715.28 31766.78 116675.70',
  '208 05    行政事业单位养老支出         40000.00 40000.00 32800.00 7200.00',
  '208 05 05 机关事业单位基本养老保险缴费支出 40000.00 40000.00 32800.00 7200.00            0.00',
  '208 08    抚恤                253157.76 136482.06 111915.28 24566.78 116675.70',
  '',
].join('\n');

const { at } = readFixture(TEXT);

describe('header words of one line drifted left over a run of figure columns (人员经费 公用经费 | 项目支出 | ·)', () => {
  it('heads the five figure columns in order, 公用经费 before 项目支出 (lines 1–3)', () => {
    expect(flattenHeader([at(1).cells, at(2).cells, at(3).cells]).slice(2)).toEqual([
      '本年支出/小计',
      '本年支出/其中：基本支出/小计',
      '本年支出/其中：基本支出/人员经费',
      '本年支出/其中：基本支出/公用经费',
      '本年支出/项目支出',
    ]);
  });

  it('keeps the figures of 201 and of 201 01 02 under those columns (lines 5 and 7)', () => {
    expect(at(5).cells.slice(2)).toEqual(['269867.62', '158022.22', '129578.22', '28444.00', '111845.40']);
    expect(at(7).cells.slice(2)).toEqual(['111845.40', '', '', '', '111845.40']);
  });
});
