/**
 * A squeezed 支出决算表 whose 项 codes pdftotext left alone on their line, the name and figures wrapped onto the line
 * below (synth-410300-nongyeju-2017-final-00043.txt of the pdf56 corpus, lines 110–146, `pdftotext -layout` of the
 * printed PDF): `213 01 01` at the top of a page over `行政运行  1.34 1.34 1.26 0.08`, and `221 02 02` inside the page
 * over `提租补贴  7.00 7.00 6.58 0.42`. A code printed with spaces reads like a number, so each code line was taken for a
 * row of one figure the totals could not place (`spaced_row_ambiguous`), and its name and figures stayed a row without
 * a code. A code alone on its line is no figure of a squeezed row (`squeezedFigures` of
 * `src/lib/parse/read/squeezed-rows.ts`): it stays a code, joined to the name and figures under it. Expected values
 * read by hand from the text below (万元 × 10,000). Fixture line 1 is the fourth line of the text.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

const at = (n: number) => n + 3;
const BODY = `                                            支出决算表
                                             2017年度
部门：洛阳市农业农村局                                                         单位：万元
              项目                   其中：基本支出                     对附
                          本年支                     项目支 上缴 上级 经营 属单
                                                               位补
 功能分类科           科目名称     出合计          人员经
                                 小计 费 经费     公用     出    支出 支出 助支
  目编码                                                           出
201       一般公共服务支出         46.60 29.20 27.45 1.75 17.40
201 01    人大事务              8.00 8.00 7.52 0.48
201 01 01 行政运行              8.00 8.00 7.52 0.48
201 03    政府办公厅（室）及相关机构事务 12.15 5.44 5.11 0.33 6.71
201 03 02 一般行政管理事务          6.71                    6.71
201 03 50 事业运行              5.44 5.44 5.11 0.33
201 11    纪检监察事务           10.69                   10.69
201 11 02 一般行政管理事务         10.69                   10.69
201 32    组织事务             15.76 15.76 14.82 0.95
201 32 01 行政运行             15.76 15.76 14.82 0.95
208       社会保障和就业支出         7.81 5.62 5.28 0.34 2.19
208 99    其他社会保障和就业支出       7.81 5.62 5.28 0.34 2.19
208 99 99 其他社会保障和就业支出       7.81 5.62 5.28 0.34 2.19
210       卫生健康支出           21.04 11.59 10.89 0.70 9.45
210 11    行政事业单位医疗         21.04 11.59 10.89 0.70 9.45
210 11 99 其他行政事业单位医疗支出     21.04 11.59 10.89 0.70 9.45
213       农林水支出             1.34 1.34 1.26 0.08
213 01    农业农村              1.34 1.34 1.26 0.08

                                            第4页 共14页
213 01 01
       行政运行              1.34 1.34 1.26 0.08
221    住房保障支出            7.00 7.00 6.58 0.42
221 02 住房改革支出            7.00 7.00 6.58 0.42
221 02 02
       提租补贴              7.00 7.00 6.58 0.42
       总计               83.79 54.74 51.46 3.28 29.04
   注：本表反映部门本年度各项支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

describe('a squeezed table\'s code alone on its line over its name and figures', () => {
  const doc = ingestText({ text: `2017年度\n洛阳市农业农村局部门决算\n\n${BODY}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_expenditure')!;
  const figures = (code: string) => t.rows.find((r) => r.code === code)!.cells.slice(0, 4).map((c) => c.value);

  it('joins 213 01 01 (line 30) to 行政运行 and its figures (line 31)', () => {
    const r = t.rows.find((x) => x.code === '2130101')!;
    expect(r.name).toBe('行政运行');
    expect(r.line).toBe(at(31));
    expect(figures('2130101')).toEqual(['13400', '13400', '12600', '800']);
  });

  it('joins 221 02 02 (line 34) to 提租补贴 and its figures (line 35)', () => {
    expect(t.rows.find((x) => x.code === '2210202')!.name).toBe('提租补贴');
    expect(figures('2210202')).toEqual(['70000', '70000', '65800', '4200']);
  });

  it('leaves no row without a code but the 总计 and reports neither code line', () => {
    expect(t.rows.filter((r) => r.code === null).map((r) => r.name)).toEqual(['总计']);
    const lines = doc.problems.filter((p) => p.code === 'spaced_row_ambiguous' || p.code === 'spaced_row_split').map((p) => p.line);
    expect(lines).not.toContain(at(30));
    expect(lines).not.toContain(at(34));
  });
});
