/**
 * A 支出决算表 of a text without page marks (no form feed, no page number), its pages shown only by the document title
 * repeated at their tops (tests/fixtures/text-forms/final-expenditure-pages-marked-by-running-head.pdftotext.txt: the
 * title lines and source lines 108–146 of synth-410811-shangwuju-2016-final-00034, pdf158; fixture line n is source
 * line n + 104 from line 4 on). The title heads a page at line 30, and the rows under it are drawn three characters
 * right of those above (行政单位医疗's 公用经费 `102000.00` ends at 71, the rows above end theirs at 68–73). The page
 * starts there, so the upper page's rows are read by where their own runs start: 人大事务 (line 14) prints
 * `665669.78          0.00`, its zero ending at 84 where 项目支出's figures end (`4472640.20`, line 13; the 栏次 `5`
 * at 78–79), not a blank column after 公用经费. Values read by hand (元 printed).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { onLine } = ingestTextFormFixture('final-expenditure-pages-marked-by-running-head.pdftotext.txt', 'final_expenditure');

describe('a table whose pages are marked only by the running head', () => {
  it('reads 人大事务 (line 14): its zero after the wide gap under 项目支出, the two after it under 经营支出 and 对附属单位补助支出', () => {
    expect(onLine(14)).toEqual({
      本年支出合计: '3328348.9',
      '其中：基本支出/小计': '3328348.9',
      '其中：基本支出/人员经费': '2662679.12',
      '其中：基本支出/公用经费': '665669.78',
      项目支出: '0',
      经营支出: '0',
      对附属单位补助支出: '0',
    });
  });
  it('reads 一般行政管理事务 (line 18): 2030000.00 under 项目支出, its last zero ending at 96 under 经营支出', () => {
    expect(onLine(18)).toEqual({ 本年支出合计: '2030000', '其中：基本支出/人员经费': '0', 项目支出: '2030000', 经营支出: '0' });
  });
  it('reads 行政运行 (line 21): a zero ending at 90 under 上缴上级支出, the last at 102 under 对附属单位补助支出', () => {
    expect(onLine(21)).toEqual({
      本年支出合计: '4576349.7',
      '其中：基本支出/小计': '4576349.7',
      '其中：基本支出/人员经费': '3661079.76',
      '其中：基本支出/公用经费': '915269.94',
      上缴上级支出: '0',
      对附属单位补助支出: '0',
    });
  });
});
