/**
 * The 行次 of a table's only row is never money (`src/lib/parse/read/only-row-number.ts`), on real `pdftotext -layout`
 * output of Chromium-printed generator HTML: 表七 政府性基金预算财政拨款收入支出决算表 of 新乡市科学技术局 2016 决算
 * (synth-410700-kejiju-2016-final-00019 of the kept corpus pdf6, its lines 338–347). The table 无数据: its one row
 * `合计 1 … 0.0 … 0.0 0.0`, the 1 its 行次 (the HTML prints 1 in the 行次 cell and leaves 年初结转和结余 blank). The
 * squeezed header stands `转和结` (of 年初结转和结余) over the 1 and `行次` left of it; the three 0.0 cannot be placed
 * on the six figure columns by the header's pieces.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const FIXTURE = `部门名称：新乡市科学技术局                              单位：万元
          表七 政府性基金预算财政拨款收入支出决算表
  项目                    本年支出
功能         年初结 本年收                   年末结
分类 科目 行次 转和结 入 小计 基本支 项目支 转和结
科目 名称       余            出     出      余
编码
   合计    1       0.0       0.0   0.0
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本表金额转换为万元
时，因四舍五入可能存在尾差。
`;

describe('the only row of a table whose header prints 行次', () => {
  const doc = parseDocument({ text: `2016年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_gov_fund')!;

  it('reads its 行次 1 as the row number, not as 1 万元 under 年初结转和结余', () => {
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value === '10000')).toEqual([]);
    expect(row.cells.find((c) => c.column === '年初结转和结余')?.value ?? null).toBeNull();
  });
});
