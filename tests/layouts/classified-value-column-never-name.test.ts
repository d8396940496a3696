/**
 * A column headed by a value word is never a classified table's name column (`findRoles` of
 * `src/lib/parse/layouts/classified/classified.ts`), on `pdftotext -layout` output of the generator's 决算 print:
 * 政府性基金预算财政拨款收入支出决算表 of 郑州市住房和城乡建设局 2019 决算 (synth-410100-zhujianju-2019-final-00082 of the
 * kept corpus pdf32, its lines 339–346). The 功能分类科目编码 column is the only label column the 栏次 numbers leave;
 * `科目名称` stands in no column of its own, so the column after the code is 年初结转和结余. The one line of figures
 * prints no label: 0.00 in each of the six columns, the table's 合计.
 */
import { GOV_FUND_COLUMNS } from '../helpers.ts';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const FIXTURE = `部门：郑州市住房和城乡建设局                      金额单位：元
       表七 政府性基金预算财政拨款收入支出决算表
 项目 年初结               本年支出      年末结
            本年收
功能 科目 转和结 入 小计 基本支 项目支 转和结
分类 名称 余                出    出    余
科目
编码 栏次 1      2    3     4   5    6
        0.00 0.00 0.00 0.00 0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

describe('a classified table whose column after the code is headed by a value word', () => {
  it('reads that column as money, never as the rows\' names', () => {
    const doc = parseDocument({ text: `2019年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
    const table = doc.tables.find((t) => t.kind === 'final_gov_fund')!;
    expect(table.rows.map((r) => r.name)).toEqual(['合计']);
    expect(table.rows[0]!.is_total).toBe(true);
    expect(table.rows[0]!.cells.map((c) => [c.column, c.value])).toEqual(GOV_FUND_COLUMNS.map((c) => [c, '0']));
  });
});
