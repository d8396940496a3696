/**
 * Side-by-side 财政拨款收支总表 on the PDF path whose fund names pdftotext broke over three and four lines, the piece
 * `拨款` standing under 一般公共预算 and the piece `算` beside `金预`: two sets of names spell the header's characters
 * (一般公共预算拨款 + 政府性基金预算, or 一般公共预算 + 政府性基金预算拨款), told apart by how near each column's
 * pieces stand to their middle. Lines cut from a converted text of the generated PDF corpus (焦作市中站区城市管理局
 * 2019 预算, page 7); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const parse = (body: string) => parseDocument({ text: `2019年\n部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const SHARED_PIECE = `部门名称：焦作市中站区城市管理局                                    单位：万元
                   附表4 财政拨款收支总表
         收入                        支出
                                       一般公 政府      国有
      项目       金额         项目    合计 共预算 性基          资本
                                        拨款 金预 算 预算
                                                   经营
一、本年收入         170.60 一、本年支出    170.60 170.60 0.00 0.00
（一）财政拨款（补助）    170.60 一般公共服务     49.43 49.43 0.00 0.00
（二）政府性基金预算拨款     0.00 外交          0.00 0.00 0.00 0.00
（三）国有资本经营预算拨款 0.00 国防             0.00 0.00 0.00 0.00
二、上年结转           0.00 公共安全        0.00 0.00 0.00 0.00
                      教育          0.00 0.00 0.00 0.00
                      科学技术        0.00 0.00 0.00 0.00
                      文化旅游体育与传媒 0.00 0.00 0.00 0.00
                      社会保障和就业    26.92 26.92 0.00 0.00
`;

const table = () => parse(SHARED_PIECE).tables.find((x) => x.kind === 'budget_fiscal_summary')!;

const spending = (name: string) => {
  const row = table().rows.find((r) => r.block === '支出' && r.name === name);
  return row ? Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3), c.raw])) : undefined;
};

describe('side-by-side header whose shared piece two sets of names could take', () => {
  it('puts 拨款 with the pieces it stands among: 一般公共预算拨款, 政府性基金预算 and 国有资本经营预算', () => {
    expect(table().columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算']);
  });

  it('reads every spending row into 合计 and the three funds', () => {
    expect(spending('一般公共服务')).toEqual({ 合计: '49.43', 一般公共预算拨款: '49.43', 政府性基金预算: '0.00', 国有资本经营预算: '0.00' });
    expect(spending('社会保障和就业')).toEqual({ 合计: '26.92', 一般公共预算拨款: '26.92', 政府性基金预算: '0.00', 国有资本经营预算: '0.00' });
  });
});
