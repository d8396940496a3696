/**
 * Full rows drawn a column left of their page's columns under a 行次 column, in real `pdftotext -layout` output (the
 * 一般公共预算财政拨款支出决算表 of synth-410803-chengguanju-2019-final-00077, pdf86, source lines 235–277). From line 18
 * on, rows print their 行次 and figures one space apart, shorter labels pulling them left: the 行次 fell into the
 * blank label column before the 行次 column and each figure one column left, so 849.81 was read as the total and
 * 764.83 as 基本支出 (wrong values); where pdftotext glued the 行次 to the name (`其他社会保障和就业支出10`, line 21) the
 * first figure fell into the 行次 column. A row printing its 行次 and then as many money figures as the table has value
 * columns fills each of them in order, its 行次 in the 行次 column. Expected cells read by hand (万元 in the text, 元 in
 * the model): 849.81 + 1,672.78 = 2,522.59 and 764.83 + 84.98 = 849.81 (line 19); 2,293.35 + 338.63 = 2,631.98
 * (line 21).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a full row drawn a column left of a 行次 column fills the value columns in order', () => {
  const { onLine, coded, table } = ingestTextFormFixture('full-row-drawn-left-of-row-numbers.pdftotext.txt', 'final_general_expenditure');
  const row = (total: string, basic: string, staff: string, office: string, project: string) => ({
    '本年支出/小计': total,
    '本年支出/其中：基本支出/小计': basic,
    '本年支出/其中：基本支出/人员经费': staff,
    '本年支出/其中：基本支出/公用经费': office,
    '本年支出/项目支出': project,
  });

  it('reads 抚恤’s 2,522.59 as its total and 849.81 as 基本支出 (line 19)', () => {
    expect(onLine(19)).toEqual(row('25225900', '8498100', '7648300', '849800', '16727800'));
  });

  it('reads a row whose 行次 is glued to its name the same way, its 行次 split off (line 21, 20899)', () => {
    expect(coded('20899')).toEqual(row('26319800', '22933500', '20640100', '2293300', '3386300'));
    expect(table.rows.find((r) => r.code === '20899')?.name).toBe('其他社会保障和就业支出');
  });

  it('reads a full row printing 0.00 as its 项目支出 (line 25, 21011)', () => {
    expect(coded('21011')).toEqual(row('19985300', '19985300', '17986800', '1998500', '0'));
  });
});

/**
 * The same in synth-410300-shengtaiju-2016-final-00023 (pdf116, source lines 141–197, fixture
 * full-row-drawn-left-number-in-name.pdftotext.txt): `221 02 01    住房公积金  23 1,941,994.48 1,941,994.48         0.00
 * 0.00 0.00 0.00` (line 48), drawn left on the page after the break, its 行次 placed by position into the name's cell
 * (`住房公积金23`) and its first figure into the 行次 column. Six figures for six value columns: read in order, the 行次
 * taken out of the name. Expected cells read by hand (元): 本年支出合计 = 基本支出 = 1,941,994.48; the four zeros
 * after the gap are 项目支出, 上缴上级支出, 经营支出 and 对附属单位补助支出.
 */
describe('a full row whose 行次 was placed into its name’s cell', () => {
  const { coded, table } = ingestTextFormFixture('full-row-drawn-left-number-in-name.pdftotext.txt', 'final_expenditure');

  it('reads 住房公积金 with its name whole and its six figures in order (line 48)', () => {
    expect(coded('2210201')).toEqual({ 本年支出合计: '1941994.48', 基本支出: '1941994.48', 项目支出: '0', 上缴上级支出: '0', 经营支出: '0', 对附属单位补助支出: '0' });
    expect(table.rows.find((r) => r.code === '2210201')?.name).toBe('住房公积金');
  });
});
