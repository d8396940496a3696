/**
 * A squeezed 一般公共预算财政拨款支出决算表 header whose 决算数 stands right of the columns it heads and whose
 * `其中：基本支出` shares its line with the words of two of its parts: 表5 of synth-140100-zhujianju-2016-final-00031
 * (corpus pdf22, source lines 223–250, copied as they are). pdftotext draws `决算数` over `人员`, `其中：基本支出` beside
 * `人员` and `公用` (their `经费` on the line below, with the inner `小计`); the 栏次 row numbers seven columns and the full
 * rows print seven figures. Read in order: 年初预算数 | 全年预算数 | 决算数 over 小计, 其中：基本支出 (小计 人员经费
 * 公用经费) and 项目支出. Expected cells read by hand from the lines (201: 6.8 + 0.8 = 7.6, 7.6 + 4.4 = 12.0).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '             表5 一般公共预算财政拨款支出决算表',
  '      项目         年初 全年              决算数',
  '                 预算 预算 小计 其中：基本支出    人员   公用  项目',
  '功能分类 科目名称         数 数           小计 经费 经费 支出',
  '科目编码       栏次     1 2 3 4 5 6 7',
  '201     一般公共服务支出 12.0 12.0 12.0 7.6 6.8 0.8 4.4',
  '20101 人大事务        7.3 7.4 7.6 7.6 6.8 0.8',
  '2010101 行政运行      7.3 7.4 7.6 7.6 6.8 0.8',
  '20111 纪检监察事务      4.7 4.6 4.4                  4.4',
  '2011102 一般行政管理事务 4.7 4.6 4.4                   4.4',
  '208     社会保障和就业支 21.8 21.9 22.1 11.7 10.5 1.2 10.4',
  '        出',
  '20808 抚恤         21.8 21.9 22.1 11.7 10.5 1.2 10.4',
  '2080801 死亡抚恤     21.8 21.9 22.1 11.7 10.5 1.2 10.4',
  '210     卫生健康支出   22.9 22.6 22.4 22.4 20.1 2.2',
  '21011 行政事业单位医疗 22.9 22.6 22.4 22.4 20.1 2.2',
  '2101101 行政单位医疗    7.8 8.1 8.4 8.4 7.5 0.8',
  '2101102 事业单位医疗   15.1 14.6 14.0 14.0 12.6 1.4',
  '212     城乡社区支出   16.9 17.0 17.1 14.4 13.0 1.4 2.7',
  '21201 城乡社区管理事务 16.9 17.0 17.1 14.4 13.0 1.4 2.7',
  '2120199 其他城乡社区管理 16.9 17.0 17.1 14.4 13.0 1.4 2.7',
  '        事务支出',
  '221     住房保障支出   12.1 11.9 11.6 11.6 10.5 1.2',
  '22102 住房改革支出     12.1 11.9 11.6 11.6 10.5 1.2',
  '2210201 住房公积金     5.4 5.2 4.9 4.9 4.4 0.5',
  '2210202 提租补贴      6.7 6.7 6.7 6.7 6.1 0.7',
  '        总计       85.7 85.4 85.2 67.7 60.9 6.8 17.5',
  '   注：本表反映部门本年度一般公共预算财政拨款支出情况。本表金额转换为万元时，因四舍五入可能存在',
  '',
].join('\n');

const { at, header } = readFixture(TEXT);

describe('a squeezed header with 决算数 over its parts drawn right of them', () => {
  it('reads 年初预算数 | 全年预算数 | 决算数 over 小计, 其中：基本支出 (小计 人员经费 公用经费) and 项目支出', () => {
    expect(header(2).slice(2)).toEqual([
      '年初预算数',
      '全年预算数',
      '决算数/小计',
      '决算数/其中：基本支出/小计',
      '决算数/其中：基本支出/人员经费',
      '决算数/其中：基本支出/公用经费',
      '决算数/项目支出',
    ]);
  });

  it('puts each figure of a row under its column (201, line 6; 20111 with blank cells, line 9)', () => {
    expect(at(6).cells).toEqual(['201', '一般公共服务支出', '12.0', '12.0', '12.0', '7.6', '6.8', '0.8', '4.4']);
    expect(at(9).cells).toEqual(['20111', '纪检监察事务', '4.7', '4.6', '4.4', '', '', '', '4.4']);
  });
});
