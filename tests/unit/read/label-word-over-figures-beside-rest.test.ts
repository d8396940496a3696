/**
 * A value word whose start is a row-label word drawn apart from its rest (`src/lib/parse/read/label-word-rest.ts`), on
 * real `pdftotext -layout` output of Chromium-printed generator HTML: 国有资本经营预算财政拨款支出决算表 of
 * synth-410803-kejiju-2017-final-00037 of the kept corpus pdf30 (its lines 262–268). The 项目支出 cell's `支出` stands
 * on the line of 基本支出's `支出`, its `项目` a line below and right of it, over the figures: by position a blank
 * column headed `支出` and the figures under `项目`, a row-label word no figure column takes. The HTML prints 小计
 * blank, 基本支出 and 项目支出 0.00.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const FIXTURE = `部门：焦作市中站区科学技术局                                                单位：万元
                 国有资本经营预算财政拨款支出决算表
   科目编码         本年支出
           行次
类 款 项 科目名称    小计 基本
                 支出 支出
                      项目
        合计 1     0.00 0.00
 注：本表反映部门本年度国有资本经营预算财政拨款支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

describe('a row-label word over the figures beside a blank column headed by its rest', () => {
  const doc = parseDocument({ text: `2017年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_state_capital')!;

  it('is one value word with its rest, 项目支出, over the figures', () => {
    expect(table.columns).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('reads the figures under 基本支出 and 项目支出, none left unread', () => {
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])).toEqual([
      ['本年支出/基本支出', '0'],
      ['本年支出/项目支出', '0'],
    ]);
    expect(doc.problems.filter((p) => p.code === 'unaccounted_number')).toEqual([]);
  });
});
