/**
 * A 支出决算表 whose value words drift left over their figures (`基本支出 项目支出` both over the 基本支出 figures), a
 * 行次 column of row numbers 1 to 24 after the names (right-aligned: they end together, start apart) and a 栏次 row
 * numbering the six value columns: real `pdftotext -layout` lines of /work/corp3/pdf7
 * synth-410800-caizhengju-2016-final-00020, lines 132–162 (copied as they are). The 行次 column takes no value word; the
 * 栏次 numbers over the figure columns (1, 2, 3) say which printed word each takes (`header-placing.ts`
 * `alignDriftingHeaders`), where one drift for the whole line would rather put 项目支出 over the 基本支出 figures.
 * Expected cells read by hand from the lines and the printed table.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                         支出决算表',
  '      项目                                                  对附',
  '                    本年支出合                           上缴 经营 属单',
  '                 行次   计        基本支出 项目支出 上级 支出 位补',
  '      科目名称                                          支出    助支',
  '                                                           出',
  '       栏次             1             2        3       4 5 6',
  '一般公共服务支出         1 344196.92    289460.24 54736.68',
  ' 人大事务            2 170000.00    170000.00',
  '   行政运行          3 170000.00    170000.00',
  ' 纪检监察事务          4 174196.92    119460.24 54736.68',
  '   行政运行          5 119460.24    119460.24',
  '   一般行政管理事务      6 54736.68                54736.68',
  '教育支出             7 273045.73    124800.82 148244.91',
  ' 进修及培训           8 273045.73    124800.82 148244.91',
  '   教师进修          9 90000.00                90000.00',
  '   培训支出        10 183045.73     124800.82 58244.91',
  '社会保障和就业支出       11 212732.12    108990.02 103742.10',
  ' 抚恤            12 144311.33       73874.12 70437.21',
  '   死亡抚恤        13 144311.33       73874.12 70437.21',
  ' 其他社会保障和就业支出   14 68420.79        35115.90 33304.89',
  '   其他社会保障和就业支出 15 68420.79        35115.90 33304.89',
  '卫生健康支出         16 204843.04     204843.04',
  ' 行政事业单位医疗      17 204843.04     204843.04',
  '   行政单位医疗      18 54843.04        54843.04',
  '   公务员医疗补助     19 150000.00     150000.00',
  '住房保障支出         20 282262.44     282262.44',
  ' 住房改革支出        21 282262.44     282262.44',
  '   提租补贴        22 113764.71      113764.71',
  '   购房补贴        23 168497.73     168497.73',
  '合计             24 1317080.25   1010356.56 306723.69',
].join('\n');

const leaves = (header: string[]) => header.map((h) => h.split('/').pop());

describe('drifting value words over figure columns a 栏次 row numbers', () => {
  const { at, header } = readFixture(TEXT);

  it('heads the figure columns 本年支出合计, 基本支出, 项目支出 by their numbers 1, 2, 3, the rest blank columns', () => {
    expect(leaves(header(2)).slice(1)).toEqual(['行次', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts 289460.24 under 基本支出 and 54736.68 under 项目支出 (line 8)', () => {
    expect(at(8).cells.slice(1)).toEqual(['1', '344196.92', '289460.24', '54736.68', '', '', '']);
  });

  it('puts 124800.82 under 基本支出 and 148244.91 under 项目支出 (line 14)', () => {
    expect(at(14).cells.slice(1)).toEqual(['7', '273045.73', '124800.82', '148244.91', '', '', '']);
  });
});
