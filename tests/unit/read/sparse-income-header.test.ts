/**
 * Squeezed 收入决算表 headers read by their characters onto figure columns that stand apart, on real `pdftotext
 * -layout` lines of the fresh corpora (the lines copied as they are):
 * - a sparse table (no row fills every column, no 栏次 row), its figures wide apart and its header words broken
 *   (`上级补` over `助收入`, `附属单` … `位上缴` over `收入`): /work/corp/pdf6 synth-140100-caizhengju-2016-final-00021, lines
 *   84–92 (`src/lib/parse/read/sparse-cover.ts`);
 * - a header of six `收入` pieces, any of which may end a word, over a 栏次 row: /work/corp/pdf6
 *   synth-410300-nongyeju-2017-final-00043, lines 97–107 (the cover's search, `char-cover.ts`, searches each set of
 *   pieces left once).
 * - a header over a 栏次 row whose lines pdftotext drew apart (`上级` on the top line right of `事业` on the next):
 *   /work/corp/pdf7 synth-410200-shangwuju-2015-final-00016, lines 92–104 (`header-cover.ts` `coverOnNumbers`, its
 *   cover in the order of the stack's lines).
 * - a sparse table whose columns by position include four blank in every row, known only from broken header words
 *   (`事业` … `入`, `附属` … `收入`): /work/corp3/pdf7 synth-410803-shengtaiju-2015-final-00007, lines 80–90
 *   (`sparse-cover.ts`, the blank columns among those the cover heads).
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const SPARSE = [
  '                                       收入决算表',
  '         项目',
  '                     本年收入 财政拨款 上级补 事业收 经营收 附属单      位上缴   其他收',
  '功能分类科         科目名称     合计 收入 助收入 入             入           入',
  '  目编码                                               收入',
  '201       一般公共服务支出    1802.46 1799.49     0.00 0.00        2.97',
  '201 01    人大事务         509.13 506.16 0.00 0.00       0.00 2.97',
  '201 01 01 行政运行         500.13 497.16      0.00 0.00        2.97',
  '201 01 02 一般行政管理事务       9.00 9.00 0.00 0.00               0.00',
].join('\n');

const SIX_INCOMES = [
  '部门名称：洛阳市农业农村局                                               单位：万元',
  '        项目                                        附属',
  '                   本年收入 财政拨款 上级      补助 收入 收入 单位',
  '                                         事业   经营      其他',
  '       科目名称         合计       收入      收入           上缴  收入',
  '                                                  收入',
  '        栏次            1        2      3 4 5 6 7',
  '一般公共服务支出            5,610.1 5,594.3 0.0 15.9 0.0 0.0 0.0',
  ' 人大事务               1,858.7 1,858.7 0.0 0.0 0.0 0.0 0.0',
  '  行政运行              1,387.0 1,387.0 0.0 0.0 0.0 0.0 0.0',
  '  一般行政管理事务            471.7 471.7 0.0 0.0 0.0 0.0 0.0',
].join('\n');

const DRAWN_APART = [
  '部门名称：开封市商务局                                                   单位：万元',
  '        项目                     一般公共    上级          附属',
  '                      本年收入 预算拨款 补助 事业 经营 单位 其他',
  '功能分类科          科目名称     合计 收入 收入 收入 收入 上缴 收入',
  '  目编码                                              收入',
  '                栏次       1       2      3 4 5 6 7',
  '          总计           4,776.2 4,776.2 0.0 0.0      0.0 0.0',
  '201       一般公共服务支出     1,080.8 1,080.8         0.0 0.0 0.0',
  '201 01    人大事务           131.4 131.4 0.0 0.0 0.0 0.0',
  '201 01 02 一般行政管理事务       131.4 131.4 0.0       0.0 0.0',
  '201 11    纪检监察事务         526.2 526.2       0.0      0.0',
  '201 11 01 行政运行           240.9 240.9       0.0 0.0      0.0',
  '201 11 02 一般行政管理事务       285.3 285.3 0.0 0.0 0.0',
].join('\n');

const BLANK_AMONG = [
  '                         表2 收入决算表',
  '           项目',
  '                      本年收入 财政拨款        上级 事业 经营 附属',
  '                                                单位 其他收',
  '功能分类                           （补助）    补助',
  '                        合计 收入 收入 收入 收入 上缴 入',
  '科目编码          科目名称                              收入',
  '201     一般公共服务支出       1273.78 1261.36              12.42',
  '20101 人大事务              375.63 372.31                3.32',
  '2010101 行政运行             86.21 86.21',
  '2010102 一般行政管理事务        289.42 286.10                3.32',
].join('\n');

const leaves = (header: string[]) => header.map((h) => h.split('/').pop());

describe('a sparse income table whose squeezed header breaks its words over the figure columns', () => {
  const { at, header } = readFixture(SPARSE);

  it('reads the header as the seven income columns, one over each column of figures', () => {
    expect(header(2).slice(2)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('leaves each figure in the column it stands under and the other cells blank (lines 6 and 7)', () => {
    expect(at(6).cells.slice(2)).toEqual(['1802.46', '1799.49', '', '0.00', '0.00', '', '2.97']);
    expect(at(7).cells.slice(2)).toEqual(['509.13', '506.16', '0.00', '0.00', '', '0.00', '2.97']);
  });
});

describe('a squeezed income header with six 收入 pieces', () => {
  const { at, header } = readFixture(SIX_INCOMES);

  it('reads the seven column words whichever 收入 ends which word, 财政拨款 joined to the 收入 under it on the page', () => {
    expect(leaves(header(2)).slice(1)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 15.9 under 事业收入 (line 8)', () => {
    expect(at(8).cells).toEqual(['一般公共服务支出', '5,610.1', '5,594.3', '0.0', '15.9', '0.0', '0.0', '0.0']);
  });
});

describe('a squeezed income header whose lines pdftotext drew apart, over a 栏次 row', () => {
  const { at, header } = readFixture(DRAWN_APART);

  it('keeps the printed order of each line: 上级补助收入 before 事业收入, 附属单位上缴收入 before 其他收入', () => {
    expect(header(2).slice(2)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads the 总计 row by the numbered columns (line 7)', () => {
    expect(at(7).cells.slice(1)).toEqual(['总计', '4,776.2', '4,776.2', '0.0', '0.0', '', '0.0', '0.0']);
  });
});

describe('a sparse income table whose columns by position include columns blank in every row', () => {
  const { at, header } = readFixture(BLANK_AMONG);

  it('reads the header as the seven income columns, the four blank ones among them', () => {
    expect(leaves(header(2)).slice(2)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 1261.36 under 财政拨款（补助）收入 and 12.42 under 其他收入 (line 8)', () => {
    expect(at(8).cells.slice(2)).toEqual(['1273.78', '1261.36', '', '', '', '', '12.42']);
  });
});
