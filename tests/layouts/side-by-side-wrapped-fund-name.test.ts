/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose 一般公共预算财政拨款 pdftotext wrapped over four lines
 * (`一般公` / `共预算` / `财政拨` / `款`) so that the header read by position holds it in two lines of one column,
 * `一般公共预算` over `财政拨款`: one word wrapped, not a group over a part. Lines cut from a converted text of the
 * generated PDF corpus (阳泉市农业农村局 2019 决算, page 5); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const parse = (body: string) => parseDocument({ text: `2019年度\n部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const WRAPPED_FUND = `部门：阳泉市农业农村局                                                                            单位：万元
2019年度部门决算表                                                                     财政拨款收入支出决算总表
          收入                                 支出
                                                一般公 政府性 国有资
    项目         行次 金额             项目     行次 合计 共预算    基金预 本经营
                                                财政拨 算财政 预算财
                                                 款    拨款 政拨款
一、一般公共预算财政 1      114.51 一、一般公共服务支出     33  5.81 5.81 0.00 0.00
拨款
二、政府性基金预算财 2       0.00 二、外交支出          34         0.00    0.00   0.00   0.00
政拨款
三、国有资本经营预算 3       0.00 三、国防支出          35         0.00    0.00   0.00   0.00
财政拨款
           4           四、公共安全支出         36         0.00    0.00   0.00   0.00
           5           五、教育支出           37         0.00    0.00   0.00   0.00
           6           六、科学技术支出         38         0.00    0.00   0.00   0.00
           7           七、文化旅游体育与传媒支出    39         0.00    0.00   0.00   0.00
           8           八、社会保障和就业支出      40        54.08   54.08   0.00   0.00
           9           九、卫生健康支出         41        18.27   18.27   0.00   0.00
           10          十、节能环保支出         42         0.00    0.00   0.00   0.00
           11          十一、城乡社区支出        43         0.00    0.00   0.00   0.00
           12          十二、农林水支出         44        22.65   22.65   0.00   0.00
           13          十三、交通运输支出        45         0.00    0.00   0.00   0.00
           14          十四、资源勘探工业信息等支出   46         0.00    0.00   0.00   0.00
           15          十五、商业服务业等支出      47         0.00    0.00   0.00   0.00
           16          十六、金融支出          48         0.00    0.00   0.00   0.00
           17          十七、援助其他地区支出      49         0.00    0.00   0.00   0.00
           18          十八、自然资源海洋气象等支出   50         0.00    0.00   0.00   0.00

                                         第6页 共14页
           19        十九、住房保障支出       51  13.70 13.70 0.00 0.00
           20        二十、粮油物资储备支出     52   0.00 0.00 0.00 0.00
           21        二十一、国有资本经营预算支出 53    0.00 0.00 0.00 0.00
           22        二十二、灾害防治及应急管理支出 54   0.00 0.00 0.00 0.00
           23        二十三、其他支出        55   0.00 0.00 0.00 0.00
           24        二十四、债务还本支出      56   0.00 0.00 0.00 0.00
           25        二十五、债务付息支出      57   0.00 0.00 0.00 0.00
           26        二十六、抗疫特别国债安排的支出 58   0.00 0.00 0.00 0.00
本年收入合计     27 114.51 本年支出合计          59 114.51 114.51 0.00 0.00
年初财政拨款结转和结 28   0.00 年末财政拨款结转和结余     60   0.00 0.00 0.00 0.00
`;

describe('side-by-side header with a fund name wrapped over two header lines of its column', () => {
  it('names the spending column by the whole word 一般公共预算财政拨款, not a group 一般公共预算 over 财政拨款', () => {
    const t = parse(WRAPPED_FUND).tables.find((x) => x.kind === 'final_fiscal_summary')!;
    expect(t.columns).toContain('支出/一般公共预算财政拨款');
    expect(t.columns).not.toContain('支出/一般公共预算/财政拨款');
  });

  it('reads 八、社会保障和就业支出 under 一般公共预算财政拨款 (54.08, also its 合计)', () => {
    const t = parse(WRAPPED_FUND).tables.find((x) => x.kind === 'final_fiscal_summary')!;
    const row = t.rows.find((r) => r.block === '支出' && r.name === '八、社会保障和就业支出')!;
    const cells = Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column, c.raw]));
    expect(cells['支出/合计']).toBe('54.08');
    expect(cells['支出/一般公共预算财政拨款']).toBe('54.08');
  });
});
