/**
 * A 收支总表's last row alone on its page, in real `pdftotext -layout` output (the 收入支出决算总表 of
 * synth-410803-kejiju-2017-final-00037, pdf116, source lines 33–76): after the page break (line 41) the page prints only
 * `30 61`, two 行次 with no figure, and `收入总计 31 845.92 支出总计 62 845.92` (line 43). A stricter
 * label-column rule read that row's 支出 name and 行次 into one cell and threw when respacing it
 * (`only-row-spacing-cell-not-a-figure.test.ts` holds that case). Expected cells read by hand (万元 in the text, 元
 * in the model): 总计 = 本年合计 + 年初结转和结余 on each side (844.18 + 1.74 = 845.92).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 收支总表’s last row alone on its page is read, its 支出 name and 行次 in one cell', () => {
  const { table } = ingestTextFormFixture('summary-total-row-alone-on-page.pdftotext.txt', 'final_summary');
  const cell = (block: string, name: string) => table.rows.find((r) => r.block === block && r.name === name)?.cells.find((c) => c.value !== null)?.value;

  it('reads 收入总计 845.92 and 支出总计 845.92 (line 43)', () => {
    expect([cell('收入', '收入总计'), cell('支出', '支出总计')]).toEqual(['8459200', '8459200']);
  });

  it('reads the rows above the break: 本年收入合计 844.18 and 年初结转和结余 1.74 (lines 37, 39)', () => {
    expect([cell('收入', '本年收入合计'), cell('收入', '年初结转和结余'), cell('支出', '年末结转与结余')]).toEqual(['8441800', '17400', '17400']);
  });
});
