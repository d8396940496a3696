/** Narrative claims, values read by hand from the seeds' 情况说明 (line numbers given). */
import { describe, expect, it } from 'vitest';
import { readNarrativeClaims } from '../../src/lib/claims/extract.ts';
import type { Claim } from '../../src/lib/model/document.ts';
import { parseSeed } from '../helpers.ts';

const para = (text: string, heading: string | null = null, line = 1) => [{ line, text, heading }];
const pick = (cs: Claim[], topic: string, subject?: string | null) => cs.filter((c) => c.topic === topic && (subject === undefined || c.subject === subject)).map((c) => c.value);

describe('narrative claim extraction', () => {
  it('收入合计 and sources with shares (焦作 2022 line 497)', () => {
    const cs = readNarrativeClaims(para('2022年度收入合计2,182.91万元，其中：财政拨款收入2,182.74万元，占99.99%；其他收入0.17万元，占0.01%。', '二、收入决算情况说明'));
    expect(pick(cs, 'income_total')).toEqual(['21829100']);
    expect(pick(cs, 'income_source', '财政拨款收入')).toEqual(['21827400']);
    expect(pick(cs, 'income_source', '其他收入')).toEqual(['1700']);
    expect(pick(cs, 'share', '财政拨款收入/收入合计')).toEqual(['99.99']);
    expect(pick(cs, 'share', '其他收入/收入合计')).toEqual(['0.01']);
  });

  it('三公 totals, items, completion and shares (焦作 2022 lines 577, 581)', () => {
    const cs = readNarrativeClaims([
      { line: 577, text: '2022年度“三公”经费财政拨款支出预算为18.20万元，支出决算为17.22万元，完成预算的94.62%。', heading: '（一）“三公”经费财政拨款支出决算总体情况说明。' },
      { line: 581, text: '2022年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行费支出决算13.96万元，完成预算的100.00%，占81.07%；公务接待费支出决算3.25万元，完成预算的76.83%，占18.87%。', heading: '（二）“三公”经费财政拨款支出决算具体情况说明。' },
    ]);
    expect(pick(cs, 'three_public_budget')).toEqual(['182000']);
    expect(pick(cs, 'three_public_actual')).toEqual(['172200']);
    expect(pick(cs, 'three_public_completion')).toEqual(['94.62']);
    expect(pick(cs, 'three_public_item_actual', '公务用车购置及运行费')).toEqual(['139600']);
    expect(pick(cs, 'three_public_item_actual', '公务接待费')).toEqual(['32500']);
    expect(pick(cs, 'three_public_item_completion', '公务接待费')).toEqual(['76.83']);
    expect(pick(cs, 'share', '公务用车购置及运行费/三公经费')).toEqual(['81.07']);
  });

  it('a 项 of 具体情况 carries its 类/款/项 subject (平顶山 2023 line 508, 款 with （室）)', () => {
    const cs = readNarrativeClaims(para('1. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）专项业务及机关事务管理（项）。年初预算为0万元，支出决算为4.00万元。', '（三）具体情况。'));
    expect(pick(cs, 'item_final', '一般公共服务支出/政府办公厅（室）及相关机构事务/专项业务及机关事务管理')).toEqual(['40000']);
    expect(pick(cs, 'item_initial_budget')).toEqual(['0']);
  });

  it('元 documents keep the fen exactly (阳泉 2022 line 586), “0.元” reads as 0', () => {
    const cs = readNarrativeClaims(para('阳泉市工业和信息化局2022年度政府采购支出总额110,567.00元，其中：政府采购货物支出40,867.00元、政府采购工程支出69,700.00元、政府采购服务支出0.00元。政府采购授予中小企业合同金额0.元，占政府采购支出总额的0.00%。', '（二）政府采购情况说明'));
    expect(pick(cs, 'procurement_total')).toEqual(['110567']);
    expect(pick(cs, 'procurement_part')).toEqual(['40867', '69700', '0']);
    expect(pick(cs, 'procurement_sme')).toEqual(['0']);
    expect(pick(cs, 'share', '中小企业合同金额/政府采购支出总额')).toEqual(['0.00']);
  });

  it('vehicles: the breakdown only, not the explanation of 其他用车 (郑州 2022 line 233)', () => {
    const cs = readNarrativeClaims(para('2021 年期末，郑州市工业和信息化局共有车辆 27 辆，其中：一般公务用车 22 辆、其他用车 5 辆，其他用车主要是包含：郑州市节能中心下企业进行监察监测用车 4 辆、郑州市信息化建设促进中心开展信息化建设促进工作用车 1 辆；单位价值 50 万元以上通用设备 3 台（套）。', '（四）国有资产占用情况'));
    expect(pick(cs, 'vehicles_total')).toEqual(['27']);
    expect(pick(cs, 'vehicles_part')).toEqual(['22', '5']);
  });

  it('seeds: budgets without a segmented 说明 part still yield claims (解放区 2024 lines 93–153)', () => {
    const cs = parseSeed('jiefang2024').narrative.claims;
    expect(pick(cs, 'grand_total_income')).toEqual(['3935200']);
    expect(pick(cs, 'expenditure_part', '项目支出')).toEqual(['1930000']);
    expect(pick(cs, 'personnel')).toEqual(['1839300']);
    expect(pick(cs, 'operating_costs')).toEqual(['97400']);
    expect(cs.find((c) => c.topic === 'three_public_budget')).toMatchObject({ value: '2000', line: 127 });
  });

  it('seeds: 平顶山 2023 人员经费 1,497.20 on line 548; perf score 93.7 on line 604', () => {
    const cs = parseSeed('pingdingshan2023').narrative.claims;
    expect(cs.find((c) => c.topic === 'personnel')).toMatchObject({ value: '14972000', line: 548, unit: '万元' });
    expect(cs.find((c) => c.topic === 'perf_overall_score')).toMatchObject({ value: '93.7', line: 604 });
  });
  // Budget wordings shaped as other provinces print them (sentences written for the test, values invented and read
  // from the sentence by hand).
  it('a budget 说明 gives the 三公 budget without 支出 (“三公”经费预算22.9万元) and with 预算数为', () => {
    expect(pick(readNarrativeClaims(para('2018年“三公”经费预算22.9万元。', '三、“三公”经费预算情况说明')), 'three_public_budget')).toEqual(['229000']);
    expect(pick(readNarrativeClaims(para('本部门2021年“三公”经费预算数为15.60万元。', '七、“三公”经费预算情况说明')), 'three_public_budget')).toEqual(['156000']);
  });

  it('公务用车运行费 without 维护, and the vehicle items in brackets after their group', () => {
    const cs = readNarrativeClaims(
      para('2019年本部门财政拨款安排“三公”经费29万元，其中：因公出国（境）费0万元；公务用车购置及运行费28万元（公务用车购置费0万元，公务用车运行费28万元）；公务接待费1万元。', '一、“三公”经费支出预算情况说明'),
    );
    expect(pick(cs, 'three_public_item_budget', '公务用车购置及运行费')).toEqual(['280000']);
    expect(pick(cs, 'three_public_item_budget', '公务用车购置费')).toEqual(['0']);
    expect(pick(cs, 'three_public_item_budget', '公务用车运行维护费')).toEqual(['280000']);
    expect(pick(cs, 'three_public_item_budget', '公务接待费')).toEqual(['10000']);
  });

  it('公务用车运行费决算 in a 决算 说明', () => {
    const cs = readNarrativeClaims(para('“三公”经费财政拨款支出决算中，公务用车购置及运行费决算16.18万元，其中：公务用车购置费决算4.14万元；公务用车运行费决算12.04万元。', '（二）“三公”经费财政拨款支出决算具体情况说明'));
    expect(pick(cs, 'three_public_item_actual', '公务用车运行维护费')).toEqual(['120400']);
    expect(pick(cs, 'three_public_item_actual', '公务用车购置费')).toEqual(['41400']);
  });

  it('收入预算总计 and 支出预算总计, and 收支预算总计均为, as the budget grand totals', () => {
    const cs = readNarrativeClaims(para('2024年收入预算总计1,234.56万元，支出预算总计1,234.56万元。', '一、收支预算总体情况说明'));
    expect(pick(cs, 'grand_total_income')).toEqual(['12345600']);
    expect(pick(cs, 'grand_total_expenditure')).toEqual(['12345600']);
    const both = readNarrativeClaims(para('2024年收支预算总计均为808.00万元。', '一、收支预算总体情况说明'));
    expect(pick(both, 'grand_total_income')).toEqual(['8080000']);
    expect(pick(both, 'grand_total_expenditure')).toEqual(['8080000']);
  });
});
