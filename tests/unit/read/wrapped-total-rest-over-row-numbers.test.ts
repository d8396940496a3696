/**
 * The rest of a wrapped total word drawn from over the 行次 column of a squeezed table, in real `pdftotext -layout`
 * output (the 支出决算表 of synth-410100-kejiju-2015-final-00002, pdf13, source lines 139–152): `本年支出` stands at
 * column 27 and its rest `合计` at 26 on the line below, over the row numbers' end (25–26); the figures start at 27.
 * Read by the order of the figures, the header keeps 合计 with 本年支出: 本年支出合计. Expected cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '       项目                  本年支出 基本支出 项目支 上缴上 经营支 对附属',
  ' 功能分类科    科目名称         行次 合计                  出 级支出 出 单位补     助支出',
  '  目编码      栏次                 1        2       3    4    5     6',
  '                         1 4,812.51 3,929.30 883.20 0.00 0.00',
  '201       一般公共服务支出       2 2,366.26 1,830.30 535.96 0.00',
  '201 01    人大事务           3 333.40 333.40 0.00 0.00             0.00',
  '201 01 01 行政运行           4 333.40 333.40 0.00 0.00 0.00 0.00',
  '201 03    政府办公厅（室）及相      5 1,012.36   838.33 174.04            0.00',
  '          关机构事务',
  '201 03 01 行政运行            6 433.00 433.00         0.00   0.00   0.00   0.00',
  '201 03 02 一般行政管理事务        7 174.04       0.00   174.04   0.00',
  '201 03 50 事业运行            8 405.33 405.33',
  '201 11    纪检监察事务          9 584.79 365.79       219.00   0.00',
  '201 11 01 行政运行           10 365.79 365.79         0.00   0.00   0.00',
].join('\n');

describe('a wrapped total word’s rest over the 行次 column stays with its word', () => {
  const { at, header } = readFixture(TABLE);
  const cell = (n: number, path: string) => at(n).cells[header(1).indexOf(path)];

  it('reads 本年支出合计 as the first figure column’s word (lines 1–2)', () => {
    expect(header(1).slice(-6)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts 行政运行’s 333.40 under 本年支出合计 and 基本支出 (line 7)', () => {
    expect(cell(7, '本年支出合计')).toBe('333.40');
    expect(cell(7, '基本支出')).toBe('333.40');
    expect(cell(7, '对附属单位补助支出')).toBe('0.00');
  });
});
