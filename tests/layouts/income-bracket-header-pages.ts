/**
 * Shared by the 收入决算表 PDF-path tests that quote one real page: trimmed `pdftotext -layout` output of
 * Chromium-printed generator HTML (a 2016 决算 of a 生态环境局). Its header wraps 财政拨款（补助）收入 over three lines
 * broken before the opening bracket (`财政拨款` / `（补助）收` / `入`); the rows fill three of the seven value columns
 * (本年收入合计, 财政拨款（补助）收入, 其他收入; the four between blank in every row). The table goes on to a page that
 * prints no header, where pdftotext closed up the gap before 其他收入.
 */
import { parseDocument } from '../../src/lib/parse-document.ts';

/** The page that prints the header, down to the 208 row (no page number). */
export const HEADER_PAGE = `                                        收入决算表
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
`;

/** The header page's number and the next page, which prints no header and whose blank columns closed up. */
export const NEXT_PAGE = `
                                           4/21
208 05        行政事业单位养老支出       396934.57   395498.66   1435.91
208 05   02   事业单位离退休          114977.51   113541.60   1435.91
208 99        其他社会保障和就业支出      114893.39   113263.08   1630.31
208 99   99   其他社会保障和就业支出      114893.39   113263.08   1630.31
`;

/** The table's note, which ends it. */
export const NOTE = `   注：本表反映部门本年度取得的各项收入情况。
`;

/** `body` parsed as a 2016 部门决算; its 收入决算表. */
export function finalIncome(body: string) {
  const doc = parseDocument({ text: `2016年度\n部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  return doc.tables.find((t) => t.kind === 'final_income')!;
}
