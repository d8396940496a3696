/**
 * `行次` drawn under `合计` over the first figure column, the row numbers in a column of their own left of it with no
 * header word, in real `pdftotext -layout` output: synth-410811-jiaoyuju-2018-budget-00064 (pdf15), the 部门收入总表,
 * lines 73–79. The table prints 项目 (科目名称 | 行次) | 合计 | 上年结转 | 财政拨款（补助）收入 | 事业收入 | 其他收入, its
 * 栏次 row numbering the five value columns. 行次 heads the row numbers, never figures. Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const text = [
  '         项目              合计       上年 财政拨款（补 事业 其他收入',
  '        科目名称           行次         结转 助）收入 收入',
  '         栏次               1        2     3       4    5',
  '                    1 22903670.81    22794813.50   108857.31',
  '一般公共服务支出            2 4286080.08      4197222.77    88857.31',
  ' 人大事务               3 1349008.95      1293729.46    55279.49',
  '  行政运行              4 836436.51        801138.22    35298.29',
].join('\n');

describe('a row-number word under the word of a figure column', () => {
  const { header, at } = readFixture(text);

  it('heads the row numbers beside it, the figure column keeping 合计', () => {
    expect(header(1)).toEqual(['项目/科目名称', '项目/行次', '合计', '上年结转', '财政拨款（补助）收入', '事业收入', '其他收入']);
  });

  it('leaves the figures of 一般公共服务支出 under 合计, 财政拨款（补助）收入 and 其他收入 (line 5)', () => {
    expect(at(5).cells).toEqual(['一般公共服务支出', '2', '4286080.08', '', '4197222.77', '', '88857.31']);
  });
});
