/**
 * A squeezed 收入决算表 header read in order onto its figures (`figure-order.ts`) reads the value words from the pieces
 * right of where the label columns end. A whole value word drawn over that end, mostly right of it (`本年收入` starting
 * a character left of where the longest name ends, `合计` under it), is a piece of the figures' header like the others:
 * read with it, the first column is 本年收入合计, not a 合计 with its upper word left out. Lines as pdftotext -layout
 * wrote a generated 收入决算表 (万元); values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '                           表二 收入决算表',
  '                                 2017年度',
  '部门名称：焦作市生态环境局                                            单位：万元',
  '          项目                         上级          附属',
  '                   本年收入 财政拨款 补助 事业 经营 单位 其他',
  ' 功能分类科 科目名称         合计       收入 收入 收入 收入 上缴 收入',
  '  目编码                                            收入',
  '201       一般公共服务支出 15,036.6 15,036.6 0.0 0.0 0.0 0.0 0.0',
  '201 01    人大事务      4,174.7 4,174.7 0.0 0.0 0.0 0.0 0.0',
  '201 01 01 行政运行      2,519.6 2,519.6 0.0 0.0 0.0 0.0 0.0',
  '201 01 02 一般行政管理事务 1,655.1 1,655.1 0.0 0.0 0.0 0.0 0.0',
  '201 03    政府办公厅（室） 4,503.2 4,503.2 0.0 0.0 0.0 0.0 0.0',
  '          及相关机构事务',
  '201 03 01   行政运行       2,902.0 2,902.0 0.0 0.0 0.0 0.0 0.0',
  '201 03 02   一般行政管理事务     226.3 226.3 0.0 0.0 0.0 0.0 0.0',
  '201 03 50   事业运行       1,374.9 1,374.9 0.0 0.0 0.0 0.0 0.0',
  '201 11      纪检监察事务     1,703.3 1,703.3 0.0 0.0 0.0 0.0 0.0',
  '201 11 02   一般行政管理事务   1,703.3 1,703.3 0.0 0.0 0.0 0.0 0.0'
].join('\n');

describe('a value word drawn over the end of the label columns, read in order with the figures\' header', () => {
  const { at } = readFixture(TABLE);

  it('reads 本年收入 over 合计 as the first figure column\'s word (lines 4–7)', () => {
    expect(at(4).cells).toEqual(['项目', '项目', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads the rows under it one figure to a column (lines 8 and 18)', () => {
    expect(at(8).cells).toEqual(['201', '一般公共服务支出', '15,036.6', '15,036.6', '0.0', '0.0', '0.0', '0.0', '0.0']);
    expect(at(18).cells).toEqual(['201 11 02', '一般行政管理事务', '1,703.3', '1,703.3', '0.0', '0.0', '0.0', '0.0', '0.0']);
  });
});
