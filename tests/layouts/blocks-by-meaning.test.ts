/**
 * The 基本支出决算明细表 printed as three side-by-side blocks of (经济分类科目编码 | 科目名称 | 决算数) as `pdftotext -layout`
 * writes it from a PDF: the header words broken over three lines (`经济分` / `类科` / `目编码`), figure cells left blank,
 * a name wrapped onto the next line, a block ending early, the closing 人员经费合计 … 公用经费合计 row standing apart, a
 * header printed again after a page break with its words broken differently, a figure glued to its name. The rows are
 * read by meaning (src/lib/parse/layouts/blocks/triplet-blocks.ts). Fixtures are lines cut from converted texts of
 * the generated PDF corpus (the departments and figures are synthetic); expected values are read by hand from the
 * fixture (万元 × 10,000), with the fixture line they stand on (fixture line 1 is the fourth line of the text).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';
import { readTriplets } from '../../src/lib/parse/layouts/blocks/triplets.ts';

const ingest = (year: string, dept: string, body: string) =>
  ingestText({ text: `${year}\n${dept}部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
/** The fixture line of a source line (three prefix lines). */
const at = (n: number) => n + 3;
const find = (t: Table, block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name);

// synth-140100-gongxinju-2015-final-00001.txt lines 244–256 and 270–279 (pdftotext -layout of the printed PDF)
const GONGXIN = `部门名称：太原市工业和信息化局                                                       单位：万元
                      表六 一般公共预算财政拨款基本支出决算明细表
经济分                       经济分                    经济分
 类科        科目名称    决算数 类 科         科目名称   决算数 类 科              科目名称    决算数
目编码                       目编码                    目编码
301 工资福利支出          968.2 302 商品和服务支出      147.8 307 债务利息及费用支出
30101 基本工资          152.4 30201 办公费          0.0 30701 国内债务付息
30102 津贴补贴                30202 印刷费          0.0 30702 国外债务付息
30103 奖金            176.7 30203 咨询费          0.0 310 资本性支出              63.3
30106 伙食补助费               30204 手续费              31001 房屋建筑物购建          20.4
30107 绩效工资                30205 水费               31002 办公设备购置            0.0
30108 机关事业单位基本养老保险
      缴费                  30206 电费           0.0 31003 专用设备购置
30306 救济费           0.0 30226 劳务费            399 其他支出                  24.5
30307 医疗费补助         0.0 30227 委托业务费     68.9 39907 国家赔偿费用支出             0.0
30308 助学金          32.5 30228 工会经费           39908 对民间非营利组织和群众性自治组织补贴
30309 奖励金               30229 福利费       63.2 39909 经常性赠与               24.5
30310 个人农业生产补贴          30231 公务用车运行维护费 7.5 39910 资本性赠与                 0.0
30311 代缴社会保险费           30239 其他交通费用         39999 其他支出
30399 其他对个人和家庭的补助       30240 税金及附加费用    0.0
                        30299 其他商品和服务支出 0.0
   人员经费合计       1,073.4                            公用经费合计             235.6
 注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

describe('three 决算数 blocks whose header words pdftotext broke over three lines, with blank figures', () => {
  const doc = ingest('2015年度', '太原市工业和信息化局', GONGXIN);
  const t = doc.tables.find((x) => x.kind === 'final_general_basic')!;
  it('names the three blocks 第1栏–第3栏 with the one figure column 决算数', () => {
    expect(t.columns).toEqual(['决算数']);
    expect(new Set(t.rows.map((r) => r.block))).toEqual(new Set(['第1栏', '第2栏', '第3栏']));
  });
  it('reads each printed figure into the code and name before it (line 9: 奖金 176.7, 咨询费 0.0, 资本性支出 63.3)', () => {
    expect(find(t, '第1栏', '奖金')).toMatchObject({ code: '30103', line: at(9) });
    expect(find(t, '第1栏', '奖金')!.cells[0]!.value).toBe('1767000');
    expect(find(t, '第2栏', '咨询费')!.cells[0]!.value).toBe('0');
    expect(find(t, '第3栏', '资本性支出')).toMatchObject({ code: '310' });
    expect(find(t, '第3栏', '资本性支出')!.cells[0]!.value).toBe('633000');
  });
  it('keeps a blank figure blank, not zero and not the next block\'s (line 10: 手续费 blank, 房屋建筑物购建 20.4)', () => {
    const fee = find(t, '第2栏', '手续费')!;
    expect(fee.code).toBe('30204');
    expect(fee.cells[0]!.value).toBeNull();
    expect(fee.cells[0]!.blank).toBe(true);
    expect(find(t, '第3栏', '房屋建筑物购建')!.cells[0]!.value).toBe('204000');
    expect(find(t, '第1栏', '工资福利支出')!.cells[0]!.value).toBe('9682000'); // line 6: 968.2
    expect(find(t, '第3栏', '债务利息及费用支出')!.cells[0]!.value).toBeNull(); // line 6: blank at the line's end
  });
  it('joins a name wrapped onto the next line (lines 12–13: 机关事业单位基本养老保险 / 缴费) and reads that line\'s other blocks', () => {
    const pension = t.rows.find((r) => r.code === '30108')!;
    expect(pension.name).toBe('机关事业单位基本养老保险缴费');
    expect(pension.block).toBe('第1栏');
    expect(pension.cells[0]!.value).toBeNull();
    expect(find(t, '第2栏', '电费')).toMatchObject({ code: '30206' });
    expect(find(t, '第2栏', '电费')!.cells[0]!.value).toBe('0');
    expect(find(t, '第3栏', '专用设备购置')!.cells[0]!.value).toBeNull();
  });
  it('reads a squeezed figure one space after its name (line 18: 公务用车运行维护费 7.5)', () => {
    expect(find(t, '第2栏', '公务用车运行维护费')!.cells[0]!.value).toBe('75000');
    expect(find(t, '第3栏', '资本性赠与')!.cells[0]!.value).toBe('0');
  });
  it('places the rows of a block that goes on alone by position (line 21: 30299 其他商品和服务支出 0.0 in the second block)', () => {
    expect(find(t, '第2栏', '其他商品和服务支出')).toMatchObject({ code: '30299', line: at(21) });
    expect(find(t, '第2栏', '税金及附加费用')!.cells[0]!.value).toBe('0'); // line 20, two blocks only
  });
  it('reads the closing row into the blocks its labels stand in (line 22: 人员经费合计 1,073.4 | 公用经费合计 235.6)', () => {
    expect(find(t, '第1栏', '人员经费合计')!.cells[0]!.value).toBe('10734000');
    expect(find(t, '第3栏', '公用经费合计')!.cells[0]!.value).toBe('2356000');
    expect(find(t, '第3栏', '公用经费合计')!.is_total).toBe(true);
  });
  it('reads every coded group of the fixture once (42 codes printed: three on lines 6–11 and 14–19, 1 + 2 on lines 12–13, 2 on line 20, 1 on line 21)', () => {
    const codes = t.rows.flatMap((r) => (r.code === null ? [] : [r.code]));
    expect(codes).toHaveLength(42);
    expect(new Set(codes).size).toBe(42);
    expect(t.rows.filter((r) => r.code === null).map((r) => r.name)).toEqual(['人员经费合计', '公用经费合计']);
  });
  it('says how the blocks were read, as an info problem on the first row', () => {
    expect(doc.problems.some((p) => p.code === 'blocks_by_meaning' && p.severity === 'info' && p.line === at(6))).toBe(true);
  });
});

// synth-410800-caizhengju-2016-final-00020.txt lines 312–320, 332–338 and 348–352
const CAIZHENG = `                             一般公共预算财政拨款基本支出决算明细表
                                         2016年度
部门名称：焦作市财政局                                                              单位：万元
经济分                决算   经济分             决算   经济分                  决算
 类科        科目名称     数    类科      科目名称    数    类科           科目名称    数
目编码                     目编码                  目编码
301 工资福利支出         64.0 302 商品和服务支出      5.1 307 债务利息及费用支出         0.0
30101 基本工资          0.0 30201 办公费        0.0 30701 国内债务付息          0.0
30102 津贴补贴          0.0 30202 印刷费        0.0 30702 国外债务付息          0.0

                                        第13页 共18页
经济分             决算 经济分               决算   经济分                      决算
 类科        科目名称  数 目编码类 科     科目名称    数 目编码类 科          科目名称        数
目编码
30199 其他工资福利支出  23.6 30214 租赁费        0.0 31011 地上附着物和青苗补偿          0.0
303 对个人和家庭的补助   19.2 30215 会议费        0.0 31012 拆迁补偿                0.0
30310 个人农业生产补贴   0.0 30231 公务用车运行维护费 0.0 39910 资本性赠与                0.0
30311 代缴社会保险费    0.0 30239 其他交通费用     0.0 39999 其他支出                0.0
30399 其他对个人和家庭的补助0.0 30240 税金及附加费用    0.0
                     30299 其他商品和服务支出 0.1
   人员经费合计       83.2                            公用经费合计              5.3
`;

describe('a header printed again after a page break with its words broken differently, and a figure glued to its name', () => {
  const doc = ingest('2016年度', '焦作市财政局', CAIZHENG);
  const t = doc.tables.find((x) => x.kind === 'final_general_basic')!;
  it('skips the repeated header (lines 12–14) with an info problem, never as the rest of the name above it', () => {
    expect(find(t, '第1栏', '津贴补贴')).toMatchObject({ code: '30102' });
    expect(find(t, '第3栏', '国外债务付息')).toMatchObject({ code: '30702' });
    expect(doc.problems.filter((p) => p.code === 'header_repeated').map((p) => p.line)).toEqual(expect.arrayContaining([at(12), at(13)]));
    expect(t.rows.filter((r) => /经济分|目编码|科目名称/.test(r.name))).toEqual([]);
  });
  it('reads the rows after the page break into their blocks (line 15: 其他工资福利支出 23.6, 地上附着物和青苗补偿 0.0)', () => {
    expect(find(t, '第1栏', '其他工资福利支出')!.cells[0]!.value).toBe('236000');
    expect(find(t, '第3栏', '地上附着物和青苗补偿')).toMatchObject({ code: '31011', line: at(15) });
  });
  it('splits a figure glued to its name (line 19: 其他对个人和家庭的补助0.0)', () => {
    const other = find(t, '第1栏', '其他对个人和家庭的补助')!;
    expect(other.code).toBe('30399');
    expect(other.cells[0]!.value).toBe('0');
    expect(find(t, '第2栏', '其他商品和服务支出')!.cells[0]!.value).toBe('1000'); // line 20: 0.1
  });
});

// pdftotext-drift family (src/lib/synth), synth-410803-shangwuju-2022-final-00137.txt lines 299–311: the header words
// 决算数 and 经济分类 of two blocks read back glued into one label
const GLUED_HEADER = `部门：焦作市中站区商务局                                              单位：万元

                         一般公共预算财政拨款基本支出决算明细表

   经济分类 科目名称          决算数      经济分类 科目名称   决算数    经济分类 科目名称               决算数
   科目编码                           科目编码                   科目编码

   301   工资福利支出           10,810.58 302   商品和服务支出   403.74   307    债务利息及费用支出            0.00
   30101 基本工资             0.00      30201 办公费       290.04   30701  国内债务付息               0.00
   30102 津贴补贴             0.00      30202 印刷费       0.00     30702  国外债务付息               0.00
   30103 奖金               463.92    30203 咨询费       0.00     310    资本性支出                762.19
   30106 伙食补助费            3,932.67  30204 手续费       0.00     31001  房屋建筑物购建              0.00
   30107 绩效工资             0.00      30205 水费        0.00     31002  办公设备购置               407.30
`;

describe('a header whose figure word the conversion glued to the next block\'s words', () => {
  const doc = ingest('2022年度', '焦作市中站区商务局', GLUED_HEADER);
  const t = doc.tables.find((x) => x.kind === 'final_general_basic')!;
  it('still finds one 决算数 per block and reads the rows by meaning (line 8: 10,810.58 | 403.74 | 0.00)', () => {
    expect(t.columns).toEqual(['决算数']);
    expect(find(t, '第1栏', '工资福利支出')!.cells[0]!.value).toBe('108105800');
    expect(find(t, '第2栏', '商品和服务支出')!.cells[0]!.value).toBe('4037400');
    expect(find(t, '第3栏', '债务利息及费用支出')!.cells[0]!.value).toBe('0');
    expect(find(t, '第3栏', '办公设备购置')!.cells[0]!.value).toBe('4073000'); // line 13: 407.30
  });
});

describe('one printed line read as (code, name, figure) groups', () => {
  it('gives a figure to the group before it and leaves a group without one blank', () => {
    const { groups, stray } = readTriplets('30102 津贴补贴                30202 印刷费          0.0 30702 国外债务付息');
    expect(groups.map((g) => [g.code, g.name, g.figure])).toEqual([
      ['30102', '津贴补贴', null],
      ['30202', '印刷费', '0.0'],
      ['30702', '国外债务付息', null],
    ]);
    expect(stray).toEqual([]);
  });
  it('tells a code from a whole-number figure by the name after it', () => {
    const { groups } = readTriplets('301 工资福利支出 968 302 商品和服务支出 147');
    expect(groups.map((g) => [g.code, g.figure])).toEqual([
      ['301', '968'],
      ['302', '147'],
    ]);
  });
  it('splits a code glued to its name and a figure glued to the name', () => {
    const { groups } = readTriplets('30201办公费 0.00 30399 其他对个人和家庭的补助1,113.72');
    expect(groups.map((g) => [g.code, g.name, g.figure])).toEqual([
      ['30201', '办公费', '0.00'],
      ['30399', '其他对个人和家庭的补助', '1,113.72'],
    ]);
  });
  it('gives a total its whole-number figure even where the next total follows it, but lets another name go without one', () => {
    const totals = readTriplets('           人员经费合计           416                                              公用经费合计                 111');
    expect(totals.groups.map((g) => [g.code, g.name, g.figure])).toEqual([
      [null, '人员经费合计', '416'],
      [null, '公用经费合计', '111'],
    ]);
    const wrapped = readTriplets('      缴费                  30206 电费           0.0 31003 专用设备购置');
    expect(wrapped.groups.map((g) => [g.code, g.name, g.figure])).toEqual([
      [null, '缴费', null],
      ['30206', '电费', '0.0'],
      ['31003', '专用设备购置', null],
    ]);
  });
  it('joins a code printed in its 类 and 款 parts', () => {
    const { groups } = readTriplets('301 01 基本工资 152.4 302 01 办公费 0.0');
    expect(groups.map((g) => [g.code, g.name, g.figure])).toEqual([
      ['30101', '基本工资', '152.4'],
      ['30201', '办公费', '0.0'],
    ]);
  });
  it('reports a figure with no name before it as stray', () => {
    const { groups, stray } = readTriplets('30101 基本工资 152.4 0.0');
    expect(groups).toHaveLength(1);
    expect(stray.map((p) => p.text)).toEqual(['0.0']);
  });
});

// synth-140300-jiaotongju-2016-final-00028.txt (pdf6) lines 321, 323–333: the middle block's 决算数 broken over two
// lines (`决算` over `数`), which the header's levels spread over that block's code and name columns too
const JIAOTONG = `                          一般公共预算财政拨款基本支出决算明细表
部门：阳泉市交通运输局                                                                单位：万元
经济分                      经济分             决算   经济分
 类科        科目名称   决算数 类 科         科目名称   数     类科           科目名称   决算数
目编码                      目编码                  目编码
301 工资福利支出         27.66 302 商品和服务支出     8.93 307 债务利息及费用支出         0.00
30101 基本工资          0.00 30201 办公费       0.00 30701 国内债务付息          0.00
30102 津贴补贴          0.00 30202 印刷费       0.00 30702 国外债务付息          0.00
30103 奖金            0.00 30203 咨询费       0.00 310 资本性支出             8.31
30106 伙食补助费         0.00 30204 手续费       0.00 31001 房屋建筑物购建         0.00
30107 绩效工资          0.00 30205 水费        0.00 31002 办公设备购置          0.00
30108 机关事业单位基本养老保险 0.00 30206 电费         0.00 31003 专用设备购置          0.00
`;

describe('three blocks whose middle figure word pdftotext broke over two lines (决算 over 数)', () => {
  const doc = ingest('2016年度', '阳泉市交通运输局', JIAOTONG);
  const t = doc.tables.find((x) => x.kind === 'final_general_basic')!;
  it('reads one figure column 决算数 in three blocks, not 决算 over the code and name words', () => {
    expect(t.columns).toEqual(['决算数']);
    expect(new Set(t.rows.map((r) => r.block))).toEqual(new Set(['第1栏', '第2栏', '第3栏']));
  });
  it('reads each block\'s figure after its code and name (line 6: 工资福利支出 27.66, 商品和服务支出 8.93, 债务利息及费用支出 0.00; line 9: 资本性支出 8.31)', () => {
    expect(find(t, '第1栏', '工资福利支出')).toMatchObject({ code: '301', line: at(6) });
    expect(find(t, '第1栏', '工资福利支出')!.cells[0]!.value).toBe('276600');
    expect(find(t, '第2栏', '商品和服务支出')).toMatchObject({ code: '302', line: at(6) });
    expect(find(t, '第2栏', '商品和服务支出')!.cells[0]!.value).toBe('89300');
    expect(find(t, '第3栏', '债务利息及费用支出')!.cells[0]!.value).toBe('0');
    expect(find(t, '第3栏', '资本性支出')).toMatchObject({ code: '310', line: at(9) });
    expect(find(t, '第3栏', '资本性支出')!.cells[0]!.value).toBe('83100');
  });
});

// synth-140300-caizhengju-2017-final-00038.txt (pdf7) lines 264, 266–275: every block's 决算数 broken over two lines
// (`决算` over `数`), which the header's levels read as `决算经济分` over words of the next block
const CAIZHENG_BROKEN = `                                  表六 一般公共预算财政拨款基本支出决算明细表
部门名称：阳泉市财政局                                                             单位：万元
经济分                决算 经济分               决算 经济分                    决算
 类科        科目名称    数 目编码 类 科     科目名称   数 目编码 类科           科目名称   数
目编码
301 工资福利支出         27.9 302 商品和服务支出     12.6 307 债务利息及费用支出
30101 基本工资              30201 办公费            30701 国内债务付息
30102 津贴补贴              30202 印刷费            30702 国外债务付息
30103 奖金                30203 咨询费            310 资本性支出            6.0
30106 伙食补助费             30204 手续费            31001 房屋建筑物购建        2.6
30107 绩效工资              30205 水费             31002 办公设备购置
`;

describe('three blocks whose figure words the labels by position do not name one per block (决算 over 数 in each)', () => {
  const doc = ingest('2017年度', '阳泉市财政局', CAIZHENG_BROKEN);
  const t = doc.tables.find((x) => x.kind === 'final_general_basic')!;
  it('counts the figure words as printed on the header lines and names the one figure column 决算数', () => {
    expect(t.columns).toEqual(['决算数']);
    expect(new Set(t.rows.map((r) => r.block))).toEqual(new Set(['第1栏', '第2栏', '第3栏']));
  });
  it('reads each block\'s figure after its code and name, a blank one blank (line 6: 27.9, 12.6, blank; line 9: 资本性支出 6.0)', () => {
    expect(find(t, '第1栏', '工资福利支出')).toMatchObject({ code: '301', line: at(6) });
    expect(find(t, '第1栏', '工资福利支出')!.cells[0]!.value).toBe('279000');
    expect(find(t, '第2栏', '商品和服务支出')!.cells[0]!.value).toBe('126000');
    expect(find(t, '第3栏', '债务利息及费用支出')!.cells[0]!.value).toBeNull();
    expect(find(t, '第3栏', '资本性支出')).toMatchObject({ code: '310', line: at(9) });
    expect(find(t, '第3栏', '资本性支出')!.cells[0]!.value).toBe('60000');
  });
});
