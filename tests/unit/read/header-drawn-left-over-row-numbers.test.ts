/**
 * A header drawn one column left of its figures over a 行次 column: the 部门收入总表 of
 * synth-410100-shengtaiju-2020-budget-00092 (corpus pdf16) as `pdftotext -layout` wrote it. `行次 合计` stands where
 * the row numbers and the first figures print one space apart (`1 485.58`), 行次 over the end of the names and 合计
 * over the numbers, the 合计 figures under no word. 行次 heads the row numbers, never figures: 合计 heads the figures
 * beside them. Expected cells are read by hand from the printed table (项目/科目名称, 行次, 合计, 上年结转,
 * 一般公共预算拨款收入, 事业收入, 其他收入); line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                        部门收入总表',
  '部门名称：郑州市生态环境局                                    单位：万元',
  '     项目                   上年结 一般公共 事业收 其他收',
  '            行次 合计          转 预算拨款       入    入',
  '    科目名称                        收入',
  '一般公共服务支出       1 485.58          485.58',
  ' 纪检监察事务        2 485.58          485.58',
  '   行政运行        3 389.68          389.68',
  '   一般行政管理事务    4 95.91            95.91',
  '社会保障和就业支出      5 1,308.50      1,304.12 4.38',
  ' 行政事业单位养老支     6 691.51          691.51',
  ' 出',
  '   机关事业单位职业    7 151.89          151.89',
  '   年金缴费支出',
  '   其他行政事业单位    8 539.63          539.63',
  '   养老支出',
  ' 抚恤            9 390.17          388.93 1.24',
  '   死亡抚恤       10 390.17          388.93 1.24',
  ' 其他社会保障和就业    11 226.81          223.67 3.14',
  ' 支出',
  '   其他社会保障和就   12 226.81          223.67 3.14',
  '   业支出',
  '卫生健康支出        13 616.38          616.28 0.10',
  ' 行政事业单位医疗     14 616.38          616.28 0.10',
  '   行政单位医疗     15 129.00          129.00',
  '   其他行政事业单位   16 487.38          487.28 0.10',
  '   医疗支出',
  '节能环保支出        17 586.69          585.69 1.00',
  ' 环境保护管理事务     18 586.69          585.69 1.00',
  '   行政运行       19 168.13          167.13 1.00',
  '   其他环境保护管理   20 418.57          418.57',
  '   事务支出',
  '住房保障支出        21 737.58          736.12 1.46',
  ' 住房改革支出       22 737.58          736.12 1.46',
  '   住房公积金      23 379.67          379.67',
  '   提租补贴       24 357.91          356.45 1.46',
  '合计            25 3,734.73     3,727.79 6.94',
  '',
].join('\n');

const { at, header } = readFixture(TEXT);

describe('a value word drawn over the 行次 numbers, 行次 drawn over the names', () => {
  it('heads the row numbers with 行次 and the figures beside them with 合计 (lines 3–5)', () => {
    expect(header(3).slice(0, 5)).toEqual(['项目/科目名称', '项目/行次', '合计', '上年结转', '一般公共预算拨款收入']);
  });

  it('reads each row number as its 行次 and its first figure as its 合计 (lines 6, 10 and 37)', () => {
    expect(at(6).cells.slice(0, 5)).toEqual(['一般公共服务支出', '1', '485.58', '', '485.58']);
    expect(at(10).cells.slice(0, 5)).toEqual(['社会保障和就业支出', '5', '1,308.50', '', '1,304.12']);
    expect(at(37).cells.slice(0, 5)).toEqual(['合计', '25', '3,734.73', '', '3,727.79']);
  });
});
