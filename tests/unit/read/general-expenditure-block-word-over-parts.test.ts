/**
 * A 一般公共预算财政拨款支出决算表 whose stage block word 决算数 stands on a line above its parts 小计 | 基本支出 |
 * 项目支出, on real `pdftotext -layout` output. Read by position, 决算数 headed a column of its own and 项目支出 a column
 * right of every figure, so each row's 项目支出 figure fell under 决算数 (or under 基本支出) and the table was read one
 * column off. Expected cells are read by hand from the lines.
 * - general-expenditure-block-word-over-parts.pdftotext.txt: 决算05表 of synth-410300-jiaoyuju-2018-final-00063 (pdf30,
 *   its lines 210–240);
 * - general-expenditure-block-word-over-parts-numbered.pdftotext.txt: the same table of
 *   synth-140100-gongxinju-2015-final-00001 (pdf30, its lines 270–322), under a 栏次 row numbering five columns, over
 *   two pages.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a stage block word printed over its parts heads them, never a column of its own (general-expenditure-block-word-over-parts)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-block-word-over-parts.pdftotext.txt');

  it('reads 决算数 over 小计, 基本支出 and 项目支出 (lines 5–6)', () => {
    expect(header(5).slice(1)).toEqual(['年初预算数', '全年预算数', '决算数/小计', '决算数/基本支出', '决算数/项目支出']);
  });

  it('puts each row\'s five figures one to a column (总计, line 7; 一般行政管理事务, line 10; 事业运行, line 12)', () => {
    expect(at(7).cells).toEqual(['总计', '3,941.79', '3,949.25', '3,956.71', '2,539.64', '1,417.07']);
    expect(at(10).cells).toEqual(['一般行政管理事务', '290.46', '286.23', '282.00', '0.00', '282.00']);
    expect(at(12).cells).toEqual(['事业运行', '393.39', '408.20', '423.00', '423.00', '0.00']);
  });
});

describe('a stage block word over its parts under a 栏次 row numbering five columns (general-expenditure-block-word-over-parts-numbered)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-block-word-over-parts-numbered.pdftotext.txt');

  it('reads 决算数 over 小计, 基本支出 and the wrapped 项目支出 (lines 4–8)', () => {
    expect(header(4).slice(1)).toEqual(['年初预算数', '全年预算数', '决算数/小计', '决算数/基本支出', '决算数/项目支出']);
  });

  it('puts each row\'s five figures one to a column, on both pages (lines 10, 11, 16, 46, 49)', () => {
    expect(at(10).cells.slice(1)).toEqual(['131.8', '133.5', '135.2', '39.0', '96.2']);
    expect(at(11).cells.slice(1)).toEqual(['71.3', '73.5', '75.7', '0.0', '75.7']);
    expect(at(16).cells.slice(1)).toEqual(['39.8', '39.4', '39.0', '39.0', '0.0']);
    expect(at(46).cells.slice(1)).toEqual(['23.0', '23.8', '24.5', '0.0', '24.5']);
    expect(at(49).cells.slice(1)).toEqual(['38.9', '39.0', '39.2', '39.2', '0.0']);
  });
});
