/**
 * A 一般公共预算基本支出表 continued on a page that `pdftotext -layout` drew narrower than the page before (a page-stretch):
 * its rows print their total and one part (人员经费 or 公用经费), and the nearest line printing all three figures, on the
 * page before, stands so that the part falls nearer the 人员经费 column. The 类 rows (301, 302, 303, 310, 399) add up,
 * column by column, to the total row; only one choice of columns for their parts makes that hold, and a 类's parts go
 * with it down its 款; a 款 whose part stands in a column its 类 leaves blank goes to its 类's column. Fixtures are lines
 * cut from converted texts of the generated PDF corpus (synthetic departments and figures); values read by hand
 * (万元 × 10,000, or 元) with the source line they stand on.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';

const ingest = (dept: string, body: string) => ingestText({ text: `2020年\n${dept}部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const values = (t: Table, code: string) => t.rows.find((r) => r.code === code)?.cells.map((c) => c.value);

// synth-410803-jiaotongju-2020-budget-00097.txt lines 250–290 (page 13 from line 278)
const NARROWER_PAGE = `               一般公共预算基本支出表
部门名称：焦作市中站区交通运输局                                   单位：万元
     部门预算支出经济分类科目        本年一般公共预算基本支出
科目编         科目名称        合计 人员经费 公用经费
  码
      总计               13186.91 10945.14 2241.78
301 工资福利支出              6295.54 6295.54
30101 基本工资               302.50 302.50
30103 奖金                 807.85 807.85
30106 伙食补助费                1.78     1.78
30108 机关事业单位基本养老保险缴费    1065.87 1065.87
30109 职业年金缴费            1256.26 1256.26
30110 职工基本医疗保险缴费         496.45 496.45
30111 公务员医疗补助缴费          480.44 480.44
30112 其他社会保障缴费           752.69 752.69
30113 住房公积金             1131.70 1131.70
303 对个人和家庭的补助           4649.59 4649.59
30309 奖励金               1647.73 1647.73
30311 代缴社会保险费           1722.47 1722.47
30399 其他对个人和家庭的补助       1279.39 1279.39
302 商品和服务支出              922.04           922.04
30204 手续费                326.10           326.10
30207 邮电费                300.43           300.43
30217 公务接待费                3.06             3.06
30224 被装购置费              281.65           281.65
30231 公务用车运行维护费           10.80            10.80

                        -13-
     部门预算支出经济分类科目     本年一般公共预算基本支出
科目编        科目名称      合计 人员经费 公用经费
  码
310 资本性支出            1319.73    1319.73
31006 大型修缮            272.84     272.84
31007 信息网络及软件购置更新     351.78     351.78
31008 物资储备            241.80     241.80
31009 土地补偿             80.09      80.09
31010 安置补助             88.14      88.14
31012 拆迁补偿            204.24     204.24
31019 其他交通工具购置         80.85      80.85
   注：本表反映部门年度一般公共预算基本支出情况。本表金额转换为万元时，因四舍五入可
能存在尾差。
`;

// synth-410811-fagaiwei-2019-budget-00084.txt lines 246–284 (page 12 from line 280, no header repeated)
const NARROWER_TAIL = `2019年部门预算表                                  一般公共预算基本支出表
部门名称：焦作市山阳区发展和改革委员会                                 金额单位：元
      部门预算支出经济分类科目         本年一般公共预算基本支出
 科目编         科目名称       合计        人员经费 公用经费
   码
       总计             6732927.07 6261622.12 471304.95
 301 工资福利支出           2792421.03 2792421.03
 30102 津贴补贴            279335.83 279335.83
 30108 机关事业单位基本养老保险缴费 917683.90 917683.90
 30111 公务员医疗补助缴费       194972.66 194972.66
 30112 其他社会保障缴费        632723.79 632723.79
 30113 住房公积金           363699.00 363699.00
 30199 其他工资福利支出        404005.85 404005.85
 303 对个人和家庭的补助        3469201.09 3469201.09
 30304 抚恤金             814573.29 814573.29
 30305 生活补助            665531.69 665531.69
 30306 救济费             874564.88 874564.88
 30307 医疗费补助           886750.67 886750.67
 30310 个人农业生产补贴        144354.76 144354.76
 30399 其他对个人和家庭的补助      83425.80 83425.80
 302 商品和服务支出           328919.87             328919.87
 30203 咨询费               6373.00               6373.00
 30208 取暖费              53834.65              53834.65
 30212 因公出国（境）费用         8163.21               8163.21
 30217 公务接待费            13419.92              13419.92
 30218 专用材料费            70940.98              70940.98
 30229 福利费              66748.25              66748.25
 30231 公务用车运行维护费        54263.54              54263.54
 30239 其他交通费用           55176.32              55176.32
 310 资本性支出             109010.96             109010.96
 31002 办公设备购置           73037.35              73037.35
 31003 专用设备购置           29181.39              29181.39

                           12/16
31009 土地补偿             6792.22    6792.22
399 其他支出              33374.12   33374.12
39907 国家赔偿费用支出        33374.12   33374.12
   注：本表反映部门年度一般公共预算基本支出情况。

`;

describe('a 基本支出 page drawn narrower than the page whose full line placed its rows', () => {
  const t = ingest('焦作市中站区交通运输局', NARROWER_PAGE).tables.find((x) => x.kind === 'budget_general_basic')!;
  it('puts 310 资本性支出 1319.73 under 公用经费, as the 类 rows add up to the total (line 281; 总计 line 255)', () => {
    expect(values(t, '310')).toEqual(['13197300', null, '13197300']);
  });
  it('puts its 款 with it (line 282: 31006 大型修缮 272.84 | | 272.84; line 288: 31019 80.85)', () => {
    expect(values(t, '31006')).toEqual(['2728400', null, '2728400']);
    expect(values(t, '31019')).toEqual(['808500', null, '808500']);
  });
  it('keeps 302 商品和服务支出 under 公用经费 and 303 under 人员经费 (lines 270, 266)', () => {
    expect(values(t, '302')).toEqual(['9220400', null, '9220400']);
    expect(values(t, '303')).toEqual(['46495900', '46495900', null]);
  });
});

describe('a 基本支出 table whose last page prints no header and is drawn narrower', () => {
  const t = ingest('焦作市山阳区发展和改革委员会', NARROWER_TAIL).tables.find((x) => x.kind === 'budget_general_basic')!;
  it('puts 399 其他支出 and 39907 国家赔偿费用支出 33374.12 under 公用经费 (lines 281–282)', () => {
    expect(values(t, '399')).toEqual(['33374.12', null, '33374.12']);
    expect(values(t, '39907')).toEqual(['33374.12', null, '33374.12']);
  });
  it('puts 31009 土地补偿 6792.22 under 公用经费, where its 类 310 stands (line 280; 310 on line 275)', () => {
    expect(values(t, '31009')).toEqual(['6792.22', null, '6792.22']);
  });
});
