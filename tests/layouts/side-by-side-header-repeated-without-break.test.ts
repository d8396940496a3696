/**
 * A side-by-side 财政拨款收入支出决算总表 as `pdftotext -layout` writes it, whose header is repeated part way down the
 * page text where a page break fell with no page number and no blank line: `收入   支出` right under the row
 * 十四、资源勘探工业信息等支出, then `政府性 国有资`, pieces of the spending half's fund names. Those pieces are the
 * repeated header's, never the rest of the label of the row above. Lines cut from a converted text of a pdf55 corpus
 * document (a 洛阳市生态环境局 2016 决算, rows 六 to 十一 and 二十 to 本年收入合计 left out); values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const parse = (body: string) => parseDocument({ text: `2016年度\n洛阳市生态环境局部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

// Lines 4–36: year 4, department 5, 附件 6, title 7, header 8–12, rows 13–20, header repeated 21–25, rows 26–35.
const SUMMARY = `                                       2016年度
部门：洛阳市生态环境局                                                                      单位：元
  附件1-4
                                财政拨款收入支出决算总表
              收入                                    支出
                                                                    政府性 国有资
      项目       行次 金额              项目      行次 合计          一般公共预算     基金预 本经营
                                                          财政拨款 算财政 预算财
                                                                     拨款 政拨款
一、一般公共预算财政拨款 1 39595673.48 一、一般公共服务支出     33 15459582.72 15459582.72 0.00 0.00
二、政府性基金预算财政拨款 2       0.00 二、外交支出         34        0.00        0.00 0.00 0.00
三、国有资本经营预算财政拨款 3      0.00 三、国防支出         35        0.00        0.00 0.00 0.00
               4           四、公共安全支出       36        0.00        0.00 0.00 0.00
               5           五、教育支出         37        0.00        0.00 0.00 0.00
               12          十二、农林水支出       44        0.00        0.00 0.00 0.00
               13          十三、交通运输支出      45        0.00        0.00 0.00 0.00
               14          十四、资源勘探工业信息等支出 46        0.00        0.00 0.00 0.00
           收入                                         支出
                                                                         政府性 国有资
      项目        行次 金额                 项目       行次 合计          一般公共预算     基金预 本经营
                                                               财政拨款 算财政 预算财
                                                                          拨款 政拨款
                15             十五、商业服务业等支出     47        0.00        0.00 0.00 0.00
                16             十六、金融支出         48        0.00        0.00 0.00 0.00
                17             十七、援助其他地区支出     49        0.00        0.00 0.00 0.00
                18             十八、自然资源海洋气象等支出 50         0.00        0.00 0.00 0.00
                19             十九、住房保障支出       51 4390493.91 4390493.91 0.00 0.00
年初财政拨款结转和结余     28        0.00 年末财政拨款结转和结余     60        0.00        0.00 0.00 0.00
一般公共预算财政拨款      29        0.00                 61
政府性基金预算财政拨款     30        0.00                 62
国有资本经营预算财政拨款    31        0.00                 63
总计              32 39595673.48 总计              64 39595673.48 39595673.48 0.00 0.00
注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。
`;

describe('a side-by-side header repeated after a page break with no blank line', () => {
  const t = parse(SUMMARY).tables.find((x) => x.kind === 'final_fiscal_summary')!;
  const row = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name);
  const value = (block: string, name: string, col: string) => row(block, name)?.cells.find((c) => c.column === col)?.value;

  it('keeps the label of line 20 as printed (十四、资源勘探工业信息等支出), the pieces 政府性 国有资 of line 22 not joined to it', () => {
    expect(row('支出', '十四、资源勘探工业信息等支出')?.line).toBe(20);
    expect(t.rows.some((r) => r.block === '支出' && /政府性|国有资|基金预|算财政/.test(r.name))).toBe(false);
  });

  it('reads the figures of line 20 (0.00 in 合计 and each fund)', () => {
    for (const col of t.columns.filter((c) => c.startsWith('支出'))) expect(value('支出', '十四、资源勘探工业信息等支出', col)).toBe('0');
  });

  it('reads the rows under the repeated header (line 30: 十九、住房保障支出 4390493.91 twice)', () => {
    expect(value('支出', '十九、住房保障支出', '支出/合计')).toBe('4390493.91');
    expect(value('支出', '十九、住房保障支出', '支出/一般公共预算财政拨款')).toBe('4390493.91');
    expect(value('支出', '十九、住房保障支出', '支出/政府性基金预算财政拨款')).toBe('0');
  });
});
