/**
 * The only row of an empty table placed under its 栏次 row (`src/lib/parse/read/only-row-numbered.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML: 公开07表 政府性基金预算财政拨款收入支出决算表 and
 * 公开08表 国有资本经营预算财政拨款支出决算表 of synth-410200-shengtaiju-2015-final-00006 (kept corpus pdf30, its lines
 * 337–342 and 354–359). Each table 无数据: an unlabelled 合计 row of zeros under a header whose words pdftotext drew
 * crowded left, and a 栏次 row whose numbers stand apart. Read by eye: the 07 table's four zeros stand under 栏次 1, 4,
 * 5 and 6 (年初结转和结余, 基本支出, 项目支出, 年末结转和结余; 本年收入 and 小计 blank), the 08 table's one zero under
 * 栏次 2 (基本支出; 小计 and 项目支出 blank).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const GOV_FUND = `部门名称：开封市生态环境局                           单位：万元
    科目编码    年初结 本年收      本年支出       年末结
         科目 转和结 入 小计 基本支 项目支 转和结
 类 款 项 名称 余               出     出    余
         栏次 1      2  3    4    5    6
              0.00         0.00 0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本表金额
`;

const STATE_CAPITAL = `部门名称：开封市生态环境局                         单位：万元
    科目编码        本年支出
         科目 小计 基本支 项目支
 类 款 项 名称        出     出
         栏次 1     2    3
                  0.00
  注：本表反映部门本年度国有资本经营预算财政拨款支出情况。本表金额转换为万元时，因
`;

function onlyRow(title: string, table: string, kind: string) {
  const doc = parseDocument({ text: `2015年度\n部门决算\n\n          ${title}\n${table}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const rows = doc.tables.find((t) => t.kind === kind)!.rows;
  expect(rows).toHaveLength(1);
  return Object.fromEntries(rows[0]!.cells.map((c) => [c.column, c.value]));
}

describe('the only row of an empty table under a 栏次 row whose numbers stand apart', () => {
  it('puts each zero of the 政府性基金 row under the 栏次 number of its column, the first under 1 though it ends nearer 2', () => {
    expect(onlyRow('政府性基金预算财政拨款收入支出决算表', GOV_FUND, 'final_gov_fund')).toEqual({
      年初结转和结余: '0',
      本年收入: null,
      '本年支出/小计': null,
      '本年支出/基本支出': '0',
      '本年支出/项目支出': '0',
      年末结转和结余: '0',
    });
  });

  it('puts the lone zero of the 国有资本经营 row under 栏次 2, 基本支出, not under the 项目支出 word drawn over it', () => {
    expect(onlyRow('国有资本经营预算财政拨款支出决算表', STATE_CAPITAL, 'final_state_capital')).toEqual({
      '本年支出/小计': null,
      '本年支出/基本支出': '0',
      '本年支出/项目支出': null,
    });
  });
});
