/**
 * The 行次 of a table's only row goes to the 行次 column wherever pdftotext drew it (`rowNumberColumn`,
 * `placeWithRowNumber` of `src/lib/parse/read/figure-order.ts`), on real `pdftotext -layout` output of
 * Chromium-printed generator HTML:
 * - 政府性基金预算财政拨款收入支出决算表 of 郑州市文化广电和旅游局 2016 决算 (synth-410100-wenlvju-2016-final-00022 of
 *   the kept corpus pdf14, its lines 334–339): the 合计 label dropped, the row `1    0.0   0.0 …` its 行次 1 and six
 *   0.0, the 1 drawn under `转和结` (of 年初结转和结余), one piece with the first 0.0 by position;
 * - the same table of 开封市科学技术局 2017 决算 (synth-410200-kejiju-2017-final-00036 of pdf15, its lines 280–286): the
 *   row `1 0.0 0.0 0.0 0.0 0.0 0.0`, figures only, wider than its squeezed header and 栏次 row.
 * The HTML prints 合计 | 1 | 0.0 in each of the six columns.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

const DRAWN_UNDER_FIRST_COLUMN = `部门名称：郑州市文化广电和旅游局                                          单位：万元
                 政府性基金预算财政拨款收入支出决算表
    科目编码         年初结 本年收             本年支出          年末结
         科目 行次 转和结 入          小计     基本支 项目支 转和结
 类 款 项 名称         余                   出      出      余
         栏次       1     2      3       4     5      6
               1    0.0   0.0    0.0     0.0   0.0    0.0
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

const FIGURES_ONLY = `部门名称：开封市科学技术局                                 单位：万元
2017年度部门决算表                      政府性基金预算财政拨款收入支出决算表
 项目      年初         本年支出     年末
         结转 本年               结转
 科目 行次 和结 收入 小计 基本 项目 和结
 名称       余          支出 支出 余
 栏次       1 2 3 4 5 6
       1 0.0 0.0 0.0 0.0 0.0 0.0
    注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

const COLUMNS = GOV_FUND_COLUMNS;

function onlyRow(fixture: string) {
  const doc = parseDocument({ text: `2017年度\n部门决算\n\n${fixture}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_gov_fund')!;
  return table.rows;
}

describe('the only row of a table numbered by its 行次', () => {
  it('reads the 1 drawn under the first figure column as its 行次 and the six 0.0 as the six columns', () => {
    const rows = onlyRow(DRAWN_UNDER_FIRST_COLUMN);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('合计');
    expect(rows[0]!.cells.map((c) => [c.column, c.value])).toEqual(COLUMNS.map((c) => [c, '0']));
  });

  it('reads a row of figures only, its first the 行次, in order under a 栏次 row numbering the other six', () => {
    const rows = onlyRow(FIGURES_ONLY);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('合计');
    expect(rows[0]!.cells.map((c) => [c.column, c.value])).toEqual(COLUMNS.map((c) => [c, '0']));
  });
});
