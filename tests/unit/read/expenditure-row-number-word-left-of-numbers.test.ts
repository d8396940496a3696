/**
 * A squeezed 支出决算表 whose 行次 word pdftotext drew left of the row numbers, over the end of the names
 * (`figure-order.ts`): tests/fixtures/text-forms/expenditure-row-number-word-left-of-numbers.pdftotext.txt is 附件1-3
 * 支出决算表 of synth-410803-nongyeju-2016-final-00027 (seed 107, its lines 138–158). By position `行次` (columns 19–21)
 * heads the names (10–18); read by order, the rows' numbers (22) get a column of their own and take the 行次 word too.
 * One word heads one column: the names' column keeps no 行次, so 科目名称 is put over the names again
 * (`label-heads.ts`). Before, every row was published with its code and no name. Expected cells read by hand from
 * the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 whose 行次 word stands left of the row numbers, over the names', () => {
  const { table, onLine } = ingestTextFormFixture('expenditure-row-number-word-left-of-numbers.pdftotext.txt', 'final_expenditure');

  it('reads each row with its code and its name (一般公共服务支出, line 9; 行政运行, line 11)', () => {
    const rows = table.rows.filter((r) => !r.is_total);
    expect(rows.slice(0, 4).map((r) => [r.code, r.name])).toEqual([
      ['201', '一般公共服务支出'],
      ['20132', '组织事务'],
      ['2013201', '行政运行'],
      ['2013299', '其他组织事务支出'],
    ]);
  });

  it('reads 行政运行 (line 11) as 53.08 万元 under 本年支出合计 and 基本支出, 0.00 under 项目支出', () => {
    expect(onLine(11)).toMatchObject({ 本年支出合计: '530800', 基本支出: '530800', 项目支出: '0' });
  });
});
