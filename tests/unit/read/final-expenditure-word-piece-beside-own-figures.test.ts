import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 支出决算表:
// fixture line n is the document's line n + 137 from line 4 on). The 项目支出 figures (`98,024.14`, characters 48–57 on
// line 17) stand under `项目支出` (line 10, 47–51) and reach under `上缴` (line 9, 52–54), the first line of the narrow
// 上缴上级支出 column, both standing apart on their lines. A word over its own figures beside another word's piece is a
// crowded header: the figures stay 项目支出's, however near the next word stands.

describe('a 支出决算表 whose 项目支出 figures reach under the next narrow column’s word', () => {
  const { table, onLine } = ingestTextFormFixture('final-expenditure-word-piece-beside-own-figures.pdftotext.txt', 'final_expenditure');

  it('reads the columns of the header in order', () => {
    expect(table.columns).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('reads the 教育支出 row’s second figure as 项目支出 (`4      98,024.14                 98,024.14`, line 17)', () => {
    expect(onLine(17)).toEqual({ 本年支出合计: '98024.14', 项目支出: '98024.14' });
  });

  it('reads a row printing 基本支出 and 项目支出 (`1,287,259.97 936,382.51     350,877.46`, line 20)', () => {
    expect(onLine(20)).toEqual({ 本年支出合计: '1287259.97', 基本支出: '936382.51', 项目支出: '350877.46' });
  });
});
