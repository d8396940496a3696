/**
 * The only row of an empty table placed beside the header pieces written clear on their lines, when those leave
 * several placements, by how evenly its blank cells are spaced (`src/lib/parse/read/only-row-spacing.ts`
 * `keepsEvenGaps`, called by `only-row.ts` `besideClearPieces`): gaps within one character of each other hold as many
 * blank cells. Hand-written fixture, the lines as `pdftotext -layout` writes a narrow 政府性基金 table whose words wrap
 * two characters a line, its 栏次 row squeezed one space apart (so it places no column) and its line
 * `和结 收入 小计 支出 支出 和结` written one space apart (so no piece of it says where its column stands). Read by hand:
 * 年初 (line 4) places 年初结转和结余 at 12, 基本 and 项目 (line 5) 基本支出 at 23 and 项目支出 at 27, 结转 (line 7)
 * 年末结转和结余 at 30; the first 0.00 (at 18) stands left of 基本支出, in 年初结转和结余, 本年收入 or 小计, the second
 * (at 30) in 项目支出 or 年末结转和结余. The gap of 7 after 合计 and the gap of 8 between the figures hold as many blank
 * cells: two each, 年初结转和结余 and 本年收入 before the first figure, 基本支出 and 项目支出 between.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

describe('an only row whose blank cells are spaced evenly', () => {
  it('puts the two zeros under 小计 and 年末结转和结余, two blank cells before each (line 10)', () => {
    const lines = [
      '部门：某局                                单位：万元',
      '              政府性基金预算财政拨款收入支出决算表',
      '                                            公开07表',
      '   科目编码     年初        本年支出    年末',
      '         科目 结转 本年      基本  项目',
      '            和结 收入 小计 支出 支出 和结',
      '                              结转',
      ' 类 款 项 名称 余                    余',
      '         栏次 1 2 3 4 5 6',
      '         合计       0.00        0.00',
    ];
    const { valuesUnder } = readFixture(lines.join('\n'));
    const read = valuesUnder(4, 10);
    expect(read).toEqual({ '本年支出/小计': '0.00', 年末结转和结余: '0.00' });
  });
});
