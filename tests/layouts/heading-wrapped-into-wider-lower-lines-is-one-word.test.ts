/**
 * A column heading wrapped over three short lines in its cell, the lower lines wider than the top word (`财政拨款` over
 * `（补助）收` over `入`: a line break never leaves the opening bracket at a line's end, so `（` starts the second
 * line), the last line one continuation character: one heading, 财政拨款（补助）收入, never a group word over the
 * 本年收入合计 column its second line reaches into (`wrappedDown` of `src/lib/parse/read/header-levels.ts`).
 *
 * And its counterpart: a 政府性基金 table whose second header line holds the end of one heading and a word of its own
 * one space apart (`本年收` over `入 小计`, the 小计 of 本年支出): 本年收入 and 本年支出/小计 stay two columns, never one
 * wrapped 本年收入小计.
 *
 * Trimmed `pdftotext -layout` output of Chromium-printed generator HTML; values read by hand from the text. The 收入决算表 is trimmed from a 2016 决算 of a 财政局; the 政府性基金 table is trimmed from a 2017
 决算 of a 财政局, its zeros replaced by figures of the same width.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const INCOME = `                                        收入决算表
            科目编码                      财政拨款      上级       附属
                          本年收入合 （补助）收 补助 事业 经营 单位 其他收入
 类 款 项          科目名称         计          入       收入 收入 收入 上缴
                                                         收入
          总计              2392660.35 2382521.45             10138.90
201       一般公共服务支出         720446.22 717376.77               3069.45
201 01    人大事务              38227.66 36578.38                1649.28
201 01 01 行政运行              38227.66 36578.38                1649.28
201 03    政府办公厅（室）及相关机构事务 331420.17 330000.00                1420.17
201 03 01 行政运行             130000.00 130000.00
201 03 08 信访事务              80000.00 80000.00
   注：本表反映部门本年度取得的各项收入情况。
`;

const GOV_FUND = `              政府性基金预算财政拨款收入支出决算表
部门名称：阳泉市财政局                                 金额单位：元
    科目编码    年初结 本年收      本年支出      年末结
         科目 转和结 入 小计 基本支 项目支 转和结
 类 款 项 名称 余               出    出    余
         栏次 1     2   3    4   5    6
         合计 1.00 3.00          3.00 1.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

const tableOf = (text: string, kind: string) => {
  const doc = parseDocument({ text: `2016年度\n部门决算\n\n${text}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === kind)!;
  const v = (name: string, column: string) => t.rows.find((r) => r.name === name)?.cells.find((c) => c.column === column)?.value ?? null;
  return { t, v };
};

describe('a heading wrapped into wider lower lines in its cell', () => {
  const { t, v } = tableOf(INCOME, 'final_income');
  it('reads 财政拨款（补助）收入 as one column beside 本年收入合计, under no group', () => {
    const columns = new Set(t.rows.flatMap((r) => r.cells.map((c) => c.column)));
    expect(columns.has('本年收入合计')).toBe(true);
    expect([...columns].filter((c) => c.startsWith('财政拨款'))).toEqual(['财政拨款（补助）收入']);
  });
  it('reads each row\'s figures under 本年收入合计, 财政拨款（补助）收入 and 其他收入', () => {
    expect([v('总计', '本年收入合计'), v('总计', '财政拨款（补助）收入'), v('总计', '其他收入')]).toEqual(['2392660.35', '2382521.45', '10138.9']);
    expect([v('政府办公厅（室）及相关机构事务', '本年收入合计'), v('政府办公厅（室）及相关机构事务', '财政拨款（补助）收入'), v('政府办公厅（室）及相关机构事务', '其他收入')]).toEqual(['331420.17', '330000', '1420.17']);
    expect([v('信访事务', '本年收入合计'), v('信访事务', '财政拨款（补助）收入'), v('信访事务', '其他收入')]).toEqual(['80000', '80000', null]);
  });
});

describe('a heading\'s last character beside a word of its own on one line', () => {
  const { t, v } = tableOf(GOV_FUND, 'final_gov_fund');
  it('reads 本年收入 and 本年支出/小计 as two columns, no 本年收入小计', () => {
    const columns = new Set(t.rows.flatMap((r) => r.cells.map((c) => c.column)));
    expect(columns.has('本年收入')).toBe(true);
    expect(columns.has('本年支出/小计')).toBe(true);
    expect([...columns].some((c) => c.includes('本年收入小计'))).toBe(false);
  });
  it('reads the 合计 row\'s four figures under the headings over them, 小计 and 基本支出 blank', () => {
    const heads = ['年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余'];
    expect(heads.map((h) => v('合计', h))).toEqual(['1', '3', null, null, '3', '1']);
  });
});
