import { describe, expect, it } from 'vitest';
import { gradeFor, readGradeThresholds } from '../../src/lib/parse/layouts/perf-selfeval/grades.ts';
import { readSelfEval } from '../../src/lib/parse/layouts/perf-selfeval/selfeval.ts';
import { TableContext } from '../../src/lib/parse/tables/context.ts';
import { splitLines } from '../../src/lib/text/lines.ts';
import { seedLines } from './helpers.ts';

/** 焦作 2022's 企业家培训活动经费: its 项目名称 line (L792) and indicator block (L806-815), re-numbered from 1, with edits. */
function block(edit: (rows: string[]) => string[]) {
  const src = seedLines('jiaozuo2022').filter((l) => l.n === 792 || (l.n >= 806 && l.n <= 815)).map((l) => l.raw);
  const lines = splitLines(edit(src).join('\n'));
  const ctx = new TableContext('万元', 4);
  const r = readSelfEval({ lines, kind: 'perf_project_selfeval', tableId: 't', title: '项目支出绩效自评情况表', startLine: 1, endLine: lines.length, unit: '万元', unitExponent: 4 }, ctx);
  return { ...r, problems: ctx.problems };
}

describe('readSelfEval on edited seed lines', () => {
  it('reads the block as printed', () => {
    const r = block((x) => x);
    expect(r.evaluation.indicators.map((i) => i.level3)).toEqual(['组织省内外培训次数', '培训人次', '培训考核合格率', '培训出勤率', '培训完成及时性', '企业管理创新能力提升', '参训学员满意度']);
    expect(r.evaluation.total_score_printed).toBe('85.98');
    expect(r.problems).toEqual([]);
  });

  it('a wrapped reason line is joined to the row above and reported', () => {
    // L808's reason is cut at "2022年只举办了2期企业"; put its (hypothetical) rest on the next line, in the reason column.
    const r = block((x) => [...x.slice(0, 4), '\t\t\t\t\t\t\t\t家培训', ...x.slice(4)]);
    const i = r.evaluation.indicators[0]!;
    expect(i.deviation_reason).toBe('受疫情影响,全市不能举办大型活动,并且要求减少培训人数,2022年只举办了2期企业家培训');
    expect(r.evaluation.indicators).toHaveLength(7);
    expect(r.problems.map((p) => [p.line, p.code, p.severity])).toEqual([[5, 'perf_wrapped_text', 'info']]);
  });

  it('a line that fits no part of the form is reported with its line and text, never dropped', () => {
    const r = block((x) => ['某某情况\t不明内容\t12.5', ...x]);
    expect(r.problems.map((p) => [p.line, p.code, p.raw])).toEqual([[1, 'perf_row_unplaced', '某某情况\t不明内容\t12.5']]);
    expect(r.evaluation.notes[0]).toMatchObject({ line: 1, text: '某某情况；不明内容；12.5' });
  });
});

describe('grade thresholds', () => {
  it('阳泉 L702: 100-90（含）分为优、90-80（含）分为良、80-60（含）分为中、60分以下为差', () => {
    const line = seedLines('yangquan2022').find((l) => l.n === 702)!.raw;
    const t = readGradeThresholds(line);
    expect(t).toEqual({ 优: '90', 良: '80', 中: '60', 差: '0' });
    expect(gradeFor('96', t)).toBe('优');
    expect(gradeFor('90', t)).toBe('优');
    expect(gradeFor('89.99', t)).toBe('良');
    expect(gradeFor('83.7', t)).toBe('良');
    expect(gradeFor('60', t)).toBe('中');
    expect(gradeFor('59.5', t)).toBe('差');
  });
});

describe('indicator header variants', () => {
  it('roles survive bracketed letters: 年度指标值（A） 实际完成值（B） 得分(C)', async () => {
    const { readIndicatorHeader } = await import('../../src/lib/parse/layouts/perf-selfeval/indicators.ts');
    // 焦作 L807 with the bracketed letters other 河南 forms print
    const [l] = splitLines('一级指标\t二级指标\t三级指标\t年度指标值（A）\t实际值完成值（B）\t分值\t得分(C)\t偏差度\t偏差原因分析及改进措施');
    expect(readIndicatorHeader(l!).roles).toEqual(['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'deviation', 'reason']);
  });
});

describe('printed grade', () => {
  it('a 自评等级 row after the indicators sets the grade and is no indicator', () => {
    const r = block((x) => [...x.slice(0, -1), '自评等级\t优', x[x.length - 1]!]);
    expect(r.evaluation.grade).toBe('优');
    expect(r.evaluation.indicators).toHaveLength(7);
    expect(r.problems).toEqual([]);
  });
});
