/**
 * A 小计 written beside the end of a wrapped value word, on the line where that word ends (`本年收` over `入 小计`), is a
 * cell of its own, the group's subtotal, never the end of one word `本年收入小计` (`src/lib/parse/read/subtotal-beside.ts`,
 * used by `header-words.ts` `readWords` and `header-cover.ts`). Hand-written fixture: the lines as `pdftotext -layout`
 * writes a narrow 政府性基金 table of one 合计 row, its header words wrapped over three lines, one line squeezed one
 * space apart; the cells are read by hand (the figures one space apart stand in neighbouring columns, the wide gap
 * before the last holds the blank 项目支出 cell).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

const TITLE = ['              政府性基金预算财政拨款收入支出决算表', '部门：某局                                       单位：万元'];

describe('a 小计 beside a wrapped word end on its line', () => {
  it('reads 本年收 over 入 小计 as 本年收入 and the 小计 of 本年支出, the row placed under six value columns (line 6)', () => {
    const lines = [
      ...TITLE,
      '项目 年初结 本年收       本年支出     年末结',
      '科目 转和结 入 小计 基本支 项目支 转和结',
      '名称 余              出    出   余',
      '合计 0.00 0.00 0.00 0.00      0.00',
    ];
    const read = readFixture(lines.join('\n'));
    expect(read.header(3)).toEqual(['项目/科目名称', '年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余']);
    expect(read.valuesUnder(3, 6)).toEqual({
      年初结转和结余: '0.00',
      本年收入: '0.00',
      '本年支出/小计': '0.00',
      '本年支出/基本支出': '0.00',
      年末结转和结余: '0.00',
    });
  });

  it('reads 年初 over 结转 over 和结余 whole when its last piece is drawn beside the names, the 小计 beside 收入 a word of its own (line 9)', () => {
    // 和结余 starts over the 科目名称 column's end, under 结转: the end of 年初结转和结余, never left out of the value
    // side to leave 年初结转; 收入 and 小计 one space apart on their line are two cells (本年收入 | 本年支出/小计)
    const lines = [
      ...TITLE,
      '    科目编码    年初            本年支出       年末',
      '         科目 结转   本年        基本   项目   结转',
      ' 类 款 项 名称 和结余',
      '                 收入 小计 支出 支出 和结',
      '                                     余',
      '         栏次 1 2 3 4 5 6',
      '         合计 0.00 0.00 0.00 0.00 0.00 0.00',
    ];
    const read = readFixture(lines.join('\n'));
    expect(read.at(9).cells.slice(-6)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
    expect(read.header(3).slice(-6)).toEqual(GOV_FUND_COLUMNS);
  });
});

