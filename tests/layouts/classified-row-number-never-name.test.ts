/**
 * A 行次 column is never a classified table's name column (`findRoles` of `src/lib/parse/layouts/classified/classified.ts`),
 * on real `pdftotext -layout` output of Chromium-printed generator HTML: 政府性基金预算财政拨款收入支出决算表 of
 * 焦作市中站区科学技术局 2017 决算 (synth-410803-kejiju-2017-final-00037 of the kept corpus pdf14, its lines 316–323).
 * `名称科目` is printed run together, so no header word names a name column; the column after the code is the 行次
 * column. The HTML prints the one row 合计 | 1 | 0.00 in each of the six columns.
 * Beside it, the 部门收入总表 of 郑州市生态环境局 2020 预算 (synth-410100-shengtaiju-2020-budget-00092 of pdf12, its lines
 * 74–85): the column after the code is headed 项目/行次/科目名称 and holds the names, its 行次 right of it.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const FIXTURE = `部门名称：焦作市中站区科学技术局                              单位：万元
             政府性基金预算财政拨款收入支出决算表
    科目编码       年初           本年支出       年末
               结转  本年
            行次 和结 收入                   结转
 类 款 项 名称科目                  基本   项目
                        小计 支出 支出 和结
               余                       余
         合计 1 0.00 0.00 0.00 0.00 0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

describe('a classified table whose header names no name column', () => {
  it('names the row by the label printed in the code column, never with its 行次', () => {
    const doc = parseDocument({ text: `2017年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
    const rows = doc.tables.find((t) => t.kind === 'final_gov_fund')!.rows;
    expect(rows.map((r) => r.name)).toEqual(['合计']);
    expect(rows[0]!.is_total).toBe(true);
    expect(rows[0]!.cells.map((c) => c.value)).toEqual(['0', '0', '0', '0', '0', '0']);
  });
});

const NAMES_UNDER_ROW_NUMBER_WORD = `                           部门收入总表
部门名称：郑州市生态环境局                                               单位：万元
              项目                         一般公
功能分类                     行次 合计 转 共预算上年结
                                         拨款收 入
                                                事业收 其他收
                                                     入
科目编码            科目名称                      入
201     一般公共服务支出            1 53.66       53.66 0.00
20101    人大事务               2 18.00 0.00 18.00 0.00 0.00
2010101   行政运行              3 18.00       18.00 0.00
`;

describe('a classified table whose column after the code is headed 行次 but holds the names', () => {
  it('keeps reading the names there', () => {
    const doc = parseDocument({ text: `2020年度\n部门预算\n\n${NAMES_UNDER_ROW_NUMBER_WORD}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
    const rows = doc.tables.find((t) => t.kind === 'budget_income')!.rows;
    expect(rows.map((r) => [r.code, r.name])).toEqual([
      ['201', '一般公共服务支出'],
      ['20101', '人大事务'],
      ['2010101', '行政运行'],
    ]);
  });
});
