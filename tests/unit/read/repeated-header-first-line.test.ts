/**
 * A table header repeated at the top of each page it runs over, as `pdftotext -layout` writes it from a PDF: its first
 * line (`项目            本年支`, a word broken in its cell) stands at the top of several pages, like a running head,
 * but it is the header of the rows below, and the rows of the last page are read under it. The fixture is cut from a
 * converted text of the generated corpus (department and figures synthetic); values are read by hand (万元 × 10,000 = 元),
 * and fixture line 1 is the fourth line of the text.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';

const at = (n: number) => n + 3;

const FIXTURE = `                表五：一般公共预算财政拨款支出决算表

                             2024年度

部门：太原市生态环境局                                    单位：万元

 项目            本年支
                出
                             其中：                        项目支
                小计          基本支                        出
                             出
 科目名                        小计      人员经      公用经
 称                                    费         费
 栏次            1            2        3          4       5

 一般公共服务支出       19.56        16.00    12.64      3.36    3.56
   人大事务         19.56        16.00    12.64      3.36    3.56
     行政运行       16.00        16.00    12.64      3.36    0.00
     一般行政管理事务   3.56         0.00     0.00       0.00    3.56

                                      第14页 共23页
 项目            本年支
                出
                             其中：                        项目支
                小计          基本支                        出
                             出
 科目名                        小计      人员经      公用经
 称                                    费         费
 栏次            1            2        3          4       5

 住房保障支出         26.36        26.36    20.82      5.54    0.00

                                             第15页 共23页
 项目            本年支
                出
                             其中：                        项目支
                小计          基本支                        出
                             出
 科目名                        小计      人员经      公用经
 称                                    费         费
 栏次            1            2        3          4       5

   住房改革支出       26.36        26.36    20.82      5.54    0.00
     提租补贴       8.14         8.14     6.43       1.71    0.00
     购房补贴       18.22        18.22    14.39      3.83    0.00
 总计             45.92        42.36    33.46      8.90    3.56
`;

describe('the first line of a header repeated at the top of each page is no running head', () => {
  const doc = ingestText({ text: `2024年度\n太原市生态环境局部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_general_expenditure')!;
  const values = (name: string) => t.rows.find((r) => r.name === name)?.cells.map((c) => c.value);

  it('removes no header line as page furniture (lines 7, 22 and 34: 项目 本年支)', () => {
    expect(doc.problems.filter((p) => p.code === 'page_furniture' && p.message.includes('项目'))).toEqual([]);
  });
  it('reads the rows on the third page under its header (line 44: 提租补贴 8.14 | 8.14 | 6.43 | 1.71 | 0.00)', () => {
    expect(values('提租补贴')).toEqual(['81400', '81400', '64300', '17100', '0']);
    expect(t.rows.find((r) => r.name === '提租补贴')?.line).toBe(at(44));
  });
  it('reads the 总计 row last (line 46: 45.92 | 42.36 | 33.46 | 8.90 | 3.56)', () => {
    expect(values('总计')).toEqual(['459200', '423600', '334600', '89000', '35600']);
  });
});
