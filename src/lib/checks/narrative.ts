import type { CheckResult, Claim, DocumentModel } from '../model/document.ts';
import type { Row, Table } from '../model/table.ts';
import { fromString, parseDecimal, round, shift, sum, toString, type Decimal } from '../decimal.ts';
import { SHARE_WHOLE } from '../claims/extract.ts';
import { stageOfClaim } from '../claims/stage.ts';
import { def } from './catalogue.ts';
import { classCode } from './classes.ts';
import { judgePercent, judgeSame, judgeSum, printedDigits } from './rounding.ts';
import { fmt, judged, norm, precisionOf, ref, skip, tableOf, plain, type CheckDef } from './types.ts';
import { valueOf, op, type Operand } from './util.ts';
import { MONEY, toYuan, unitExponent } from '../text/numbers.ts';
import { fullScore } from '../parse/layouts/perf-selfeval/total.ts';


/** Printed precision of a claim (one unit of its last printed digit), in 元 for money. */
export function claimPrecision(c: Claim): Decimal {
  const exp = c.measure === 'yuan' ? (unitExponent(c.unit) ?? 0) : 0;
  if (c.measure === 'percent' || c.measure === 'score' || c.measure === 'count') {
    return { units: 1n, scale: printedDigits(c.value) };
  }
  // Find the printed number in the phrase whose value equals the claim's.
  for (const m of c.text.matchAll(/[0-9][0-9,]*(?:\.[0-9]*)?/g)) {
    const d = parseDecimal(m[0]);
    if (d && toString(shift(d, exp)) === c.value) return shift({ units: 1n, scale: printedDigits(m[0]) }, exp);
  }
  return shift({ units: 1n, scale: 2 }, exp);
}

const claimDec = (c: Claim): Decimal => fromString(c.value);
const nref = (c: Claim) => `narrative:L${c.line}`;
const show = (c: Claim) => {
  if (c.measure !== 'yuan') return `${c.value}${c.unit}`;
  for (const m of c.text.matchAll(new RegExp(MONEY, 'g'))) {
    if (toYuan(m[1]!, m[2]!) === c.value) return m[0];
  }
  return `${c.value}元`;
};

/** Compare a claim with a table cell (two presentations of one figure). */
function vsTable(d: CheckDef, c: Claim, o: Operand | null, what: string): CheckResult {
  if (!o || !o.row) return skip(d, `${what}：说明第 ${c.line} 行所述「${c.text.slice(0, 30)}」，报表中没有对应数据`, [nref(c)]);
  const v = valueOf(o);
  if (v === null) return skip(d, `${what}：报表对应单元格空白、保密或缺失`, [nref(c), ref(o.t, o.row)]);
  const cell = o.row.cells.find((x) => (typeof o.col === 'string' ? x.column === o.col : o.col.test(x.column)));
  // difference = narrative − table
  const r = judgeSame(v, precisionOf(o.t), claimDec(c), claimPrecision(c));
  return judged(d, r, {
    expected: v,
    actual: claimDec(c),
    message: `${what}：说明「${c.text.slice(0, 40)}」，${o.t.title}「${o.label}」${fmt(v, o.t)}${r.status === 'pass' ? '' : `，相差 ${fmt(r.difference, o.t)}`}`,
    refs: [nref(c), ref(o.t, o.row, cell?.column)],
    lines: [c.line, cell?.line ?? o.row.line],
  });
}

/**
 * A 说明's 收入总计 / 支出总计 of a fund table (政府性基金, 国有资本经营) includes the carry-over: 收入总计 = 年初结转和结余 +
 * 本年收入, 支出总计 = 本年支出 + 年末结转和结余 (the 合计 row's 本年 columns alone are 收入合计 / 支出合计). The claim
 * is compared with that 总计 (the reading its label calls for). A figure equal to the 本年 part only, where the
 * carry-over is not zero, is a wording slip of the 说明 (warn, explained), never a 不符; a figure equal to neither fails.
 */
function grandTotalVsTable(d: CheckDef, c: Claim, T: Table | undefined, income: boolean, what: string): CheckResult {
  const row = T ? (total(T) ?? T.rows[0]) : undefined;
  const yearOp = T ? op(T, row, income ? /^本年收入(\/(小计|合计))?$/ : /^本年支出\/(小计|合计)$/, income ? '合计·本年收入' : '合计·本年支出') : null;
  if (!T || !yearOp || !row) return vsTable(d, c, null, what);
  const carryOp = op(T, row, income ? /^年初结转和结余(\/(小计|合计))?$/ : /^年末结转和结余(\/(小计|合计))?$/, income ? '年初结转和结余' : '年末结转和结余');
  const year = valueOf(yearOp);
  const hasCarry = row.cells.some((x) => (carryOp.col as RegExp).test(x.column));
  if (!hasCarry || year === null) return vsTable(d, c, yearOp, what);
  const carry = valueOf(carryOp);
  if (carry === null) return skip(d, `${what}：说明第 ${c.line} 行所述「${c.text.slice(0, 30)}」含结转和结余，但报表的${carryOp.label}保密或缺失，未判定`, [nref(c), ref(T, row)]);
  const grand = sum([year, carry]);
  const label = income ? '收入总计' : '支出总计';
  const formula = income ? `${fmt(carry, T)}（年初结转和结余）+ ${fmt(year, T)}（本年收入）` : `${fmt(year, T)}（本年支出）+ ${fmt(carry, T)}（年末结转和结余）`;
  const refs = [nref(c), ref(T, row)];
  const lines = [c.line, row.line];
  const r = judgeSame(grand, precisionOf(T), claimDec(c), claimPrecision(c));
  if (r.status === 'pass' || carry.units === 0n) {
    return judged(d, r, { expected: grand, actual: claimDec(c), message: `${what}：说明「${c.text.slice(0, 40)}」，${T.title}${label} = ${formula} = ${fmt(grand, T)}${r.status === 'pass' ? '' : `，相差 ${fmt(r.difference, T)}`}`, refs, lines });
  }
  const y = judgeSame(year, precisionOf(T), claimDec(c), claimPrecision(c));
  if (y.status === 'pass') {
    return judged(d, { ...r, status: 'warn' }, { expected: grand, actual: claimDec(c), message: `${what}：说明称「${c.text.slice(0, 40)}」，数额等于${yearOp.label.replace('合计·', '')} ${fmt(year, T)}，不含${carryOp.label} ${fmt(carry, T)}；按报表，${label} = ${formula} = ${fmt(grand, T)}（说明的措辞与口径不一致，数字本身与报表一致）`, refs, lines });
  }
  return judged(d, r, { expected: grand, actual: claimDec(c), message: `${what}：说明「${c.text.slice(0, 40)}」，${T.title}${label} = ${formula} = ${fmt(grand, T)}，相差 ${fmt(r.difference, T)}（也不等于${yearOp.label.replace('合计·', '')} ${fmt(year, T)}）`, refs, lines });
}

/**
 * `一般公共预算收支预算X` against the 一般公共预算 part of the 财政拨款收支总表: 收入 — the 一般公共预算 拨款 of 本年 (or of 本年
 * plus 上年结转, both readings accepted); 支出 — the 本年支出 row's 一般公共预算 column. A part not printed: 未判定.
 */
function generalPartVsTable(d: CheckDef, c: Claim, F: Table | undefined, income: boolean): CheckResult {
  const what = income ? '一般公共预算收入' : '一般公共预算支出';
  if (!F) return vsTable(d, c, null, what);
  const candidates: { v: Decimal; label: string; row: Row }[] = [];
  if (income) {
    const rows = F.rows.filter((r) => r.block === '收入' && /一般公共预算/.test(norm(r.name)));
    const vals = rows.map((r) => ({ r, v: valueOf(op(F, r, /^收入\//)) }));
    if (vals[0]?.v) candidates.push({ v: vals[0].v, label: `「${norm(vals[0].r.name)}」`, row: vals[0].r });
    if (vals[0]?.v && vals[1]?.v) candidates.push({ v: sum([vals[0].v, vals[1].v]), label: `本年与上年结转的「${norm(vals[0].r.name)}」之和`, row: vals[1].r });
  } else {
    const r = F.rows.find((x) => x.block === '支出' && /本年支出/.test(norm(x.name)));
    const v = r ? valueOf(op(F, r, /一般公共预算(\/小计)?$/)) : null;
    if (r && v) candidates.push({ v, label: `「${norm(r.name)}」一般公共预算`, row: r });
  }
  if (candidates.length === 0) return skip(d, `${what}：说明第 ${c.line} 行所述「${c.text.slice(0, 30)}」，${F.title}中没有一般公共预算的对应数，未判定`, [nref(c)]);
  const judgedAll = candidates.map((k) => ({ k, r: judgeSame(k.v, precisionOf(F), claimDec(c), claimPrecision(c)) }));
  const best = judgedAll.find((x) => x.r.status === 'pass') ?? judgedAll.find((x) => x.r.status === 'warn') ?? judgedAll[0]!;
  return judged(d, best.r, { expected: best.k.v, actual: claimDec(c), message: `${what}：说明「${c.text.slice(0, 40)}」，${F.title}${best.k.label} ${fmt(best.k.v, F)}${best.r.status === 'pass' ? '' : `，相差 ${fmt(best.r.difference, F)}`}`, refs: [nref(c), ref(F, best.k.row)], lines: [c.line, best.k.row.line] });
}

const rowIn = (t: Table | undefined, block: string | null, re: RegExp, last = false): Row | undefined => {
  const rows = t?.rows.filter((r) => (block === null || r.block === block) && re.test(norm(r.name))) ?? [];
  return last ? rows[rows.length - 1] : rows[0];
};
const total = (t: Table | undefined) => t?.rows.find((r) => !r.code && !r.entity && /^(合计|总计)$/.test(norm(r.name)));

export function narrativeChecks(model: DocumentModel): CheckResult[] {
  const claims = model.narrative.claims;
  const final = model.metadata.doc_kind === 'final';
  const out: CheckResult[] = [];
  const S = tableOf(model, final ? 'final_summary' : 'budget_summary');
  const I = tableOf(model, 'final_income');
  const E = tableOf(model, final ? 'final_expenditure' : 'budget_expenditure');
  const F = tableOf(model, final ? 'final_fiscal_summary' : 'budget_fiscal_summary');
  const G = tableOf(model, final ? 'final_general_expenditure' : 'budget_general_expenditure');
  const BAS = tableOf(model, final ? 'final_general_basic' : 'budget_general_basic');
  const TP = tableOf(model, final ? 'final_three_public' : 'budget_three_public');
  const GF = tableOf(model, final ? 'final_gov_fund' : 'budget_gov_fund');
  const SC = tableOf(model, final ? 'final_state_capital' : 'budget_state_capital');
  const ST = tableOf(model, 'final_disclosure_stats');
  const OC = tableOf(model, 'budget_operating_costs');
  const used = new Set<string>();
  const emit = (id: string, r: CheckResult) => {
    used.add(id);
    out.push(r);
  };
  const col = (b: string) => new RegExp(`(^|/)${b}/`);

  for (const [i, c] of claims.entries()) {
    const t = c.topic;
    switch (t) {
      case 'grand_total_income':
      case 'grand_total_expenditure': {
        const inc = t === 'grand_total_income';
        const r = rowIn(S, inc ? '收入' : '支出', inc ? /^(收入)?总计$/ : /^(支出)?总计$/, true);
        emit('narr.grand_total', vsTable(def('narr.grand_total'), c, S && r ? op(S, r, col(inc ? '收入' : '支出'), inc ? '收入总计' : '支出总计') : null, inc ? '收入总计' : '支出总计'));
        break;
      }
      case 'income_total': {
        const r = rowIn(S, '收入', /^本年收入合计$/);
        emit('narr.income', vsTable(def('narr.income'), c, S && r ? op(S, r, col('收入'), '本年收入合计') : null, '收入合计'));
        break;
      }
      case 'income_source': {
        const d = def('narr.income');
        const subj = (c.subject ?? '').replace(/收入$/, '');
        if (final) {
          const colRe = new RegExp(`^${subj}收入$`);
          emit('narr.income', vsTable(d, c, I ? op(I, total(I), colRe, `合计·${c.subject}`) : null, c.subject ?? '收入'));
        } else {
          const r = S?.rows.find((x) => x.block === '收入' && !/^其中/.test(norm(x.name)) && norm(x.name).startsWith(subj.replace(/预算$/, '')));
          emit('narr.income', vsTable(d, c, S && r ? op(S, r, col('收入')) : null, c.subject ?? '收入'));
        }
        break;
      }
      case 'expenditure_total': {
        const d = def('narr.expenditure');
        if (final) emit('narr.expenditure', vsTable(d, c, E ? op(E, total(E), /^本年支出合计$/, '合计·本年支出合计') : null, '支出合计'));
        else {
          const r = rowIn(S, '支出', /^本年支出合计$/);
          emit('narr.expenditure', vsTable(d, c, S && r ? op(S, r, col('支出'), '本年支出合计') : null, '支出合计'));
        }
        break;
      }
      case 'expenditure_part':
      case 'general_part': {
        const d = def(t === 'general_part' ? 'narr.general_total' : 'narr.expenditure');
        const T = t === 'general_part' ? G : E;
        const subj = c.subject ?? '';
        const colRe = final ? new RegExp(`^${subj}$`) : new RegExp(`^${subj}(/(小计|合计))?$`);
        emit(d.id, vsTable(d, c, T ? op(T, total(T), colRe, `合计·${subj}`) : null, subj));
        break;
      }
      case 'fiscal_total_income':
      case 'fiscal_total_expenditure': {
        const inc = t === 'fiscal_total_income';
        const d = def('narr.fiscal_total');
        // Budget: `一般公共预算收支预算X` is the 一般公共预算 part, not the 财政拨款 总计 (which adds 政府性基金 and 国有资本).
        if (c.subject === '一般公共预算') {
          emit(d.id, generalPartVsTable(d, c, F, inc));
          break;
        }
        const r = rowIn(F, inc ? '收入' : '支出', /^(收入|支出)?(总计|合计)[：:]?$/, true);
        emit(d.id, vsTable(d, c, F && r ? op(F, r, inc ? col('收入') : /^支出\/(合计|总计|金额)$|^支出\//, inc ? '收入总计' : '支出总计') : null, inc ? '财政拨款收入总计' : '财政拨款支出总计'));
        break;
      }
      case 'gov_fund_income':
      case 'gov_fund_expenditure':
      case 'state_capital_expenditure': {
        const d = def('narr.fiscal_total');
        const T = t === 'state_capital_expenditure' ? SC : GF;
        emit(d.id, grandTotalVsTable(d, c, T, t === 'gov_fund_income', t === 'state_capital_expenditure' ? '国有资本经营预算财政拨款支出' : '政府性基金预算财政拨款'));
        break;
      }
      case 'general_total':
      case 'general_final': {
        const d = def('narr.general_total');
        emit(d.id, vsTable(d, c, G ? op(G, total(G), /(小计|^合计)$/, '合计') : null, '一般公共预算（财政拨款）支出'));
        break;
      }
      case 'general_class': {
        const d = def('narr.general_classes');
        const code = classCode(c.subject ?? '');
        if (final) {
          const r = G?.rows.find((x) => x.code === code);
          if (G && !r && claimDec(c).units === 0n) {
            emit(d.id, plain(d, 'pass', `说明「${c.text.slice(0, 30)}」为 0，${G.title}未列该类（即无此类支出）`, [nref(c), G.kind], [c.line], { expected: '0', actual: '0', difference: '0', tolerance: '0' }));
            break;
          }
          emit(d.id, vsTable(d, c, G && r ? op(G, r, /小计$/, `${code} ${norm(r.name)}`) : null, `${c.subject}（类）`));
        } else {
          const r = S?.rows.find((x) => x.block === '支出' && !x.is_total && classCode(x.name) === code);
          emit(d.id, vsTable(d, c, S && r ? op(S, r, col('支出')) : null, `${c.subject}（类）`));
        }
        break;
      }
      case 'item_final': {
        const d = def('narr.items');
        const [, kuan, xiang] = (c.subject ?? '').split('/');
        const secs = G?.rows.filter((r) => r.code?.length === 5 && norm(r.name) === norm(kuan ?? '')) ?? [];
        const r = G?.rows.find((x) => x.code?.length === 7 && norm(x.name) === norm(xiang ?? '') && secs.some((s) => x.code!.startsWith(s.code!)));
        emit(d.id, vsTable(d, c, G && r ? op(G, r, /小计$/, `${r.code} ${norm(r.name)}`) : null, `${c.subject}（项）`));
        break;
      }
      case 'basic_total': {
        const d = def('narr.basic');
        if (final) emit(d.id, vsTable(d, c, G ? op(G, total(G), /基本支出$/, '合计·基本支出') : null, '基本支出'));
        else emit(d.id, vsTable(d, c, BAS ? op(BAS, total(BAS), /合计$/, '合计') : null, '基本支出'));
        break;
      }
      case 'personnel':
      case 'public': {
        const d = def('narr.basic');
        const label = t === 'personnel' ? '人员经费' : '公用经费';
        if (final) {
          const r = BAS?.rows.find((x) => new RegExp(`^(日常)?${label}合计$`).test(norm(x.name)));
          const c2 = r?.cells.some((x) => /基本支出$/.test(x.column)) ? /基本支出$/ : /./;
          emit(d.id, vsTable(d, c, BAS && r ? op(BAS, r, c2, `${label}合计`) : null, label));
        } else emit(d.id, vsTable(d, c, BAS ? op(BAS, total(BAS), new RegExp(`${label}$`), `合计·${label}`) : null, label));
        break;
      }
      case 'three_public_budget':
      case 'three_public_actual':
      case 'three_public_item_budget':
      case 'three_public_item_actual': {
        const d = def('narr.three_public');
        const isBudget = /budget/.test(t);
        const pre = final ? (isBudget ? '预算数/' : '决算数/') : '';
        const item = c.subject;
        const colRe = !item ? /合计$/ : item === '因公出国（境）费' ? /因公出国/ : item === '公务用车购置及运行费' ? /小计$/ : item === '公务接待费' ? /公务接待费$/ : item === '公务用车购置费' ? /购置费$/ : /运行(维护)?费$/;
        const row = TP?.rows.find((r) => r.cells.some((x) => x.value !== null));
        if (TP && !row && (TP.empty || TP.rows.length === 0)) {
          const zero = claimDec(c).units === 0n;
          emit(d.id, plain(d, zero ? 'pass' : 'fail', zero ? `说明「${c.text.slice(0, 30)}」为 0，${TP.title}为空表${TP.empty_statement ? '（本表无数据）' : ''}` : `说明「${c.text.slice(0, 30)}」不为 0，但${TP.title}为空表`, [nref(c), TP.kind], [c.line, TP.start_line], { expected: '0', actual: c.value, difference: c.value, tolerance: '0' }));
          break;
        }
        const cell = row?.cells.find((x) => x.column.startsWith(pre) && colRe.test(x.column));
        emit(d.id, vsTable(d, c, TP && row && cell ? op(TP, row, cell.column, cell.column) : null, `“三公”经费${item ?? ''}${isBudget ? '预算' : '决算'}`));
        break;
      }
      case 'operating_costs': {
        const d = def('narr.operating_costs');
        // A 预算 figure in a 决算 说明 (or the reverse) is not what the tables of this document print: 未判定.
        if (stageOfClaim(c, model.metadata.doc_kind) !== model.metadata.doc_kind) {
          emit(d.id, skip(d, `说明第 ${c.line} 行所述机关运行经费 ${show(c)} 是${c.subject ?? ''}数，本文件的报表列示${final ? '决算' : '预算'}数，不作比较（未判定）`, [nref(c)]));
          break;
        }
        if (ST) {
          const rows = ST.rows.filter((r) => r.block === '机关运行经费' || /机关运行经费/.test(r.block ?? ''));
          const vals = rows.map((r) => valueOf(op(ST, r, /./)));
          if (rows.length && vals.every((v) => v !== null)) {
            const tot = sum(vals as Decimal[]);
            const r = judgeSum(claimDec(c), vals as Decimal[], precisionOf(ST));
            emit(d.id, judged(d, r, { expected: tot, actual: claimDec(c), message: `说明机关运行经费「${c.text.slice(0, 30)}」，${ST.title}各单位机关运行经费之和 ${fmt(tot, ST)}`, refs: [nref(c), ...rows.map((x) => ref(ST, x))], lines: [c.line, ...rows.map((x) => x.line)] }));
            break;
          }
        }
        if (OC) {
          emit(d.id, vsTable(d, c, op(OC, total(OC), /合计$/, '合计'), '机关（机构）运行经费'));
          break;
        }
        emit(d.id, skip(d, `说明第 ${c.line} 行所述机关运行经费 ${show(c)}：文件中没有列示机关运行经费的报表，无从核对`, [nref(c)]));
        break;
      }
      case 'procurement_total': {
        const d = def('narr.procurement');
        const parts = claims.slice(i + 1).filter((x, k, arr) => x.topic === 'procurement_part' && arr.slice(0, k).every((y) => y.topic === 'procurement_part'));
        if (parts.length) {
          const p = [c, ...parts].map(claimPrecision).reduce((a, b) => (cmpD(a, b) >= 0 ? a : b));
          const r = judgeSum(claimDec(c), parts.map(claimDec), p);
          emit(d.id, judged(d, r, { expected: claimDec(c), actual: r.actual, message: `说明：政府采购总额 ${show(c)}，${parts.map((x) => `${x.subject}${show(x)}`).join(' + ')}`, refs: [nref(c)], lines: [c.line] }));
        }
        if (ST) {
          const r = rowIn(ST, null, /^合计$/);
          emit(d.id, vsTable(d, c, r ? op(ST, r, /采购金额/, '政府采购合计') : null, '政府采购总额'));
        }
        if (!parts.length && !ST) emit(d.id, skip(d, '说明没有列出政府采购分项，文件中也没有政府采购统计表', [nref(c)]));
        break;
      }
      case 'vehicles_total': {
        const d = def('narr.vehicles');
        const parts = claims.slice(i + 1).filter((x, k, arr) => x.topic === 'vehicles_part' && arr.slice(0, k).every((y) => y.topic === 'vehicles_part'));
        if (parts.length) {
          const r = judgeSum(claimDec(c), parts.map(claimDec), { units: 0n, scale: 0 });
          emit(d.id, judged(d, r, { expected: claimDec(c), actual: r.actual, message: `说明：车辆 ${c.value} 辆，${parts.map((x) => `${x.subject}${x.value}`).join(' + ')} = ${toString(r.actual)} 辆`, refs: [nref(c)], lines: [c.line] }));
        }
        if (ST) {
          const r = rowIn(ST, null, /车辆数合计/);
          if (r) emit(d.id, vsTable(d, c, op(ST, r, /统计数/, '车辆数合计'), '车辆数'));
        }
        if (!parts.length && !ST) emit(d.id, skip(d, '说明没有列出车辆分类，文件中也没有车辆统计表', [nref(c)]));
        break;
      }
      case 'perf_overall_score': {
        const d = def('narr.perf_score');
        const ev = model.performance.find((e) => e.kind === 'perf_overall_selfeval');
        if (!ev || ev.total_score_printed === null) {
          emit(d.id, skip(d, `说明第 ${c.line} 行：部门整体自评得分 ${c.value} 分，${ev ? '自评表未打印总分' : tableOf(model, 'perf_overall_selfeval') ? '自评表尚未解析出总分' : '文件中没有部门整体支出绩效自评表'}`, [nref(c)]));
          break;
        }
        // The 说明 quotes the full score (of 100); a 合计 row covering the indicators only is completed by the
        // 预算执行 points first, and a full score that cannot be told makes the comparison 未判定 (parse/layouts/perf-selfeval/total.ts).
        const full = fullScore(ev);
        if (!full) {
          emit(d.id, skip(d, `说明第 ${c.line} 行：部门整体自评得分 ${c.value} 分；自评表合计 ${ev.total_score_printed} 分只含 ${ev.total_weight_printed ?? '?'} 分的指标，预算执行部分的得分不能确定，未判定`, [nref(c), `perf_overall_selfeval:${ev.scope.name}`]));
          break;
        }
        const tv = full.score;
        const r = judgeSame(claimDec(c), claimPrecision(c), tv, { units: 1n, scale: printedDigits(ev.total_score_printed) });
        const how = full.added.units === 0n ? '' : ` = ${full.how}`;
        emit(d.id, judged(d, r, { expected: tv, actual: claimDec(c), message: `说明：部门整体支出绩效自评结果 ${c.value} 分；自评表总分 ${toString(tv)} 分${how}${r.status === 'pass' ? '' : `，相差 ${toString(negD(r.difference))} 分`}`, refs: [nref(c), `perf_overall_selfeval:${ev.scope.name}`], lines: [c.line, ev.total_line ?? ev.end_line] }));
        break;
      }
      case 'perf_projects_evaluated': {
        const d = def('narr.perf_grades');
        const grades = claims.filter((x) => x.topic.startsWith('perf_grade_count_') && x.line === c.line && x.subject === c.subject);
        if (grades.length) {
          const r = judgeSum(claimDec(c), grades.map(claimDec), { units: 0n, scale: 0 });
          emit(d.id, judged(d, r, { expected: claimDec(c), actual: r.actual, message: `说明：${c.subject ?? ''}项目自评 ${c.value} 个，${grades.map((g) => `${g.topic.slice(-1)}${g.value}`).join(' + ')} = ${toString(r.actual)} 个`, refs: [nref(c)], lines: [c.line] }));
        }
        break;
      }
      case 'perf_managed_total':
      case 'perf_managed_basic':
      case 'perf_managed_projects': {
        const d = def('narr.perf_funds');
        const colRe = t === 'perf_managed_total' ? /^本年支出合计$/ : t === 'perf_managed_basic' ? /^基本支出$/ : /^项目支出$/;
        if (final) emit(d.id, vsTable(d, c, E ? op(E, total(E), colRe, `合计·${colRe.source.replace(/[\^$]/g, '')}`) : null, '纳入绩效管理的支出'));
        else {
          const colB = t === 'perf_managed_total' ? /^(总计|合计)$/ : t === 'perf_managed_basic' ? /^基本支出(\/(小计|合计))?$/ : /^项目支出(\/(小计|合计))?$/;
          emit(d.id, vsTable(d, c, E ? op(E, total(E), colB, '合计') : null, '纳入绩效管理的支出'));
        }
        break;
      }
      case 'yoy_pct': {
        emit('narr.yoy', yoyCheck(claims, i));
        break;
      }
      case 'perf_projects_funds':
      case 'perf_overall_funds': {
        if (!final) break;
        const d = def('narr.perf_funds');
        const projects = t === 'perf_projects_funds';
        const subj = c.subject;
        // Funds of the evaluated projects / of the whole department, by source where the 说明 splits them.
        let o: Operand | null = null;
        if (subj === null) o = E ? op(E, total(E), projects ? /^项目支出$/ : /^本年支出合计$/, projects ? '合计·项目支出' : '合计·本年支出合计') : null;
        else if (/^财政拨款$/.test(subj)) o = F ? op(F, F.rows.find((r) => r.block === '支出' && /^本年支出合计$/.test(norm(r.name))), /^支出\/合计$/, '本年支出合计·合计') : null;
        else if (/^一般公共预算/.test(subj)) o = G ? op(G, total(G), projects ? /项目支出$/ : /(小计|^合计)$/, projects ? '合计·项目支出' : '合计') : null;
        else if (/^政府性基金/.test(subj)) o = GF ? op(GF, total(GF) ?? GF.rows[0], projects ? /项目支出$/ : /^本年支出\/(小计|合计)$/, projects ? '合计·项目支出' : '合计·本年支出') : null;
        else if (/^国有资[金本]经营/.test(subj)) o = SC ? op(SC, total(SC) ?? SC.rows[0], projects ? /项目支出$/ : /^本年支出\/(小计|合计)$/, projects ? '合计·项目支出' : '合计·本年支出') : null;
        else break; // 一级项目 / 二级项目 / 社会保险基金: no table presents them
        emit(d.id, vsTable(d, c, o, projects ? `绩效自评项目涉及资金（${subj ?? '合计'}）` : `整体绩效自评涉及资金（${subj ?? '合计'}）`));
        break;
      }
      case 'share': {
        emit('narr.share', shareCheck(model, claims, i));
        break;
      }
      default:
        if (/_completion$/.test(t) || t === 'perf_overall_execution_rate') emit('narr.completion', completionCheck(model, claims, i, TP));
    }
  }
  // Catalogue entries of this family that no claim exercised: say so (skip), never silently pass.
  for (const d of ['narr.yoy', 'narr.grand_total', 'narr.income', 'narr.expenditure', 'narr.share', 'narr.completion', 'narr.fiscal_total', 'narr.general_total', 'narr.general_classes', 'narr.basic', 'narr.three_public', 'narr.operating_costs', 'narr.procurement', 'narr.vehicles']) {
    if (!used.has(d)) out.push(skip(def(d), claims.length ? '情况说明中没有找到此类数字表述' : '没有读到情况说明（或其中没有数字表述）'));
  }
  if (final) for (const d of ['narr.items', 'narr.perf_score', 'narr.perf_grades', 'narr.perf_funds']) if (!used.has(d)) out.push(skip(def(d), '情况说明中没有找到此类数字表述'));
  return out;
}

function cmpD(a: Decimal, b: Decimal): number {
  const s = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(s - a.scale);
  const y = b.units * 10n ** BigInt(s - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}
const negD = (d: Decimal): Decimal => ({ units: -d.units, scale: d.scale });

function percentResult(d: CheckDef, pc: Claim, part: Claim | { value: Decimal; p: Decimal; label: string; ref: string }, whole: Claim | { value: Decimal; p: Decimal; label: string; ref: string }, what: string): CheckResult {
  const pv = 'topic' in part ? claimDec(part) : part.value;
  const wv = 'topic' in whole ? claimDec(whole) : whole.value;
  const pp = 'topic' in part ? claimPrecision(part) : part.p;
  const wp = 'topic' in whole ? claimPrecision(whole) : whole.p;
  const p = cmpD(pp, wp) >= 0 ? pp : wp;
  const label = (x: typeof part) => ('topic' in x ? `「${x.text.slice(0, 24)}」` : x.label);
  const refs = [nref(pc), ...[part, whole].map((x) => ('topic' in x ? nref(x) : x.ref))];
  const r = judgePercent(fromString(pc.value), printedDigits(pc.value), pv, wv, p);
  if (!r) return skip(d, `${what}：分母为 0，无法计算百分比（说明 ${pc.value}%）`, refs);
  return judged(d, r, {
    expected: round(r.recomputed, 4),
    actual: fromString(pc.value),
    message: `${what}：说明 ${pc.value}%，按 ${label(part)} ÷ ${label(whole)} 重新计算为 ${toString(round(r.recomputed, 4))}%${r.status === 'warn' ? '（疑为截断而非四舍五入）' : ''}`,
    refs,
    lines: [pc.line, ...('topic' in part ? [part.line] : []), ...('topic' in whole ? [whole.line] : [])],
  });
}

/** A share claim: part = the amount claim just before; whole = latest claim of the whole's topic (or the table). */
function shareCheck(model: DocumentModel, claims: Claim[], i: number): CheckResult {
  const d = def('narr.share');
  const c = claims[i]!;
  const [partLabel, wholeLabel] = (c.subject ?? '/').split('/');
  const part = [...claims.slice(0, i)].reverse().find((x) => x.measure === 'yuan');
  if (!part || part.measure !== 'yuan') return skip(d, `说明第 ${c.line} 行「${c.text}」：找不到其分项金额`, [nref(c)]);
  const wholeTopic = SHARE_WHOLE[wholeLabel ?? ''];
  let whole: Claim | { value: Decimal; p: Decimal; label: string; ref: string } | undefined = [...claims.slice(0, i)].reverse().find((x) => x.topic === wholeTopic);
  if (!whole) {
    const fin = model.metadata.doc_kind === 'final';
    const t = wholeTopic === 'basic_total' ? tableOf(model, fin ? 'final_general_expenditure' : 'budget_general_basic') : wholeTopic === 'general_total' ? tableOf(model, fin ? 'final_general_expenditure' : 'budget_general_expenditure') : wholeTopic === 'expenditure_total' ? tableOf(model, fin ? 'final_expenditure' : 'budget_expenditure') : wholeTopic === 'three_public_actual' ? tableOf(model, fin ? 'final_three_public' : 'budget_three_public') : undefined;
    const row = wholeTopic === 'three_public_actual' ? t?.rows.find((r) => r.cells.some((x) => x.value !== null)) : total(t);
    const cell = row?.cells.find((x) => (wholeTopic === 'three_public_actual' ? (fin ? /^决算数\/合计$/ : /合计$/) : wholeTopic === 'basic_total' ? (fin ? /基本支出$/ : /合计$/) : /(小计|^合计|^总计|^本年支出合计)$/).test(x.column) && x.value !== null);
    if (t && row && cell) whole = { value: fromString(cell.value!), p: precisionOf(t), label: `${t.title}「${cell.column}」`, ref: ref(t, row, cell.column) };
  }
  if (!whole) return skip(d, `说明第 ${c.line} 行「${partLabel}占${c.value}%」：找不到${wholeLabel}`, [nref(c)]);
  return percentResult(d, c, part, whole, `${partLabel}占${wholeLabel}比例`);
}

function completionCheck(model: DocumentModel, claims: Claim[], i: number, TP: Table | undefined): CheckResult {
  const d = def('narr.completion');
  const c = claims[i]!;
  const base = c.topic === 'perf_overall_execution_rate' ? 'perf_overall' : c.topic.replace(/_completion$/, '');
  const before = [...claims.slice(0, i)].reverse();
  const actualTopic = base === 'perf_overall' ? 'perf_overall_executed' : base === 'operating_costs' ? 'operating_costs' : base.startsWith('three_public') ? `${base}_actual` : `${base}_final`;
  const budgetTopic = base === 'perf_overall' ? 'perf_overall_budget' : base === 'operating_costs' ? 'operating_costs_budget' : base.startsWith('three_public') ? `${base}_budget` : `${base}_initial_budget`;
  const actual = before.find((x) => x.topic === actualTopic && (c.subject === null || x.subject === c.subject));
  let budget: Claim | { value: Decimal; p: Decimal; label: string; ref: string } | undefined = before.find((x) => x.topic === budgetTopic && (c.subject === null || x.subject === c.subject) && x.line >= (actual?.line ?? 0) - 1);
  if (!budget && base.startsWith('three_public') && TP) {
    const row = TP.rows.find((r) => r.cells.some((x) => x.value !== null));
    const item = c.subject;
    const colRe = !item ? /合计$/ : item === '因公出国（境）费' ? /因公出国/ : item === '公务用车购置及运行费' ? /小计$/ : item === '公务接待费' ? /公务接待费$/ : item === '公务用车购置费' ? /购置费$/ : /运行(维护)?费$/;
    const cell = row?.cells.find((x) => x.column.startsWith('预算数/') && colRe.test(x.column) && x.value !== null);
    if (row && cell) budget = { value: fromString(cell.value!), p: precisionOf(TP), label: `${TP.title}「${cell.column}」`, ref: ref(TP, row, cell.column) };
    if (!row && TP.empty) return skip(d, `说明第 ${c.line} 行「${c.text}」：“三公”经费表为空表，预算数为 0，完成率无从计算`, [nref(c), TP.kind]);
  }
  if (!actual || !budget) return skip(d, `说明第 ${c.line} 行「${c.text}」：找不到对应的${!actual ? '决算数' : '预算数'}`, [nref(c)]);
  void model;
  return percentResult(d, c, actual, budget, `${c.subject ?? ''}完成预算比例`);
}

/** 同比: the change (claim before) against the current amount (the money claim before the change, same sentence). */
function yoyCheck(claims: Claim[], i: number): CheckResult {
  const d = def('narr.yoy');
  const c = claims[i]!;
  const change = claims[i - 1];
  if (!change || change.topic !== 'yoy_change') return skip(d, `说明第 ${c.line} 行「${c.text}」：找不到增减额`, [nref(c)]);
  const current = claims[i - 2]?.topic === 'yoy_base' ? claims[i - 2] : undefined;
  if (!current) return skip(d, `说明第 ${c.line} 行「${change.text}」：同一段中没有对应的本年数，无法推出上年数`, [nref(c)]);
  const cur = claimDec(current);
  const delta = claimDec(change);
  const prev = change.subject === '减少' ? addD(cur, delta) : addD(cur, negD(delta));
  const pc = cmpD(claimPrecision(current), claimPrecision(change)) >= 0 ? claimPrecision(current) : claimPrecision(change);
  // The previous-year amount carries the rounding of two printed figures: twice the precision.
  const r = judgePercent(fromString(c.value), printedDigits(c.value), delta, prev, { units: pc.units * 2n, scale: pc.scale });
  if (!r) return skip(d, `说明第 ${c.line} 行「${change.text}」：推出的上年数为 0，无法计算增减率`, [nref(c), nref(current)]);
  return judged(d, r, {
    expected: round(r.recomputed, 4),
    actual: fromString(c.value),
    message: `说明：本年 ${show(current)}，${change.subject}${show(change)}（上年即 ${toString(prev)} 元），${c.text}；重新计算为 ${toString(round(r.recomputed, 4))}%${r.status === 'warn' ? '（疑为截断而非四舍五入）' : ''}`,
    refs: [nref(c), nref(current)],
    lines: [c.line, current.line],
  });
}

function addD(a: Decimal, b: Decimal): Decimal {
  const s = Math.max(a.scale, b.scale);
  return { units: a.units * 10n ** BigInt(s - a.scale) + b.units * 10n ** BigInt(s - b.scale), scale: s };
}
