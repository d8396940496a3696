/**
 * A table whose second page repeats its header in other words (read anew there) is still the table its first page's
 * title named: a title naming another table after it starts a table of its own. Real `pdftotext -layout` output:
 * tests/fixtures/text-forms/general-expenditure-after-continued-summary.pdftotext.txt, synth-410100-kejiju-2015-final-00002
 * (pdf22, its lines 186–296): 附表4 财政拨款收入支出决算总表 runs onto a second page whose header pdftotext wrapped
 * otherwise (fixture lines 29–33), ends on a page of its note, and 附表5 一般公共预算财政拨款支出决算表 follows under its
 * own title (line 64) with five columns, not the summary's eight. Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a titled table after a table continued under a header read anew (general-expenditure-after-continued-summary)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-after-continued-summary.pdftotext.txt');

  it('reads the new table under its own header (项目 | 本年支出 over 小计 基本支出 项目支出)', () => {
    expect(header(67)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('puts each figure under its column (合计, line 70; 一般公共服务支出, line 71; 人大事务, line 72)', () => {
    expect(at(70).cells).toEqual(['', '合计', '5,381.93', '4,074.83', '1,307.10']);
    expect(at(71).cells).toEqual(['201', '一般公共服务支出', '1,067.47', '700.68', '366.79']);
    expect(at(72).cells).toEqual(['201 01', '人大事务', '101.00', '', '101.00']);
  });
});
