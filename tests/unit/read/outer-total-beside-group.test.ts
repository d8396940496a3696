/**
 * A 总计 printed in a cell spanning the header lines, beside the group `本年收入` over its own `合计 | 一般公共预算 |
 * 事业收入 | 其他收入`, in real `pdftotext -layout` output of 部门收入总表 by unit: the group word is drawn far right of
 * its columns, so its run reaches the 总计 too. A group has one total: 总计, its words above the line of the group's
 * own 合计, stands beside the group. Header and cells read by hand from the lines below.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

// synth-410400-shengtaiju-2019-budget-00075 (pdf15), lines 71–76: the header read as whole words by the vocabulary
const wholeWords = [
  ' 单位代                                            本年收入                上年结',
  '  码        单位名称        总计                                  事业收 其他收',
  '                                    合计        一般公共预算 入          入 转结余',
  '410001 平顶山市生态环境局本级    806,963.12 806,963.12 806,963.12          0.00 0.00',
  '410002 平顶山市生态环境信息中心 733,334.84 733,334.84 733,334.84 0.00            0.00',
  '       总计           1,540,297.96 1,540,297.96 1,540,297.96           0.00',
].join('\n');

// synth-410800-wenlvju-2020-budget-00090 (pdf15), lines 77–86: the header read by position into levels
const byPosition = [
  '                                               本年收入',
  '单位代        单位名称           总计                                   上年结转',
  ' 码                                  合计       一般公共预     事业收 其他收  结余',
  '                                               算        入   入',
  '410001 焦作市文化广电和旅游局',
  '       本级                698037.71 698037.71 698037.71',
  '410002 焦作市文化广电和旅游培',
  '       训中心          735732.76 733438.77 733438.77             2293.99',
  '                   1433770.47 1431476.48 1431476.48           2293.99',
].join('\n');

const columns = ['单位代码', '单位名称', '总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余'];

describe('a total spanning the header lines beside a group over its own total', () => {
  it('reads 总计 as a column of its own when the header is read as whole words', () => {
    const { header, at } = readFixture(wholeWords);
    expect(header(1)).toEqual(columns);
    expect(at(4).cells).toEqual(['410001', '平顶山市生态环境局本级', '806,963.12', '806,963.12', '806,963.12', '', '0.00', '0.00']);
  });

  it('reads 总计 as a column of its own when the header is read by position', () => {
    const { header, at } = readFixture(byPosition);
    expect(header(1)).toEqual(columns);
    expect(at(9).cells.slice(2)).toEqual(['1433770.47', '1431476.48', '1431476.48', '', '', '2293.99']);
  });
});
