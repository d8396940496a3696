/**
 * A 收入决算表 whose header is printed again inside the run (a page break the text does not mark), its words broken
 * elsewhere (`本年收 财政拨 …` over `入合计 款收入 …`, the wrapped `收入` under 功能分类 科目名称): read again alone, its
 * words fall into other columns than the table's, yet it is the table's header repeated, not a row of the table. Real
 * `pdftotext -layout` output: tests/fixtures/text-forms/income-header-repeated-other-count.pdftotext.txt,
 * synth-140100-jiaotongju-2015-final-00011 (pdf12, its lines 73–109). Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a header repeated inside the run whose words read into other columns is still the table header', () => {
  const { at } = readTextFormFixture('income-header-repeated-other-count.pdftotext.txt');

  it('writes the repeated header (line 20) as the table header (line 3), not as a row of figures', () => {
    expect(at(20).cells).toEqual(at(3).cells);
    expect(at(20).cells).toEqual(['项目', '项目', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads the rows after it in their columns (卫生健康支出, line 24; the unlabelled total, line 36)', () => {
    expect(at(24).cells).toEqual(['210', '卫生健康支出', '100.7', '100.7', '', '0.0', '0.0', '0.0', '0.0']);
    expect(at(36).cells).toEqual(['', '', '759.2', '758.6', '', '0.6', '0.0', '', '']);
  });
});
