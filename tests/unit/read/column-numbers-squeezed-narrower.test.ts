/**
 * A 栏次 row pdftotext squeezed narrower than the figures it numbers (`src/lib/parse/read/header-cover.ts`
 * `coverOnNumbers`): `1 2 3 4 5 6`, every number one space from the one before, over an only row whose last figure
 * stands far right of the `6` — the numbers do not stand over the columns, and the row is placed beside its header's
 * words instead (`only-row.ts`). Hand-written fixture, the lines as `pdftotext -layout` writes a narrow 政府性基金 table
 * with a 行次 column; the cells are read by hand: 小计 (the 0.0 under 小计, left of 基本 / 支出) and 年末结转和结余.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

describe('a squeezed 栏次 row narrower than the figures it numbers', () => {
  it('places the only row beside its header words, not under the numbers (line 12)', () => {
    const lines = [
      '           表7 政府性基金预算财政拨款收入支出决算表',
      '  项目      年初        本年支出    年末',
      '功能 科目     结转 本年             结转',
      '                     基本  项目',
      '分类 名称 行次 和结余',
      '             收入 小计',
      '                     支出  支出',
      '                            和结',
      '                             余',
      '科目',
      '编码 栏次      1 2 3 4 5 6',
      '        1        0.0         0.0',
    ];
    const { valuesUnder } = readFixture(lines.join('\n'));
    const read = valuesUnder(2, 12);
    expect(read).toEqual({ '本年支出/小计': '0.0', 年末结转和结余: '0.0' });
  });
});
