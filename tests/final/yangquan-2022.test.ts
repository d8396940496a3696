/**
 * Golden test: 阳泉市工业和信息化局 2022年度部门决算 (seed 003, 金额单位：元, 公开01–10表, 三公 printed as 公开07表).
 * Expected values read by hand from data/raw/shanxi-yangquan-gongxinju-2022-final.txt (lines cited).
 */
import { describe, expect, it } from 'vitest';
import { cellOf, parseSeed, row, table, value } from '../helpers.ts';

const doc = parseSeed('yangquan2022');

describe('阳泉 2022 决算: metadata and structure', () => {
  it('reads the cover and units', () => {
    expect(doc.metadata.department).toBe('阳泉市工业和信息化局');
    expect(doc.metadata.fiscal_year).toBe(2022);
    expect(doc.metadata.doc_kind).toBe('final');
    expect(doc.metadata.region.province).toBe('山西省');
    expect(doc.metadata.region.code).toBe('140300');
    expect(doc.metadata.budget_units.map((u) => u.name)).toEqual([
      '阳泉市工业和信息化局',
      '阳泉市人民政府国有资产监督管理委员会',
      '阳泉市工业和信息化局离退休人员管理服务中心',
    ]);
  });
  it('recognises tables by title, not printed number', () => {
    expect(table(doc, 'final_three_public').number).toBe('公开07表');
    expect(table(doc, 'final_gov_fund').number).toBe('公开08表');
    expect(table(doc, 'final_state_capital').number).toBe('公开09表');
    expect(table(doc, 'final_disclosure_stats').number).toBe('公开10表');
  });
  it('has 100% numeric coverage', () => {
    expect(doc.coverage.ratio).toBe('100.00');
    expect(doc.coverage.unaccounted).toEqual([]);
  });
});

describe('阳泉 2022 决算: 公开01表 (元, blank is not zero, 行次 like 1.00 are not values)', () => {
  const t = table(doc, 'final_summary');
  it('unit and precision', () => {
    expect(t.unit).toBe('元');
    expect(t.precision).toBe('0.01');
  });
  it('income half', () => {
    expect(value(t, '一、一般公共预算财政拨款收入', '收入/决算数', '收入')).toBe('477474492.61'); // line 66
    expect(value(t, '三、国有资本经营预算财政拨款收入', '收入/决算数', '收入')).toBe('132630000');
    expect(value(t, '年初结转和结余', '收入/决算数', '收入')).toBe('11700000'); // line 95
  });
  it('blank cells stay blank', () => {
    const c = cellOf(t, '四、上级补助收入', '收入/决算数', '收入');
    expect(c.blank).toBe(true);
    expect(c.value).toBeNull();
    expect(value(t, '二、外交支出', '支出/决算数', '支出')).toBeNull();
  });
  it('expenditure half', () => {
    expect(value(t, '二十三、其他支出', '支出/决算数', '支出')).toBe('195000000'); // line 88
    expect(value(t, '本年支出合计', '支出/决算数', '支出')).toBe('706804492.61');
    expect(t.rows.filter((r) => r.name === '总计').map((r) => r.cells[0]!.value)).toEqual(['706804492.61', '706804492.61']);
  });
  it('keeps 行次 out of the columns', () => expect(t.columns).toEqual(['收入/决算数', '支出/决算数']));
});

describe('阳泉 2022 决算: 公开02/03表', () => {
  it('收入决算表: 合计 printed in the code column', () => {
    const t = table(doc, 'final_income');
    expect(value(t, '合计', '本年收入合计')).toBe('695104492.61'); // line 114
    expect(value(t, '合计', '上级补助收入')).toBeNull();
    expect(value(t, '2080699', '本年收入合计')).toBe('2797900'); // line 126
  });
  it('支出决算表: wrapped header labels joined', () => {
    const t = table(doc, 'final_expenditure');
    expect(t.columns).toContain('上缴上级支出'); // printed "上缴 上级 支出" (line 176)
    expect(t.columns).toContain('对附属单位补助支出');
    expect(value(t, '合计', '基本支出')).toBe('22678819.23'); // line 179
    expect(value(t, '2150550', '基本支出')).toBe('1568104.41'); // line 210
    expect(value(t, '2150550', '项目支出')).toBe('223752.6');
    expect(value(t, '2080699', '本年支出合计')).toBe('4497900'); // differs from 02表 (2,797,900) — a real discrepancy
  });
});

describe('阳泉 2022 决算: 公开04/05表', () => {
  it('财政拨款收入支出决算总表', () => {
    const t = table(doc, 'final_fiscal_summary');
    expect(value(t, '年初财政拨款结转和结余', '收入/金额', '收入')).toBe('11700000'); // line 271
    expect(value(t, '一般公共预算财政拨款', '收入/金额', '收入')).toBe('1700000'); // line 272
    expect(value(t, '政府性基金预算财政拨款', '收入/金额', '收入')).toBe('10000000');
    expect(value(t, '二十三、其他支出', '支出/一般公共预算财政拨款', '支出')).toBe('100000000'); // line 266
    expect(value(t, '二十三、其他支出', '支出/政府性基金预算财政拨款', '支出')).toBe('95000000');
    expect(value(t, '本年支出合计', '支出/国有资本经营预算财政拨款', '支出')).toBe('132630000'); // line 270
    expect(value(t, '收入总计', '收入/金额', '收入')).toBe('706804492.61'); // line 275
  });
  it('一般公共预算财政拨款支出决算表 with 栏次 1.00/2.00/3.00', () => {
    const t = table(doc, 'final_general_expenditure');
    expect(value(t, '合计', '本年支出/小计')).toBe('479174492.61'); // line 292
    expect(value(t, '2080505', '本年支出/项目支出')).toBeNull(); // blank (line 300)
    expect(value(t, '2150501', '本年支出/基本支出')).toBe('18331616.07'); // line 321
  });
});

describe('阳泉 2022 决算: 公开06表 (four 金额 / 其中：基本支出 blocks)', () => {
  const t = table(doc, 'final_general_basic');
  it('columns carry the block header', () => {
    expect(t.columns).toEqual(['人员经费/金额', '人员经费/其中：基本支出', '公用经费/金额', '公用经费/其中：基本支出']);
  });
  it('block 1 (人员经费)', () => {
    expect(value(t, '30101', '人员经费/金额')).toBe('3785229.82'); // line 352
    expect(value(t, '303', '人员经费/其中：基本支出')).toBe('9798955.35'); // line 365
  });
  it('block 2 (商品和服务支出)', () => {
    expect(value(t, '302', '公用经费/金额')).toBe('1902504.97'); // line 351
    expect(value(t, '302', '公用经费/其中：基本支出')).toBe('1280300.78');
    expect(value(t, '30299', '公用经费/其中：基本支出')).toBe('68910.8'); // line 379
  });
  it('block 3 (309/310): —— is not a value', () => {
    expect(value(t, '309', '公用经费/金额')).toBe('50000000'); // line 356
    expect(cellOf(t, '309', '公用经费/其中：基本支出').value).toBeNull();
    expect(value(t, '31008', '公用经费/金额')).toBe('1146282.75'); // line 377
  });
  it('block 4 (312 对企业补助)', () => {
    expect(value(t, '312', '公用经费/金额')).toBe('402101986.44'); // line 361
    expect(value(t, '31204', '公用经费/金额')).toBe('10000000'); // line 364
  });
  it('totals: 公用经费合计 label in block 2, values in block 4 (line 380)', () => {
    expect(value(t, '人员经费合计', '人员经费/金额')).toBe('21398518.45');
    expect(value(t, '公用经费合计', '公用经费/金额')).toBe('457775974.16');
    expect(value(t, '公用经费合计', '公用经费/其中：基本支出')).toBe('1280300.78');
  });
});

describe('阳泉 2022 决算: 07–10表', () => {
  it('三公 table is empty with its statement', () => {
    const t = table(doc, 'final_three_public');
    expect(t.empty).toBe(true);
    expect(t.rows).toHaveLength(0);
    expect(t.empty_statement).toBe('说明：本表无数据');
  });
  it('政府性基金', () => {
    const t = table(doc, 'final_gov_fund');
    expect(value(t, '2290402', '本年收入')).toBe('85000000'); // line 420
    expect(value(t, '2290402', '年初结转和结余')).toBeNull();
    expect(value(t, '合计', '年初结转和结余')).toBe('10000000'); // line 416
  });
  it('国有资本经营', () => {
    const t = table(doc, 'final_state_capital');
    expect(value(t, '2230102', '本年支出/项目支出')).toBe('132630000'); // line 440
  });
  it('统计表: money and counts', () => {
    const t = table(doc, 'final_disclosure_stats');
    expect(value(t, '货物', '政府采购情况/采购金额')).toBe('40867'); // line 457
    expect(value(t, '服务', '政府采购情况/采购金额')).toBeNull();
    expect(value(t, '(一) 行政单位', '机关运行经费/统计数')).toBe('1101787.4'); // line 462
    const cars = cellOf(t, '(一) 车辆数合计(辆)', '国有资产占用情况/统计数');
    expect(cars.value).toBe('2');
    expect(cars.measure).toBe('count');
    expect(cars.unit).toBe('辆');
    expect(row(t, '8. 其他用车').cells[0]!.value).toBe('2');
  });
});

describe('阳泉 2022 决算: 名词解释 printed as a markdown list (lines 630-641)', () => {
  it('reads the twelve entries', () => {
    expect(doc.glossary).toHaveLength(12);
    expect(doc.glossary[0]).toMatchObject({ term: '财政拨款收入', definition: '指单位从同级财政部门取得的财政预算资金。', line: 630 });
    expect(doc.glossary[11]!.term).toBe('机关运行经费');
  });
});

describe('阳泉 2022 决算: printed precision per table', () => {
  it('元 tables print 0.01元; the 自评表 prints its 收支 in 万元 with two decimals (line 660 ff.) → 100元', () => {
    expect(table(doc, 'final_income').precision).toBe('0.01');
    expect(table(doc, 'perf_overall_selfeval').precision).toBe('100');
  });
});

describe('阳泉 2022 决算: staffing printed in the 自评表 (line 659)', () => {
  it('reads 人员编制数 69 人 and 实际在职人员总数 75 人', () => {
    expect(doc.metadata.staffing).toEqual(
      expect.arrayContaining([
        { label: '编制数', value: '69', line: 659 },
        { label: '在职人员', value: '75', line: 659 },
      ]),
    );
  });
});
