/**
 * The only row of an empty table placed beside the header pieces pdftotext wrote clear of the piece before them on
 * their line (`src/lib/parse/read/only-row.ts` `besideClearPieces`): a piece written one space after another was
 * pushed along or squeezed against it and says nothing of where its column stands. Hand-written fixtures, the lines
 * as `pdftotext -layout` writes a narrow 政府性基金 table whose words wrap over three or four lines (`年初结` / `转和结` /
 * `余`); the cells are read by hand from where each word's clear pieces stand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TITLE = ['              政府性基金预算财政拨款收入支出决算表', '部门：某局                                       单位：万元'];

/** The value cells of the row on line `n` keyed by their column's words, blank cells left out. */
function readRow(lines: string[], headerLine: number, n: number): Record<string, string> {
  return readFixture(lines.join('\n')).valuesUnder(headerLine, n);
}

describe('an only row beside the header pieces written clear on their lines', () => {
  it('puts a figure under the squeezed 小计 between the 本年收入 written first on its line and the 基本支出 written clear (line 9)', () => {
    // 入 (first on line 6) places 本年收入 at 12, 基本支 (three spaces after 出) places 基本支出 at 21, 出 (line 7)
    // places 项目支出 at 29, 余 (line 7) places 年末结转和结余 at 33; 小计, one space after 入, stands anywhere between 12 and
    // 21: 0.0 at 13 and 0.0 at 17 both fall between, one in 本年收入, one in 小计
    const lines = [
      ...TITLE,
      '  项目                 本年支出',
      '功能    年初结                       年末结',
      '分类 科目 转和结 本年收',
      '            入 小计 出   基本支    项目支 转和结',
      '科目 名称 余                      出   余',
      '编码',
      '   合计        0.0 0.0    0.0        0.0',
    ];
    expect(readRow(lines, 3, 9)).toEqual({ 本年收入: '0.0', '本年支出/小计': '0.0', '本年支出/基本支出': '0.0', 年末结转和结余: '0.0' });
  });

  it('places figures one space apart in neighbouring columns when the squeezed words leave several placements (line 8)', () => {
    // 年初结 places 年初结转和结余 at 6, 出 (line 6) places 基本支出 at 22 and 项目支出 at 27; 本年收, 入 and 小计 are all
    // written one space after the piece before them: the first two 0.00 stand anywhere left of 基本支出, and touching
    // each other and the 0.00 under 基本支出 they are 本年收入 and 小计
    const lines = [
      ...TITLE,
      '  项目                 本年支出',
      '功能    年初结 本年收                   年末结',
      '分类 科目 转和结 入 小计 基本支 项目支 转和结',
      '科目 名称 余               出    出     余',
      '编码',
      '   合计       0.00 0.00 0.00 0.00',
    ];
    expect(readRow(lines, 3, 8)).toEqual({ 本年收入: '0.00', '本年支出/小计': '0.00', '本年支出/基本支出': '0.00', '本年支出/项目支出': '0.00' });
  });

  it('orders the columns by their clear pieces only, a pushed piece standing right of the next column\'s (line 6)', () => {
    // 本年收 is written one space after 年初结 (pushed right of 小计 on the line below); the clear pieces 余 (10), 出 (24),
    // 出 (29) and 余 (32) stand in order: 0.00 at 24 under 基本支出, 0.00 at 32 under 年末结转和结余, and 0.00 at 19, one
    // space before the 基本支出 figure, under 小计
    const lines = [
      ...TITLE,
      '项目       年初结 本年收       本年支出    年末结',
      '科目 行次 转和结 入 小计 基本支 项目支 转和结',
      '名称        余             出    出  余',
      '合计     1           0.00 0.00    0.00',
    ];
    expect(readRow(lines, 3, 6)).toEqual({ '本年支出/小计': '0.00', '本年支出/基本支出': '0.00', 年末结转和结余: '0.00' });
  });
});
