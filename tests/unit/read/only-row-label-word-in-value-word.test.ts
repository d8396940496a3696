/**
 * A label word's text that is the start of a value word over the figures (`header-cover.ts` `coverValuePieces`), on
 * real `pdftotext -layout` output of Chromium-printed generator HTML: 国有资本经营预算财政拨款支出决算表 of 焦作市中站区
 * 农业农村局 2023 决算 (synth-410803-nongyeju-2023-final-00147 of the kept corpus pdf32, its lines 331–336). `项目`
 * over `支出` is 项目支出, not the label columns' 项目: the cover leaves out only the label words it must (`科目名称`,
 * drawn right of where the label columns were found), and reads 小计 | 基本支出 | 项目支出, the two figures under the
 * last two (the generator's HTML prints 基本支出 and 项目支出, 小计 blank).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const FIXTURE = `部门名称：焦作市中站区农业农村局                                  单位：万元
              附表8：国有资本经营预算财政拨款支出决算表
   科目编码       本年支出
类 款 项 科目名称 小计  基本 项目
               支出 支出
               0.00 0.00
 注：本表反映部门本年度国有资本经营预算财政拨款支出情况。
`;

describe('a label word that starts a value word over the figures', () => {
  const doc = parseDocument({ text: `2023年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_state_capital')!;

  it('is read into that value word, 项目支出, and the figures under 基本支出 and 项目支出', () => {
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])).toEqual([
      ['本年支出/基本支出', '0'],
      ['本年支出/项目支出', '0'],
    ]);
  });
});
