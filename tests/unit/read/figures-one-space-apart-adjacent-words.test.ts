/**
 * A sparse 收入决算表 whose header words, squeezed three columns apart, stand over figures printed five apart
 * (`本年 财政 上级` at 25, 28, 31 over `34.6 34.6` at 25–28 and 30–33): real `pdftotext -layout` lines (copied as they
 * are) of /work/corp3/pdf7 synth-140300-caizhengju-2017-final-00038, lines 88–119. Each row prints its total and the one
 * fund it came from, one space apart: no blank column stands between them, so their words are next to each other in
 * the header (`header-placing.ts` `alignDriftingHeaders`). Expected cells read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const SQUEEZED_OVER_TWO = [
  '                       表二 收入决算表',
  '                          2017年度',
  '部门名称：阳泉市财政局                                       单位：万元',
  '        科目编码         本年 财政 上级 事业 经营 附属',
  '                     收入 拨款 补助 收入 收入 单位',
  '                                    上缴',
  '                                       其他',
  '                                       收入',
  ' 类 款 项       科目名称    合计 收入 收入       收入',
  '201       一般公共服务支出   34.6 34.6',
  '201 01    人大事务        2.1 2.1',
  '201 01 01 行政运行        2.1 2.1',
  '201 03    政府办公厅（室）及相 6.9 6.9',
  '          关机构事务',
  '201 03 08 信访事务        6.9 6.9',
  '201 32    组织事务       25.6 25.6',
  '201 32 01 行政运行       10.4 10.4',
  '201 32 99 其他组织事务支出   15.2 15.2',
  '205       教育支出       21.0 21.0',
  '205 08    进修及培训      21.0 21.0',
  '205 08 03 培训支出       21.0 21.0',
  '208       社会保障和就业支出 11.0 11.0',
  '208 08    抚恤         11.0 11.0',
  '208 08 01 死亡抚恤       11.0 11.0',
  '210       卫生健康支出     11.4 11.4',
  '210 11    行政事业单位医疗   11.4 11.4',
  '210 11 01 行政单位医疗     11.4 11.4',
  '221       住房保障支出     19.9 19.9',
  '221 02    住房改革支出     19.9 19.9',
  '221 02 02 提租补贴        8.5 8.5',
  '221 02 03 购房补贴       11.4 11.4',
  '          合计         98.0 98.0',
].join('\n');

describe('a sparse income table whose two figures one space apart stand under a header squeezed narrower', () => {
  const { at } = readFixture(SQUEEZED_OVER_TWO);

  it('reads the seven words in their printed order (line 4)', () => {
    expect(at(4).cells.slice(2)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts each row\'s two figures under 本年收入合计 and 财政拨款收入, the columns next to each other (lines 10 and 11)', () => {
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '34.6', '34.6', '', '', '', '', '']);
    expect(at(11).cells).toEqual(['201 01', '人大事务', '2.1', '2.1', '', '', '', '', '']);
  });
});
