/**
 * A wrapped label whose code stands on its first line and its figures (with its 行次) on the next, in a table whose
 * 行次 column runs past 19: most row numbers have two digits like a 款 code, yet they count up row by row, so the 行次
 * column is no code column and the row is joined. Hand-placed lines (tests/unit/read/at.ts) shaped like a 收入决算表
 * of the `pdftotext-drift` family; expected cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { at } from './at.ts';
import { readFixture } from './read-fixture.ts';

const rows: string[] = [
  at([1, '科目编码'], [34, '行次'], [40, '本年收入合计'], [56, '财政拨款收入']),
  at([1, '类'], [9, '款'], [15, '项'], [23, '科目名称']),
  '',
];
// rows 1 … 22 of one line each, then row 23 wrapped: its code on its first line, its 行次 and figures on the second
const names = Array.from({ length: 22 }, (_, k) => ['行政运行', '一般行政管理事务', '事业运行'][k % 3]!);
names.forEach((name, k) => rows.push(at([1, '201'], [9, String(k + 1).padStart(2, '0')], [15, '01'], [23, name], [34, String(k + 1)], [40, `${k + 1}0.00`], [56, `${k + 1}0.00`])));
rows.push(at([1, '208'], [9, '05'], [15, '05'], [23, '机关事业单位基本养老']));
rows.push(at([23, '保险缴费支出'], [34, '23'], [40, '686.95'], [56, '686.95']));
rows.push(at([1, '208'], [9, '05'], [15, '06'], [23, '机关事业单位职业年金'], [34, '24'], [40, '1,044.85'], [56, '1,044.85']));

describe('a code line above its figures line in a table numbered past 9 (行次 1 … 24)', () => {
  const { at: line } = readFixture(rows.join('\n'));

  it('joins 208 05 05 机关事业单位基本养老 / 保险缴费支出 23 686.95 into one row on the figures line (lines 26–27)', () => {
    expect(line(26).skip).toBe('joined');
    expect(line(27).cells.slice(0, 5)).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '23']);
    expect(line(27).cells.filter((c) => c === '686.95')).toHaveLength(2);
    expect(line(27).joined).toEqual([26]);
  });

  it('leaves the one-line row after it as it is: 208 05 06 机关事业单位职业年金 24 (line 28)', () => {
    expect(line(28).cells.slice(0, 5)).toEqual(['208', '05', '06', '机关事业单位职业年金', '24']);
  });
});

/**
 * A budget unit's code (six digits) on its name's first line, the figures on the next, in a 部门收入总表 whose
 * 单位代码 column is known from its header alone (no figures line carries a code). Shaped like the `pdftotext-drift`
 * family; read by hand.
 */
describe('a budget unit’s code line above its figures line (部门收入总表)', () => {
  const table = [
    at([1, '单位代码'], [13, '单位名称'], [30, '总计'], [45, '一般公共预算'], [60, '事业收入']),
    '',
    at([1, '410001'], [13, '焦作市中站区交通运']),
    at([13, '输局本级'], [30, '4,215.23'], [45, '4,215.23'], [60, '0.00']),
    at([1, '410002'], [13, '焦作市中站区交通运']),
    at([13, '输信息中心'], [30, '9,860.46'], [45, '9,000.46'], [60, '860.00']),
  ].join('\n');
  const { at: line } = readFixture(table);

  it('joins 410001 焦作市中站区交通运 / 输局本级 4,215.23 into one row (lines 3–4)', () => {
    expect(line(3).skip).toBe('joined');
    expect(line(4).cells).toEqual(['410001', '焦作市中站区交通运输局本级', '4,215.23', '4,215.23', '0.00']);
  });

  it('joins 410002 焦作市中站区交通运 / 输信息中心 9,860.46 likewise (lines 5–6)', () => {
    expect(line(6).cells).toEqual(['410002', '焦作市中站区交通运输信息中心', '9,860.46', '9,000.46', '860.00']);
    expect(line(6).joined).toEqual([5]);
  });
});
