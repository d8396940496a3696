/**
 * A squeezed 收入决算表 (no row fills its seven value columns) whose header pdftotext tore into pieces (`上级补` over
 * `助收入`, `经营收` … `入`, `附属单` over `位上缴` over `收入`), read by position into columns of broken words. The
 * pieces make one exact cover of seven words, every row placed under it; yet a row's money may stand in columns no row
 * confirms (`295.50 291.50 0.00 4.00 0.00`: 4.00 under 事业收入 or a column right of it), money the settle stage reads
 * from the 总表 when the columns by position are the table's. They are not: by position line 19 puts 4.00 under
 * 上级补助收入, where no placement of its figures under the cover puts it (0.00 one space before it stands in a
 * column of its own). The reading by position is then no fallback (`contradictedByPosition` of `squeezed-rows.ts`):
 * the rows are read under the cover. Lines as pdftotext -layout wrote a generated 收入决算表 (万元), its first page;
 * values read by hand (the 总计 is the whole table's, continued on a next page not printed here).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '部门名称：焦作市发展和改革委员会                                                           单位：万元',
  '  附件1-2',
  '                                            收入决算表',
  '         项目                本年收入     财政拨款 上级补 事业收 经营收 附属单 其他收',
  '功能分类科         科目名称    行次 合计 （补助） 助收入 入                  入    位上缴 入',
  '  目编码                                收入                       收入',
  '                         1 3,810.15 3,794.48      15.67        0.00',
  '201       一般公共服务支出       2 776.78 776.78           0.00 0.00        0.00',
  '201 32    组织事务           3 776.78 776.78                            0.00',
  '201 32 01 行政运行           4 484.39 484.39           0.00        0.00',
  '201 32 99 其他组织事务支出       5 292.39 292.39 0.00           0.00        0.00',
  '206       科学技术支出         6 491.86 491.86 0.00 0.00 0.00             0.00',
  '206 03    应用研究           7 279.33 279.33 0.00                  0.00',
  '206 03 99 其他应用研究支出       8 279.33 279.33 0.00                       0.00',
  '206 99    其他科学技术支出       9 212.53 212.53           0.00 0.00',
  '206 99 01 科技奖励          10 212.53 212.53 0.00                  0.00 0.00',
  '208       社会保障和就业支出     11 1,309.45 1,301.91 0.00 7.54              0.00',
  '208 05    行政事业单位养老支出    12 295.50 291.50           4.00',
  '208 05 02 事业单位离退休       13 295.50 291.50 0.00 4.00             0.00',
  '208 08    抚恤            14 605.38 601.84           3.54        0.00',
  '208 08 01 死亡抚恤          15 605.38 601.84           3.54 0.00        0.00',
  '208 99    其他社会保障和就业支出   16 408.57 408.57 0.00                       0.00',
  '208 99 99 其他社会保障和就业支出   17 408.57 408.57                       0.00',
  '210       卫生健康支出        18 103.33 98.71            4.62 0.00'
].join('\n');

describe('a squeezed 收入决算表 whose header by position contradicts every placement of a row (lines 4–24)', () => {
  const { at, header } = readFixture(TEXT);
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads the header as its seven words', () => {
    expect(header(4).slice(-7)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads 4.00 of line 19 under 事业收入, the 0.00 before it under 上级补助收入 (295.50 291.50 0.00 4.00 0.00)', () => {
    expect(values(19)).toEqual(['295.50', '291.50', '0.00', '4.00', '', '0.00', '']);
  });

  it('reads 15.67 of the total row under 事业收入 (line 7)', () => {
    expect(values(7)).toEqual(['3,810.15', '3,794.48', '', '15.67', '', '0.00', '']);
  });
});
