/**
 * A total column's word printed as a group word and a total on two lines of one cell (`group-total-cell.ts`), on real
 * `pdftotext -layout` lines (copied as they are):
 * - `合计` drawn over `本年收入` at one start, over the first figure column of a sparse 收入决算表: /work/corp3/pdf20
 *   synth-410300-shangwuju-2016-final-00033, lines 90–104 (`header-words.ts` `reassembleHeader`);
 * - `本年支出` with its `合计` two lines below, over the first figure column of a 支出决算表 whose figures drift:
 *   /work/corp3/pdf20 synth-140300-gongxinju-2016-final-00018, lines 128–146 (`sparse-cover.ts` `coverOnAmounts`).
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const INCOME = [
  '2016年度部门决算表                                        收入决算表',
  '          项目                 一般公共 上级 事业 经营 附属',
  '                     行次 合计 预算拨款 补助 收入 收入 单位',
  '                        本年收入                  其他',
  '                                           上缴 收入',
  '        科目名称                  收入 收入        收入',
  '                       1 4,394.70 4,394.70',
  '一般公共服务支出               2 972.06 972.06',
  ' 人大事务                  3 290.00 290.00',
  '  一般行政管理事务             4 290.00 290.00',
  ' 纪检监察事务                5 256.20 256.20',
  '  一般行政管理事务             6 256.20 256.20',
  ' 组织事务                  7 425.85 425.85',
  '  行政运行                 8 425.85 425.85',
  '社会保障和就业支出              9 1,549.73 1,549.73',
].join('\n');

const EXPENDITURE = [
  '2016年度部门决算表                                                                        支出决算表',
  '           科目编码                            其中：基本支出                             对附属',
  '                        行次 本年支出                                     上缴上',
  '                                                            项目支出 级支出 出 单位补经营支',
  '  类 款 项         科目名称        合计         小计 人员经费 公用经    费                        助支出',
  ' 201        一般公共服务支出      1 667.88     667.88 514.27 153.61',
  ' 201 11     纪检监察事务        2 325.63     325.63 250.73 74.89     0.00',
  ' 201 11 01 行政运行           3 325.63     325.63 250.73 74.89',
  ' 201 32     组织事务          4 342.25     342.25 263.54 78.72           0.00       0.00',
  ' 201 32 01 行政运行           5 342.25     342.25 263.54 78.72           0.00',
  ' 205        教育支出          6 114.00       0.00                114.00 0.00 0.00',
  ' 205 08     进修及培训         7 114.00       0.00          0.00 114.00 0.00',
  ' 205 08 01 教师进修           8 114.00                           114.00 0.00 0.00',
  ' 206        科学技术支出        9 43.77        0.00   0.00 0.00 43.77 0.00 0.00',
  ' 206 99     其他科学技术支出     10 43.77                             43.77 0.00        0.00',
  ' 206 99 01 科技奖励          11 43.77                             43.77 0.00',
  ' 208        社会保障和就业支出    12 1,421.15   926.38 713.31 213.07 494.77              0.00',
  ' 208 08     抚恤           13 648.33     426.99 328.78 98.21 221.34               0.00',
  ' 208 08 01 死亡抚恤          14 648.33     426.99 328.78 98.21 221.34          0.00 0.00',
].join('\n');

const leaves = (header: string[]) => header.map((h) => h.split('/').pop());

describe('合计 and 本年收入 printed at one start over one figure column', () => {
  const { at, header } = readFixture(INCOME);

  it('reads them as one word, 本年收入合计, beside the other income columns', () => {
    expect(leaves(header(2)).slice(2)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 972.06 under 本年收入合计 and under 一般公共预算拨款收入, the rest blank (line 8)', () => {
    expect(at(8).cells.slice(2)).toEqual(['972.06', '972.06', '', '', '', '', '']);
  });
});

describe('本年支出 with its 合计 two lines below over one figure column', () => {
  const { at, header } = readFixture(EXPENDITURE);

  it('reads one 本年支出合计 column before 基本支出\'s 小计 | 人员经费 | 公用经费', () => {
    expect(leaves(header(2)).slice(3, 7)).toEqual(['本年支出合计', '小计', '人员经费', '公用经费']);
  });

  const under = (n: number) => Object.fromEntries(leaves(header(2)).map((w, k) => [w, at(n).cells[k]]).slice(3, 8));

  it('reads 一般公共服务支出 as 667.88 in all, 667.88 basic, 514.27 personnel, 153.61 public (line 6)', () => {
    expect(under(6)).toEqual({ 本年支出合计: '667.88', 小计: '667.88', 人员经费: '514.27', 公用经费: '153.61', 项目支出: '' });
  });

  it('reads 社会保障和就业支出 with 494.77 under 项目支出 (line 17)', () => {
    expect(under(17)).toEqual({ 本年支出合计: '1,421.15', 小计: '926.38', 人员经费: '713.31', 公用经费: '213.07', 项目支出: '494.77' });
  });
});
