/**
 * A squeezed 收入决算表 header whose line of lower pieces pdftotext packed one space apart and drew far left
 * (`packed-drift.ts`, used by `header-cover.ts` to order the words): `本年收入合计 拨款收入 助收入 事业收入 入 位上缴 入`
 * (line 6) prints `助收入`, the rest of `上级补` (line 5, column 44), at column 32, and `位上缴`, the rest of `附属单`
 * (line 4, column 62), at column 43. `事业收入`, packed between them at column 36, stands at least as far right of where
 * it prints as `助收入` (twelve columns), so right of `上级补`: the columns are 本年收入合计 | 一般公共预算拨款收入 |
 * 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入 (in the PDF 上级补 stands at x 351, 事业收入 at
 * x 398). Real `pdftotext -layout` lines (copied as they are, some rows left out): /work/corp3/pdf48
 * synth-140100-zhujianju-2016-final-00031, lines 82–103. Expected cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '部门名称：太原市住房和城乡建设局                                                                       单位：元',
  '  决算02表',
  '                                                      收入决算表',
  '       项目                                                     附属单 其他收',
  '                                一般公共预算      上级补',
  '                    本年收入合计 拨款收入 助收入 事业收入 入 位上缴 入        经营收',
  '功能分类       科目名称                                                收入',
  '科目编码',
  '201     一般公共服务支出    17187496.98 17169007.57     18489.41 0.00 0.00',
  '20101 人大事务           2850312.94 2850312.94 0.00     0.00 0.00        0.00',
  '2010102 一般行政管理事务     2850312.94 2850312.94 0.00                 0.00 0.00',
  '2010301 行政运行         3518489.41   3500000.00           18489.41',
  '2011102 一般行政管理事务      571421.89    571421.89               0.00          0.00   0.00',
  '20132 组织事务           7153556.48   7153556.48   0.00        0.00          0.00',
  '2013201 行政运行         3160000.00   3160000.00               0.00          0.00',
  '2013299 其他组织事务支出     3993556.48   3993556.48   0.00               0.00          0.00',
  '208     社会保障和就业支出    6169646.22   6144569.73   0.00 25076.49      0.00   0.00',
].join('\n');

describe('a header word packed between rests drawn left stands right of where it prints', () => {
  const { at, header } = readFixture(TEXT);

  it('reads 上级补助收入 before 事业收入 (line 4)', () => {
    expect(header(4).slice(2)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 25076.49 under 事业收入 and 0.00 under 上级补助收入 (208 社会保障和就业支出, line 17)', () => {
    const cells = at(17).cells;
    const head = header(4);
    expect(cells[head.indexOf('事业收入')]).toBe('25076.49');
    expect(cells[head.indexOf('上级补助收入')]).toBe('0.00');
  });
});
