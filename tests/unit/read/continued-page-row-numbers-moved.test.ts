/**
 * A table with a 行次 column continued on a page pdftotext laid out on its own:
 * tests/fixtures/text-forms/expenditure-row-numbers-moved-next-page.pdftotext.txt holds source lines 130–287 of the
 * generated synth-410100-kejiju-2015-final-00002 as `pdftotext -layout` wrote them (支出决算表 over pages 5–6, 一般公共预算财政拨款支出决算表 over pages 9–10). On the
 * second page of each table the 行次 stand two characters further right than on the first (right after that page's
 * longest name) while the codes and names stand where they stood, and the figures stand elsewhere: no one shift
 * carries every label of the page into the table's label columns. The 行次 column is fitted where the page's row
 * numbers stand, the codes and names by one shift, the figures to the page's full rows (`page-fit.ts`, `fitToPage`;
 * in the 一般公共预算 table the column headed 行次 is a label column though the header was read by position). Expected
 * cells read by hand from the lines; line numbers are the fixture's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readFixture } from './read-fixture.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/expenditure-row-numbers-moved-next-page.pdftotext.txt'), 'utf8');
const { at } = readFixture(text);

describe('a continued page whose 行次 stand further right than on the page before', () => {
  it('reads a full row of the first page of the 支出决算表 (206 科学技术支出, line 25)', () => {
    expect(at(25).cells).toEqual(['206', '科学技术支出', '14', '51779238.35', '23378190.75', '19403898.32', '3974292.43', '28401047.60', '', '', '']);
  });

  it('puts a row of the second page under the same columns (20808 抚恤, line 37)', () => {
    expect(at(37).cells).toEqual(['20808', '抚恤', '23', '34271724.61', '21310000.00', '17687300.00', '3622700.00', '12961724.61', '', '', '']);
  });

  it('keeps a lone 项目支出 of the second page in its column (2069901 科技奖励, line 31)', () => {
    expect(at(31).cells).toEqual(['2069901', '科技奖励', '18', '15930000.00', '', '', '', '15930000.00', '', '', '']);
  });

  it('leaves 项目支出 blank on a row of four figures of the second page (221 住房保障支出, line 46)', () => {
    expect(at(46).cells).toEqual(['221', '住房保障支出', '31', '2452153.86', '2452153.86', '2035287.70', '416866.16', '', '', '', '']);
  });

  it('reads the second page of the 一般公共预算财政拨款支出决算表 under its columns (2069901 科技奖励, line 139)', () => {
    expect(at(139).cells).toEqual(['2069901', '科技奖励', '18', '15611400.00', '15770700.00', '15930000.00', '', '', '', '15930000.00']);
  });

  it('and its rows of four 决算数 figures (2101103 公务员医疗补助, line 151)', () => {
    expect(at(151).cells).toEqual(['2101103', '公务员医疗补助', '29', '13962566.04', '14408179.85', '14853793.67', '14853793.67', '12328648.74', '2525144.93', '']);
  });

  it('reports both second pages fitted again', () => {
    const { problems } = readTextForms(splitLines(text));
    const refitted = problems.filter((p) => p.code === 'page_columns_refitted').map((p) => p.line);
    expect(refitted).toEqual(expect.arrayContaining([31, 139]));
  });
});
