/**
 * Narrow-column tables as `pdftotext -layout` writes them (the generator's `pdftotextDrift` shape), in the cases the
 * held-out documents of the `pdftotext-drift` family showed. Hand-placed lines; expected cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

/**
 * A 收入决算表 continued on the next page under its repeated header, whose first row there is a wrapped label: the code
 * `211 01 99` printed with spaces and the label's first line on line 16, its figures with the label's rest `出` on
 * line 17.
 */
const NEXT_PAGE = [
  '收入决算表',
  '                                                          单位：万元',
  '                                本年        财政       上级      事业   经营       附属单  其他',
  ' 项目                            收入        拨款       补助      收入   收入       位上缴  收入',
  '                                合计        收入       收入                      收入',
  ' 功能分            科目',
  ' 类科目            名称',
  ' 编码',
  '',
  ' 211             节能环保支出         87.0       87.0      0.0      0.0   0.0       0.0   0.0',
  ' 211 01          环境保护管理事务       87.0       87.0      0.0      0.0   0.0       0.0   0.0',
  '',
  '                                       第4页 共17页',
  '                                本年        财政       上级      事业   经营       附属单  其他',
  ' 项目                            收入        拨款       补助      收入   收入       位上缴  收入',
  '                                合计        收入       收入                      收入',
  ' 功能分            科目',
  ' 类科目            名称',
  ' 编码',
  '',
  ' 211 01 99       其他环境保护管理事务支',
  '                 出              87.0       87.0      0.0      0.0   0.0       0.0   0.0',
  ' 221             住房保障支出         90.0       90.0      0.0      0.0   0.0       0.0   0.0',
  ' 221 02 03       购房补贴           90.0       90.0      0.0      0.0   0.0       0.0   0.0',
].join('\n');

describe('a table continued on the next page whose first row there wraps its label', () => {
  const { at } = readFixture(NEXT_PAGE);

  it('joins the spaced code and the label’s first line (line 21) to the figures line: 211 01 99 其他环境保护管理事务支出 87.0 (line 22)', () => {
    expect(at(21).skip).toBe('joined');
    expect(at(22).cells.slice(0, 4)).toEqual(['211 01 99', '其他环境保护管理事务支出', '87.0', '87.0']);
    expect(at(22).joined).toEqual([21]);
  });

  it('reads the rows after it as before: 221 02 03 购房补贴 90.0 (line 24)', () => {
    expect(at(24).cells.slice(0, 3)).toEqual(['221 02 03', '购房补贴', '90.0']);
  });
});
