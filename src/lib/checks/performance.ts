import type { CheckResult, DocumentModel } from '../model/document.ts';
import { add, cmp, div, fromInt, fromString, mulInt, parseDecimal, sub, ZERO, type Decimal } from '../decimal.ts';
import { def } from './catalogue.ts';
import { judgeSum, printedDigits } from './rounding.ts';
import { judged, skip, tablesOf } from './types.ts';
import { fullScore } from '../parse/layouts/perf-selfeval/total.ts';

/**
 * Σ 得分 = 总分 and Σ 分值 = 100 (or the printed total) for every self-evaluation (the evaluations the 自评表 parser
 * returns with its table).
 */
export function performanceChecks(model: DocumentModel): CheckResult[] {
  if (model.metadata.doc_kind !== 'final') return [];
  const dS = def('perf.score_sum');
  const dW = def('perf.weight_sum');
  const evals = model.performance.filter((e) => e.kind === 'perf_overall_selfeval' || e.kind === 'perf_project_selfeval');
  if (evals.length === 0) {
    const has = tablesOf(model, 'perf_overall_selfeval', 'perf_project_selfeval').length > 0;
    const why = has ? '自评表已识别，但尚未解析出指标与得分（绩效解析未提供数据）' : '文件中没有绩效自评表';
    return [skip(dS, why), skip(dW, why), skip(def('perf.score_within_weight'), why)];
  }
  const out: CheckResult[] = [];
  const dL = def('perf.score_within_weight');
  for (const e of evals) {
    const name = `${e.kind === 'perf_overall_selfeval' ? '部门整体' : '项目'}「${e.scope.name}」`;
    const lines = [e.start_line, e.end_line];
    const refs = [`${e.kind}`, `${e.kind}:${e.scope.name}`];
    const dec = (s: string | null) => (s !== null ? parseDecimal(s) : null);
    const ind = e.indicators.filter((i) => dec(i.weight) !== null || dec(i.score) !== null);
    const funds = e.funds.filter((f) => dec(f.weight) !== null || dec(f.score) !== null);
    const sumOf = (xs: (string | null)[]) => xs.map(dec).filter((x): x is NonNullable<typeof x> => x !== null).reduce((a, b) => add(a, b), ZERO);
    // Which parts the printed total covers: everything (score_sum of the evaluation), everything but the
    // funds block, or the indicators only — the variant whose weights add up to the printed total weight (or 100).
    const all = { label: '全部', score: ind.length + funds.length ? dec(e.score_sum) : null, weight: ind.length + funds.length ? dec(e.weight_sum) : null, n: ind.length + funds.length + 4 };
    const noFunds = all.score && all.weight ? { label: '不含预算执行', score: sub(all.score, sumOf(funds.map((f) => f.score))), weight: sub(all.weight, sumOf(funds.map((f) => f.weight))), n: ind.length + 4 } : null;
    const indOnly = ind.length ? { label: '仅绩效指标', score: sumOf(ind.map((i) => i.score)), weight: sumOf(ind.map((i) => i.weight)), n: ind.length } : null;
    const target = dec(e.total_weight_printed) ?? fromInt(100);
    const variants = [all, noFunds, indOnly].filter((v): v is { label: string; score: Decimal; weight: Decimal; n: number } => !!v && !!v.score && !!v.weight);
    const chosen = variants.find((v) => cmp(v.weight, target) === 0) ?? variants[0];
    if (!chosen) {
      out.push(skip(dS, `${name}：没有逐项得分`, refs), skip(dW, `${name}：没有逐项分值`, refs));
      continue;
    }
    const scope = chosen === all ? '' : `（打印总分只含${chosen === indOnly ? '绩效指标' : '除预算执行外的部分'}）`;
    const vw = judgeSum(target, [chosen.weight], ZERO);
    out.push(judged(dW, vw, { expected: target, actual: chosen.weight, message: `${name}：${e.total_weight_printed ? `打印分值合计 ${e.total_weight_printed}` : '满分 100'}，各项分值之和 ${toS(chosen.weight)}${scope}`, refs, lines }));
    if (e.total_score_printed === null) out.push(skip(dS, `${name}：没有打印总分`, refs));
    else {
      const printed = fromString(e.total_score_printed);
      const p = [e.total_score_printed, ...ind.map((i) => i.score ?? '')].reduce((a, s) => (printedDigits(s) > a ? printedDigits(s) : a), 0);
      const tol = div(mulInt({ units: 1n, scale: p }, BigInt(chosen.n + 1)), fromInt(2), p + 1)!;
      const diff = sub(chosen.score, printed);
      const ad = diff.units < 0n ? { units: -diff.units, scale: diff.scale } : diff;
      const v = { status: cmp(ad, tol) <= 0 ? ('pass' as const) : ('fail' as const), rounding: diff.units !== 0n && cmp(ad, tol) <= 0, difference: diff, tolerance: tol };
      out.push(judged(dS, v, { expected: printed, actual: chosen.score, message: `${name}：总分 ${e.total_score_printed}，各项得分之和 ${toS(chosen.score)}${scope}`, refs, lines }));
    }
    // No item scores more than its weight.
    const over = [...ind.map((i) => ({ n: i.level3 || i.level2, w: dec(i.weight), s: dec(i.score), line: i.line })), ...funds.map((f) => ({ n: f.source, w: dec(f.weight), s: dec(f.score), line: f.line }))].filter((x) => x.w && x.s && cmp(x.s, x.w) > 0);
    // A 预算执行 得分 cell holding the form's full score (合计 of the indicators + 预算执行 points) is a form anomaly
    // (warn), not a score above its weight: the full score it prints is right (parse/layouts/perf-selfeval/total.ts).
    const full = fullScore(e);
    const inCell = new Set(full?.totalInFundsCell ?? []);
    if (over.length)
      for (const x of over) {
        const anomaly = inCell.has(x.line) && full;
        out.push(
          judged(dL, { status: anomaly ? 'warn' : 'fail', rounding: false, difference: sub(x.s!, x.w!), tolerance: ZERO }, {
            expected: x.w!,
            actual: x.s!,
            message: anomaly
              ? `${name}：「${x.n}」的得分栏印的是总分 ${toS(x.s!)} = ${full.how}，不是本行得分：表格格式异常，总分本身无误`
              : `${name}：「${x.n}」得分 ${toS(x.s!)} 超过分值 ${toS(x.w!)}`,
            refs: [...refs],
            lines: [x.line],
          }),
        );
      }
    else if (ind.length + funds.length) out.push(judged(dL, { status: 'pass', rounding: false, difference: ZERO, tolerance: ZERO }, { expected: ZERO, actual: ZERO, message: `${name}：${ind.length + funds.length} 项得分均不超过分值`, refs, lines }));
  }
  return out;
}
import { toString as toS } from '../decimal.ts';
