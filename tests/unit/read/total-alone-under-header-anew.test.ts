/**
 * A 支出决算表 whose last page holds only its 合计 row under the header repeated in a new layout
 * (tests/fixtures/text-forms/expenditure-total-alone-under-header-anew.pdftotext.txt: source lines 138–198 of the
 * generated synth-410803-jiaoyuju-2017-final-00047 as `pdftotext -layout` wrote them):
 *
 * ```
 * 类 款 项       科目名称                小计 费 费                     支出    助支
 *                                                                  出
 *         合计            29 612.90 444.45 408.89 35.56 168.46       0.00
 * ```
 *
 * 类, 款 and 项 one space apart are the words of one cell, as on the first page, where the codes under them hold them
 * together: the page read anew has the table's columns, 29 its 行次, 612.90 its 本年支出合计. Expected cells read by
 * hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 合计 row alone under a header repeated in a new layout', () => {
  const { at } = readTextFormFixture('expenditure-total-alone-under-header-anew.pdftotext.txt');

  it('reads 类 款 项 as one label column on the last page (line 54)', () => {
    expect(at(54).cells.slice(0, 4)).toEqual(['类 款 项', '科目编码', '科目编码', '本年支出合计']);
  });

  it('reads the 合计 row with its 行次 and figures in the table columns (line 59)', () => {
    expect(at(59).cells).toEqual(['', '合计', '29', '612.90', '444.45', '408.89', '35.56', '168.46', '', '', '0.00']);
  });
});
