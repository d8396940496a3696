/**
 * A 支出决算表 whose squeezed header is read to pieces by position (synth-410800-jiaotongju-2015-final-00010.txt of the
 * pdf13 corpus, lines 122–154): the words of eight columns broken over four lines (`本年支` / `出合计`, `人员经` / `费`,
 * `对附属` / `单位补` / `助支出`), the figures one space apart, no row filling the eight columns. Its pieces read as one
 * cover of eight words and each row's figures are placed by how they stand apart and by the totals
 * (`src/lib/parse/read/squeezed-rows.ts`), or where the page's run-starting figures end (`run-starts.ts`); a figure
 * neither decides is left unread and its row reported, never kept under a broken word (read by position before, the 合计 row's 463.38 landed under `本年支/人员经`; then the
 * broken columns were refused whole). Expected values read by hand from the HTML table the PDF was printed from.
 * Fixture line 1 is the fourth line of the text.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { isWordPart } from '../../src/lib/parse/tables/vocabulary.ts';
import { EXPENDITURE_COLUMNS } from '../helpers.ts';

const at = (n: number) => n + 3;
const BODY = `部门名称：焦作市交通运输局                                                       单位：万元
2015年度部门决算表                                                         支出决算表
         项目                 其中：基本支出
                 本年支                        项目支 上缴上 经营支 对附属
       科目名称      出合计 小计 人员经 公用经 出 级支出 出 单位补                 助支出
                                费     费
 一般公共服务支出         85.24 62.24 51.03 11.20 23.00        0.00
  人大事务            85.24 62.24 51.03 11.20 23.00        0.00
    行政运行          62.24 62.24 51.03 11.20 0.00 0.00          0.00
    一般行政管理事务      23.00                0.00 23.00 0.00 0.00
 社会保障和就业支出       315.03 260.86 213.91 46.95 54.17 0.00       0.00
  行政事业单位养老支出     221.91 185.71 152.28 33.43 36.19 0.00
    事业单位离退休       77.08 77.08 63.21 13.87         0.00 0.00 0.00
    机关事业单位职业年金缴费 33.65 33.65 27.59 6.06 0.00 0.00            0.00
    支出
    其他行政事业单位养老支出 111.18 74.99 61.49 13.50 36.19 0.00
  抚恤              93.13 75.15 61.62 13.53 17.98 0.00
    死亡抚恤          93.13 75.15 61.62 13.53 17.98              0.00
 卫生健康支出          112.99 61.23 50.21 11.02 51.76 0.00

                                     第7页 共19页
 行政事业单位医疗       112.99 61.23 50.21 11.02 51.76
  公务员医疗补助        34.77 34.77 28.51 6.26 0.00 0.00 0.00
  其他行政事业单位医疗支出 78.22 26.47 21.70 4.76 51.76                   0.00
交通运输支出           71.65 13.00 10.66 2.34 58.65
 公路水路运输          71.65 13.00 10.66 2.34 58.65 0.00 0.00
  行政运行           13.00 13.00 10.66 2.34 0.00 0.00 0.00        0.00
  公路养护           58.65 0.00 0.00            58.65 0.00 0.00   0.00
住房保障支出           66.05 66.05 54.16 11.89 0.00
 住房改革支出          66.05 66.05 54.16 11.89 0.00          0.00
  住房公积金           6.03 6.03 4.95 1.09 0.00                    0.00
  提租补贴           60.02 60.02 49.21 10.80               0.00
合计              650.96 463.38 379.97 83.41 187.58 0.00 0.00   0.00
`;

describe('a squeezed header read to pieces of words', () => {
  const doc = ingestText({ text: `2015年度\n焦作市交通运输局部门决算\n\n${BODY}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_expenditure')!;

  it('is told from a word the vocabulary lacks whole', () => {
    expect(isWordPart('本年支')).toBe(true);
    expect(isWordPart('助支出')).toBe(true);
    expect(isWordPart('神秘列')).toBe(false);
  });

  it('reads the eight columns of the one cover of its header', () => {
    expect(t.columns).toEqual(EXPENDITURE_COLUMNS);
    expect(doc.problems.filter((p) => p.code === 'header_words_broken')).toEqual([]);
  });

  it('places each row by how its figures stand apart and by the totals (合计, line 33; 公路养护, line 28)', () => {
    const values = (name: string) => t.rows.find((r) => r.name === name)!.cells.map((c) => c.value);
    expect(values('合计')).toEqual(['6509600', '4633800', '3799700', '834100', '1875800', '0', '0', '0']);
    expect(values('公路养护')).toEqual(['586500', '0', '0', null, '586500', '0', '0', '0']);
  });

  it('places the figures the totals alone leave open where the page\'s run-starting figures end (一般行政管理事务, line 10: 23.00 under 项目支出, as its parent 人大事务 prints it beside 行政运行\'s 0.00)', () => {
    const row = t.rows.find((r) => r.line === at(10))!;
    expect(row.name).toBe('一般行政管理事务');
    expect(row.cells.map((c) => c.value)).toEqual(['230000', null, null, '0', '230000', '0', '0', null]);
    expect(doc.problems.filter((p) => p.code === 'spaced_row_ambiguous').map((p) => p.line)).not.toContain(at(10));
  });
});
