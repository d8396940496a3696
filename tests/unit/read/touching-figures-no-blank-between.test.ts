/**
 * Full rows printing their figures touching (one space apart) in one row and a little apart in another, in real
 * `pdftotext -layout` output: synth-410811-jiaoyuju-2018-budget-00064 (pdf12), the 部门收入总表 (万元), lines 77–92.
 * Five value columns (合计 | 上年结转 | 一般公共预算拨款收入 | 事业收入 | 其他收入), the full rows fill four: 合计 and
 * 一般公共服务支出 print all four touching, 组织事务 prints 17.02 and 467.66 three spaces apart (squeezed, no room for
 * a blank cell). Two figures a full row prints touching leave no room for a blank column between them, as a row with
 * blank cells places them: the blank column is 其他收入. Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const text = [
  '     项目                       上年结   一般公共 事业 其他',
  '                      合计       转 预算拨款',
  '    科目名称       行次                    收入 收入 收入',
  '     栏次                 1      2       3      4 5',
  '合计              1    3,024.37 17.02 3,000.41 6.94',
  '一般公共服务支出        2    1,736.68 17.02 1,717.42 2.24',
  ' 人大事务           3      368.00         368.00',
  '  行政运行          4      368.00         368.00',
  ' 政府办公厅（室）及相关    5      319.57         319.57',
  ' 机构事务',
  '  行政运行           6    319.57         319.57',
  ' 纪检监察事务          7    562.18         562.18',
  '  行政运行           8    469.40         469.40',
  '  一般行政管理事务       9     92.78          92.78',
  ' 组织事务           10    486.92 17.02   467.66 2.24',
  '  其他组织事务支出      11    486.92 17.02   467.66 2.24',
].join('\n');

describe('figures touching in one full row leave no blank column between them', () => {
  const { at } = readFixture(text);

  it('reads the 合计 row as 合计, 上年结转, 一般公共预算拨款收入, 事业收入, 其他收入 blank (line 5)', () => {
    expect(at(5).cells.slice(2)).toEqual(['3,024.37', '17.02', '3,000.41', '6.94', '']);
  });

  it('reads 组织事务 so too, its figures a little apart (line 15)', () => {
    expect(at(15).cells.slice(2)).toEqual(['486.92', '17.02', '467.66', '2.24', '']);
  });

  it('puts the second figure of 人大事务 under 一般公共预算拨款收入 (line 7)', () => {
    expect(at(7).cells.slice(2)).toEqual(['368.00', '', '368.00', '', '']);
  });
});
