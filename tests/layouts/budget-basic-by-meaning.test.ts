/**
 * The 一般公共预算基本支出表 (合计 = 人员经费 + 公用经费 under 本年一般公共预算基本支出) as `pdftotext -layout` writes it
 * from a PDF: header words broken over lines (`人员经` / `费`) and read back in another order or without their group
 * word, a 部门 and a 政府 classification side by side, figure cells left blank, a line's figures shifted left by its
 * wide characters, names wrapped above or around their figures. The rows are read by meaning
 * (src/lib/parse/layouts/budget-labelled/basic-rows.ts, basic-columns.ts). Fixtures are lines cut from converted
 * texts of the generated PDF corpus (the departments and figures are synthetic); expected values are read by hand from
 * the fixture (万元 × 10,000, or 元), with the fixture line they stand on (fixture line 1 is the fourth line of the text).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';
import { readBasicLine } from '../../src/lib/parse/layouts/budget-labelled/basic-rows.ts';

const ingest = (dept: string, body: string) => ingestText({ text: `2019年\n${dept}部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
/** The fixture line of a source line (three prefix lines). */
const at = (n: number) => n + 3;
const G = '本年一般公共预算基本支出';
const COLUMNS = [`${G}/合计`, `${G}/人员经费`, `${G}/公用经费`];
const values = (t: Table, code: string | null, name?: string) =>
  t.rows.find((r) => r.code === code && (name === undefined || r.name === name))?.cells.map((c) => c.value);

// synth-140100-nongyeju-2018-budget-00061.txt lines 225–259
const REORDERED = `                     一般公共预算基本支出表
部门：太原市农业农村局                                         单位：万元
   部门预算支出经济分类科目 本年一般公共预算基
                       本支出
科目编       科目名称    合计 人员经      公用
  码                      费 经费
301 工资福利支出        193.2 193.2 0.0
30103 奖金           40.3 40.3 0.0
30112 其他社会保障缴费     60.9 60.9 0.0
30199 其他工资福利支出     92.0 92.0 0.0
303 对个人和家庭的补助     242.1 242.1 0.0
30304 抚恤金          80.4 80.4 0.0
30305 生活补助         35.4 35.4 0.0
30306 救济费           0.6 0.6 0.0
30308 助学金          60.9 60.9 0.0
30399 其他对个人和家庭的补助 64.8 64.8 0.0
302 商品和服务支出        29.1 0.0 29.1
30203 咨询费           0.6 0.0 0.6
30206 电费            2.0 0.0 2.0
30211 差旅费           3.3 0.0 3.3
30212 因公出国（境）费用     1.2 0.0 1.2
30217 公务接待费         3.3 0.0 3.3
30229 福利费           4.4 0.0 4.4
30231 公务用车运行维护费     9.4 0.0 9.4
30240 税金及附加费用       4.9 0.0 4.9
310 资本性支出          18.4 0.0 18.4
31001 房屋建筑物购建       2.0 0.0 2.0
31011 地上附着物和青苗补偿    7.3 0.0 7.3
31019 其他交通工具购置      2.3 0.0 2.3
31022 无形资产购置        1.8 0.0 1.8
31099 其他资本性支出       4.9 0.0 4.9
399 其他支出            0.9 0.0 0.9
39999 其他支出          0.9 0.0 0.9
                  483.7 435.3 48.4
   注：本表反映部门年度一般公共预算基本支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

describe('a header whose broken words the conversion read back in another order (人员经费 before 合计)', () => {
  const doc = ingest('太原市农业农村局', REORDERED);
  const t = doc.tables.find((x) => x.kind === 'budget_general_basic')!;
  it('names the columns 合计, 人员经费, 公用经费 under the group word printed on lines 3–4', () => {
    expect(t.columns).toEqual(COLUMNS);
  });
  it('puts each figure in its printed column (line 17: 302 商品和服务支出 29.1 | 0.0 | 29.1)', () => {
    expect(values(t, '302')).toEqual(['291000', '0', '291000']);
    expect(values(t, '301')).toEqual(['1932000', '1932000', '0']); // line 7: 193.2 193.2 0.0
  });
  it('reads the figures printed without a label as the 合计 row (line 34: 483.7 435.3 48.4)', () => {
    const total = t.rows.find((r) => r.code === null)!;
    expect(total).toMatchObject({ name: '合计', line: at(34), is_total: true });
    expect(total.cells.map((c) => c.value)).toEqual(['4837000', '4353000', '484000']);
  });
  it('says how the total column was found, as an info problem', () => {
    const p = doc.problems.find((x) => x.code === 'basic_by_meaning')!;
    expect(p.severity).toBe('info');
    expect(p.message).toContain('算术');
  });
});

// synth-410800-kejiju-2019-budget-00070.txt lines 214–241
const TWO_CLASSIFICATIONS = `部门：焦作市科学技术局                                                                    单位：元
                           一般公共预算基本支出表
                                                                           公开06表
  部门预算支出经济分类科目        政府预算支出经济分类科目              本年一般公共预算基本支出
科目编     科目名称         科目编    科目名称            合计         人员经费        公用经费
 码                    码
                                          23246338.84 20224314.75 3022024.09
30103 奖金           50101 工资奖金津补贴           3166268.63 3166268.63
30107 绩效工资         50101 工资奖金津补贴           2174774.22 2174774.22
30108 机关事业单位基本养老保险 50102 社会保障缴费            2113258.15 2113258.15
      缴费
30113 住房公积金        50103 住房公积金        405282.38 405282.38
30199 其他工资福利支出     50199 其他工资福利支出    2225434.57 2225434.57
30302 退休费          50905 离退休费        1306311.97 1306311.97
30305 生活补助         50999 其他对个人和家庭的补助 2833358.10 2833358.10
30311 代缴社会保险费      50999 其他对个人和家庭的补助 3126464.11 3126464.11
30399 其他对个人和家庭的补助 50999 其他对个人和家庭的补助 2873162.62 2873162.62
30201 办公费          50201 办公经费          75603.45             75603.45
30204 手续费          50299 其他商品和服务支出    412450.55            412450.55
30208 取暖费          50299 其他商品和服务支出    320379.01            320379.01
30214 租赁费          50299 其他商品和服务支出    520241.62            520241.62
30215 会议费          50202 会议费          513504.71            513504.71
30217 公务接待费        50206 公务接待费         19506.08             19506.08
30218 专用材料费        50299 其他商品和服务支出    486556.91            486556.91
30231 公务用车运行维护费    50208 公务用车运行维护费    108627.20            108627.20
31007 信息网络及软件购置更新 50399 其他资本性支出       565154.56            565154.56
   注：本表反映部门年度一般公共预算基本支出情况。

`;

describe('部门 and 政府 classifications side by side, with blank figure cells', () => {
  const doc = ingest('焦作市科学技术局', TWO_CLASSIFICATIONS);
  const t = doc.tables.find((x) => x.kind === 'budget_general_basic')!;
  it('keeps the 部门 code and name as the row and the 政府 code apart (line 8: 30103 奖金 50101 工资奖金津补贴)', () => {
    const bonus = t.rows.find((r) => r.code === '30103')!;
    expect(bonus.name).toBe('奖金');
    expect(bonus.extra_codes.gov_economic_code).toBe('50101');
    expect(bonus.line).toBe(at(8));
  });
  it('leaves the blank 公用经费 of a personnel row blank (line 8: 3166268.63 3166268.63 and nothing)', () => {
    expect(values(t, '30103')).toEqual(['3166268.63', '3166268.63', null]);
  });
  it('places the figures of a line that wide characters shifted left (line 12: 30113 住房公积金 405282.38 405282.38)', () => {
    expect(values(t, '30113')).toEqual(['405282.38', '405282.38', null]);
    expect(values(t, '30399')).toEqual(['2873162.62', '2873162.62', null]); // line 18
  });
  it('leaves the blank 人员经费 of a 公用经费 row blank (line 19: 30201 办公费 75603.45, blank, 75603.45)', () => {
    expect(values(t, '30201')).toEqual(['75603.45', null, '75603.45']);
    expect(values(t, '31007')).toEqual(['565154.56', null, '565154.56']); // line 27
  });
  it('joins a name wrapped onto the next line (lines 10–11: 机关事业单位基本养老保险 / 缴费)', () => {
    expect(t.rows.find((r) => r.code === '30108')?.name).toBe('机关事业单位基本养老保险缴费');
    expect(values(t, '30108')).toEqual(['2113258.15', '2113258.15', null]);
  });
  it('reads the unlabelled first line as the 合计 (line 7: 23246338.84 20224314.75 3022024.09)', () => {
    expect(values(t, null, '合计')).toEqual(['23246338.84', '20224314.75', '3022024.09']);
  });
});

// synth-410300-nongyeju-2017-budget-00043.txt lines 251–282
const WRAPPED = `部门名称：洛阳市农业农村局                             单位：万元
                表六 一般公共预算基本支出表
 部门预算支出经济分类科 本年一般公共预算基本支出
        目
科目编 科目名称       合计     人员经 公用经
  码                    费     费
301 工资福利支出     218.66 218.66 0.00
30101 基本工资       6.39 6.39 0.00
30103 奖金       109.58 109.58 0.00
30111 公务员医疗补助缴
      费        102.68 102.68 0.00
303 对个人和家庭的补
      助        245.25 245.25 0.00
30301 离休费       51.28 51.28 0.00
30304 抚恤金       20.71 20.71 0.00
30307 医疗费补助     91.81 91.81 0.00
30308 助学金       81.45 81.45 0.00
302 商品和服务支出     48.64 0.00 48.64
30206 电费        15.06 0.00 15.06
30207 邮电费       21.72 0.00 21.72
30217 公务接待费      1.62 0.00 1.62
30228 工会经费      10.25 0.00 10.25
310 资本性支出       42.44 0.00 42.44
31012 拆迁补偿      26.00 0.00 26.00
31019 其他交通工具购置 16.45 0.00 16.45
399 其他支出         3.93 0.00 3.93
      对民间非营利组织
39908 和群众性自治组织 3.93 0.00 3.93
      补贴
      总计       558.93 463.91 95.02
   注：本表反映部门年度一般公共预算基本支出情况。本表金额转换为万元时，因四舍五入可能存在尾
差。
`;

describe('names wrapped below their code, and one centred on its figures line', () => {
  const doc = ingest('洛阳市农业农村局', WRAPPED);
  const t = doc.tables.find((x) => x.kind === 'budget_general_basic')!;
  it('joins a name whose rest stands with the figures on the next line (lines 10–11: 公务员医疗补助缴 / 费 102.68)', () => {
    expect(t.rows.find((r) => r.code === '30111')?.name).toBe('公务员医疗补助缴费');
    expect(values(t, '30111')).toEqual(['1026800', '1026800', '0']);
    expect(t.rows.find((r) => r.code === '303')?.name).toBe('对个人和家庭的补助'); // lines 12–13
  });
  it('reads a name printed above and below its figures line whole (lines 27–29: 对民间非营利组织 / 和群众性自治组织 / 补贴)', () => {
    expect(t.rows.find((r) => r.code === '39908')?.name).toBe('对民间非营利组织和群众性自治组织补贴');
    expect(values(t, '39908')).toEqual(['39300', '0', '39300']);
    expect(t.rows.find((r) => r.code === '399')?.name).toBe('其他支出'); // line 26: the row above keeps its name
  });
  it('reads the 总计 row (line 30: 558.93 463.91 95.02)', () => {
    expect(values(t, null, '总计')).toEqual(['5589300', '4639100', '950200']);
  });
});

describe('one printed line of the table read by meaning', () => {
  it('takes the run of figures that ends the line, and the codes and name before it', () => {
    const b = readBasicLine('30201 办公费          50201 办公经费          75603.45             75603.45')!;
    expect([b.code, b.gov, b.name]).toEqual(['30201', '50201', '办公费']);
    expect(b.figures.map((f) => f.text)).toEqual(['75603.45', '75603.45']);
  });
  it('refuses a line with a number among its words', () => {
    expect(readBasicLine('30201 办公费 1.00 邮电费 2.00')).toBeNull();
  });
});

// synth-410800-shengtaiju-2017-budget-00040.txt (seed 3) lines 220–248, the title line first: a row whose 政府 name fills its cell prints its
// figures alone on the line below its codes and names (lines 14–15, 16–17, 18–19)
const FIGURES_BELOW = `                2017年一般公共预算基本支出预算表
部门：某市生态环境局                                            单位：万元
  部门预算支出经济分类科目      政府预算支出经济分类科目 本年一般公共预算基本支出
科目编       科目名称   科目编       科目名称合计       人员经费 公用经费
  码                码
30101 基本工资       50101 工资奖金津补贴 1,459.64 1,459.64
30103 奖金         50101 工资奖金津补贴 1,971.75 1,971.75
30106 伙食补助费      50101 工资奖金津补贴 1,437.73 1,437.73
30107 绩效工资       50101 工资奖金津补贴 2,631.74 2,631.74
30110 职工基本医疗保险缴费 50102 社会保障缴费    813.35 813.35
30111 公务员医疗补助缴费 50102 社会保障缴费     980.40 980.40
30114 医疗费        50199 其他工资福利支出  153.36 153.36
30302 退休费        50905 离退休费    1,977.23 1,977.23
30303 退职（役）费     50999 其他对个人和家庭的补助
                               2,648.17 2,648.17
30304 抚恤金        50999 其他对个人和家庭的补助
                               2,659.12 2,659.12
30306 救济费        50999 其他对个人和家庭的补助
                                 197.17 197.17
30206 电费         50299 其他商品和服务支出   6.15               6.15
30216 培训费        50203 培训费       351.57             351.57
30217 公务接待费      50206 公务接待费       4.93               4.93
30227 委托业务费      50299 其他商品和服务支出 401.97             401.97
30231 公务用车运行维护费 50208 公务用车运行维护费    5.61               5.61
31006 大型修缮       50399 其他资本性支出   170.87             170.87
31009 土地补偿       50399 其他资本性支出    37.49              37.49
31099 其他资本性支出    50399 其他资本性支出   493.55             493.55
                              18,401.80 16,929.66 1,472.14
 注：本表反映部门年度一般公共预算基本支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。`;

describe('figures alone on the line under a coded row that printed none', () => {
  const t = ingest('某市生态环境局', FIGURES_BELOW).tables.find((x) => x.kind === 'budget_general_basic')!;
  it('gives them to that row: 30303 退职（役）费 2,648.17 | 2,648.17 | blank on line 15, 30306 救济费 197.17 on line 19', () => {
    expect(t.columns).toEqual(COLUMNS);
    expect(values(t, '30303')).toEqual(['26481700', '26481700', null]);
    expect(t.rows.find((r) => r.code === '30303')?.line).toBe(at(15));
    expect(t.rows.find((r) => r.code === '30303')?.extra_codes).toEqual({ gov_economic_code: '50999' });
    expect(values(t, '30304')).toEqual(['26591200', '26591200', null]);
    expect(values(t, '30306')).toEqual(['1971700', '1971700', null]);
    expect(t.rows.find((r) => r.code === '30306')?.line).toBe(at(19));
  });
  it('reads no row 合计 from those lines: the one 合计 is the total on line 28 (18,401.80 | 16,929.66 | 1,472.14)', () => {
    expect(t.rows.filter((r) => r.name === '合计').map((r) => [r.line, ...r.cells.map((c) => c.value)])).toEqual([[at(28), '184018000', '169296600', '14721400']]);
  });
  it('still reads the rows around them (30302 退休费 1,977.23 on line 13, 30206 电费 6.15 | blank | 6.15 on line 20)', () => {
    expect(values(t, '30302')).toEqual(['19772300', '19772300', null]);
    expect(values(t, '30206')).toEqual(['61500', null, '61500']);
  });
});

// synth-410803-chengguanju-2019-budget-00077.txt (corpus pdf17) lines 251–264
const GROUP_WRAPPED = `部门：焦作市中站区城市管理局                                  单位：万元
                  一般公共预算基本支出表
 部门预算支出经济分类科 政府预算支出经济分类科目 本年一般公共预算基本支
        目                                出
科目编 科目名称 科目编             科目名称    合计     人员经 公用经
  码              码                       费 费
总计                               915.30 851.23 64.07
30101 基本工资     50101 工资奖金津补贴      24.52 24.52 0.00
30109 职业年金缴费 50102 社会保障缴费         77.71 77.71
30111 公务员医疗补助缴 50102 社会保障缴费      120.81 120.81 0.00
      费
30114 医疗费      50199 其他工资福利支出    146.72 146.72 0.00
30199 其他工资福利支出 50199 其他工资福利支出    192.98 192.98 0.00
   注：本表反映部门年度一般公共预算基本支出情况。
`;

describe('a group word wrapped in its cell, another cell\'s wrapped rest printed between its pieces', () => {
  const doc = ingest('焦作市中站区城市管理局', GROUP_WRAPPED);
  const t = doc.tables.find((x) => x.kind === 'budget_general_basic')!;
  it('heads the three columns with 本年一般公共预算基本支出, spelt by 本年一般公共预算基本支 and the 出 under it (lines 3–4)', () => {
    expect(t.columns).toEqual(COLUMNS);
  });
  it('reads the rows under it (line 7: 总计 915.30 | 851.23 | 64.07; line 9: 30109 77.71 | 77.71 | blank)', () => {
    expect(t.rows.find((r) => r.name === '总计')?.cells.map((c) => c.value)).toEqual(['9153000', '8512300', '640700']);
    expect(values(t, '30109')).toEqual(['777100', '777100', null]);
  });
});

// synth-410300-chengguanju-2020-budget-00093.txt (corpus pdf21) lines 161–178
const GROUP_REST_WHOLE = `部门名称：洛阳市城市管理局                                     单位：万元
               表6 一般公共预算基本支出表
 部门预算支出经济分类科 政府预算支出经济分类科目 本年一般公共预算
        目                            基本支出
科目编 科目名称 科目编             科目名称    合计   人员 公用
  码              码                    经费 经费
总计                               82.8 69.6 13.2
30102 津贴补贴     50101 工资奖金津补贴      4.9 4.9 0.0
30106 伙食补助费    50101 工资奖金津补贴      2.2 2.2 0.0
30107 绩效工资     50101 工资奖金津补贴      8.7 8.7 0.0
30108 机关事业单位基本 50102 社会保障缴费       8.5 8.5
      养老保险缴费
30111 公务员医疗补助缴 50102 社会保障缴费       6.3 6.3 0.0
      费
30199 其他工资福利支出 50199 其他工资福利支出     6.1 6.1 0.0
30303 退职（役）费 50999 其他对个人和家庭的补助 4.2 4.2
30305 生活补助     50999 其他对个人和家庭的补助 4.3 4.3 0.0
30306 救济费      50999 其他对个人和家庭的补助 6.1 6.1
   注：本表反映部门年度一般公共预算基本支出情况。
`;

describe('a group word wrapped in its cell whose rest is a group word of its own (本年一般公共预算 / 基本支出)', () => {
  const doc = ingest('洛阳市城市管理局', GROUP_REST_WHOLE);
  const t = doc.tables.find((x) => x.kind === 'budget_general_basic')!;
  it('heads the three columns with the whole word 本年一般公共预算基本支出, not its rest 基本支出 (lines 3–4)', () => {
    expect(t.columns).toEqual(COLUMNS);
  });
  it('reads the rows under it (line 7: 总计 82.8 | 69.6 | 13.2; line 11: 30108 8.5 | 8.5 | blank)', () => {
    expect(t.rows.find((r) => r.name === '总计')?.cells.map((c) => c.value)).toEqual(['828000', '696000', '132000']);
    expect(values(t, '30108')).toEqual(['85000', '85000', null]);
  });
});
