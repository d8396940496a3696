/**
 * Rows with blank cells placed by the sums down the classification (`read/code-sums.ts`):
 * tests/fixtures/text-forms/code-sums-blank-cells.pdftotext.txt is the 支出决算表 of the generated document
 * synth-140300-gongxinju-2016-final-00018 (seed 21, source lines 129–174), as `pdftotext -layout` wrote it. A row
 * printing its total and one figure after a gap (`2010302 一般行政管理事务 3 61.83 … 61.83`) holds its totals alike
 * under 项目支出, 上缴上级支出, 经营支出 or 对附属单位补助支出; pdftotext drew the figure right of 项目支出. Its parent
 * prints 74.58 under 项目支出 and nothing under the other three, so 61.83 + 12.75 are 项目支出. On the second page
 * every row stands further right (the first figures under 小计); the 合计 row (no label printed) with 201's 项目支出
 * puts every 类's last figure under 项目支出. Expected cells read by hand from the printed table; line numbers are the
 * fixture's.
 */
import { describe, expect, it } from 'vitest';
import { placeByCodeSums } from '../../../src/lib/parse/read/code-sums.ts';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('code-sums-blank-cells.pdftotext.txt');
// (本年支出合计 | 小计 | 人员经费 | 公用经费 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出)
const values = (n: number) => at(n).cells.slice(-8);

describe('a total and one figure after a gap placed where the sums with the parent hold (lines 9–17)', () => {
  it('reads 一般行政管理事务 61.83 under 项目支出, its parent printing 74.58 there (line 12)', () => {
    expect(values(12)).toEqual(['61.83', '', '', '', '61.83', '', '', '']);
  });
  it('reads 信访事务 12.75 under 项目支出 (line 13)', () => {
    expect(values(13)).toEqual(['12.75', '', '', '', '12.75', '', '', '']);
  });
  it('reads 纪检监察事务 206.04 under 项目支出, its child 一般行政管理事务 too (lines 15, 17)', () => {
    expect(values(15)).toEqual(['285.15', '79.11', '72.78', '6.33', '206.04', '', '', '']);
    expect(values(17)).toEqual(['206.04', '', '', '', '206.04', '', '', '']);
  });
});

describe('a family all placed one column off, decided by the 合计 row (lines 18–45)', () => {
  it('reads 教育支出 with 人员经费 and 项目支出 (line 18)', () => {
    expect(values(18)).toEqual(['346.55', '12.27', '11.28', '0.98', '334.28', '', '', '']);
  });
  it('reads 教师进修 284.08 under 项目支出 (line 20)', () => {
    expect(values(20)).toEqual(['284.08', '', '', '', '284.08', '', '', '']);
  });
  it('reads 其他应用研究支出 on the second page under 本年支出合计 and 项目支出 (line 25)', () => {
    expect(values(25)).toEqual(['210.38', '', '', '', '210.38', '', '', '']);
  });
  it('reads 其他科学技术支出 on the second page in order (line 26)', () => {
    expect(values(26)).toEqual(['951.65', '440.50', '405.26', '35.24', '511.16', '', '', '']);
  });
});

describe('placeByCodeSums', () => {
  const fig = (text: string, start: number) => ({ text, start, end: start + text.length });
  const paths = [['合计'], ['基本支出'], ['项目支出'], ['经营支出']];
  it('leaves a family self-consistent in every column as placed: nothing above decides it', () => {
    const rows = [
      { code: '205', figures: [fig('3.00', 0), fig('3.00', 20)], placed: [0, 3] },
      { code: '20508', figures: [fig('3.00', 0), fig('3.00', 20)], placed: [0, 3] },
      { code: '2050801', figures: [fig('1.00', 0), fig('1.00', 20)], placed: [0, 3] },
      { code: '2050802', figures: [fig('2.00', 0), fig('2.00', 20)], placed: [0, 3] },
    ];
    expect(placeByCodeSums(paths, rows)).toEqual([null, null, null, null]);
  });
  it('moves children under the column their parent prints the sum in (the parent a full row)', () => {
    const rows = [
      { code: '205', figures: [fig('5.00', 0), fig('2.00', 8), fig('3.00', 14), fig('0.00', 20)], placed: [0, 1, 2, 3] },
      { code: '20508', figures: [fig('3.00', 0), fig('3.00', 20)], placed: [0, 3] },
      { code: '20509', figures: [fig('2.00', 0), fig('2.00', 8)], placed: [0, 1] },
      { code: '2050801', figures: [fig('1.00', 0), fig('1.00', 20)], placed: [0, 3] },
      { code: '2050802', figures: [fig('2.00', 0), fig('2.00', 20)], placed: [0, 3] },
    ];
    expect(placeByCodeSums(paths, rows)).toEqual([null, [0, 2], null, [0, 2], [0, 2]]);
  });
});
