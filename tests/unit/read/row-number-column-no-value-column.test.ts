/**
 * A 行次 column is no value column: the numbers counting the rows stand right after the labels, but the rows' money
 * is counted, placed and checked against the header's totals over the columns after them (`valueColumnCount` of
 * `row-calibration.ts`). Here the 总计 row prints its eight figures with blank cells between (`… 378.46 0.00      0.00`),
 * and the rows whose figures fill every value column, squeezed one space apart, place it; the last zero stands under
 * 对附属单位补助支出, not 经营支出. Lines as pdftotext -layout wrote a generated 支出决算表; values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = `                                          支出决算表
          项目                                  其中：基本支出                               对附
                           行次 本年支出                                 项目支 上缴      经营
                                                                          上级 支出 位补
                                                                                    属单
功能分类          科目名称             合计          小计 人员经费 费        公用经     出     支出        助支
科目编码                                                                                出
        总计                   1 2,123.72   1,745.26 1,448.57 296.69 378.46 0.00      0.00
201     一般公共服务支出             2 404.91       244.00 202.52 41.48 160.91 0.00
208     社会保障和就业支出            5 808.38       590.82 490.38 100.44 217.55 0.00 0.00 0.00
2080502 事业单位离退休              7 78.11         78.11 64.83 13.28 0.00 0.00 0.00 0.00
2089999 其他社会保障和就业支出         11 280.06       102.06 84.71 17.35 178.00          0.00 0.00
`;

describe('a 行次 column right after the labels', () => {
  const { at } = readFixture(TEXT);

  it('keeps each row number in the 行次 column (lines 8 and 10)', () => {
    expect(at(8).cells.slice(0, 3)).toEqual(['', '总计', '1']);
    expect(at(10).cells.slice(0, 3)).toEqual(['208', '社会保障和就业支出', '5']);
  });

  it('places the 总计 row by the full rows beside it, its last zero under 对附属单位补助支出 (line 8)', () => {
    expect(at(8).cells.slice(3)).toEqual(['2,123.72', '1,745.26', '1,448.57', '296.69', '378.46', '0.00', '', '0.00']);
  });

  it('places a row of blank cells between its figures the same way (line 12: 上缴上级支出 blank)', () => {
    expect(at(12).cells.slice(3)).toEqual(['280.06', '102.06', '84.71', '17.35', '178.00', '', '0.00', '0.00']);
  });
});
