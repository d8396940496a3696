/**
 * A 支出决算表 whose header pdftotext squeezed left of the columns it heads (`功能分类科 科目名称 行次 出合计 …`, the
 * label words drawn one space apart left of the codes, names and 行次), continued after a header repeated inside the
 * run (no page break marked), where the names stand two characters right of where they stood on the first page
 * (trimmed from synth-410811-zhujianju-2015-final-00014, pdf61, source lines 121–176). Read from the squeezed header,
 * a label column no header word heads overlaps the name column that `项目` heads; on the continued page, its columns
 * fitted again to the page, that column reached further over the names than the headed one and took every name under
 * no heading. A label column no word heads gives way to the headed one it overlaps: the names stay under their
 * heading. Values read by hand from the lines below (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Row } from '../../src/lib/model/table.ts';

const text = `
部门：焦作市山阳区住房和城乡建设局                                                         单位：万元
                                     附表3 支出决算表
         项目                      其中：基本支出                           对附
                      本年支                         项目支    上缴 经营 属单
功能分类科 科目名称 行次 出合计 小计 人员经 公用经 出 上级                        支出   支出   位补
                                                                   助支
  目编码                                费      费                      出
          合计        1 949.63 699.68 594.73 104.95 249.95 0.00 0.00 0.00
201       一般公共服务支出 2 269.52 175.14 148.86 26.27 94.39 0.00 0.00 0.00
201 01    人大事务      3 23.35 23.35 19.85 3.50 0.00 0.00 0.00 0.00
201 01 01 行政运行      4 23.35 23.35 19.85 3.50 0.00 0.00 0.00 0.00
201 03    政府办公厅（室） 5 91.31 11.67 9.92 1.75 79.64 0.00 0.00 0.00
          及相关机构事务
201 32    组织事务     11 128.65 113.91 96.82 17.09 14.75 0.00 0.00 0.00
201 32 01 行政运行     12 69.91 69.91 59.42 10.49 0.00 0.00 0.00 0.00
201 32 99 其他组织事务支出 13 58.75 44.00 37.40 6.60 14.75 0.00 0.00 0.00
            项目                          其中：基本支出                        对附
                        行次 本年支                         项目支 上缴     经营
                                                             上级 支出 位补
                                                                       属单
功能分类科            科目名称      出合计       小计 费  人员经   公用经    出    支出        助支
 目编码                                              费                    出
208         社会保障和就业支     14 170.70   96.13 81.71 14.42 74.57 0.00 0.00 0.00
            出
208 08      抚恤           15 147.14   90.52 76.94 13.58 56.63 0.00 0.00 0.00
208 08 01   死亡抚恤         16 147.14   90.52 76.94 13.58 56.63 0.00 0.00 0.00
208 99      其他社会保障和就     17 23.56     5.61 4.77 0.84 17.94 0.00 0.00 0.00
            业支出
210         卫生健康支出       19 240.13 210.13 178.61   31.52   30.00 0.00 0.00 0.00
210 11      行政事业单位医疗     20 240.13 210.13 178.61   31.52   30.00 0.00 0.00 0.00
210 11 01   行政单位医疗       21 70.00 70.00 59.50      10.50    0.00 0.00 0.00 0.00
210 11 03   公务员医疗补助      22 57.17 57.17 48.59       8.58    0.00 0.00 0.00 0.00
210 11 99   其他行政事业单位     23 112.96 82.96 70.52     12.44   30.00 0.00 0.00 0.00
            医疗支出
221         住房保障支出       28 60.79 60.79 51.67       9.12    0.00 0.00 0.00 0.00
       项目                    其中：基本支出                      对附
                    本年支                   项目支   上缴 经营 属单
功能分类科 科目名称 行次 出合计 小计 人员经 公用经 出 上级               支出   支出   位补
                                                          助支
  目编码                           费     费                   出
221 02    住房改革支出 29 60.79 60.79 51.67 9.12 0.00 0.00 0.00 0.00
221 02 01 住房公积金  30 60.79 60.79 51.67 9.12 0.00 0.00 0.00 0.00
   注：本表反映部门本年度各项支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;
const d = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a continued page whose names stand under a label column no header word heads', () => {
  const t = d.tables.find((x) => x.kind === 'final_expenditure')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('reads the first page with its names (line 10, 一般公共服务支出)', () => {
    expect(at(10)?.code).toBe('201');
    expect(at(10)?.name).toBe('一般公共服务支出');
    expect(value(at(10), '本年支出合计')).toBe('2695200');
  });
  it('reads line 24 with its name wrapped onto line 25 and its figures', () => {
    expect(at(24)?.code).toBe('208');
    expect(at(24)?.name).toBe('社会保障和就业支出');
    expect(value(at(24), '本年支出合计')).toBe('1707000');
    expect(value(at(24), '其中：基本支出/小计')).toBe('961300');
    expect(value(at(24), '其中：基本支出/人员经费')).toBe('817100');
    expect(value(at(24), '其中：基本支出/公用经费')).toBe('144200');
    expect(value(at(24), '项目支出')).toBe('745700');
  });
  it('reads every name of the continued page', () => {
    expect(at(26)?.name).toBe('抚恤');
    expect(at(27)?.name).toBe('死亡抚恤');
    expect(at(28)?.name).toBe('其他社会保障和就业支出');
    expect(at(30)?.name).toBe('卫生健康支出');
    expect(at(31)?.name).toBe('行政事业单位医疗');
    expect(at(32)?.name).toBe('行政单位医疗');
    expect(at(33)?.name).toBe('公务员医疗补助');
    expect(at(34)?.name).toBe('其他行政事业单位医疗支出');
    expect(at(36)?.name).toBe('住房保障支出');
  });
  it('reads the continued page figures in their columns', () => {
    expect(value(at(26), '项目支出')).toBe('566300');
    expect(value(at(28), '其中：基本支出/公用经费')).toBe('8400');
    expect(value(at(32), '本年支出合计')).toBe('700000');
    expect(value(at(34), '本年支出合计')).toBe('1129600');
    expect(value(at(36), '其中：基本支出/人员经费')).toBe('516700');
  });
  it('reads the page after the next repeated header (line 42, 住房改革支出)', () => {
    expect(at(42)?.code).toBe('22102');
    expect(at(42)?.name).toBe('住房改革支出');
  });
});
