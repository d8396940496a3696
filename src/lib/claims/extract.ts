import type { Claim, Problem } from '../model/document.ts';
import type { StageContext } from '../stages.ts';
import { readNarrative, type NarrativeParagraph } from '../parse/narrative.ts';
import { parseDecimal, toString } from '../decimal.ts';
import { cleanText } from '../text/clean.ts';
import { MONEY, NUM, PCT, toYuan } from '../text/numbers.ts';
import type { SourceLine } from '../text/lines.ts';
import { comparisonClaims, type BudgetPair } from './comparisons.ts';

/**
 * Numeric claims of the 情况说明 (the narrative), each with what it refers to (topic + subject), exact value and
 * source line. Pure. Topics (stable keys, see docs/reconciliation.md):
 *
 *   grand_total_income / grand_total_expenditure, fiscal_total_income / fiscal_total_expenditure,
 *   gov_fund_income / gov_fund_expenditure, state_capital_expenditure,
 *   income_total, income_source (subject = source), expenditure_total, expenditure_part (subject = 基本支出 …),
 *   general_total, general_part (subject), general_class (subject = 类 name),
 *   general_initial_budget, general_final, general_completion,
 *   item_initial_budget, item_final, item_completion (subject = 类/款/项 names joined by `/`),
 *   basic_total, personnel, public,
 *   three_public_budget, three_public_actual, three_public_completion,
 *   three_public_item_budget, three_public_item_actual, three_public_item_completion (subject = item),
 *   three_public_vehicles_held,
 *   operating_costs (subject = 预算 | 决算 | null), operating_costs_budget, operating_costs_completion,
 *   procurement_total, procurement_part (subject = 货物 | 工程 | 服务), procurement_sme, procurement_small,
 *   vehicles_total, vehicles_part (subject = category),
 *   yoy_base (the current-year amount a change refers to), yoy_change (subject 增加 | 减少: change against the
 *   previous year) and yoy_pct (its printed percentage), emitted in that order,
 *   words_budget_final / words_budget_budget / words_budget_change, words_yoy_flat (comparisons stated in words:
 *   claims/comparisons.ts).
 *
 * Percentages: topic `share` with subject `<part>/<whole>` where part is the subject/topic of the amount claim just
 * before it and whole names the total it is a share of (收入合计, 支出合计, 一般公共预算支出, 基本支出, 三公经费,
 * 政府采购支出总额, 中小企业合同金额); a recomputation uses the amount claim emitted right before the share and the
 * latest claim of the whole's topic. Completion rates (`*_completion`) are决算 / 预算 of the claims just before.
 */

export const SHARE_WHOLE: Record<string, string> = {
  收入合计: 'income_total',
  支出合计: 'expenditure_total',
  一般公共预算支出: 'general_total',
  基本支出: 'basic_total',
  三公经费: 'three_public_actual',
  政府采购支出总额: 'procurement_total',
  中小企业合同金额: 'procurement_sme',
};

const money = toYuan;
function plain(num: string): string | null {
  const d = parseDecimal(num);
  return d ? toString(d) : null;
}

class Out {
  claims: Claim[] = [];
  constructor(public line: number) {}
  money(topic: string, m: RegExpExecArray | RegExpMatchArray, numAt: number, subject: string | null = null, text = m[0]): void {
    const v = money(m[numAt]!, m[numAt + 1]!);
    if (v !== null) this.claims.push({ topic, text, value: v, measure: 'yuan', unit: m[numAt + 1]!, subject, line: this.line });
  }
  pct(topic: string, raw: string, text: string, subject: string | null = null): void {
    const v = plain(raw);
    // Keep the printed digits (100.00 → "100.00") so the check knows the printed precision.
    if (v !== null) this.claims.push({ topic, text, value: raw.replace(/,/g, '').replace(/\.$/, ''), measure: 'percent', unit: '%', subject, line: this.line });
  }
  count(topic: string, raw: string, text: string, unit: string, subject: string | null = null): void {
    const v = plain(raw);
    if (v !== null) this.claims.push({ topic, text, value: v, measure: 'count', unit, subject, line: this.line });
  }
}

/** Share following an amount at `pos` in `s` (`，占X%`, `，占比X%`, `，占支出合计的X%`). */
function shareAfter(s: string, pos: number): { raw: string; text: string; of: string | null } | null {
  const m = new RegExp(`^[，,]?(?:完成[^，,；;。]{0,12}?${PCT}[，,])?占(比|[^，,；;。%]{0,16}?的)?${PCT}`).exec(s.slice(pos));
  if (!m) return null;
  const of = m[2] && m[2] !== '比' ? m[2].replace(/的$/, '') : null;
  return { raw: m[3]!, text: m[0].replace(/^[，,]/, ''), of };
}

function completionAfter(s: string, pos: number): { raw: string; text: string } | null {
  const m = new RegExp(`^[，,]?完成(?:全年|年初)?预算(?:数)?的${PCT}`).exec(s.slice(pos));
  return m ? { raw: m[1]!, text: m[0].replace(/^[，,]/, '') } : null;
}

const wholeLabel = (of: string | null, fallback: string): string => {
  if (!of) return fallback;
  if (/支出合计/.test(of)) return '支出合计';
  if (/收入合计/.test(of)) return '收入合计';
  if (/政府采购支出总额/.test(of)) return '政府采购支出总额';
  if (/中小企业合同金额/.test(of)) return '中小企业合同金额';
  return fallback;
};

interface Amount {
  label: string;
  num: string;
  unit: string;
  end: number;
}

/** Text between the last separator and position `i` (the label of an amount or a change). */
function labelBefore(s: string, i: number): string {
  const before = s.slice(Math.max(0, i - 24), i);
  const parts = before.split(/[，,。；;：:、“”"（）()]/);
  return parts[parts.length - 1]!.replace(/(为|是|均为|各|约)$/, '');
}

function amountsIn(s: string): Amount[] {
  const out: Amount[] = [];
  for (const m of s.matchAll(new RegExp(MONEY, 'g'))) {
    if (/(增加|减少)$/.test(s.slice(0, m.index!))) continue;
    out.push({ label: labelBefore(s, m.index!), num: m[1]!, unit: m[2]!, end: m.index! + m[0].length });
  }
  return out;
}

/** Length of the longest common substring. */
function lcs(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) {
    let k = 0;
    while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
    if (k > best) best = k;
  }
  return best;
}

interface State {
  amounts: Amount[];
  /** The last 年初预算 / 决算 pair of the paragraph (for a comparison word in a later sentence). */
  pair?: BudgetPair | null;
  /** The document's kind (decides which of a sentence's 年初预算 / 决算 figures is the document's own). */
  docKind?: 'final' | 'budget';
  section: string;
  item?: RegExpExecArray | null;
  vehicles?: boolean;
}

/**
 * Emit `topic` from an amount match `m` (number at group 1) whose label may be `年初预算为`: in a 决算 document the
 * claim is the 决算 figure the same sentence gives next (`…，支出决算为Y`), and no claim when it gives none.
 */
function ownStage(o: Out, topic: string, s: string, m: RegExpExecArray, docKind: 'final' | 'budget' | undefined): void {
  if (!/年初预算/.test(m[0]) || docKind === 'budget') {
    o.money(topic, m, 1);
    return;
  }
  const rest = s.slice(m.index + m[0].length);
  const fin = new RegExp(`^[，,]?(?:支出)?决算(?:数)?(?:为)?${MONEY}`).exec(rest);
  if (fin) o.money(topic, fin, 1);
}

function sentence(s: string, o: Out, state: State): void {
  let m: RegExpExecArray | null;
  const sec = state.section;

  // 收、支总计均为X / 收入总计X、支出总计X / 财政拨款收、支总计均为X / 政府性基金预算财政拨款收入总计X、支出总计X
  if ((m = new RegExp(`(财政拨款)?收、?支(?:预算)?总计(?:均为|均是|为)${MONEY}`).exec(s))) {
    const fiscal = !!m[1] || /财政拨款/.test(sec);
    o.money(fiscal ? 'fiscal_total_income' : 'grand_total_income', m, 2);
    o.money(fiscal ? 'fiscal_total_expenditure' : 'grand_total_expenditure', m, 2);
  }
  // (a budget says 收入预算总计X、支出预算总计X)
  for (const g of s.matchAll(new RegExp(`((?:政府性基金预算|国有资本经营预算)?财政拨款)?(收入|支出)(?:预算)?总计(?:为)?${MONEY}`, 'g'))) {
    if (new RegExp(`收、?支(?:预算)?总计`).test(g[0])) continue;
    const prefix = g[1] ?? (/政府性基金/.test(sec) ? '政府性基金预算财政拨款' : /国有资本/.test(sec) ? '国有资本经营预算财政拨款' : /财政拨款收/.test(s.slice(0, g.index)) ? '财政拨款' : '');
    const kind = /政府性基金/.test(prefix) ? 'gov_fund' : /国有资本/.test(prefix) ? 'state_capital' : /财政拨款/.test(prefix) ? 'fiscal_total' : 'grand_total';
    o.money(`${kind}_${g[2] === '收入' ? 'income' : 'expenditure'}`, g, 3);
  }

  // Budget: 一般公共预算收支预算 X 万元（财政拨款收支总体情况）
  if ((m = new RegExp(`一般公共预算收支预算(?:为)?${MONEY}`).exec(s))) {
    o.money('fiscal_total_income', m, 1, '一般公共预算');
    o.money('fiscal_total_expenditure', m, 1, '一般公共预算');
  }

  // 收入合计X，其中：财政拨款收入X，占Y%；…
  if ((m = new RegExp(`收入合计${MONEY}`).exec(s)) && !/财政拨款收入支出/.test(sec)) o.money('income_total', m, 1);
  if (/收入/.test(sec) && !/财政拨款收入支出|收入支出/.test(sec)) {
    for (const g of s.matchAll(new RegExp(`(财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入|一般公共预算(?:收入)?|政府性基金预算(?:收入)?|国有资本经营预算(?:收入)?|财政专户管理资金(?:收入)?)${MONEY}`, 'g'))) {
      if (/合计$/.test(s.slice(0, g.index))) continue;
      o.money('income_source', g, 2, g[1]!);
      const sh = shareAfter(s, g.index! + g[0].length);
      if (sh) o.pct('share', sh.raw, sh.text, `${g[1]}/收入合计`);
    }
  }

  // 支出合计X，其中：基本支出X，占Y%；项目支出X，占Y%
  if ((m = new RegExp(`支出合计${MONEY}`).exec(s)) && !/财政拨款收入支出/.test(sec)) {
    o.money('expenditure_total', m, 1);
  }
  if (/^[一二三四五六七八九十]*、?支出(决算|预算)?(总体)?情况说明/.test(sec) || /支出预算总体情况/.test(sec)) {
    for (const g of s.matchAll(new RegExp(`(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出)${MONEY}`, 'g'))) {
      o.money('expenditure_part', g, 2, g[1]!);
      const sh = shareAfter(s, g.index! + g[0].length);
      if (sh) o.pct('share', sh.raw, sh.text, `${g[1]}/支出合计`);
    }
  }

  // 一般公共预算财政拨款支出X（万元），占支出合计的Y% / 财政拨款决算支出X元，占本年支出合计的Y%
  const gen = new RegExp(`(?:一般公共预算(?:财政拨款)?|财政拨款(?:决算)?)支出(?:年初预算为|决算)?${MONEY}`).exec(s);
  if (gen && /一般公共预算|财政拨款支出决算/.test(sec) && !/基本支出/.test(sec) && !/预算为/.test(gen[0])) {
    o.money('general_total', gen, 1);
    const sh = shareAfter(s, gen.index + gen[0].length);
    if (sh) o.pct('share', sh.raw, sh.text, `一般公共预算支出/${wholeLabel(sh.of, '支出合计')}`);
  }
  // Budget: 一般公共预算支出年初预算为 X 万元。其中：基本支出 X，占 Y%；项目支出 X，占 Y%
  if (/一般公共预算支出(预算)?情况说明/.test(sec) && (m = new RegExp(`一般公共预算支出年初预算为${MONEY}`).exec(s))) {
    o.money('general_total', m, 1);
  }
  if (/一般公共预算支出(预算)?情况说明/.test(sec)) {
    for (const g of s.matchAll(new RegExp(`(基本支出|项目支出)${MONEY}`, 'g'))) {
      o.money('general_part', g, 2, g[1]!);
      const sh = shareAfter(s, g.index! + g[0].length);
      if (sh) o.pct('share', sh.raw, sh.text, `${g[1]}/一般公共预算支出`);
    }
  }

  // 结构：一般公共服务（类）支出0.65万元，占0.03%；… / 科学技术支出 344.53 万元，占 87.55%
  if (/结构|一般公共预算支出(预算)?情况说明|一般公共预算财政拨款支出决算情况说明/.test(sec) || /主要用于以下方面/.test(s)) {
    for (const g of s.matchAll(new RegExp(`([\\u4e00-\\u9fa5]{2,14}?)(?:[（(]类[)）])?支出(?:[（(]类[)）])?${MONEY}[，,]占(?:比)?${PCT}`, 'g'))) {
      const name = g[1]!.replace(/^(其中|主要用于以下方面|方面)[：:]?/, '').replace(/^.*[：:；;]/, '');
      if (/^(基本|项目|一般公共预算|财政拨款|预算)$/.test(name) || /合计|人员|公用/.test(name)) continue;
      o.money('general_class', g, 2, name);
      o.pct('share', g[4]!, `占${g[4]}%`, `${name}/一般公共预算支出`);
    }
  }

  // 具体情况：年初预算为X，支出决算为Y，完成年初预算的Z%
  // Bounded name lengths: with `+` this backtracks quadratically on a long run of hanzi (docs/security.md).
  const itemHere = /([\u4e00-\u9fa5]{1,40})[（(]类[)）]([\u4e00-\u9fa5]{1,40}(?:[（(]室[)）][\u4e00-\u9fa5]{0,40})?)[（(]款[)）]([\u4e00-\u9fa5]{1,40})[（(]项[)）]/.exec(s);
  if (itemHere) state.item = itemHere;
  const det = new RegExp(`年初预算(?:为|数为)?${MONEY}[，,]支出决算(?:为|数为)?${MONEY}`).exec(s);
  if (det) {
    const item = itemHere ?? state.item;
    // Whose budget and 决算 the sentence gives: a 类/款/项 item, 机关运行经费, or the general total — never a part of it
    // (基本支出 / 项目支出 / 人员经费 / 公用经费 named before the figures are not the general total: no claim).
    const lead = s.slice(0, det.index);
    const prefix = item ? 'item' : /三公/.test(s) ? null : /机关运行经费/.test(s) ? 'operating_costs' : /政府性基金|国有资本/.test(sec) ? null : /基本支出|项目支出|人员经费|公用经费/.test(lead) ? null : 'general';
    if (prefix) {
      const subject = item ? `${item[1]}/${item[2]}/${item[3]}` : null;
      o.money(prefix === 'operating_costs' ? 'operating_costs_budget' : `${prefix}_initial_budget`, det, 1, subject);
      o.money(prefix === 'operating_costs' ? 'operating_costs' : `${prefix}_final`, det, 3, prefix === 'operating_costs' ? '决算' : subject);
      const c = completionAfter(s, det.index + det[0].length);
      if (c) o.pct(`${prefix}_completion`, c.raw, c.text, subject);
    }
  }

  // 基本支出X，其中：人员经费X…；公用经费X
  if (/基本支出/.test(sec) || /基本支出情况说明/.test(sec) || /一般公共预算财政拨款支出决算情况说明|财政拨款支出决算总体情况/.test(sec)) {
    // `基本支出年初预算为X，支出决算为Y`: the figure of the document's own stage (a 决算's basic total is Y, never X).
    if ((m = new RegExp(`基本支出(?:年初预算为|决算)?${MONEY}`).exec(s)) && /基本支出/.test(sec)) ownStage(o, 'basic_total', s, m, state.docKind);
    else if ((m = new RegExp(`基本支出(?:年初预算为|决算)?${MONEY}[，,]?其中`).exec(s))) ownStage(o, 'basic_total', s, m, state.docKind);
    if ((m = new RegExp(`人员经费(?:支出)?${MONEY}`).exec(s))) {
      o.money('personnel', m, 1);
      const sh = shareAfter(s, m.index + m[0].length);
      if (sh) o.pct('share', sh.raw, sh.text, `人员经费/${/基本支出/.test(sec) ? '基本支出' : '一般公共预算支出'}`);
    }
    if ((m = new RegExp(`(?:日常)?公用经费(?:支出)?${MONEY}`).exec(s))) {
      o.money('public', m, 1);
      const sh = shareAfter(s, m.index + m[0].length);
      if (sh) o.pct('share', sh.raw, sh.text, `公用经费/${/基本支出/.test(sec) ? '基本支出' : '一般公共预算支出'}`);
    }
  }

  // 三公
  if (/三公/.test(sec) || /“三公”经费/.test(s)) {
    // …支出预算为X / (a budget) “三公”经费预算X万元 / 预算数为X
    if ((m = new RegExp(`“?三公”?经费(?:财政拨款)?(?:支出)?预算(?:为|数为|数)?${MONEY}`).exec(s))) o.money('three_public_budget', m, 1);
    if ((m = new RegExp(`“?三公”?经费(?:财政拨款)?支出预算(?:为|数为)?${MONEY}[，,]支出决算(?:为|数为)?${MONEY}`).exec(s))) {
      o.money('three_public_actual', m, 3);
      const c = completionAfter(s, m.index + m[0].length);
      if (c) o.pct('three_public_completion', c.raw, c.text);
    }
    const items: [RegExp, string][] = [
      [/因公出国[（(]境[)）]费(?:支出)?(?:决算)?/, '因公出国（境）费'],
      [/公务用车购置及运行(?:维护)?费(?:支出)?(?:决算)?/, '公务用车购置及运行费'],
      [/公务接待费(?:支出)?(?:决算)?/, '公务接待费'],
      [/公务(?:用车|车辆)购置(?:费)?(?:支出)?(?:决算)?/, '公务用车购置费'],
      [/公务用车运行(?:维护)?(?:费)?(?:支出)?(?:决算)?/, '公务用车运行维护费'],
    ];
    for (const [re, name] of items) {
      // (the vehicle items may stand in brackets after their group: …运行费28万元（公务用车购置费0万元，…）)
      for (const g of s.matchAll(new RegExp(`(?:^|[；;，,：:、）)（(])(?:其中[：:])?(?:[（(][一二三四五六七八九十][)）]|\\d[.、．])?${re.source}(?:为)?${MONEY}`, 'g'))) {
        if (name === '公务用车购置费' && /及运行/.test(g[0])) continue;
        const isBudgetDoc = /预算情况说明|支出预算情况/.test(sec) || /经费支出预算/.test(sec);
        o.money(isBudgetDoc ? 'three_public_item_budget' : 'three_public_item_actual', g, 1, name);
        const c = completionAfter(s, g.index! + g[0].length);
        const after = g.index! + g[0].length + (c ? c.text.length + 1 : 0);
        if (c) o.pct('three_public_item_completion', c.raw, c.text, name);
        const sh = shareAfter(s, after);
        if (sh) o.pct('share', sh.raw, sh.text, `${name}/三公经费`);
      }
      // 1. 因公出国（境）费 预算数为0.00万元，支出决算数为0.00万元
      const bd = new RegExp(`${re.source}(?:支出)?预算(?:数)?为${MONEY}[，,]支出决算(?:数)?为${MONEY}`).exec(s);
      if (bd) {
        o.money('three_public_item_budget', bd, 1, name);
        o.money('three_public_item_actual', bd, 3, name);
        const c = completionAfter(s, bd.index + bd[0].length);
        if (c) o.pct('three_public_item_completion', c.raw, c.text, name);
      }
    }
    if ((m = /公务用车保有量(?:为)?(\d+)辆/.exec(s))) o.count('three_public_vehicles_held', m[1]!, m[0], '辆');
  }

  // 机关运行经费
  if ((m = new RegExp(`机关[（(]?(?:机构)?[)）]?运行经费(?:支出)?(?:预算)?(?:为|支出)?${MONEY}`).exec(s)) && !/年初预算/.test(m[0])) {
    o.money('operating_costs', m, 1, /预算/.test(m[0]) || /预算情况说明/.test(sec) ? '预算' : null);
  } else if ((m = new RegExp(`机构运转经费支出预算${MONEY}`).exec(s))) o.money('operating_costs', m, 1, '预算');

  // 政府采购
  if ((m = new RegExp(`政府采购(?:支出总额|预算安排)(?:为)?${MONEY}`).exec(s))) {
    o.money('procurement_total', m, 1);
    for (const g of s.matchAll(new RegExp(`政府采购(货物|工程|服务)(?:支出|预算)(?:为)?${MONEY}`, 'g'))) o.money('procurement_part', g, 2, g[1]!);
  }
  if ((m = new RegExp(`授予中小企业合同金额${MONEY}`).exec(s))) {
    o.money('procurement_sme', m, 1);
    const sh = shareAfter(s, m.index + m[0].length);
    if (sh) o.pct('share', sh.raw, sh.text, `中小企业合同金额/${wholeLabel(sh.of, '政府采购支出总额')}`);
  }
  if ((m = new RegExp(`授予小微企业合同金额${MONEY}`).exec(s))) {
    o.money('procurement_small', m, 1);
    const sh = shareAfter(s, m.index + m[0].length);
    if (sh) o.pct('share', sh.raw, sh.text, `小微企业合同金额/${wholeLabel(sh.of, '中小企业合同金额')}`);
  }

  // 同比：(比上年|与上年度相比)…增加/减少X万元，增长/下降Y%. The current-year amount it compares with (yoy_base) is
  // the amount whose label best matches the change's label (收入总计 ↔ 收入总计), looked up in this sentence and, when
  // the sentence opens with 与…相比 / 比上年, in the earlier sentences of the paragraph.
  const here = amountsIn(s);
  for (const g of s.matchAll(new RegExp(`(增加|减少)${MONEY}[，,]?(?:较上年)?(增长|下降|增加|减少)${PCT}`, 'g'))) {
    const label = labelBefore(s, g.index!);
    const inSentence = here.filter((a) => a.end <= g.index!);
    const comparative = /^(与.{0,12}相比|比上年|较上年)/.test(s) || /^(比|较|与)/.test(label);
    const pool = [...(comparative || inSentence.length === 0 ? state.amounts : []), ...inSentence];
    let base: Amount | undefined;
    if (/^(比|较|与)/.test(label) || label === '') base = inSentence[inSentence.length - 1] ?? (comparative ? state.amounts[state.amounts.length - 1] : undefined);
    else {
      let best = 0;
      const side = (x: string) => (/收入/.test(x) && !/支出/.test(x) ? 'in' : /支出/.test(x) && !/收入/.test(x) ? 'out' : '');
      for (const a of pool) {
        // 收入… never matches …支出 (政府性基金预算财政拨款收入总计 vs …支出总计 share a long prefix).
        if (side(label) && side(a.label) && side(label) !== side(a.label)) continue;
        const sc = lcs(a.label, label);
        if (sc >= best && sc >= 2) (best = sc), (base = a);
      }
    }
    if (base) {
      const v = money(base.num, base.unit);
      if (v !== null) o.claims.push({ topic: 'yoy_base', text: `${base.label}${base.num}${base.unit}`, value: v, measure: 'yuan', unit: base.unit, subject: null, line: o.line });
    }
    o.money('yoy_change', g, 2, g[1]!, g[0]);
    o.pct('yoy_pct', g[5]!, `${g[4]}${g[5]}%`, g[1]!);
  }
  state.amounts.push(...here);

  // Comparisons stated in words (大于 / 小于 / 持平 年初预算数; 与上年持平): claims/comparisons.ts.
  const cmp = comparisonClaims(s, o.line, state.pair ?? null);
  o.claims.push(...cmp.claims);
  state.pair = cmp.pair;

  // 车辆
  let parts: string | null = null;
  if ((m = /(?:共有车辆|车辆共有)(\d+)辆[，,。]?(?:其中[：:]?(.*))?$/.exec(s))) {
    o.count('vehicles_total', m[1]!, m[0].replace(/[，,。]?其中.*$/, ''), '辆');
    parts = m[2] ?? null;
    state.vehicles = parts === null;
  } else if (state.vehicles && /^其中/.test(s)) {
    parts = s.replace(/^其中[：:]?/, '');
    state.vehicles = false;
  }
  if (parts) {
    // Only the breakdown itself: stop before the explanation of 其他用车 or the next item (设备).
    const list = parts.split(/[，,]其他用车主要|[，,]车辆主要|[；;]/)[0]!;
    for (const g of list.matchAll(/([\u4e00-\u9fa5（）()]{2,20}?)(\d+)辆/g)) o.count('vehicles_part', g[2]!, g[0], '辆', g[1]!.replace(/^(其中|和)/, ''));
  }
}

/** Paragraphs of the 情况说明: the narrative part, or (budgets whose 说明 is not segmented as one) a fallback. */
export function narrativeParagraphs(ctx: Pick<StageContext, 'paragraphs' | 'lines' | 'segmentation'>): NarrativeParagraph[] {
  if (ctx.paragraphs.length) return ctx.paragraphs;
  const parts = ctx.segmentation.parts;
  const stop = Math.min(...parts.filter((p) => p.name === 'glossary' || p.name === 'tables' || p.name === 'attachments').map((p) => p.start_line), Infinity);
  const startLine = [...ctx.lines].reverse().find((l) => l.n < stop && /(部门|年度)(预算|决算)情况说明$/.test(cleanText(l.raw).replace(/[#*\s]+/g, '')) && !/^[-一二三四五六七八九十（(]/.test(cleanText(l.raw).replace(/^[#\s*]+/, '')));
  if (!startLine) return [];
  return readNarrative(ctx.lines, [{ name: 'narrative', title: '', start_line: startLine.n, end_line: stop === Infinity ? ctx.lines.length : stop - 1 }]);
}

export function readNarrativeClaims(paragraphs: readonly NarrativeParagraph[], lines: readonly SourceLine[] = [], docKind?: 'final' | 'budget'): Claim[] {
  const all: Claim[] = [];
  const byNumber = new Map(lines.map((l) => [l.n, l]));
  const TOP = /^(?:[一二三四五六七八九十]{1,3}、)/;
  const clean = (raw: string) => cleanText(raw).replace(/^[#\s*]+/, '').replace(/\*\*/g, '').replace(/\s+/g, '');
  for (const p of paragraphs) {
    const o = new Out(p.line);
    const text = p.text.replace(/[\s\u3000]+/g, '').replace(/\*\*/g, '');
    // The enclosing top-level heading (五、…) when the paragraph sits under a sub-heading (（一）总体情况).
    let top = '';
    if (p.heading && !TOP.test(p.heading.replace(/^[#\s*]+/, ''))) {
      for (let n = p.line - 1; n > 0 && n > p.line - 400; n--) {
        const l = byNumber.get(n);
        if (l && TOP.test(clean(l.raw)) && clean(l.raw).length < 40) {
          top = clean(l.raw);
          break;
        }
      }
    }
    const state: State = { amounts: [], section: `${top}${(p.heading ?? '').replace(/\s+/g, '')}`, docKind };
    for (const s of text.split(/[。！？]/)) if (s) sentence(s, o, state);
    // Point each claim at the source line that prints its phrase (paragraphs may join several lines).
    for (const c of o.claims) {
      const needle = c.text.replace(/[\s“”"]+/g, '');
      for (let n = p.line; n < p.line + 12; n++) {
        const l = byNumber.get(n);
        if (l && cleanText(l.raw).replace(/[\s\u3000“”"*]+/g, '').includes(needle)) {
          c.line = n;
          break;
        }
      }
    }
    all.push(...o.claims);
  }
  return all;
}

/** Stage wrapper (one of the extractors combined into Stages.claims). */
export function extractNarrativeClaims(ctx: StageContext): { claims: Claim[]; problems: Problem[] } {
  return { claims: readNarrativeClaims(narrativeParagraphs(ctx), ctx.lines, ctx.docKind), problems: [] };
}
