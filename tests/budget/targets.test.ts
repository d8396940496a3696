/**
 * 绩效目标表 of both budget seeds: the department-wide table and the project table, read into the Evaluation model.
 * Expected values read by hand from data/raw/henan-zhengzhou-gongxinju-2022-budget.txt (004) and
 * data/raw/henan-jiaozuo-jiefang-kegongxinju-2024-budget.txt (002), lines cited.
 */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/lib/model/performance.ts';
import { parseSeed, table } from '../helpers.ts';

const zz = parseSeed('zhengzhou2022');
const jf = parseSeed('jiefang2024');

function targets(doc: typeof zz, kind: Evaluation['kind']): Evaluation[] {
  return doc.performance.filter((e) => e.kind === kind);
}
function project(doc: typeof zz, name: string): Evaluation {
  const p = targets(doc, 'perf_project_targets').filter((e) => e.scope.name === name);
  if (p.length !== 1) throw new Error(`expected one project ${name}, found ${p.length}`);
  return p[0]!;
}

describe('郑州 2022: 部门(单位)整体绩效目标表 (lines 1176-1318, 9 pages)', () => {
  const [e] = targets(zz, 'perf_overall_targets');
  it('reads the goal, the 18 tasks and the funds', () => {
    expect(e!.scope.level).toBe('department');
    expect(e!.goals!.expected.startsWith('以习近平新时代中国特色社会主义思想为指导')).toBe(true);
    expect(e!.tasks).toHaveLength(18);
    expect(e!.tasks[0]!.name).toBe('完善管理体系、加强工业和信息化产业发展');
    expect(e!.tasks[17]!.name).toBe('开展耐材行业产能退出项目工作'); // line 1221
    const funds = Object.fromEntries(e!.funds.map((f) => [f.source, f.initial_budget]));
    expect(funds['部门预算总额']).toBe('1072592000'); // 107,259.2 (line 1222)
    expect(funds['基本支出']).toBe('68862000'); // 6,886.2
    expect(funds['项目支出']).toBe('1003730000'); // 100,373.0
    expect(funds['财政专户管理资金']).toBeNull();
  });
  it('reads indicators across pages, carrying 一级/二级 down and re-aligning shifted rows', () => {
    const byName = new Map(e!.indicators.map((i) => [i.level3, i]));
    const ctrl = byName.get('“三公经费”控制率')!; // line 1249: leading blank cell dropped
    expect(ctrl.level1).toBe('投入管理指标');
    expect(ctrl.level2).toBe('预算和财务管理');
    expect(ctrl.target).toMatchObject({ raw: '≤98%', kind: 'quantitative', comparator: '<=', number: '98', unit: '%' });
    expect(ctrl.actual).toBeNull();
    expect(ctrl.outcome).toBe('not_measurable');
    expect(byName.get('管理制度健全性')!.target.raw).toBe('健全'); // line 1260, <p> markup removed
    const parks = byName.get('新开工小微企业园数量')!; // line 1306
    expect(parks.level1).toBe('产出指标');
    expect(parks.level2).toBe('履职目标实现');
    expect(parks.target).toMatchObject({ comparator: '>=', number: '25', unit: '个' });
    const last = e!.indicators[e!.indicators.length - 1]!; // line 1318
    expect(last).toMatchObject({ level1: '效益指标', level2: '满意度', level3: '服务对象满意度', line: 1318 });
    expect(e!.indicators).toHaveLength(49);
  });
  it('puts the funds amounts in the table', () => {
    const t = table(zz, 'perf_overall_targets');
    expect(t.rows.find((r) => r.name === '部门预算总额')!.cells[0]!.value).toBe('1072592000');
  });
});

describe('郑州 2022: 部门预算项目绩效目标汇总表 (lines 1320-1590, 16 pages)', () => {
  it('reads 19 projects including the two 涉密 ones (the 19 of 项目支出预算表, lines 1115-1174)', () => {
    const ps = targets(zz, 'perf_project_targets');
    expect(ps.map((p) => p.start_line)).toEqual([
      1331, 1336, 1350, 1367, 1371, 1385, 1388, 1400, 1404, 1418, 1421, 1435, 1484, 1498, 1516, 1532, 1559, 1560, 1576,
    ]);
    const secret = ps.filter((p) => p.scope.name === '涉密项目按规定不予公开');
    expect(secret.map((p) => p.start_line)).toEqual([1388, 1559]);
    expect(secret[0]!.funds[0]!.initial_budget).toBeNull();
    const t = table(zz, 'perf_project_targets');
    const c = t.rows.find((r) => r.line === 1388)!.cells[0]!;
    expect(c.withheld).toBe(true);
  });
  it('reassembles indicator names wrapped onto the next page (`通过率`, `性`, line 1348)', () => {
    const p = project(zz, '第三方审计费用');
    expect(p.scope.project_code).toBe('410100220000000025729');
    const names = p.indicators.map((i) => `${i.level1}:${i.level3}=${i.target.raw}`);
    expect(names).toContain('产出指标:奖补项目审计通过率=100%');
    expect(names).toContain('效益指标:项目补贴合规性=提高');
    expect(names).toContain('产出指标:企业申报审计工作完成及时性=及时'); // line 1349, shifted one cell left
  });
  it('reassembles a project name wrapped onto the next page (`地奖补资金`, line 1416)', () => {
    const p = project(zz, '国家（省级）中小企业公共服务示范平台和小型微型企业创业创新示范基地奖补资金');
    expect(p.funds.find((f) => f.source === '资金总额')!.initial_budget).toBe('21500000');
    expect(p.scope.implementing_unit).toBe('郑州市中小企业服务中心');
    expect(p.indicators.map((i) => i.level3)).toContain('企业员工工作积极性');
  });
  it('places indicators of shifted rows in their group (line 1350: 产出/效益/满意度; line 1385: 成本 first)', () => {
    const mfg = project(zz, '郑州市制造业高质量发展专项资金');
    expect(mfg.indicators.filter((i) => i.line === 1350).map((i) => `${i.level1}:${i.level3}`)).toEqual([
      '产出指标:奖补计划完成率',
      '效益指标:规上工业企业营业收入',
      '满意度指标:受补贴企业满意度',
    ]);
    const salt = project(zz, '政府食盐储备补贴资金');
    expect(salt.indicators.filter((i) => i.line === 1385).map((i) => i.level1)).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
    const safety = project(zz, '煤炭行业管理和煤矿安全监管专项工作经费');
    const cost = safety.indicators.find((i) => i.level3 === '重点设备检测检验经费')!;
    expect(cost.target).toMatchObject({ comparator: '<=', number: '20', unit: '万元' });
  });
  it('keeps unit rows with their amounts in the table (line 1330)', () => {
    const t = table(zz, 'perf_project_targets');
    const u = t.rows.find((r) => r.line === 1330)!;
    expect(u.entity).toBe('021001 郑州市工业和信息化局');
    expect(u.cells[0]!.value).toBe('832670000');
  });
});

describe('解放区 2024: 本级部门整体绩效目标表 and 项目绩效目标表 (lines 408-478)', () => {
  it('reads the department table', () => {
    const [e] = targets(jf, 'perf_overall_targets');
    expect(e!.scope.name).toBe('焦作市解放区科技和工业信息化局');
    expect(e!.tasks.map((t) => t.name)).toEqual(['1、企业转型方面', '2、信息化建设方面', '3、企业服务方面', '4、科技创新工作方面']);
    expect(e!.funds.find((f) => f.source === '部门预算总额')!.initial_budget).toBe('3935200');
    const i = e!.indicators.find((x) => x.level3 === '专项资金细化率')!; // line 431: $\geq 90\%$
    expect(i.target).toMatchObject({ kind: 'quantitative', comparator: '>=', number: '90', unit: '%' });
    expect(i.level2).toBe('预算编制完整性');
    expect(e!.indicators.find((x) => x.level3 === '政府采购执行率')!.level1).toBe('投入管理指标'); // line 437
  });
  it('reads 7 projects with codes and indicators', () => {
    const ps = targets(jf, 'perf_project_targets');
    expect(ps).toHaveLength(7);
    const p = project(jf, '补充解放区科技贷款贴息专项资金');
    expect(p.scope.project_code).toBe('410802240000000016408');
    expect(p.funds[0]!.initial_budget).toBe('500000');
    expect(p.indicators.map((i) => `${i.level1}:${i.level3}=${i.target.raw}`)).toEqual([
      '产出指标:获得科技贷企业=≥2家',
      '效益指标:缓解放区科技型企业研发资金问题=有效缓解',
      '满意度指标:服务企业满意度=≥95%',
      '产出指标:科技贷款企业材料通过率=≥90%',
    ]);
  });
});
