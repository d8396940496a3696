/**
 * Narrow-column tables as `pdftotext -layout` writes them (the generator's `pdftotextDrift` shape), in the cases the
 * held-out documents of the `pdftotext-drift` family showed. Hand-placed lines; expected cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

/**
 * A 收入决算表 continued on the next page under its repeated header, whose first row there is a wrapped label: the code
 * `211 01 99` printed with spaces and the label's first line on line 16, its figures with the label's rest `出` on
 * line 17.
 */
const NEXT_PAGE = [
  '收入决算表',
  '                                                          单位：万元',
  '                                本年        财政       上级      事业   经营       附属单  其他',
  ' 项目                            收入        拨款       补助      收入   收入       位上缴  收入',
  '                                合计        收入       收入                      收入',
  ' 功能分            科目',
  ' 类科目            名称',
  ' 编码',
  '',
  ' 211             节能环保支出         87.0       87.0      0.0      0.0   0.0       0.0   0.0',
  ' 211 01          环境保护管理事务       87.0       87.0      0.0      0.0   0.0       0.0   0.0',
  '',
  '                                       第4页 共17页',
  '                                本年        财政       上级      事业   经营       附属单  其他',
  ' 项目                            收入        拨款       补助      收入   收入       位上缴  收入',
  '                                合计        收入       收入                      收入',
  ' 功能分            科目',
  ' 类科目            名称',
  ' 编码',
  '',
  ' 211 01 99       其他环境保护管理事务支',
  '                 出              87.0       87.0      0.0      0.0   0.0       0.0   0.0',
  ' 221             住房保障支出         90.0       90.0      0.0      0.0   0.0       0.0   0.0',
  ' 221 02 03       购房补贴           90.0       90.0      0.0      0.0   0.0       0.0   0.0',
].join('\n');

describe('a table continued on the next page whose first row there wraps its label', () => {
  const { at } = readFixture(NEXT_PAGE);

  it('joins the spaced code and the label’s first line (line 21) to the figures line: 211 01 99 其他环境保护管理事务支出 87.0 (line 22)', () => {
    expect(at(21).skip).toBe('joined');
    expect(at(22).cells.slice(0, 4)).toEqual(['211 01 99', '其他环境保护管理事务支出', '87.0', '87.0']);
    expect(at(22).joined).toEqual([21]);
  });

  it('reads the rows after it as before: 221 02 03 购房补贴 90.0 (line 24)', () => {
    expect(at(24).cells.slice(0, 3)).toEqual(['221 02 03', '购房补贴', '90.0']);
  });
});

/**
 * A 收入决算表 whose last header words drift left of their columns: 附属单 at 60 and 其他 at 64 on line 2 (ten and
 * eleven CJK characters before them: five or six columns early), while the only figures right of 财政拨款 are the
 * 其他收入 ones starting at 70 (the columns 上级补助收入 … 附属单位上缴收入 blank in every row). Put back, 其他 starts
 * right over them and 附属单 ends short of them: 附属单位上缴收入 is a blank column, not the figures' word.
 */
const BLANK_BESIDE = [
  '收入决算表',
  '                         本年        财政拨款    上级    事业   经营    附属单 其他',
  ' 项目                     收入        （补助）    补助    收入   收入    位上缴 收入',
  '                         合计        收入       收入                 收入',
  ' 功能分        科目',
  ' 类科目        名称',
  ' 编码',
  '',
  '             合计          4,259.9    4,252.0                           7.9',
  ' 201         一般公共服务支出    1,704.6    1,698.3                           6.3',
  ' 201 03      政府办公厅（室）及相关',
  '             机构事务        485.4      485.4',
  ' 201 03 01   行政运行        298.6      298.6',
].join('\n');

describe('a word standing right over a column’s figures heads that column, a word drifted left of it a blank column', () => {
  const { at, header } = readFixture(BLANK_BESIDE);
  const cell = (n: number, word: string) => at(n).cells[header(2).indexOf(word)];

  it('reads the seven money columns in their printed order (lines 2–4)', () => {
    expect(header(2).slice(-7)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 7.9 under 其他收入 and leaves 附属单位上缴收入 blank: 合计 4,259.9 = 4,252.0 + 7.9 (line 9)', () => {
    expect(cell(9, '其他收入')).toBe('7.9');
    expect(cell(9, '附属单位上缴收入')).toBe('');
    expect(cell(9, '本年收入合计')).toBe('4,259.9');
  });
});

/**
 * A 收入决算表 whose 类 款 项 科目名称 line (line 4) drifts one column left of the codes under it (项 at 22, the 项
 * codes at 23), while its second line (计, 补助）收入, line 3) already stands over the figures (计 at 52 over 38.36 at
 * 52): the words of the top line drift up to six columns (本年收入合 at 50).
 */
const LOWER_LINE_HEADED = [
  '收入决算表',
  '科目编码                                              本年收入合   财政拨款（     上级补助收    事业收入  经营收入    附属单位上    其他收入',
  '                                                    计         补助）收入     入                            缴收入',
  '类          款          项          科目名称',
  '',
  '201                               一般公共服务支出          38.36     38.36',
  '201        01                     人大事务              1.96      1.96',
  '201        01          01         行政运行              1.96      1.96',
  '                                  政府办公厅（室）及相关',
  '201        03                     机构事务              19.27     19.27',
  '201        03          02         一般行政管理事务          2.35      2.35',
  '201        03          08         信访事务              9.34      9.34',
  '201        03          50         事业运行              7.58      7.58',
].join('\n');

describe('a header whose lower line already heads the figures, its other lines drifted left', () => {
  const { at, header } = readFixture(LOWER_LINE_HEADED);

  it('reads the codes under 类 款 项 (line 4) and the name under 科目名称: 201 03 02 一般行政管理事务 (line 11)', () => {
    const h = header(2);
    expect(h.slice(0, 4).map((x) => x.split('/').at(-1))).toEqual(['类', '款', '项', '科目名称']);
    expect(at(11).cells.slice(0, 4)).toEqual(['201', '03', '02', '一般行政管理事务']);
  });

  it('reads 2.35 under 本年收入合计 and 财政拨款（补助）收入 (line 11)', () => {
    const h = header(2);
    expect(at(11).cells[h.findIndex((x) => x.endsWith('本年收入合计'))]).toBe('2.35');
    expect(at(11).cells[h.findIndex((x) => x.endsWith('财政拨款（补助）收入'))]).toBe('2.35');
  });
});

/**
 * A 部门收入预算表 by unit whose last two 本年收入 words, 事业收入 at 76 and 其他收入 at 81 (line 4), head columns
 * blank in every row, while 上年结转 / 结余 (lines 2–3, at 88 and 95), put back, starts right over the only figures
 * beside them (1103538.73 at 95, line 7): 其他收入, put back over no column, does not take the column 上年结转结余
 * heads.
 */
const OWN_WORD_ABOVE = [
  '部门收入预算表',
  ' 单位代码  单位名称           总计               本年收入                                             上年结转',
  '                                                                                               结余',
  '                                            合计              一般公共            事业收入 其他收入',
  '                                                             预算',
  '',
  ' 410001  焦作市农业农村局本级       87118828.72       86015289.99      86015289.99                       1103538.73',
  ' 410002  焦作市农业农村信息中心      15020493.79       15020493.79      15020493.79',
  ' 410003  焦作市农业农村发展研究中心    52659390.34       52659390.34      52659390.34',
  ' 410004  焦作市农业农村培训中心      43563055.93       43563055.93      43563055.93',
  '         总计               198361768.78      197258230.05     197258230.05                      1103538.73',
].join('\n');

describe('a word drifted over no column beside a column whose own word starts right over its figures', () => {
  const { at, header } = readFixture(OWN_WORD_ABOVE);

  it('reads 1103538.73 under 上年结转结余 alone, 事业收入 and 其他收入 blank (line 7)', () => {
    const h = header(2);
    const cell = (word: string) => at(7).cells[h.findIndex((x) => x.split('/').at(-1) === word)];
    expect(cell('上年结转结余')).toBe('1103538.73');
    expect(cell('其他收入')).toBe('');
    expect(cell('事业收入')).toBe('');
    expect(cell('总计')).toBe('87118828.72');
  });
});

/**
 * A 部门收入总表 whose long labels wrap over three and four lines in a narrow cell, the figures on a middle line and
 * the code on the first: `208 05 05 机关事业` (line 15), `单位基本` (line 16), `养老保险 16001001.41 …` (line 17),
 * `缴费支出` (line 18).
 */
const LONG_LABELS = [
  '                              部门收入总表',
  '',
  '部门名称：焦作市山阳区商务局                    金额单位：元',
  '',
  '  科目编码                          合计                上年结转    财政拨款（          事业收入 其他收入',
  '                                                               补助）收入',
  '  类        款    项       科目名称',
  '                         栏次      1                  2         3                4     5',
  '',
  '  201                    一般公共服务支出 74621732.11                  74621732.11            0.00',
  '  201      11              纪检监察事务 42558487.78                  42558487.78      0.00  0.00',
  '  201      11    01          行政运行 26558429.45                  26558429.45      0.00  0.00',
  '  208      05    01          行政单位',
  '                             离退休  18797749.01        0.00      18797749.01            0.00',
  '  208      05    05          机关事业',
  '                             单位基本',
  '                             养老保险 16001001.41        0.00      16001001.41      0.00',
  '                             缴费支出',
  '  208      05    06          机关事业',
  '                             单位职业',
  '                             年金缴费 10628281.45                  10628281.45',
  '                             支出',
  '  210                    卫生健康支出   42941869.74        0.00      42941869.74      0.00  0.00',
].join('\n');

describe('a coded label wrapped over four lines, its figures on the third', () => {
  const { at } = readFixture(LONG_LABELS);

  it('joins the code line and the piece under it to the figures line: 208 05 05 机关事业单位基本养老保险缴费支出 16001001.41 (lines 15–18)', () => {
    expect(at(17).cells.slice(0, 5)).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '16001001.41']);
    expect([at(15).skip, at(16).skip, at(18).skip]).toEqual(['joined', 'joined', 'joined']);
  });

  it('keeps a label wrapped over two lines as before: 208 05 01 行政单位离退休 18797749.01 (lines 13–14)', () => {
    expect(at(14).cells.slice(0, 5)).toEqual(['208', '05', '01', '行政单位离退休', '18797749.01']);
  });
});
