import { describe, expect, it } from 'vitest';
import { factRows } from '../../src/lib/export/facts.ts';
import { readPerformanceClaims } from '../../src/lib/claims/performance.ts';
import { missedTargets } from '../../src/lib/parse/layouts/perf-selfeval/missed.ts';
import { parseSeed } from '../helpers.ts';
import { overall, seedLines } from './helpers.ts';

// shanxi-yangquan-gongxinju-2022-final.txt lines 649-714: 阳泉市部门（单位）整体支出绩效自评表.
const doc = () => parseSeed('yangquan2022');

describe('阳泉 2022 — 整体支出绩效自评表', () => {
  it('scope, tasks 任务1-3 and the goal', () => {
    const e = overall(doc());
    expect(e.scope).toMatchObject({ level: 'department', name: '阳泉市工业和信息化局' });
    expect(e.tasks.map((t) => [t.name, t.content, t.line])).toEqual([
      ['任务1', '支持工业企业技术改造及结构调整。', 661],
      ['任务2', '国有资产保值增值, 重点企业效益明显提升。', 661],
      ['任务3', '保证离休老干部离休费按时足额发放, 做好离退休干部医疗费统筹管理和取暖费发放等工作, 做好定期走访慰问工作。', 661],
    ]);
    expect(e.goals!.expected.startsWith('深化国有企业分类改革')).toBe(true);
  });

  it('收支情况 in 万元 → 元, blank is not zero', () => {
    const e = overall(doc());
    expect(e.funds_unit).toBe('万元');
    expect(e.finances.map((f) => [f.side, f.item, f.amount, f.line])).toEqual([
      ['income', '收入合计', '706804500', 664],
      ['expenditure', '支出合计', '706804500', 664],
      ['income', '上年结转', '11700000', 665],
      ['expenditure', '基本支出', '22678800', 665],
      ['income', '公共财政拨款', '477474500', 666],
      ['expenditure', '项目支出', '684125700', 666],
      ['income', '政府基金拨款', '85000000', 667],
      ['income', '纳入专户管理的非税收入拨款', null, 668],
      ['income', '其他收入', '132630000', 669],
      ['expenditure', '结余', null, 669],
    ]);
  });

  it('every indicator, per 任务, with 一级/二级 carried down', () => {
    const e = overall(doc());
    const v = e.indicators.map((i) => [i.line, i.level1, i.level2, i.task, i.level3, i.target.raw, i.actual!.raw, i.outcome]);
    expect(v).toEqual([
      [673, '产出指标', '数量指标', '任务1', '帮扶工作人员数量', '2人', '2人', 'met'],
      [674, '产出指标', '数量指标', '任务2', '慰问老干部人数', '约300人', '约300人', 'met'],
      [675, '产出指标', '数量指标', '任务3', '帮扶户数', '485户', '485户', 'met'],
      [676, '产出指标', '质量指标', '任务1', '建立安全监测预警机制', '健全', '健全', 'met'],
      [677, '产出指标', '质量指标', '任务2', '破产推进程度', '有序推进', '有序推进', 'met'],
      [678, '产出指标', '质量指标', '任务3', '国有资产保值增值', '提升', '提升', 'met'],
      [679, '产出指标', '时效指标', '任务1', '信息报送时间', '按月报送', '按月报送', 'met'],
      [680, '产出指标', '时效指标', '任务2', '慰问老干部时间节点', '三节', '三节', 'met'],
      [681, '产出指标', '时效指标', '任务3', '经济运行监测频率', '每月', '每月', 'met'],
      [683, '成本指标', '', '任务1', '基本公务费人均定额', '9040元/年·人', '9040元/年·人', 'met'],
      [684, '成本指标', '', '任务2', '人均驻村生活补助标准', '100元/人', '100元/人', 'met'],
      [686, '效益指标', '经济效益指标', '任务1', '企业转型升级', '有效助力', '有效助力', 'met'],
      [687, '效益指标', '经济效益指标', '任务2', '国有资产保值增值', '保障', '保障', 'met'],
      [689, '效益指标', '社会效益指标', '任务1', '离退休干部职工生活质', '有效提升', '有效提升', 'met'],
      [695, '效益指标', '可持续性影响指标', '任务1', '推动部门工作稳定开展', '有效保障', '有效保障', 'met'],
      [696, '效益指标', '可持续性影响指标', '任务2', '离退休干部职工慰问工', '有效保障', '有效保障', 'met'],
      [698, '满意度指标', '服务对象满意度指标', '任务1', '监管企业满意度', '≥85%', '≥85%', 'met'],
      [699, '满意度指标', '服务对象满意度指标', '任务2', '离退休人员满意度', '≥90%', '≥90%', 'met'],
    ]);
    expect(e.indicators[9]!.target).toMatchObject({ kind: 'quantitative', comparator: '=', number: '9040', unit: '元/年·人' });
    expect(missedTargets(e)).toEqual([]);
  });

  it('group weights from the labels, the one printed 自评得分 (50) belongs to 产出指标', () => {
    const e = overall(doc());
    expect(e.groups.map((g) => [g.name, g.weight, g.score])).toEqual([
      ['执行情况', '10', null],
      ['产出指标', '30', '50'],
      ['效益指标', '30', null],
      ['满意度指标', '10', null],
    ]);
    expect(e.indicators.every((i) => i.score === null && i.weight === null)).toBe(true);
    const f = factRows(doc()).filter((r) => r[4] === 'perf_overall_selfeval' && r[9] === '自评得分');
    expect(f.map((r) => [r[8], r[10], r[11], r[13]])).toEqual([['产出指标', '50', 'score', 673]]);
  });

  it('total 总 分96, thresholds printed, grade derived (not printed)', () => {
    const e = overall(doc());
    expect(e.total_score_printed).toBe('96');
    expect(e.total_line).toBe(701);
    expect(e.total_weight_printed).toBe('100'); // 总分设置为100分
    expect(e.grade).toBeNull();
    expect(e.grade_thresholds).toEqual({ 优: '90', 良: '80', 中: '60', 差: '0' });
    expect(e.grade_derived).toBe('优');
    expect(e.score_sum).toBe('50');
  });

  it('the rest of the form is kept as labelled text', () => {
    const e = overall(doc());
    const labels = e.notes.map((n) => n.label);
    expect(labels).toContain('部门基本信息');
    expect(labels).toContain('自评结论及整体运行绩效情况分析');
    expect(e.notes.find((n) => n.label === '存在问题与整改措施')!.text).toBe('下一步要增强资金拨付进度管理');
  });
});

describe('阳泉 2022 — claims', () => {
  it('62 二级项目: 61 优, 1 中; overall score 96; funds', () => {
    const claims = readPerformanceClaims(doc().narrative.paragraphs, seedLines('yangquan2022'));
    const get = (t: string, s: string | null = null) => claims.filter((c) => c.topic === t && c.subject === s).map((c) => [c.value, c.line]);
    expect(get('perf_projects_evaluated', '二级项目')).toEqual([
      ['62', 596],
      ['62', 608],
    ]);
    expect(get('perf_projects_evaluated', '一级项目')).toEqual([
      ['0', 596],
      ['0', 606],
    ]);
    expect(get('perf_grade_count_优', '二级项目')).toEqual([['61', 608]]);
    expect(get('perf_grade_count_中', '二级项目')).toEqual([['1', 608]]);
    expect(get('perf_grade_count_良', '二级项目')).toEqual([['0', 608]]);
    expect(get('perf_grade_count_差', '二级项目')).toEqual([['0', 608]]);
    expect(get('perf_overall_score')).toEqual([['96', 616]]);
    // L612: …总体绩效自评分数96分。。
    expect(get('perf_summary_score')).toEqual([['96', 612]]);
    expect(get('perf_projects_funds')).toEqual([['684125673.38', 596]]);
    expect(get('perf_projects_funds', '二级项目')).toEqual([['359186452.6', 608]]);
    expect(get('perf_overall_funds')).toEqual([['706804492.61', 598]]);
    expect(get('perf_overall_funds', '一般公共预算')).toEqual([['479174492.61', 598]]);
    expect(get('perf_overall_budget')).toEqual([['372951496.4', 616]]);
    expect(get('perf_overall_execution_rate')).toEqual([['189', 616]]);
  });
});
