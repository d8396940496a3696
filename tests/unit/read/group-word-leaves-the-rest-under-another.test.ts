/**
 * A group word reaching down for its 小计 beside the rest of another word's wrapped cell, in real `pdftotext -layout`
 * output (the 支出决算表 of synth-140300-gongxinju-2016-final-00018, pdf12, source lines 165–176): `本年支出` stands at
 * column 30 with its cell's rest `合计` under it at 31, the subgroup's `小计` beside at 34, and `其中：基本支出` two
 * lines above them at 44; the rest of 对附属单位补助支出 (`助支出`) stands far right, so the header is read only with
 * words reaching far. Expected cells read by hand from the lines (合计 row: 本年支出合计 1,162.5, 基本支出 小计 794.4).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '              项目                            其中：基本支出',
  '                           行次 本年支出                          项目支 上缴上 经营支 对附属',
  '功能分类科              科目名称        合计 小计           人员经 公用经 出 级支出 出 单位补        助支出',
  ' 目编码                                            费     费',
  '            合计              1 1,162.5    794.4 754.7 39.7 368.1   0.0 0.0   0.0',
  '201         一般公共服务支出        2 368.0      239.4 227.5 12.0 128.6   0.0 0.0   0.0',
  '201 01      人大事务            3 106.5       53.5 50.8     2.7 53.0  0.0 0.0   0.0',
  '201 01 01   行政运行            4 53.5        53.5 50.8     2.7   0.0 0.0 0.0   0.0',
  '201 01 02   一般行政管理事务        5 53.0         0.0    0.0   0.0 53.0  0.0 0.0   0.0',
  '201 03 01   行政运行             7    52.0    52.0    49.4      2.6    0.0   0.0   0.0   0.0',
  '201 03 02   一般行政管理事务         8    31.6     0.0     0.0      0.0   31.6   0.0   0.0   0.0',
  '201 11      纪检监察事务           9    42.0    21.0    20.0      1.1   21.0   0.0   0.0   0.0',
].join('\n');

describe('a wrapped cell’s rest right under its start is that word’s, not a group word’s reaching for it', () => {
  const { at, header } = readFixture(TABLE);
  const cell = (n: number, path: string) => at(n).cells[header(1).indexOf(path)];

  it('reads 本年支出合计 whole and 小计 under 其中：基本支出 (lines 1–4)', () => {
    expect(header(1)).toContain('本年支出合计');
    expect(header(1)).toContain('其中：基本支出/小计');
    expect(header(1)).not.toContain('其中：基本支出合计');
  });

  it('puts 合计’s 1,162.5 under 本年支出合计 and 794.4 under 基本支出 小计 (line 5)', () => {
    expect(cell(5, '本年支出合计')).toBe('1,162.5');
    expect(cell(5, '其中：基本支出/小计')).toBe('794.4');
    expect(cell(5, '其中：基本支出/人员经费')).toBe('754.7');
  });
});
