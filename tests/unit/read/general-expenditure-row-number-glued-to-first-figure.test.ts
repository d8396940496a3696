/**
 * A 一般公共预算财政拨款支出决算表 page pdftotext squeezed (lines as in 附件5 of a generated 决算, trimmed): the 行次 cell
 * right before the first figure column, some rows print their 行次 apart (`29  664.7`), others run it into the first
 * figure (`27370.0`: 行次 27, then 370.0). Such a figure's leading digits are the number the rows around it leave
 * for it (one more than the 行次 above, one less than the one below), never part of the money.
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';
import { gluedFigureRowNumbers } from '../../../src/lib/parse/read/figure-row-number.ts';
import { dataPieces } from '../../../src/lib/parse/read/data-pieces.ts';

const TEXT = `                      一般公共预算财政拨款支出决算表
                                      本年支出
       项目
                                  其中：基本支出
                 行次 小计                           项目支出
功能分类    科目名称                   小计 人员经费 公用经    费
科目编码
         栏次            1        2       3     4    5
20808 抚恤            27370.0     159.0 125.6 33.4 211.0
2080801 死亡抚恤        28370.0     159.0 125.6 33.4 211.0
20899 其他社会保障和就业支出 29  664.7     499.8 394.9 105.0 164.9
2089999 其他社会保障和就业支出 30664.7     499.8 394.9 105.0 164.9
210     卫生健康支出      31420.5     420.5 332.2 88.3     0.0
21011 行政事业单位医疗      32420.5     420.5 332.2 88.3     0.0
2101103 公务员医疗补助     33420.5     420.5 332.2 88.3     0.0
21505 工业和信息产业监管     35 613.3    427.4 337.6 89.8 186.0
2150501 行政运行        36 427.4    427.4 337.6 89.8     0.0
2150502 一般行政管理事务    37 186.0      0.0     0.0      186.0
`;

describe('a 行次 glued to the start of the first figure (general expenditure)', () => {
  it('splits the 行次 the numbering leaves off the first figure, the rest one money figure', () => {
    const lines = TEXT.split('\n');
    const run = lines.map((_, k) => k).filter((k) => k >= 7 && lines[k]!.trim() !== '');
    const header = [[{ text: '行次', start: 17, end: 19 }]];
    const split = new Map(gluedFigureRowNumbers(run, header, (k) => dataPieces(lines[k]!)).map((g) => [g.line, g.parts.map((p) => p.text)]));
    expect([...split.keys()]).toEqual(expect.arrayContaining([8, 9, 11, 12, 13, 14]));
    expect(split.size).toBe(6);
    expect(split.get(8)).toEqual(['20808', '抚恤', '27', '370.0', '159.0', '125.6', '33.4', '211.0']);
    expect(split.get(11)).toEqual(['2089999', '其他社会保障和就业支出', '30', '664.7', '499.8', '394.9', '105.0', '164.9']);
    expect(split.get(14)).toEqual(['2101103', '公务员医疗补助', '33', '420.5', '420.5', '332.2', '88.3', '0.0']);
  });

  it('reads the first figure under 本年支出/小计, the 行次 in its own column', () => {
    const { at } = readFixture(TEXT);
    const values = (n: number) => at(n).cells.filter((c) => /\d\.\d/.test(c));
    expect(values(9)).toEqual(['370.0', '159.0', '125.6', '33.4', '211.0']);
    expect(values(10)).toEqual(['370.0', '159.0', '125.6', '33.4', '211.0']);
    expect(values(12)).toEqual(['664.7', '499.8', '394.9', '105.0', '164.9']);
    expect(values(15)).toEqual(['420.5', '420.5', '332.2', '88.3', '0.0']);
    expect(at(9).cells).toContain('27');
    expect(at(15).cells).toContain('33');
  });
});
