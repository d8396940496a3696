/**
 * A 财政拨款收入支出决算总表 whose spending half's 行次 pdftotext ran into the half's first figure: the 行次 cell is
 * narrow and the 合计 figure right-aligned beside it fills its cell to the edge (`十九、住房保障支出       511,781.53
 * 1,781.53      0.00`: 行次 51, then 1,781.53 for 合计). Read by order, the glued word was one figure and 合计 took
 * 511,781.53 (5117815300 元); the lines above and below print 行次 50 and 52 right after their labels, so the word is
 * 行次 51 and 1,781.53 (`side-by-side/glued-row-number.ts`). Real `pdftotext -layout` lines (copied as they are):
 * /work/corp3/pdf57 synth-410400-wenlvju-2015-final-00005, lines 148–201 (line 44 as read here); values
 * read by hand from the printed lines (万元, stored in 元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import type { SourceLine } from '../../src/lib/text/lines.ts';
import { ungluedRowNumbers } from '../../src/lib/parse/layouts/side-by-side/glued-row-number.ts';
import { ingestBody } from '../helpers.ts';

const d = ingestBody('平顶山市文化广电和旅游局\n2015年度部门决算', ` 决算04表
                                       财政拨款收入支出决算总表
                                               2015年度
部门名称：平顶山市文化广电和旅游局                                                                      单位：万元
           收入                                       支出
                                                                           政府 国有
                                                                           性基 资本
         项目    行次   金额            项目           行次        合计 算财政拨款 金预
                                                                  一般公共预
                                                                           算财 预算
                                                                                经营
                                                                           政拨 财政
                                                                           款 拨款
一、一般公共预算财政拨款 1      22,781.00 一、一般公共服务支出       33        8,745.43 8,745.43 0.00 0.00
二、政府性基金预算财政拨款 2          0.00 二、外交支出           34            0.00
三、国有资本经营预算财政拨款 3         0.00 三、国防支出           35            0.00     0.00      0.00
               4              四、公共安全支出         36            0.00          0.00 0.00
               5              五、教育支出           37                     0.00 0.00
               6              六、科学技术支出         38            0.00     0.00 0.00 0.00
               7              七、文化旅游体育与传媒支出    39        2,132.74 2,132.74 0.00 0.00
               8              八、社会保障和就业支出      40        7,760.52 7,760.52 0.00
               9              九、卫生健康支出         41        2,360.78 2,360.78      0.00
               10             十、节能环保支出         42                     0.00
               11             十一、城乡社区支出        43
               12             十二、农林水支出         44           0.00           0.00
               13             十三、交通运输支出        45                          0.00 0.00
               14             十四、资源勘探工业信息等支出   46           0.00      0.00      0.00
               15             十五、商业服务业等支出      47           0.00
               16             十六、金融支出          48           0.00      0.00 0.00
               17             十七、援助其他地区支出      49           0.00      0.00 0.00
           收入                            支出
                                                                政府 国有
                                                                性基 资本
      项目        行次   金额       项目       行次     合计 算财政拨款 金预
                                                       一般公共预
                                                                算财 预算
                                                                     经营
                                                                政拨 财政
                                                                款 拨款
               18           十八、自然资源海洋气象等支出 50              0.00 0.00 0.00
               19           十九、住房保障支出       511,781.53 1,781.53      0.00
               20           二十、粮油物资储备支出     52    0.00          0.00
               21           二十一、国有资本经营预算支出 53     0.00     0.00 0.00 0.00
               22           二十二、灾害防治及应急管理支出 54             0.00 0.00 0.00
               23           二十三、其他支出        55    0.00          0.00
               24           二十四、债务还本支出      56
               25           二十五、债务付息支出      57
               26           二十六、抗疫特别国债安排的支出 58      0.00           0.00
本年收入合计         27 22,781.00 本年支出合计          59 22,781.00 22,781.00
年初财政拨款结转和结余    28      0.00 年末财政拨款结转和结余     60      0.00           0.00 0.00
一般公共预算财政拨款     29                           61
政府性基金预算财政拨款    30                           62
国有资本经营预算财政拨款 31        0.00                 63
总计             32 22,781.00 总计              64 22,781.00 22,781.00      0.00`);
const table = d.tables.find((t) => t.kind === 'final_fiscal_summary')!;
const row = (name: string) => table.rows.find((r) => r.name === name && r.block === '支出');
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;

describe('a spending half whose 行次 runs into its first figure', () => {
  it('reads 行次 51 and 1,781.53 from 511,781.53, the 合计 as printed after the number', () => {
    const r = row('十九、住房保障支出');
    expect(r?.line).toBe(44);
    expect(value(r, '支出/合计')).toBe('17815300');
    expect(value(r, '支出/一般公共预算财政拨款')).toBe('17815300');
    expect(value(r, '支出/国有资本经营预算财政拨款')).toBe('0');
  });
  it('reads the rows around it as printed', () => {
    expect(value(row('十八、自然资源海洋气象等支出'), '支出/一般公共预算财政拨款')).toBe('0');
    expect(value(row('二十、粮油物资储备支出'), '支出/合计')).toBe('0');
    expect(value(row('七、文化旅游体育与传媒支出'), '支出/合计')).toBe('21327400');
    expect(value(row('总计'), '支出/合计')).toBe('227810000');
  });
});

describe('ungluedRowNumbers', () => {
  const line = (raw: string): SourceLine => ({ n: 0, raw, form: 'spaced', cells: [] }) as unknown as SourceLine;
  it('writes the 行次 apart, the figure ending where it ended, only where the lines around it number it so', () => {
    const lines = [line('18   十八、其他支出   50  0.00'), line('19   十九、住房保障支出   511,781.53 1,781.53'), line('20   二十、粮油支出   52  0.00')];
    expect([...ungluedRowNumbers(lines).values()]).toEqual(['19   十九、住房保障支出  51 1,781.53 1,781.53']);
    // (the line below prints 53: 51 is not the number left for it, and 511,781.53 stays one figure)
    const off = [lines[0]!, lines[1]!, line('20   二十、粮油支出   53  0.00')];
    expect(ungluedRowNumbers(off).size).toBe(0);
  });
});
