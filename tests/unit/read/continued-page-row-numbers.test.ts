/**
 * A table read by the order of its figures (its header words scrambled by the conversion) continued on a page that
 * repeats the header and prints a 行次 on every row, no row with every figure: the rows are carried onto the table's
 * columns where they stand, not shifted until their first figures reach the first money column (the 行次 is no
 * figure). The document is generated (src/lib/synth, family `mixed`, seed 1, document 199: 新乡市交通运输局 2016年度
 * 决算, 附表5 over pages 13–15); the values are read by hand from its lines 455–458 (万元 × 10,000 = 元):
 *
 * ```
 *        公路养护      29       1,347.59                                               1,347.59
 *    住房保障支出        30         270.62         270.62        238.15          32.47
 * ```
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';
import { corpusDoc } from '../../../src/lib/synth/corpus.ts';

describe('a continued page with a 行次 on every row and no full row keeps the columns of the page before', () => {
  const { stem, text } = corpusDoc(1, 199, 'mixed');
  const lines = text.split('\n');
  const doc = ingestText({ text, sourceFile: `${stem}.txt`, docId: stem, sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_general_expenditure')!;
  const row = (name: string) => t.rows.find((r) => r.name === name);
  const values = (name: string) => row(name)?.cells.filter((c) => !c.blank).map((c) => [c.column, c.value]);

  it('is the document the values were read from (line 455: 公路养护 29 1,347.59)', () => {
    expect(lines[454]!.trim().split(/\s+/)).toEqual(['公路养护', '29', '1,347.59', '1,347.59']);
  });
  it('reads 公路养护 (line 455: 1,347.59 under 小计 and 项目支出)', () => {
    expect(row('公路养护')?.line).toBe(455);
    expect(values('公路养护')).toEqual([
      ['本年支出/小计', '13475900'],
      ['本年支出/项目支出', '13475900'],
    ]);
  });
  it('reads 住房保障支出 (line 456: 270.62 | 270.62 | 238.15 | 32.47, 项目支出 blank)', () => {
    expect(row('住房保障支出')?.line).toBe(456);
    expect(values('住房保障支出')).toEqual([
      ['本年支出/小计', '2706200'],
      ['本年支出/其中：基本支出/小计', '2706200'],
      ['本年支出/其中：基本支出/人员经费', '2381500'],
      ['本年支出/其中：基本支出/公用经费', '324700'],
    ]);
  });
});
