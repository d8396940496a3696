/**
 * A group word drawn right over its second part, its own 合计 wholly left of it on the line below, in real
 * `pdftotext -layout` output: synth-140300-kejiju-2020-budget-00088 (pdf14), the 部门收入总表 by unit, lines 73–77,
 * figures one space apart (read by order). The table prints 总计 | 本年收入 (合计 | 一般公共预算 | 事业收入 |
 * 其他收入) | 上年结转结余. 本年收入 + 合计 reads as the word 本年收入合计, but the lines of one wrapped word stand over
 * one another: a 合计 ending before 本年收入 starts, with 一般公共预 starting under 本年收入 on its line, is the group's
 * own total. Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const text = [
  ' 单位代                                     本年收入                 上年',
  '  码        单位名称      总计         合计       一般公共预 事业 其他 结转',
  '                                            算       收入 收入 结余',
  '       总计          4489582.01 4489582.01 4489582.01 0.00 0.00 0.00',
  '140001 阳泉市科学技术局本级 2723520.23 2723520.23 2723520.23 0.00 0.00 0.00',
].join('\n');

describe('a total wholly left of the group word over its parts', () => {
  const { header, at } = readFixture(text);

  it('reads 本年收入 over 合计 | 一般公共预算 | 事业收入 | 其他收入, 总计 beside it', () => {
    expect(header(1)).toEqual(['单位代码', '单位名称', '总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余']);
  });

  it('keeps the figures of 阳泉市科学技术局本级 in order (line 5)', () => {
    expect(at(5).cells).toEqual(['140001', '阳泉市科学技术局本级', '2723520.23', '2723520.23', '2723520.23', '0.00', '0.00', '0.00']);
  });
});
