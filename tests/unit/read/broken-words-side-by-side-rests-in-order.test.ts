/**
 * Two header words broken the same way side by side, `年初预 全年预` over `算数 算数`: pdftotext drew the lower line
 * left (its wide characters before), so the right 算数 stands under 年初预 and the left one under no word. The rests
 * continue the words in reading order (`header-stacks.ts` `stackBrokenWords`): 年初预算数 over the first figures,
 * 全年预算数 over the second, as the 栏次 row numbers them. Real `pdftotext -layout` lines (copied as they are):
 * /work/corp3/pdf34 synth-140300-nongyeju-2019-final-00078, lines 219–233. Expected cells read by hand; line numbers
 * are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '部门名称：阳泉市农业农村局                                                           单位：万元',
  '  附件1-5',
  '                              一般公共预算财政拨款支出决算表',
  '            项目                 年初预 全年预                   决算数',
  '功能分类科           科目名称      行次 算数 算数                小计 基本支  出',
  '                                                                项目支',
  '                                                                 出',
  '  目编码            栏次              1      2           3     4      5',
  '                             1 136.99 135.05      133.12 101.73 31.38',
  '201       一般公共服务支出           2 15.84 15.28         14.73 14.20 0.53',
  '201 03    政府办公厅（室）及相关机构事务    3 15.84 15.28         14.73 14.20 0.53',
  '201 03 01 行政运行               4 15.33 14.77         14.20 14.20 0.00',
  '201 03 02 一般行政管理事务           5 0.50 0.51            0.53 0.00 0.53',
  '208       社会保障和就业支出          6 45.05 43.51         41.96 33.19 8.78',
  '208 05 行政事业单位养老支出            7 14.32 13.91         13.51 13.51 0.00',
].join('\n');

describe('two broken header words side by side take their rests in reading order', () => {
  const { at, header } = readFixture(TEXT);

  it('reads 年初预算数 and 全年预算数 over the first two figure columns (line 4)', () => {
    expect(at(4).cells.slice(3, 5)).toEqual(['年初预算数', '全年预算数']);
  });

  it('reads the 合计 row with 136.99 under 年初预算数 and 135.05 under 全年预算数 (line 9)', () => {
    expect(at(9).cells).toEqual(['', '', '1', '136.99', '135.05', '133.12', '101.73', '31.38']);
  });

  it('reads a coded row the same way (201 一般公共服务支出, line 10)', () => {
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '2', '15.84', '15.28', '14.73', '14.20', '0.53']);
  });
});
