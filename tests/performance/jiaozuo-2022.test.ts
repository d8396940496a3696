import { describe, expect, it } from 'vitest';
import { factRows } from '../../src/lib/export/facts.ts';
import { readPerformanceClaims } from '../../src/lib/claims/performance.ts';
import { missedTargets, missedTargetsAll } from '../../src/lib/parse/layouts/perf-selfeval/missed.ts';
import { parseSeed } from '../helpers.ts';
import { indicator, overall, project, row, seedLines } from './helpers.ts';

// henan-jiaozuo-gongxinju-2022-final.txt lines 711-847: 部门整体支出绩效自评情况表 + 3 项目支出绩效自评情况表.
const doc = () => parseSeed('jiaozuo2022');

describe('焦作 2022 — 部门整体支出绩效自评情况表 (L711-759)', () => {
  it('scope, funds in 元 from 万元, by source', () => {
    const e = overall(doc());
    expect(e.scope).toMatchObject({ level: 'department', name: '焦作市工业和信息化局' });
    expect(e.funds_unit).toBe('万元');
    // L715: 部门预算总额 2743.68 2692.25 2182.94 10 81.08% 9.01
    expect(e.funds[0]).toMatchObject({ source: '部门预算总额', initial_budget: '27436800', full_year_budget: '26922500', executed: '21829400', weight: '10', execution_rate: '81.08', score: '9.01', line: 715 });
    // L716: 资金来源: (1) 财政拨款 2743.68 2692.05 2182.74 - 81.08% -
    expect(e.funds[1]).toMatchObject({ source: '财政拨款', initial_budget: '27436800', full_year_budget: '26920500', executed: '21827400', weight: null, score: null, execution_rate: '81.08' });
    // L718: (3) 单位资金 0 0.2 0.2 - 100.0% -
    expect(e.funds[3]).toMatchObject({ source: '单位资金', initial_budget: '0', full_year_budget: '2000', executed: '2000', execution_rate: '100' });
  });

  it('goals and the four tasks', () => {
    const e = overall(doc());
    expect(e.goals!.expected.startsWith('全面贯彻党的十九届六中全会')).toBe(true);
    expect(e.goals!.actual.startsWith('2022年,在市委、市政府的坚强领导下')).toBe(true);
    expect(e.tasks.map((t) => [t.name, t.line])).toEqual([
      ['筹备全市工业大会,奖励企业', 723],
      ['开展全市煤炭安全监管工作', 724],
      ['开展企业家培训和活动工作', 725],
      ['推动新经济发展(三大改造、5G基站、万人助万企)', 726],
    ]);
    expect(e.tasks[2]!.result.startsWith('2022年谋划企业家培训活动6期,共完成2期')).toBe(true);
  });

  it('total printed 92.08 of 100 and the sum of the parts', () => {
    const e = overall(doc());
    expect(e.total_score_printed).toBe('92.08');
    expect(e.total_weight_printed).toBe('100');
    expect(e.indicators).toHaveLength(30);
    // Σ 分值 by hand: 投入管理 30 + 产出 25 + 效益 35 = 90; + 预算执行 10 = 100
    expect(e.indicators_weight_sum).toBe('90');
    expect(e.weight_sum).toBe('100');
    // Σ 得分 by hand: 28.83 + 23.24 + 31 = 83.07; + 9.01 = 92.08
    expect(e.indicators_score_sum).toBe('83.07');
    expect(e.score_sum).toBe('92.08');
  });

  it('rows whose merged cells moved in conversion are placed (L742, L743 left, L748 right)', () => {
    const e = overall(doc());
    expect(row(indicator(e, '预决算信息公开性'))).toEqual([742, '投入管理指标', '预算和财务管理', '预决算信息公开性', '公开', '100%', '1', '1', 'met']);
    expect(indicator(e, '预决算信息公开性').column_offset).toBe(-1);
    expect(row(indicator(e, '资产管理规范性'))).toEqual([743, '投入管理指标', '预算和财务管理', '资产管理规范性', '规范', '100%', '1', '1', 'met']);
    expect(row(indicator(e, '评价结果应用率'))).toEqual([748, '投入管理指标', '绩效管理', '评价结果应用率', '=100%', '100%', '1', '1', 'met']);
    expect(indicator(e, '评价结果应用率').column_offset).toBe(1);
  });

  it('missed targets of the department: 预算执行率, 预算调整率, 结转结余率 and two 计划完成率', () => {
    const e = overall(doc());
    expect(missedTargets(e).map((i) => [i.level3, i.target.raw, i.actual!.raw])).toEqual([
      ['预算执行率', '≥90%', '81.08%'],
      ['预算调整率', '≤30%', '35.51%'],
      ['结转结余率', '≤10%', '18.92%'],
      ['工业大会奖励企业计划完成率', '≥85%', '60%'],
      ['开展企业家培训和活动工作计划完成率', '≥85%', '60%'],
    ]);
    const dev = indicator(e, '预算执行率');
    expect(dev.deviation).toBe('-9.91');
    expect(dev.deviation_reason).toBe('企业家培训受疫情影响等未如期举行;一都一基地规划编制工作推进中,未能在2022年支付,项目执行率不高。');
    // 企业受益数 ≥50家 vs 175家 is met although it scored 6 of 10
    expect(row(indicator(e, '企业受益数'))).toEqual([757, '效益指标', '履职效益', '企业受益数', '≥50家', '175家', '10', '6', 'met']);
  });
});

describe('焦作 2022 — 项目支出绩效自评情况表 企业家培训活动经费 (L788-815)', () => {
  it('scope and funds', () => {
    const e = project(doc(), '企业家培训活动经费');
    expect(e.scope).toMatchObject({ level: 'project', competent_department: '企业科', implementing_unit: '焦作市工业和信息化局' });
    // L794 carries 分值 10 / 得分 1.39 of the funds; L795 年度资金总额: 0 25.78 3.59 - 13.93 % -
    expect(e.funds.map((f) => [f.source, f.full_year_budget, f.executed, f.execution_rate, f.weight, f.score])).toEqual([
      ['项目资金', '257800', '35900', '13.93', '10', '1.39'],
      ['年度资金总额', '257800', '35900', '13.93', null, null],
      ['财政拨款', '0', '0', '0', null, null],
      ['财政专户管理资金', '0', '0', '0', null, null],
      ['单位资金', '0', '0', '0', null, null],
    ]);
    expect(e.management.map((m) => [m.name, m.weight, m.score])).toEqual([
      ['安排科学性', '5', '5'],
      ['拨付合规性', '5', '5'],
      ['使用规范性', '5', '5'],
      ['预算绩效管理情况', '5', '5'],
    ]);
  });

  it('every indicator', () => {
    const e = project(doc(), '企业家培训活动经费');
    expect(e.indicators.map(row)).toEqual([
      [808, '产出指标', '数量指标', '组织省内外培训次数', '≥5场次', '2场次', '4', '1.6', 'not_met'],
      [809, '产出指标', '数量指标', '培训人次', '≥400人次', '99人次', '4', '0.99', 'not_met'],
      [810, '产出指标', '质量指标', '培训考核合格率', '≥90%', '98%', '10', '10', 'met'],
      [811, '产出指标', '质量指标', '培训出勤率', '≥90%', '100%', '10', '10', 'met'],
      [812, '产出指标', '时效指标', '培训完成及时性', '=100%', '100%', '12', '12', 'met'],
      [813, '效益指标', '社会效益指标', '企业管理创新能力提升', '提升', '100%', '25', '25', 'met'],
      [814, '满意度指标', '服务对象满意度指标', '参训学员满意度', '≥80%', '90%', '5', '5', 'met'],
    ]);
    const t = indicator(e, '培训人次');
    expect(t.target).toMatchObject({ kind: 'quantitative', comparator: '>=', number: '400', unit: '人次' });
    expect(t.actual).toMatchObject({ kind: 'quantitative', comparator: '=', number: '99', unit: '人次' });
    expect(t.deviation).toBe('-75.25');
    expect(indicator(e, '企业管理创新能力提升').target).toMatchObject({ kind: 'qualitative', comparator: null, number: null });
  });

  it('total 85.98 = Σ parts (64.59 + 20 + 1.39)', () => {
    const e = project(doc(), '企业家培训活动经费');
    expect(e.total_score_printed).toBe('85.98');
    expect(e.total_weight_printed).toBe('100');
    expect(e.indicators_score_sum).toBe('64.59');
    expect(e.indicators_weight_sum).toBe('70');
    expect(e.score_sum).toBe('85.98');
    expect(e.weight_sum).toBe('100');
  });

  it('missed targets: 培训人次 ≥400人次 vs 99人次', () => {
    const e = project(doc(), '企业家培训活动经费');
    const missed = missedTargets(e);
    expect(missed.map((i) => i.level3)).toEqual(['组织省内外培训次数', '培训人次']);
    expect(missed[1]!.outcome_reason).toBe('99人次 < 400人次');
  });
});

describe('焦作 2022 — the other two projects', () => {
  it('煤炭监管工作专项经费 (L761-786): all met, total 95.89', () => {
    const e = project(doc(), '煤炭监管工作专项经费');
    expect(e.indicators.map(row)).toEqual([
      [781, '产出指标', '数量指标', '组织检查次数', '≥20矿次', '24矿次', '10', '10', 'met'],
      [782, '产出指标', '数量指标', '检查煤矿数量', '=3个', '3个', '10', '10', 'met'],
      [783, '产出指标', '质量指标', '煤矿安全问题隐患整改到位率', '=100%', '100%', '20', '20', 'met'],
      [784, '效益指标', '社会效益指标', '遏制煤矿事故发生', '明显', '100%', '25', '25', 'met'],
      [785, '满意度指标', '服务对象满意度指标', '企业满意度', '≥90%', '100%', '5', '5', 'met'],
    ]);
    expect(e.total_score_printed).toBe('95.89');
    expect(e.score_sum).toBe('95.89');
  });

  it('新经济发展支出 (L817-): funds without a header row, 两化融合 ≥15家 vs 0家 missed, total 90.52', () => {
    const e = project(doc(), '新经济发展支出（三大改造、5G基站）');
    expect(e.funds[0]).toMatchObject({ source: '年度资金总额', initial_budget: '3600000', full_year_budget: '100000', executed: '97200', weight: '10', execution_rate: '97.2', score: '9.72' });
    expect(e.indicators).toHaveLength(13);
    expect(missedTargets(e).map((i) => [i.level3, i.target.raw, i.actual!.raw])).toEqual([['两化融合管理体系贯标企业', '≥15家', '0家']]);
    expect(row(indicator(e, '建设完成5G基站数量'))).toEqual([835, '产出指标', '数量指标', '建设完成5G基站数量', '≥1641个', '1841个', '7', '7', 'met']);
    expect(e.total_score_printed).toBe('90.52');
    // Σ by hand: indicators 60.8 + 资金管理 20 + 9.72
    expect(e.indicators_score_sum).toBe('60.8');
    expect(e.score_sum).toBe('90.52');
  });

  it('missedTargetsAll names the project of each missed target', () => {
    const all = missedTargetsAll(doc().performance);
    expect(all.filter((m) => m.scope === 'project').map((m) => `${m.name}:${m.indicator.level3}`)).toEqual([
      '企业家培训活动经费:组织省内外培训次数',
      '企业家培训活动经费:培训人次',
      '新经济发展支出（三大改造、5G基站）:两化融合管理体系贯标企业',
    ]);
  });
});

describe('焦作 2022 — facts of the self-evaluations', () => {
  const facts = () => factRows(doc()).filter((f) => String(f[4]).startsWith('perf_'));
  const find = (entity: string, rowName: string, column: string) => facts().filter((f) => f[6] === entity && f[8] === rowName && f[9] === column);

  it('project cells carry the project as entity, scores as score, money in 元', () => {
    expect(find('企业家培训活动经费', '培训人次', '得分').map((f) => [f[10], f[11], f[12], f[13]])).toEqual([['0.99', 'score', '分', 809]]);
    expect(find('企业家培训活动经费', '年度资金总额:', '全年预算数').map((f) => [f[10], f[11], f[12]])).toEqual([['257800', 'yuan', '万元']]);
    expect(find('企业家培训活动经费', '年度资金总额:', '执行率').map((f) => [f[10], f[11]])).toEqual([['13.93', 'percent']]);
  });

  it('department cells have no entity; the total row is a fact; dashes are not values', () => {
    expect(find('', '总分', '得分').map((f) => [f[10], f[13]])).toEqual([['92.08', 759]]);
    expect(find('', '部门预算总额', '全年执行数').map((f) => f[10])).toEqual(['21829400']);
    expect(find('', '资金来源: (1) 财政拨款', '分值')).toEqual([]);
    expect(find('', '企业受益数', '偏差度').map((f) => [f[10], f[11]])).toEqual([['220', 'percent']]);
  });
});

describe('焦作 2022 — 预算绩效情况说明 claims', () => {
  const claims = () => readPerformanceClaims(doc().narrative.paragraphs, seedLines('jiaozuo2022'));
  const one = (topic: string, subject: string | null = null) => {
    const c = claims().filter((x) => x.topic === topic && x.subject === subject);
    return c.map((x) => [x.value, x.measure, x.line]);
  };
  it('projects evaluated, grades, overall score, funds', () => {
    // L613 涵盖项目19个, L621 19个项目支出绩效自评中
    expect(one('perf_projects_evaluated')).toEqual([
      ['19', 'count', 613],
      ['19', 'count', 621],
    ]);
    expect(one('perf_grade_count_优')).toEqual([['14', 'count', 621]]);
    expect(one('perf_grade_count_良')).toEqual([['2', 'count', 621]]);
    expect(one('perf_grade_count_中')).toEqual([['1', 'count', 621]]);
    expect(one('perf_grade_count_差')).toEqual([['2', 'count', 621]]);
    expect(one('perf_overall_score')).toEqual([['92.08', 'score', 615]]);
    expect(one('perf_projects_funds')).toEqual([['3209900', 'yuan', 613]]);
    expect(one('perf_managed_total')).toEqual([['21827700', 'yuan', 613]]);
    expect(one('perf_overall_funds')).toEqual([['21827700', 'yuan', 615]]);
    expect(one('perf_overall_funds', '财政拨款')).toEqual([['21827400', 'yuan', 615]]);
    expect(one('perf_key_evaluation_score')).toEqual([['95.62', 'score', 631]]);
  });
});

describe('焦作 2022 — performance claims reach the document model', () => {
  it('the production pipeline stores them in narrative.claims', () => {
    const c = doc().narrative.claims.filter((x) => x.topic === 'perf_overall_score' || x.topic === 'perf_grade_count_优');
    expect(c.map((x) => [x.topic, x.value, x.line])).toEqual([
      ['perf_overall_score', '92.08', 615],
      ['perf_grade_count_优', '14', 621],
    ]);
  });
});
