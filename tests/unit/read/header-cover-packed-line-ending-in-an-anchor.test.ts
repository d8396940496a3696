/**
 * A squeezed 收入决算表 header whose packed line ends in a word's first piece (`packed-drift.ts`, `header-cover.ts`), on
 * real `pdftotext -layout` output of a Chromium-printed generator document (synth-410400-gongxinju-2017-final-00035 of
 * a fresh corpus, its lines 80–103; line n here is line n + 79 there). The packed line 6, `财政拨款 补助 事业 经营
 * 单位 其他`, prints `单位`, the rest of 附属单位上缴收入, nine columns left of its `附属` (line 3, a line of words
 * standing apart), and ends with `其他`, the first piece of 其他收入, right after it. The line is drawn left as a whole
 * and written in order (no word's lower piece before its upper), so 其他 stands right of 附属 though it prints left
 * of it: 附属单位上缴收入 comes before 其他收入, as both packed lines (6 and 7) write them. Read the other way, every
 * zero under either column (lines 11, 12, 14, 18) would be published under the other.
 *
 * The rows' figures after a gap end at 54 (事业收入), 59 (经营收入), 64 (附属单位上缴收入) and 69 (其他收入). Values read
 * by hand from the lines, each figure under the column its end stands under.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                                           表二：收入决算表',
  '                                               2017年度',
  '部门名称：平顶山市工业和信息化局                                                        单位：万元',
  '               项目                            上级             附属',
  ' 功能分类科                    行次 本年收入',
  '                              合计',
  '                                     财政拨款 补助 事业 经营 单位 其他',
  '                                      收入 收入 收入 收入 上缴 收入',
  '  目编码             科目名称                                      收入',
  '201       一般公共服务支出          1 453.71 452.24       1.47',
  '201 01    人大事务              2  87.11   87.11 0.00                0.00',
  '201 01 01 行政运行              3 80.42 80.42              0.00 0.00',
  '201 01 02 一般行政管理事务          4   6.69    6.69      0.00 0.00',
  '201 03    政府办公厅（室）及相关机构事务   5 178.33 178.33            0.00      0.00',
  '201 03 01 行政运行              6 96.00 96.00              0.00',
  '201 03 02 一般行政管理事务          7 19.33 19.33 0.00              0.00',
  '201 03 50 事业运行              8 63.00 63.00 0.00         0.00 0.00 0.00',
  '201 11    纪检监察事务            9 121.02 120.19       0.83 0.00      0.00',
  '201 11 01 行政运行             10 89.02 88.19         0.83 0.00',
  '201 11 02 一般行政管理事务         11 32.00 32.00              0.00',
  '201 32    组织事务             12 67.25 66.62         0.64           0.00',
  '201 32 01 行政运行             13 35.39 35.39                   0.00 0.00',
  '201 32 99 其他组织事务支出         14 31.86 31.22 0.00 0.64 0.00 0.00 0.00',
  '205       教育支出             15 44.62 43.89 0.00 0.73         0.00 0.00',
].join('\n');

describe('a 收入决算表 header whose packed line ends in the first piece of 其他收入 (lines 1–24)', () => {
  const { at, header } = readFixture(TEXT);
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads 附属单位上缴收入 before 其他收入, as the packed lines 6 and 7 write them', () => {
    expect(header(4).slice(-7)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads the fiscal 87.11 of line 11 in the column right after its total, and its last 0.00 under 其他收入', () => {
    expect(values(11)).toEqual(['87.11', '87.11', '0.00', '', '', '', '0.00']);
  });

  it('places the zeros after a gap where their ends stand (lines 12, 13, 14 and 18)', () => {
    expect(values(12)).toEqual(['80.42', '80.42', '', '', '0.00', '0.00', '']);
    expect(values(13)).toEqual(['6.69', '6.69', '', '0.00', '0.00', '', '']);
    expect(values(14)).toEqual(['178.33', '178.33', '', '', '0.00', '', '0.00']);
    expect(values(18)).toEqual(['121.02', '120.19', '', '0.83', '0.00', '', '0.00']);
  });

  it('reads the whole row of line 23 one figure to a column', () => {
    expect(values(23)).toEqual(['31.86', '31.22', '0.00', '0.64', '0.00', '0.00', '0.00']);
  });
});
