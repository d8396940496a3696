/**
 * An empty table's only row printed as its 行次 and one figure a single space apart, its label unprinted (`1 0.00`),
 * on real `pdftotext -layout` output of Chromium-printed generator HTML: 国有资本经营预算财政拨款支出决算表 of
 * 太原市文化广电和旅游局 2020 决算 (synth-140100-wenlvju-2020-final-00091 of the kept corpus pdf25, its lines 346–353).
 * The row is a line of amounts (`isDataLine` of `spaced-lines.ts`): the 1 its 行次, the 0.00 under 本年支出/小计.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const FIXTURE = `                         2020年度
部门：太原市文化广电和旅游局                             单位：万元
  决算08表
             国有资本经营预算财政拨款支出决算表
  科目编码                本年支出
类 款 项 科目  行次     小计 基本支    项目支
       名称              出    出
               1 0.00
  注：本表反映部门本年度国有资本经营预算财政拨款支出情况。本表金额转换为万元时，因四舍五入可能
`;

describe('an empty table whose only row prints its 行次 and one figure one space apart', () => {
  const doc = parseDocument({ text: `部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_state_capital')!;

  it('reads the figure under 本年支出 of the unlabelled 合计 row, the 1 as no money', () => {
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])).toEqual([['本年支出/小计', '0']]);
  });
});
