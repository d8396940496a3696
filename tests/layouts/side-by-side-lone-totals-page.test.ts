/**
 * A 财政拨款收入支出决算总表 on the PDF path whose 总计 row stands on a short last page with nothing to calibrate the
 * spending columns on: its spending half prints the pair (合计 and the one fund with money) and a zero squeezed after it
 * that may be either other fund's. The cells the spaced reader found by position on the first page's columns ran the
 * income figure into the spending label there; they are kept only when they hold the pair where the order reads it.
 * Lines 163–207 cut from a converted text of the generated PDF corpus (焦作市中站区文化广电和旅游局 2018 决算, 表4,
 * pages 9–11); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { positionsHold } from '../../src/lib/parse/layouts/side-by-side/side-by-side.ts';

const parse = (body: string) => parseDocument({ text: body, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

// lines 163–207 of the converted text (three lines of title before them: line 163 is the document's line 4, line L its L − 159)
const TABLE = `部门名称：焦作市中站区文化广电和旅游局                                                    单位：元
2018年度部门决算表                                                    财政拨款收入支出决算总表
            收入                                   支出
                                                                        政府 国有
                                                                        性基 资本
      项目       行次     金额            项目         行次 合计         一般公共预 金预 经营
                                                             算财政拨款 算财 预算
                                                                        政拨 财政
                                                                        款 拨款
一、一般公共预算财政拨款 1      4797577.39 一、一般公共服务支出      33 215755.10 215755.10 0.00
二、政府性基金预算财政拨款 2                二、外交支出          34       0.00            0.00 0.00
三、国有资本经营预算财政拨款 3               三、国防支出          35       0.00       0.00 0.00 0.00
               4               四、公共安全支出        36       0.00       0.00
               5               五、教育支出          37       0.00       0.00 0.00 0.00
               6               六、科学技术支出        38       0.00                 0.00
               7               七、文化旅游体育与传媒支出   39 977837.60 977837.60 0.00
               8               八、社会保障和就业支出     40 870000.00 870000.00 0.00 0.00
               9               九、卫生健康支出        41 2499418.02 2499418.02 0.00
               10              十、节能环保支出        42                       0.00

                                   -10-
              11              十一、城乡社区支出       43
              12              十二、农林水支出        44                           0.00
              13              十三、交通运输支出       45                           0.00 0.00
              14              十四、资源勘探工业信息等支出 46         0.00               0.00
              15              十五、商业服务业等支出     47        0.00      0.00
              16              十六、金融支出         48                  0.00 0.00
              17              十七、援助其他地区支出     49                  0.00      0.00
              18              十八、自然资源海洋气象等支出 50                             0.00
              19              十九、住房保障支出       51   234566.67 234566.67 0.00
              20              二十、粮油物资储备支出     52
              21              二十一、国有资本经营预算支出 53                                 0.00
              22              二十二、灾害防治及应急管理支出 54        0.00                    0.00
              23              二十三、其他支出        55        0.00               0.00 0.00
              24              二十四、债务还本支出      56        0.00        0.00
              25              二十五、债务付息支出      57
              26              二十六、抗疫特别国债安排的支出 58                    0.00
本年收入合计        27   4797577.39 本年支出合计          59   4797577.39 4797577.39
年初财政拨款结转和结余   28              年末财政拨款结转和结余     60                           0.00

                                  -11-
一般公共预算财政拨款     29       0.00            61
政府性基金预算财政拨款    30       0.00            62
国有资本经营预算财政拨款 31         0.00            63
总计             32 4797577.39 总计         64 4797577.39 4797577.39 0.00
`;

describe('a side-by-side 总计 row alone on a short last page', () => {
  it('reads the 总计 pair by order, not the cells found by position that ran the income figure into the spending label (line 207)', () => {
    const d = parse(`2018年度\n焦作市中站区文化广电和旅游局部门决算\n\n${TABLE}`);
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    const cells = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name)?.cells.map((c) => c.value);
    // line 207: `总计   32 4797577.39 总计   64 4797577.39 4797577.39 0.00`
    expect(cells('收入', '总计')).toEqual(['4797577.39']);
    // 合计 and 一般公共预算财政拨款 the pair; the 0.00 may be 政府性基金 or 国有资本经营: not read, reported
    expect(cells('支出', '总计')).toEqual(['4797577.39', '4797577.39', null, null]);
    expect(t.rows.filter((r) => /\d/.test(r.name))).toEqual([]);
    expect(d.problems.some((p) => p.code === 'sides_zero_not_placed' && p.line === 207 - 159)).toBe(true);
    // line 200: `本年收入合计  27  4797577.39 本年支出合计  59  4797577.39 4797577.39`
    expect(cells('支出', '本年支出合计')).toEqual(['4797577.39', '4797577.39', null, null]);
  });
});

describe('positionsHold', () => {
  it('holds when the cells by position keep every figure the order read in its column', () => {
    expect(positionsHold(['总计', '32', '4797577.39', '总计', '64', '4797577.39', '4797577.39', '', '0.00'], ['总计', '32', '4797577.39', '总计', '64', '4797577.39', '4797577.39', '', ''], [2, 5, 6, 7, 8])).toBe(true);
  });

  it('does not hold when the positions ran a figure into a label and moved the pair', () => {
    expect(positionsHold(['总计', '32', '4797577.39总计', '64 4797577.39', '', '4797577.39', '0.00', '', ''], ['总计', '32', '4797577.39', '总计', '64', '4797577.39', '4797577.39', '', ''], [2, 5, 6, 7, 8])).toBe(false);
  });
});
