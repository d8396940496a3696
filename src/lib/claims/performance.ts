import { parseDecimal, toString } from '../decimal.ts';
import type { StageContext } from '../stages.ts';
import type { Claim, Problem } from '../model/document.ts';
import type { NarrativeParagraph } from '../parse/narrative.ts';
import { cleanText } from '../text/clean.ts';
import { MONEY, toYuan } from '../text/numbers.ts';
import type { SourceLine } from '../text/lines.ts';

const FUND_KINDS = '(一般公共预算|政府性基金预算|国有资[金本]经营预算|社会保险基金预算)';

const money = toYuan;
function plain(num: string): string | null {
  const d = parseDecimal(num);
  return d ? toString(d) : null;
}

interface Ctx {
  out: Claim[];
  line: number;
}

function push(c: Ctx, topic: string, text: string, value: string | null, measure: Claim['measure'], unit: string, subject: string | null = null): void {
  if (value === null) return;
  c.out.push({ topic, text, value, measure, unit, subject, line: c.line });
}

function sentenceClaims(s: string, c: Ctx): void {
  let m: RegExpExecArray | null;
  // 纳入预算绩效管理的支出总额为2,182.77万元，其中基本支出1,861.78万元；项目支出320.99万元
  if ((m = new RegExp(`纳入(?:预算)?绩效管理的支出总额为${MONEY}`).exec(s))) {
    push(c, 'perf_managed_total', m[0], money(m[1]!, m[2]!), 'yuan', m[2]!);
    const rest = s.slice(m.index + m[0].length);
    const b = new RegExp(`基本支出${MONEY}`).exec(rest);
    if (b) push(c, 'perf_managed_basic', b[0], money(b[1]!, b[2]!), 'yuan', b[2]!);
    const p = new RegExp(`项目支出${MONEY}`).exec(rest);
    if (p) push(c, 'perf_managed_projects', p[0], money(p[1]!, p[2]!), 'yuan', p[2]!);
  }
  // 涵盖项目19个，涉及预算资金320.99万元，占部门预算项目支出总额的100.00%
  // 涵盖一级项目0个，二级项目62个，共涉及资金684125673.38元，占本部门（单位）项目支出总额的100%，其中一般公共预算项目支出…
  const cover = /涵盖(?:项目(\d+)个|一级项目(\d+)个[，,、]?二级项目(\d+)个)/.exec(s);
  if (cover) {
    if (cover[1] !== undefined) push(c, 'perf_projects_evaluated', cover[0], plain(cover[1]), 'count', '个');
    else {
      push(c, 'perf_projects_evaluated', `一级项目${cover[2]}个`, plain(cover[2]!), 'count', '个', '一级项目');
      push(c, 'perf_projects_evaluated', `二级项目${cover[3]}个`, plain(cover[3]!), 'count', '个', '二级项目');
    }
    const rest = s.slice(cover.index + cover[0].length);
    const f = new RegExp(`涉及(?:预算)?资金${MONEY}`).exec(rest);
    if (f) push(c, 'perf_projects_funds', f[0], money(f[1]!, f[2]!), 'yuan', f[2]!);
    const sh = /占[^。，,；;]{0,30}?([0-9]+(?:\.[0-9]+)?)\s*[%％]/.exec(rest);
    if (sh) push(c, 'perf_projects_funds_share', sh[0], plain(sh[1]!), 'percent', '%');
    for (const k of rest.matchAll(new RegExp(`${FUND_KINDS}项目支出${MONEY}`, 'g'))) push(c, 'perf_projects_funds', k[0], money(k[2]!, k[3]!), 'yuan', k[3]!, k[1]!);
  }
  // 组织开展部门整体支出绩效自评，涉及预算资金2182.77万元，其中财政拨款2182.74万元
  const overall = new RegExp(`整体支出绩效自评[，,]?涉及(?:预算)?资金${MONEY}`).exec(s);
  if (overall) {
    push(c, 'perf_overall_funds', overall[0].replace(/^.*?涉及/, '涉及'), money(overall[1]!, overall[2]!), 'yuan', overall[2]!);
    const rest = s.slice(overall.index + overall[0].length);
    const fb = new RegExp(`其中[：:]?财政拨款${MONEY}`).exec(rest);
    if (fb) push(c, 'perf_overall_funds', fb[0], money(fb[1]!, fb[2]!), 'yuan', fb[2]!, '财政拨款');
    for (const k of rest.matchAll(new RegExp(`${FUND_KINDS}支出${MONEY}`, 'g'))) push(c, 'perf_overall_funds', k[0], money(k[2]!, k[3]!), 'yuan', k[3]!, k[1]!);
  }
  // 部门整体支出绩效自评结果为92.08分 / 整体绩效自评得分为96分
  if ((m = /(?:部门)?整体(?:支出)?绩效自评(?:结果为|得分为|得分)([0-9]+(?:\.[0-9]+)?)\s*分/.exec(s))) push(c, 'perf_overall_score', m[0], plain(m[1]!), 'score', '分');
  // 阳泉: …总体绩效自评分数96分 (the 自评结论 of the self-evaluation form, repeated in the narrative)
  if ((m = /总体绩效自评(?:分数|得分)为?([0-9]+(?:\.[0-9]+)?)\s*分/.exec(s))) push(c, 'perf_summary_score', m[0], plain(m[1]!), 'score', '分');
  // 部门（单位）全年预算数为372951496.4元，执行数为706804492.61元，执行率为189%
  if (/整体|部门[（(]单位[)）]/.test(s)) {
    const b = new RegExp(`全年预算数为${MONEY}`).exec(s);
    if (b) push(c, 'perf_overall_budget', b[0], money(b[1]!, b[2]!), 'yuan', b[2]!);
    const e = new RegExp(`(?<!预算)执行数为${MONEY}`).exec(s);
    if (e) push(c, 'perf_overall_executed', e[0], money(e[1]!, e[2]!), 'yuan', e[2]!);
    const r = /执行率为([0-9]+(?:\.[0-9]+)?)\s*[%％]/.exec(s);
    if (r && b) push(c, 'perf_overall_execution_rate', r[0], plain(r[1]!), 'percent', '%');
  }
  // 19个项目支出绩效自评中，14个项目自评等级为优 … / 二级项目绩效自评个数62个，涉及资金359186452.6元：61个项目自评等级为“优”
  let subject: string | null = null;
  if ((m = /(?<!\d)(\d+)个项目支出绩效自评中/.exec(s))) push(c, 'perf_projects_evaluated', m[0], plain(m[1]!), 'count', '个');
  if ((m = /(一级|二级)项目绩效自评个数(\d+)个/.exec(s))) {
    subject = `${m[1]}项目`;
    push(c, 'perf_projects_evaluated', m[0], plain(m[2]!), 'count', '个', subject);
    const f = new RegExp(`涉及(?:预算)?资金${MONEY}`).exec(s.slice(m.index + m[0].length));
    if (f) push(c, 'perf_projects_funds', f[0], money(f[1]!, f[2]!), 'yuan', f[2]!, subject);
  }
  for (const g of s.matchAll(/(?<!\d)(\d+)个项目自评等级为[“"]?(优|良|中|差)/g)) push(c, `perf_grade_count_${g[2]}`, g[0].replace(/[“"]/g, ''), plain(g[1]!), 'count', '个', subject);
  // 重点/部门评价: 等4个项目开展部门评价 … 绩效评价得分为95.62分
  if ((m = /(?<!\d)(\d+)个项目开展(部门|财政|重点)(?:绩效)?评价/.exec(s))) push(c, 'perf_key_evaluated_projects', m[0], plain(m[1]!), 'count', '个', `${m[2]}评价`);
  if ((m = /(?<!自评)(?:绩效)?评价得分为([0-9]+(?:\.[0-9]+)?)\s*分/.exec(s)) && !/整体/.test(s)) push(c, 'perf_key_evaluation_score', m[0], plain(m[1]!), 'score', '分');
}

/**
 * Numeric claims of the 预算绩效情况说明 (情况说明): projects evaluated, counts per grade (topics
 * `perf_grade_count_优|良|中|差`), the department's self-evaluation score (`perf_overall_score`), the funds covered
 * (`perf_managed_*`, `perf_projects_funds`, `perf_projects_funds_share`, `perf_overall_funds`), the department's
 * budget / execution (`perf_overall_budget`, `perf_overall_executed`, `perf_overall_execution_rate`), the
 * summary score of the 自评结论 (`perf_summary_score`) and key
 * evaluations (`perf_key_evaluated_projects`, `perf_key_evaluation_score`). Breakdowns carry their `subject`
 * (一级项目 / 二级项目, 财政拨款, 一般公共预算 …). Money in 元, exact. Only paragraphs that speak of 绩效 are read.
 */
export function readPerformanceClaims(paragraphs: readonly NarrativeParagraph[], lines: readonly SourceLine[] = []): Claim[] {
  const out: Claim[] = [];
  const byNumber = new Map(lines.map((l) => [l.n, l]));
  for (const p of paragraphs) {
    if (!/绩效/.test(p.text) && !/绩效/.test(p.heading ?? '')) continue;
    const c: Ctx = { out, line: p.line };
    const text = p.text.replace(/[\s\u3000]+/g, '');
    const from = out.length;
    for (const s of text.split(/[。！？]/)) if (s) sentenceClaims(s, c);
    // A paragraph joined from several source lines: point each claim at the line that prints it.
    for (const claim of out.slice(from)) {
      for (let n = p.line; n < p.line + 12; n++) {
        const l = byNumber.get(n);
        if (l && cleanText(l.raw).replace(/[\s\u3000“”"]+/g, '').includes(claim.text.replace(/[“”"]/g, ''))) {
          claim.line = n;
          break;
        }
      }
    }
  }
  return out;
}

/** Stage wrapper (Stages.claims extractor): performance claims of the document's narrative. */
export function performanceClaims(ctx: StageContext): { claims: Claim[]; problems: Problem[] } {
  return { claims: readPerformanceClaims(ctx.paragraphs, ctx.lines), problems: [] };
}
