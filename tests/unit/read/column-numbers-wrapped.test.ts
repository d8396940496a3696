/**
 * The 栏次 row on real `pdftotext -layout` output when the end of a wrapped label word stands on it: `科目编码` of the
 * header's 功能分类科目编码 cell printed low in its tall cell, `科目` on its own line and `编码` one space before 栏次
 * (`编码 栏次 1 2 3`). The word belongs to the header; the row keeps 栏次 and the numbers of the value columns, and is
 * never read as a data row labelled `编码 栏次`.
 * Lines cut from /tmp/pdf40/synth-140300-caizhengju-2017-final-00038.txt (Chromium print of the generator's HTML,
 * bench/pdf-accuracy.ts `--per-family 20 --seed 1 --keep`): 表八 国有资本经营预算财政拨款支出决算表 (source lines
 * 368–373) and 表七 政府性基金预算财政拨款收入支出决算表 (source lines 348–354). Expected cells read by hand from the HTML
 * printed: 表八 header 项目 (功能分类科目编码, 科目名称) | 本年支出 (小计, 基本支出, 项目支出), 栏次 1 2 3, 合计 0.00 0.00 0.00;
 * 表七 header 项目 | 年初结转和结余 | 本年收入 | 本年支出 (小计, 基本支出, 项目支出) | 年末结转和结余, 栏次 1–6, 合计 six
 * times 0.00. Line numbers below are the fixtures'.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

describe('spaced reader: a 栏次 row that carries `编码`, the end of the wrapped 科目编码 (国有资本经营 决算, three columns)', () => {
  const { at } = readFixture(
    [
      '  项目      本年支出',
      '功能 科目      基本支 项目支',
      '分类 名称 小计    出   出',
      '科目',
      '编码 栏次 1     2    3',
      '   合计 0.00 0.00 0.00',
    ].join('\n'),
  );
  it('reads line 5 as the 栏次 row numbering the three value columns, not as a data row labelled 编码 栏次', () => {
    expect(at(5).cells.filter((c) => c !== '')).toEqual(['栏次', '1', '2', '3']);
    expect(at(5).cells.some((c) => c.includes('编码'))).toBe(false);
  });
  it('reads the 合计 row of line 6 with 0.00 under each of the three numbered columns', () => {
    const numbers = at(5).cells;
    const total = at(6).cells;
    expect(total.length).toBe(numbers.length);
    expect(total[numbers.indexOf('栏次')]).toBe('合计');
    expect(['1', '2', '3'].map((n) => total[numbers.indexOf(n)])).toEqual(['0.00', '0.00', '0.00']);
  });
});

describe('spaced reader: a 栏次 row that carries `编码` under a six-column 政府性基金 决算 header', () => {
  const { at } = readFixture(
    [
      '  项目 年初结            本年支出      年末结',
      '功能 科目 转和结 入本年收           项目支 转和结',
      '分类 名称 余         小计 基本支',
      '                     出    出    余',
      '科目',
      '编码 栏次 1     2    3    4   5    6',
      '   合计 0.00 0.00 0.00 0.00 0.00 0.00',
    ].join('\n'),
  );
  it('reads line 6 as the 栏次 row numbering the six value columns', () => {
    expect(at(6).cells.filter((c) => c !== '')).toEqual(['栏次', '1', '2', '3', '4', '5', '6']);
  });
  it('reads the 合计 row of line 7 with 0.00 under each of the six numbered columns', () => {
    const numbers = at(6).cells;
    const total = at(7).cells;
    expect(total[numbers.indexOf('栏次')]).toBe('合计');
    expect(['1', '2', '3', '4', '5', '6'].map((n) => total[numbers.indexOf(n)])).toEqual(Array(6).fill('0.00'));
  });
});
