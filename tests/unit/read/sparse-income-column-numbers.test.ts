/**
 * A 部门收入总表 whose rows print two figures each, 合计 and one income equal to it, under a squeezed header naming five
 * value columns, with a 栏次 row numbering them (`1 … 5`, drifted like the header): real `pdftotext -layout` lines of
 * /work/corp3/pdf4 synth-410400-gongxinju-2017-budget-00035, lines 77–96 (copied as they are). Any income column
 * holds the rows' totals, and the words' drift would put 事业收入 over the second figure column; the 栏次 number over
 * it (3) says it is the third word, so that reading is not taken (`figure-order.ts` `blankColumnsBeside`, `columns.ts`
 * `byColumnNumbers`) and the header read by its words stands (财政拨款（补助）收入 over its figures). Expected cells read by hand from
 * the lines and the printed table.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                         表2 部门收入总表',
  '部门名称：平顶山市工业和信息化局                                         金额单位：元',
  '           科目编码                          上年 财政拨款（补 事业 其他',
  '                               合计        结转 助）收入 收入 收入',
  '                科目名称    行次',
  ' 类 款 项',
  '                 栏次              1        2      3        4 5',
  '201       一般公共服务支出        1 63234019.00      63234019.00',
  '201 01     人大事务           2 5895248.00        5895248.00',
  '201 01 01   行政运行          3 5895248.00        5895248.00',
  '201 11     纪检监察事务         4 17490437.45      17490437.45',
  '201 11 02   一般行政管理事务      5 17490437.45      17490437.45',
  '201 32     组织事务           6 39848333.55      39848333.55',
  '201 32 99   其他组织事务支出      7 39848333.55      39848333.55',
  '205       教育支出            8 38199315.18      38199315.18',
  '205 08     进修及培训          9 38199315.18      38199315.18',
  '205 08 03   培训支出         10 38199315.18      38199315.18',
  '206       科学技术支出         11 11927898.88      11927898.88',
  '206 99     其他科学技术支出      12 11927898.88      11927898.88',
  '206 99 01   科技奖励         13 11927898.88      11927898.88',
].join('\n');

describe('a sparse income table whose 栏次 row numbers the figure columns', () => {
  const { at, header } = readFixture(TEXT);

  it('heads the five value columns in printed order', () => {
    expect(header(3).slice(3)).toEqual(['合计', '上年结转', '财政拨款（补助）收入', '事业收入', '其他收入']);
  });

  it('puts each row\'s second figure under 财政拨款（补助）收入, the column 栏次 3 stands over (lines 8 and 15)', () => {
    expect(at(8).cells.slice(2)).toEqual(['1', '63234019.00', '', '63234019.00', '', '']);
    expect(at(15).cells.slice(2)).toEqual(['8', '38199315.18', '', '38199315.18', '', '']);
  });
});
