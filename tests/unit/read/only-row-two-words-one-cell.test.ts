/**
 * The only row of an empty table under a header whose squeezed line wrote two columns' words one space apart, read by
 * position into one cell (`src/lib/parse/read/only-row.ts`, `twoWords`): `入 小计`, the rest of 本年收入 beside 小计,
 * reads `本年收入 小计`, which the vocabulary knows run together (本年收入小计, a 收入 table's total), yet it is two
 * words each a header word of its own. The columns by position then do not stand: the row is read under the header's
 * cover instead. Hand-written fixture, the lines as `pdftotext -layout` writes a narrow 政府性基金 table whose words
 * wrap three characters a line (`年初结` / `转和结` / `余`). Read by hand: 本年收入 (`本年收` over `入`, line 4 and 5),
 * 基本支出 and 项目支出 (`基本支` / `项目支` over `出`), 年末结转和结余; the first 0.00 stands under 本年收, left of 小计,
 * after a gap holding 年初结转和结余's blank cell; the other three one space apart, the last three columns.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

describe('an only row under two words a squeezed line ran into one cell', () => {
  it('reads 本年收入 and 小计 as two columns and the row under 本年收入, 基本支出, 项目支出 and 年末结转和结余 (line 7)', () => {
    const lines = [
      '部门名称：某局                          单位：万元',
      '       表7 政府性基金预算财政拨款收入支出决算表',
      '    科目编码    年初结 本年收      本年支出       年末结',
      ' 类 款 项 科目   转和结 入 小计 基本支 项目支 转和结',
      '         名称 余             出     出    余',
      '         合计       0.00     0.00 0.00 0.00',
    ];
    const { valuesUnder } = readFixture(lines.join('\n'));
    const read = valuesUnder(3, 6);
    expect(read).toEqual({ 本年收入: '0.00', '本年支出/基本支出': '0.00', '本年支出/项目支出': '0.00', 年末结转和结余: '0.00' });
  });
});
