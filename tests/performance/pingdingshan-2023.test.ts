import { describe, expect, it } from 'vitest';
import { factRows } from '../../src/lib/export/facts.ts';
import { readPerformanceClaims } from '../../src/lib/claims/performance.ts';
import { missedTargets, unmeasurableTargets } from '../../src/lib/parse/layouts/perf-selfeval/missed.ts';
import { parseSeed } from '../helpers.ts';
import { indicator, overall, project, row, seedLines } from './helpers.ts';

// henan-pingdingshan-gongxinju-2023-final.txt lines 702-807: 部门整体自评表 (with 指标值说明) + 项目支出绩效自评表.
const doc = () => parseSeed('pingdingshan2023');
const PROJECT = '平顶山市碳达峰碳中和重大课题研究和工业领域碳达峰行动方案专项经费';

describe('平顶山 2023 — 部门整体自评表 (L702-770)', () => {
  it('funds: the 得分 cell of 部门预算总额 prints 93.7 (modelled as printed)', () => {
    const e = overall(doc());
    expect(e.scope).toMatchObject({ level: 'department', name: '平顶山市工业和信息化局' });
    // L712: 部门预算总额 | | 858.9 | 2175.87 | 2175.87 | 10 | 100% | 93.7 (the blank cell moves the values right)
    expect(e.funds[0]).toMatchObject({ source: '部门预算总额', initial_budget: '8589000', full_year_budget: '21758700', executed: '21758700', weight: '10', execution_rate: '100', score: '93.7', line: 712 });
    // L713: 资金来源 | 政府预算资金 | 858.9 | 2175.87 | — | — | —
    expect(e.funds[1]).toMatchObject({ source: '政府预算资金', initial_budget: '8589000', full_year_budget: '21758700', executed: null, weight: null, score: null });
  });

  it('total row: 分值及得分合计 90 / 83.7 = Σ indicators; Σ of all printed parts differs', () => {
    const e = overall(doc());
    expect(e.total_weight_printed).toBe('90');
    expect(e.total_score_printed).toBe('83.7');
    expect(e.total_line).toBe(768);
    // L731-745 (15) + L747-750 (4) + L751-764 (14) + L765-767 (3)
    expect(e.indicators).toHaveLength(36);
    // by hand: 投入管理 28.5 + 产出 23.2 + 效益 32 = 83.7 of 30 + 25 + 35 = 90
    expect(e.indicators_score_sum).toBe('83.7');
    expect(e.indicators_weight_sum).toBe('90');
    // with the funds row as printed (10 / 93.7)
    expect(e.score_sum).toBe('177.4');
    expect(e.weight_sum).toBe('100');
    expect(e.groups.map((g) => [g.name, g.weight])).toEqual([
      ['投入管理指标', '30'],
      ['产出指标', '25'],
      ['效益指标', '35'],
    ]);
  });

  it('indicators with 指标值说明, carried levels and shifted rows', () => {
    const e = overall(doc());
    const first = indicator(e, '年度履职目标相关性');
    expect(row(first)).toEqual([731, '投入管理指标', '工作目标管理', '年度履职目标相关性', '相关', '达到预期指标', '2', '2', 'met']);
    expect(first.explanation!.startsWith('1.年度履职目标是否符合国家、市委市政府战略部署和发展规划')).toBe(true);
    expect(row(indicator(e, '资产管理规范性'))).toEqual([744, '投入管理指标', '预算和财务管理', '资产管理规范性', '规范', '达到预期指标', '1', '1', 'met']);
    expect(row(indicator(e, '绩效监控完成率'))).toEqual([747, '投入管理指标', '绩效管理', '绩效监控完成率', '100%', '100%', '1', '1', 'met']);
    expect(row(indicator(e, '重点工作1计划完成率'))).toEqual([751, '产出指标', '重点工作任务完成', '重点工作1计划完成率', '100%', '100%', '2', '2', 'met']);
    expect(row(indicator(e, '年度工作目标2实现率'))).toEqual([759, '产出指标', '履职目标实现', '年度工作目标2实现率', '100%', '95%', '1', '0.9', 'not_met']);
    expect(row(indicator(e, '社会公众满意度'))).toEqual([766, '效益指标', '满意度', '社会公众满意度', '90%', '满意', '10', '9', 'not_measurable']);
    // L767: 服务对象满意度 spans 二级 and 三级 (merged cell)
    expect(row(indicator(e, '服务对象满意度'))).toEqual([767, '效益指标', '服务对象满意度', '服务对象满意度', '100%', '满意', '15', '14', 'not_measurable']);
  });

  it('missed targets: 预算调整率 ≤5% vs 153%, 三公经费控制率 ≤100% vs 413%, works and goals under 100%', () => {
    const e = overall(doc());
    const missed = missedTargets(e);
    expect(missed.slice(0, 2).map((i) => [i.level3, i.target.raw, i.actual!.raw, i.score])).toEqual([
      ['预算调整率', '≤5%', '153%', '2'],
      ['“三公经费”控制率', '≤100%', '413%', '0'],
    ]);
    expect(missed.find((i) => i.level3 === '“三公经费”控制率')!.deviation_reason).toBe('原公务用车已超使用年限且车况较差，已不能满足日常用车需求，经相关部门批准，更新购置公务用车1辆');
    expect(missed.map((i) => i.level3).slice(2)).toEqual([
      '重点工作2计划完成率',
      '重点工作3计划完成率',
      '重点工作4计划完成率',
      '重点工作5计划完成率',
      '年度工作目标2实现率',
      '年度工作目标3实现率',
      '年度工作目标4实现率',
      '年度工作目标5实现率',
      '年度工作目标6实现率',
      '年度工作目标7实现率',
    ]);
    // L756/L757 print no 年度指标值
    expect(unmeasurableTargets(e).map((i) => [i.level3, i.outcome_reason])).toEqual([
      ['重点工作6计划完成率', '年度指标值为空'],
      ['重点工作7计划完成率', '年度指标值为空'],
      ['社会公众满意度', '指标值「90%」与实际完成值「满意」无法比较'],
      ['服务对象满意度', '指标值「100%」与实际完成值「满意」无法比较'],
    ]);
  });

  it('goals and tasks', () => {
    const e = overall(doc());
    expect(e.goals!.expected.startsWith('2023年度单位年度总目标: 全市规模以上工业增加值增速。')).toBe(true);
    expect(e.goals!.actual.startsWith('1. 全市规模以上工业增加值增速3.4%')).toBe(true);
    expect(e.tasks).toHaveLength(9);
    expect(e.tasks[8]).toMatchObject({ name: '培育壮大市场主体，支持中小企业、民营企业发展。', result: '圆满完成年初设定目标', line: 729 });
  });
});

describe('平顶山 2023 — 项目支出绩效自评表 (L772-807)', () => {
  it('scope: 主管部门及代码 prints a code', () => {
    const e = project(doc(), PROJECT);
    expect(e.scope).toMatchObject({ competent_department_code: '509001', implementing_unit: '平顶山市工业和信息化局' });
  });

  it('funds and 资金管理 (得分 printed as 5.0%)', () => {
    const e = project(doc(), PROJECT);
    expect(e.funds[0]).toMatchObject({ source: '年度资金总额', initial_budget: '197500', full_year_budget: '197500', executed: '197500', weight: '10', execution_rate: '100', score: '100' });
    expect(e.funds.slice(1).map((f) => [f.source, f.full_year_budget])).toEqual([
      ['政府预算资金', null],
      ['财政专户管理资金', null],
      ['单位资金', null],
    ]);
    expect(e.management.map((m) => [m.name, m.explanation, m.weight, m.score, m.score_raw])).toEqual([
      ['安排科学性', '科学', '5', '5', '5.0%'],
      ['拨付合规性', '合规', '5', '5', '5.0%'],
      ['使用规范性', '规范', '5', '5', '5.0%'],
      ['预算绩效管理情况', '在资金细化下达预算时同时下达绩效目标,将有关资金纳入本级预算,设置绩效目标,开展绩效监控、自评', '5', '5', '5.0%'],
    ]);
  });

  it('every indicator', () => {
    const e = project(doc(), PROJECT);
    expect(e.indicators.map(row)).toEqual([
      [795, '成本指标', '经济成本指标', '单位产值能源消费量', '逐步降低', '达到预期指标', '3', '3', 'met'],
      [796, '成本指标', '社会成本指标', '企业吸纳技术人才', '明显增强', '达到预期指标', '3', '3', 'met'],
      [797, '成本指标', '生态环境成本指标', '能源资源利用效率', '明显提高', '达到预期指标', '4', '4', 'met'],
      [798, '产出指标', '数量指标', '绿色制造名单数量', '≥10个', '15', '10', '10', 'met'],
      [799, '产出指标', '质量指标', '企业绿色化程度', '逐步提高', '达到预期指标', '10', '10', 'met'],
      [800, '产出指标', '时效指标', '专项资金拨付', '及时', '达到预期指标', '10', '10', 'met'],
      [801, '效益指标', '经济效益指标', '企业市场竞争力和营收能力', '逐步提升', '达到预期指标', '10', '10', 'met'],
      [802, '效益指标', '社会效益指标', '新增就业岗位', '带动', '达到预期指标', '10', '10', 'met'],
      [803, '效益指标', '生态效益指标', '工业企业碳排放强度', '持续下降', '达到预期指标', '5', '5', 'met'],
      [804, '满意度指标', '服务对象满意度指标', '企业满意度', '满意', '达到预期指标', '5', '5', 'met'],
    ]);
    expect(missedTargets(e)).toEqual([]);
  });

  it('total 总分 70 / 70.0 covers the indicators only', () => {
    const e = project(doc(), PROJECT);
    expect(e.total_weight_printed).toBe('70');
    expect(e.total_score_printed).toBe('70');
    expect(e.indicators_weight_sum).toBe('70');
    expect(e.indicators_score_sum).toBe('70');
  });

  it('facts: entity is the project; a percent-printed score stays a percent cell', () => {
    const f = factRows(doc()).filter((r) => r[4] === 'perf_project_selfeval');
    expect(f.every((r) => r[6] === PROJECT)).toBe(true);
    expect(f.filter((r) => r[8] === '安排科学性').map((r) => [r[9], r[10], r[11]])).toEqual([
      ['分值(20)', '5', 'score'],
      ['得分', '5', 'percent'],
    ]);
    expect(f.filter((r) => r[8] === '绿色制造名单数量').map((r) => [r[9], r[10], r[11]])).toEqual([
      ['实际完成值', '15', 'count'],
      ['分值', '10', 'score'],
      ['得分', '10', 'score'],
    ]);
  });
});

describe('平顶山 2023 — claims', () => {
  it('7 projects, 7 优, overall 93.7', () => {
    const claims = readPerformanceClaims(doc().narrative.paragraphs, seedLines('pingdingshan2023'));
    const get = (t: string) => claims.filter((c) => c.topic === t).map((c) => [c.value, c.line]);
    expect(get('perf_projects_evaluated')).toEqual([
      ['7', 600],
      ['7', 610],
    ]);
    expect(get('perf_grade_count_优')).toEqual([['7', 610]]);
    expect(get('perf_grade_count_良')).toEqual([['0', 610]]);
    expect(get('perf_grade_count_中')).toEqual([['0', 610]]);
    expect(get('perf_grade_count_差')).toEqual([['0', 610]]);
    expect(get('perf_overall_score')).toEqual([['93.7', 604]]);
    expect(get('perf_managed_total')).toEqual([['21758700', 600]]);
    expect(get('perf_managed_basic')).toEqual([['18067000', 600]]);
    expect(get('perf_managed_projects')).toEqual([['3691700', 600]]);
    expect(get('perf_projects_funds_share')).toEqual([['100', 600]]);
  });
});
