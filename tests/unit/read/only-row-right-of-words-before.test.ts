/**
 * The only row of an empty table placed beside the header pieces written clear on their lines
 * (`src/lib/parse/read/only-row.ts` `besideClearPieces`), each figure right of every piece of the words of the columns
 * before its own: a column's words stand in its cell, left of every figure of a column after it, and pdftotext writes
 * what stands left of a figure no further right than it. Hand-written fixture, the lines as `pdftotext -layout` writes
 * a narrow unlabelled 政府性基金 table whose words wrap two characters a line. Read by hand: 年初 and 结转 (lines 4 and
 * 5) place 年初结转和结余 at 6, its pieces ending at 8 (`结转`, `和结`); `支出` (line 7) places 基本支出 at 16, ending at
 * 18; 本年收入, 小计 and 项目支出 are written one space after the piece before them and stand anywhere between. The first
 * 0.0 (at 7) starts before 年初结转和结余's pieces end: its column; the second, one space after it, 本年收入; the third
 * (at 17) starts before `支出` ends: 基本支出.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

describe('an only row right of the words before its columns', () => {
  it('puts the zeros under 年初结转和结余, 本年收入 and 基本支出, none under a column after the piece it starts inside (line 8)', () => {
    const lines = [
      '部门名称：某局                          单位：万元',
      '            政府性基金预算财政拨款收入支出决算表',
      '  项目 年初        本年支出   年末',
      '功能    结转 本年           结转',
      '分类 科目 和结 收入 小计 基本 项目 和结',
      '科目 名称 余         支出 支出 余',
      '编码',
      '       0.0 0.0   0.0',
    ];
    const { valuesUnder } = readFixture(lines.join('\n'));
    const read = valuesUnder(3, 8);
    expect(read).toEqual({ 年初结转和结余: '0.0', 本年收入: '0.0', '本年支出/基本支出': '0.0' });
  });
});
