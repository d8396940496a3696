/**
 * A 支出决算表 whose figures were read by order on its first page, its 行次 word drawn over the row numbers between the
 * names and the figures (`行次` on the line under the start of `本年支出合`, over the numbers rather than the names):
 * that 行次 heads the row-number column the rows fill (`figure-order.ts` `byOrder`), so the next page, carried by one
 * shift, keeps each row's number out of its figures though pdftotext drew the numbers there under the first page's
 * 本年支出合计 column. Real `pdftotext -layout` lines (copied as they are): /work/corp3/pdf34
 * synth-140300-chengguanju-2015-final-00008, lines 173–216. Expected cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '部门：阳泉市城市管理局                                                                               单位：元',
  '  决算03表',
  '                                              支出决算表',
  '          项目                                  其中：基本支出                                对附',
  '                         本年支出合                                                 上缴 经营 属单',
  '功能分类科                行次     计                                        项目支出      上级 支出 位补',
  '  目编码        科目名称                     小计        人员经费 公用经费                      支出    助支',
  '                                                                                      出',
  '          总计           1 8908764.43 6258507.52 5882997.00 375510.52 2650256.91',
  '201       一般公共服务支出     2 1698251.33 633537.66 595525.39 38012.27 1064713.67',
  '201 01    人大事务         3 333558.68 137749.45 129484.48 8264.97 195809.23',
  '201 01 01 行政运行         4 137749.45 137749.45 129484.48 8264.97',
  '201 01 02 一般行政管理事务     5 195809.23                                   195809.23',
  '201 03    政府办公厅（室）及相 6 969637.42 495788.21 466040.91 29747.30 473849.21',
  '          关机构事务',
  '201 03 02 一般行政管理事务     7 193849.21                                   193849.21',
  '201 03 08 信访事务         8 280000.00                                   280000.00',
  '201 03 50 事业运行         9 495788.21 495788.21 466040.91 29747.30',
  '201 11    纪检监察事务      10 395055.23                                   395055.23',
  '201 11 02 一般行政管理事务    11 395055.23                                   395055.23',
  '208       社会保障和就业支出   12 3358770.94 2390556.18 2247122.78 143433.40 968214.76',
  '208 05 行政事业单位养老支出 13 1342445.00 1342445.00 1261898.28 80546.72',
  '208 05 05 机关事业单位基本养老',
  '          保险缴费支出      14 546191.18 546191.18 513419.70 32771.48',
  '',
  '                                                 —7—',
  '                                             阳泉市城市管理局2015年度部门决算',
  '',
  '             项目                                     其中：基本支出                               对附',
  '                                                                                    上缴    属单',
  '功能分类科                    行次 本年支出合',
  '                              计                                                项目支出 上级 经营',
  '                                                                                       支出 位补',
  ' 目编码              科目名称                       小计         人员经费        公用经费            支出    助支',
  '                                                                                           出',
  '208 05 06   机关事业单位职业年金    15    796253.82   796253.82   748478.58   47775.24',
  '            缴费支出',
  '208 08      抚恤            16   1214173.45   817579.56   768524.78   49054.78 396593.89',
  '208 08 01   死亡抚恤          17   1214173.45   817579.56   768524.78   49054.78 396593.89',
  '208 99      其他社会保障和就业支    18    802152.49   230531.62   216699.72   13831.90 571620.87',
  '            出',
  '208 99 99   其他社会保障和就业支    19    802152.49 230531.62 216699.72       13831.90   571620.87',
  '            出',
  '210         卫生健康支出        20   1971944.11 1593539.03 1497926.68     95612.35   378405.08',
].join('\n');

describe('a 行次 word over the row numbers of a table read by order heads them on the next page too', () => {
  const { at, header } = readFixture(TEXT);

  it('heads the row-number column with 行次 (line 4)', () => {
    expect(header(4).slice(0, 4)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '项目/行次', '本年支出合计']);
  });

  it('reads a full row of the first page (208 社会保障和就业支出, line 21)', () => {
    expect(at(21).cells).toEqual(['208', '社会保障和就业支出', '12', '3358770.94', '2390556.18', '2247122.78', '143433.40', '968214.76', '', '', '']);
  });

  it('keeps the 行次 15 of the next page out of 本年支出合计 (208 05 06 机关事业单位职业年金缴费支出, line 36)', () => {
    expect(at(36).cells).toEqual(['208 05 06', '机关事业单位职业年金缴费支出', '15', '796253.82', '796253.82', '748478.58', '47775.24', '', '', '', '']);
  });

  it('puts 396593.89 under 项目支出 (208 08 抚恤, line 38)', () => {
    expect(at(38).cells).toEqual(['208 08', '抚恤', '16', '1214173.45', '817579.56', '768524.78', '49054.78', '396593.89', '', '', '']);
  });

  it('reads a row printing its figures packed then apart the same way (208 99 99 其他社会保障和就业支出, line 42)', () => {
    expect(at(42).cells).toEqual(['208 99 99', '其他社会保障和就业支出', '19', '802152.49', '230531.62', '216699.72', '13831.90', '571620.87', '', '', '']);
  });
});
