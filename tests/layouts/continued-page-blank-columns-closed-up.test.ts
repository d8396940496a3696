/**
 * A 收入决算表 carried onto a page that prints no header, its rows filling three of the seven value columns (本年收入合计,
 * 财政拨款（补助）收入, 其他收入; the four between blank in every row). pdftotext laid the next page out anew: its
 * figures stand further apart there, but the gap before 其他收入 closed up, the four blank columns printing nothing
 * (`396934.57   395498.66   1435.91`). The page's columns are fitted to its full rows; the blank columns between
 * 财政拨款 and 其他收入 stay between them on this page, so the third figure is read under 其他收入, not under a blank
 * column moved onto it. Trimmed `pdftotext -layout` output of Chromium-printed generator HTML (a 2016 决算 of a
 * 生态环境局); values read by hand from the text (the page before shows 其他收入 far right, 3066.22 of 208 being
 * 1435.91 + 1630.31 of its 款 on the next page).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const TEXT = `                                        收入决算表
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
201 32    组织事务             245768.50 245768.50
201 32 99 其他组织事务支出         245768.50 245768.50
208       社会保障和就业支出        775164.20 772097.98               3066.22

                                           4/21
208 05        行政事业单位养老支出       396934.57   395498.66   1435.91
208 05   02   事业单位离退休          114977.51   113541.60   1435.91
208 99        其他社会保障和就业支出      114893.39   113263.08   1630.31
208 99   99   其他社会保障和就业支出      114893.39   113263.08   1630.31
   注：本表反映部门本年度取得的各项收入情况。
`;

const doc = parseDocument({ text: `2016年度\n部门决算\n\n${TEXT}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const income = doc.tables.find((t) => t.kind === 'final_income')!;
const cells = (code: string) => Object.fromEntries((income.rows.find((r) => r.code === code)?.cells ?? []).filter((c) => c.value !== null).map((c) => [c.column, c.value]));

describe('a continued page whose blank columns pdftotext closed up', () => {
  it('reads 208 on the header\'s page: 775164.20 total, 772097.98 财政拨款（补助）收入, 3066.22 其他收入', () => {
    expect(cells('208')).toEqual({ 本年收入合计: '775164.2', '财政拨款（补助）收入': '772097.98', 其他收入: '3066.22' });
  });
  it('reads 20805 on the next page: 396934.57 total, 395498.66 财政拨款（补助）收入, 1435.91 其他收入', () => {
    expect(cells('20805')).toEqual({ 本年收入合计: '396934.57', '财政拨款（补助）收入': '395498.66', 其他收入: '1435.91' });
  });
  it('reads 2089999 on the next page: 114893.39 total, 113263.08 财政拨款（补助）收入, 1630.31 其他收入', () => {
    expect(cells('2089999')).toEqual({ 本年收入合计: '114893.39', '财政拨款（补助）收入': '113263.08', 其他收入: '1630.31' });
  });
});
