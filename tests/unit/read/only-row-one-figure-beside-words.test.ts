/**
 * An empty table's only row printing one figure under a squeezed header (`only-row.ts`, `besideWords`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML: 国有资本经营预算财政拨款支出决算表 of 太原市工业和信息化局
 * 2015 决算 (synth-140100-gongxinju-2015-final-00001 of the kept corpus pdf25, its lines 381–389). The 0.00 starts
 * right of where 基本支 starts and left of where 项目支 starts: pdftotext draws a crowded header left of where it prints,
 * never right, so the figure is under 基本支出 (the HTML prints it in the 基本支出 cell), not under 项目支出 it overlaps
 * more.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const FIXTURE = `部门：太原市工业和信息化局                       金额单位：元
  决算08表
                国有资本经营预算财政拨款支出决算表
 项目       本年支出
功能
分类 科目 小计 基本支 项目支
科目 名称       出    出
编码
   合计       0.00
  注：本表反映部门本年度国有资本经营预算财政拨款支出情况。
`;

describe('the only row of a squeezed header printing one figure', () => {
  const doc = parseDocument({ text: `2015年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_state_capital')!;

  it('reads the figure under the column whose word starts last at or left of it, 基本支出', () => {
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])).toEqual([['本年支出/基本支出', '0']]);
  });
});
