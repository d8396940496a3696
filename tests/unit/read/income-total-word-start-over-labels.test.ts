/**
 * A 收入决算表 header whose total word is wrapped in its cell, `本年收入` over `合计`, the upper line drawn from over
 * the names' last character (column 19, the name column ending at 20) and `合计` starting over the figures right under
 * it (`figure-order.ts`, the pieces read over the figures): the start of a value word wrapped onto the line below is
 * read with its rest, and the total column is 本年收入合计 (the generator's truth names it so), not a bare 合计 with
 * 本年收入 left among the labels. Real `pdftotext -layout` lines (copied as they are): /work/corp3/pdf46
 * synth-410800-shengtaiju-2017-final-00040, lines 81–96. Expected cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '\f                           表二 收入决算表',
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
].join('\n');

describe('a total word wrapped over two lines, its start drawn over the label columns\' end', () => {
  const { at, header } = readFixture(TEXT);

  it('reads 本年收入合计 over the first figure column (line 4)', () => {
    expect(header(4).slice(2)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('keeps each row\'s total under it (201 一般公共服务支出, line 8)', () => {
    expect(at(8).cells).toEqual(['201', '一般公共服务支出', '15,036.6', '15,036.6', '0.0', '0.0', '0.0', '0.0', '0.0']);
  });
});
