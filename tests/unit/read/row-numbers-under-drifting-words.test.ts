/**
 * A 部门收入总表 whose header words drift left over their figures (`事业收入 其他收入` both over the 事业收入 figures),
 * a 行次 column of row numbers right after the names (1 to 14, so right-aligned: they end together, start apart), 上年结转 and 其他收入 blank on the page: real `pdftotext -layout`
 * lines of /work/corp3/pdf7 synth-410811-fagaiwei-2019-budget-00084, lines 86–106 (copied as they are). The value words
 * are read onto the figure columns in order (`header-placing.ts` `alignDriftingHeaders`); the 行次 column under the
 * header's 行次 takes none of them. Expected cells read by hand from the lines and the printed table.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                                        部门收入总表',
  '                                                                   公开02表',
  '           项目',
  '功能分类                 行次     合计       上年结转 财政拨款（补',
  '                                           助）收入        事业收入 其他收入',
  '科目编码        科目名称',
  '201     一般公共服务支出        1 3808059.87       3789538.45 18521.42',
  '20101    人大事务           2 1146116.17       1138686.27 7429.90',
  '2010101   行政运行          3 830680.55         823250.65 7429.90',
  '2010102   一般行政管理事务      4 315435.62         315435.62',
  '20103    政府办公厅（室）及相关    5 621377.28         610285.76 11091.52',
  '         机构事务',
  '2010302   一般行政管理事务      6 359043.40         357000.37 2043.03',
  '2010350   事业运行          7 262333.88         253285.39 9048.49',
  '20111    纪检监察事务         8 1185857.16       1185857.16',
  '2011101   行政运行          9 931933.37         931933.37',
  '2011102   一般行政管理事务     10 253923.79         253923.79',
  '20132    组织事务          11 854709.26         854709.26',
  '2013201   行政运行         12 854709.26         854709.26',
  '206     科学技术支出         13 1117704.11        1117704.11',
  '20699    其他科学技术支出      14 1117704.11        1117704.11',
].join('\n');

const leaves = (header: string[]) => header.map((h) => h.split('/').pop());

describe('an income table whose drifting value words stand beside a 行次 column', () => {
  const { at, header } = readFixture(TEXT);

  it('heads the row numbers with 行次 and the five figure columns with their own words in order', () => {
    expect(leaves(header(3)).slice(2)).toEqual(['行次', '合计', '上年结转', '财政拨款（补助）收入', '事业收入', '其他收入']);
  });

  it('puts 3808059.87 under 合计, 3789538.45 under 财政拨款（补助）收入 and 18521.42 under 事业收入 (line 7)', () => {
    expect(at(7).cells.slice(2)).toEqual(['1', '3808059.87', '', '3789538.45', '18521.42', '']);
  });

  it('leaves 事业收入 blank where only 财政拨款 is printed (line 10)', () => {
    expect(at(10).cells.slice(2)).toEqual(['4', '315435.62', '', '315435.62', '', '']);
  });
});
