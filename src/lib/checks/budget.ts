import type { CheckResult, DocumentModel } from '../model/document.ts';
import type { Row, Table } from '../model/table.ts';
import { def } from './catalogue.ts';
import { compareRowSum } from './hierarchy.ts';
import { rowWise } from './final.ts';
import { threePublicVsBasic } from './cross.ts';
import { norm, ref, skip, tableOf, tablesOf } from './types.ts';
import { op, sameCheck, sumCheck, type Operand } from './util.ts';

const isTotal = (r: Row) => !r.code && /^(合计|总计)$/.test(norm(r.name)) && !r.entity;
const deptTotal = (t: Table | undefined) => t?.rows.find(isTotal) ?? t?.rows.find((r) => /^(合计|总计)$/.test(norm(r.name)));
/** The first money column of a side-by-side block (收入/金额, 支出/金额 …). */
const blockCol = (block: string) => new RegExp(`(^|/)${block}/`);

/** A unit's own header row in a unit-by-unit table (its name is the unit's name). */
function isUnitRow(r: Row): boolean {
  if (!r.entity) return false;
  const name = r.entity.replace(/^\S+\s+/, '');
  return norm(r.name) === norm(name) || norm(r.name) === norm(r.entity);
}

export function budgetChecks(model: DocumentModel): CheckResult[] {
  if (model.metadata.doc_kind !== 'budget') return [];
  const out: CheckResult[] = [];
  const S = tableOf(model, 'budget_summary');
  const FS = tableOf(model, 'budget_fiscal_summary');
  const E = tableOf(model, 'budget_expenditure');
  const G = tableOf(model, 'budget_general_expenditure');
  const BB = tableOf(model, 'budget_general_basic');
  const P = tableOf(model, 'budget_projects');
  const OC = tableOf(model, 'budget_operating_costs');
  const TP = tableOf(model, 'budget_three_public');
  const EC = tableOf(model, 'budget_economic_summary');

  // 收支总表
  const sumIds = ['budget.summary.income_total', 'budget.summary.expenditure_total', 'budget.summary.balance'];
  if (!S) for (const id of sumIds) out.push(skip(def(id), '缺少部门收支总表'));
  else {
    const inc = S.rows.filter((r) => r.block === '收入');
    const exp = S.rows.filter((r) => r.block === '支出');
    const it = inc.find((r) => /^本年收入合计$/.test(norm(r.name)));
    const et = exp.find((r) => /^本年支出合计$/.test(norm(r.name)));
    // the parts of an item numbered one level down (`五、单位资金` over `（一）事业收入` … `（五）其他收入`) are in it already
    const listed = inc.filter((r) => r.line < (it?.line ?? 0) && !/^其中/.test(norm(r.name)) && !r.is_total);
    const numbered = listed.some((r) => /^[一二三四五六七八九十]+、/.test(r.name.trim()));
    const items = listed.filter((r) => !(numbered && /^[（(][一二三四五六七八九十]+[）)]/.test(r.name.trim())));
    const classes = exp.filter((r) => r.line < (et?.line ?? 0) && !r.is_total);
    const d1 = def('budget.summary.income_total');
    out.push(it && items.length ? sumCheck(d1, op(S, it, blockCol('收入'), '本年收入合计'), items.map((r) => op(S, r, blockCol('收入'))), '本年收入合计 = 各项收入之和') : skip(d1, '收支总表中没有找到本年收入合计或收入项目'));
    const d2 = def('budget.summary.expenditure_total');
    out.push(et && classes.length ? sumCheck(d2, op(S, et, blockCol('支出'), '本年支出合计'), classes.map((r) => op(S, r, blockCol('支出'))), '本年支出合计 = 各类支出之和') : skip(d2, '收支总表中没有找到本年支出合计或支出项目'));
    const d3 = def('budget.summary.balance');
    const ig = inc.find((r) => /^收入总计$/.test(norm(r.name)));
    const eg = exp.find((r) => /^支出总计$/.test(norm(r.name)));
    const carry = inc.filter((r) => r.line > (it?.line ?? Infinity) && r.line < (ig?.line ?? 0) && !r.is_total);
    const endCarry = exp.filter((r) => r.line > (et?.line ?? Infinity) && r.line < (eg?.line ?? 0) && !r.is_total);
    if (ig && it) out.push(sumCheck(d3, op(S, ig, blockCol('收入'), '收入总计'), [it, ...carry].map((r) => op(S, r, blockCol('收入'))), '收入总计 = 本年收入合计 + 上年结转'));
    if (eg && et) out.push(sumCheck(d3, op(S, eg, blockCol('支出'), '支出总计'), [et, ...endCarry].map((r) => op(S, r, blockCol('支出'))), '支出总计 = 本年支出合计 + 年终结转'));
    if (ig && eg) out.push(sameCheck(d3, op(S, ig, blockCol('收入'), '收入总计'), op(S, eg, blockCol('支出'), '支出总计'), '收入总计 = 支出总计'));
    else out.push(skip(d3, '收支总表中没有找到收入总计或支出总计'));
  }

  // 财政拨款收支总表
  const dF = def('budget.fiscal.balance');
  if (!FS) out.push(skip(dF, '缺少财政拨款收支总表'));
  else {
    const last = <T,>(xs: T[]) => xs[xs.length - 1];
    const ig = last(FS.rows.filter((r) => r.block === '收入' && /^(收入)?(总计|合计)[：:]?$/.test(norm(r.name))));
    const eg = last(FS.rows.filter((r) => r.block === '支出' && /^(支出)?(总计|合计)[：:]?$/.test(norm(r.name))));
    out.push(ig && eg ? sameCheck(dF, op(FS, ig, blockCol('收入'), '收入总计'), op(FS, eg, /^支出\/(合计|总计)$|^支出\//, '支出总计'), '收入总计 = 支出总计') : skip(dF, '财政拨款收支总表中没有找到收入总计或支出总计'));
  }

  // 合计 = 基本 + 项目 (row-wise), 基本 = 人员 + 公用 when printed
  const dR = def('budget.row_parts');
  const rp = [E, G].filter((t): t is Table => !!t);
  if (rp.length === 0) out.push(skip(dR, '缺少部门支出表和一般公共预算支出表'));
  for (const t of rp) out.push(...budgetRowParts(dR, t));

  // 单位之和 = 部门合计
  const dU = def('budget.units_sum');
  let unitTables = 0;
  for (const t of tablesOf(model, 'budget_income', 'budget_expenditure', 'budget_general_expenditure', 'budget_projects', 'budget_general_basic_detail', 'budget_economic_summary')) {
    const units = t.rows.filter(isUnitRow);
    const tot = deptTotal(t);
    if (!tot || units.length === 0) continue;
    unitTables++;
    const r = compareRowSum(dU, t, tot, units, '部门合计');
    if (r) out.push(r);
  }
  if (unitTables === 0) out.push(skip(dU, '没有按单位列示的预算表（或未识别出单位行）'));

  // 单位行 = Σ 该单位明细行
  const dI = def('budget.unit_items');
  let unitItemTables = 0;
  for (const t of tablesOf(model, 'budget_economic_summary', 'budget_projects', 'budget_general_basic_detail')) {
    for (const u of t.rows.filter(isUnitRow)) {
      const items = t.rows.filter((r) => r !== u && r.entity === u.entity && !isUnitRow(r) && !r.is_total);
      if (items.length === 0) continue;
      unitItemTables++;
      if (items.some((r) => r.cells.some((c) => c.withheld))) {
        out.push(skip(dI, `${t.title}「${norm(u.name)}」：有涉密项目金额不予公开（XXXX），无法核对`, [ref(t, u)]));
        continue;
      }
      const r = compareRowSum(dI, t, u, items, '单位');
      if (r) out.push(r);
    }
  }
  if (unitItemTables === 0) out.push(skip(dI, '没有按单位列示明细的预算表（或未识别出单位行）'));

  // 基本支出表
  const dB = def('budget.basic.totals');
  if (!BB) out.push(skip(dB, '缺少一般公共预算基本支出表'));
  else {
    const tot = deptTotal(BB);
    if (!tot) out.push(skip(dB, '基本支出表没有合计行'));
    else {
      out.push(...rowWise(dB, BB, /合计$/, [/人员经费$/, /公用经费$/], '合计 = 人员经费 + 公用经费', [tot]));
      const items = BB.rows.filter((r) => r.code && /^3\d{4}$/.test(r.code) && !r.entity);
      const classes = BB.rows.filter((r) => r.code && /^3\d{2}$/.test(r.code) && !r.entity);
      const parts = classes.length ? classes : items;
      if (parts.length) {
        const r = compareRowSum(dB, BB, tot, parts, '合计');
        if (r) out.push(r);
      }
    }
  }

  // 项目支出表
  const dP = def('budget.projects.total');
  if (!P) out.push(skip(dP, '缺少项目支出预算表'));
  else {
    const tot = deptTotal(P);
    const projects = P.rows.filter((r) => r !== tot && !isUnitRow(r) && !r.is_total);
    const withheld = projects.filter((r) => r.cells.some((c) => c.withheld));
    if (withheld.length) out.push(skip(dP, `有 ${withheld.length} 个涉密项目金额不予公开（XXXX），无法核对合计`, withheld.map((r) => `${P.kind}:${norm(r.name)}`)));
    else {
      const r = tot && projects.length ? compareRowSum(dP, P, tot, projects, '合计') : null;
      out.push(r ?? skip(dP, '项目支出表没有合计行或项目行'));
    }
  }

  // 机关运行经费表
  const dO = def('budget.operating_costs.total');
  if (!OC) out.push(skip(dO, '没有机关（机构）运行经费表'));
  else {
    const tot = deptTotal(OC);
    const items = OC.rows.filter((r) => r !== tot && r.code && /^3\d{4}$/.test(r.code));
    const r = tot && items.length ? compareRowSum(dO, OC, tot, items, '合计') : null;
    out.push(r ?? skip(dO, '机关运行经费表没有合计行或科目行'));
  }

  // Across budget tables
  // (a 收支总表 printing a carry-over leaves the 一般公共预算 expenditure free to spend it: the 一般公共预算支出表 then totals
  // this year's grant and the carried funds, which only the 财政拨款收支总表 splits by fund)
  const carried = S?.rows.find((r) => r.block === '收入' && /^上年结转/.test(norm(r.name)) && r.cells.some((c) => c.value !== null && !/^-?0+(?:\.0+)?$/.test(c.value)));
  const fsSpent = FS?.rows.find((r) => r.block === '支出' && /^本年支出(合计)?$/.test(norm(r.name)));
  const sInc = (re: RegExp) => S?.rows.find((r) => r.block === '收入' && re.test(norm(r.name)));
  const across: [string, Operand | null, Operand | null, string][] = [
    ['x.budget.summary_vs_fiscal', S ? op(S, sInc(/^一般公共预算/), blockCol('收入'), '一般公共预算') : null, FS ? op(FS, FS.rows.find((r) => r.block === '收入' && /^一般公共预算/.test(norm(r.name))), blockCol('收入'), '一般公共预算') : null, '收支总表与财政拨款收支总表的一般公共预算收入'],
    ['x.budget.general_vs_summary', S ? op(S, sInc(/^一般公共预算/), blockCol('收入'), '一般公共预算') : null, G ? op(G, deptTotal(G), /^(合计|总计)$/, '合计') : null, '收支总表一般公共预算 = 一般公共预算支出表合计'],
    ['x.budget.general_vs_fiscal', FS ? op(FS, fsSpent, /^支出\/一般公共预算/, '本年支出·一般公共预算') : null, G ? op(G, deptTotal(G), /^(合计|总计)$/, '合计') : null, '财政拨款收支总表一般公共预算支出 = 一般公共预算支出表合计'],
    ['x.budget.basic_vs_general', G ? op(G, deptTotal(G), /^基本支出(\/(小计|合计))?$/, '合计·基本支出') : null, BB ? op(BB, deptTotal(BB), /合计$/, '合计') : null, '一般公共预算支出表基本支出 = 基本支出表合计'],
    ['x.budget.projects_vs_expenditure', E ? op(E, deptTotal(E), /^项目支出(\/(小计|合计))?$/, '合计·项目支出') : null, P ? op(P, deptTotal(P), /^合计$/, '合计') : null, '部门支出表项目支出 = 项目支出表合计'],
    ['x.budget.econ_vs_summary', S ? op(S, S.rows.find((r) => r.block === '支出' && /^本年支出合计$/.test(norm(r.name))), blockCol('支出'), '本年支出合计') : null, EC ? op(EC, deptTotal(EC), /^(总计|合计)$/, '合计') : null, '收支总表本年支出合计 = 支出经济分类汇总表合计'],
    ['x.budget.summary_vs_expenditure', S ? op(S, S.rows.find((r) => r.block === '支出' && /^本年支出合计$/.test(norm(r.name))), blockCol('支出'), '本年支出合计') : null, E ? op(E, deptTotal(E), /^(合计|总计)$/, '合计') : null, '收支总表本年支出合计 = 部门支出表合计'],
  ];
  for (const [id, a, b, what] of across) {
    if (!a || !b) out.push(skip(def(id), `${what}：缺少${!a ? '第一张表' : '第二张表'}`));
    else if (id === 'x.budget.general_vs_summary' && carried) out.push(skip(def(id), `${what}：收支总表列有「${norm(carried.name)}」，一般公共预算支出可含上年结转的资金，不必等于本年一般公共预算拨款收入（由财政拨款收支总表核对）`, [ref(S!, carried)]));
    else out.push(sameCheck(def(id), a, b, what));
  }
  out.push(...threePublicVsBasic(model, BB, TP, null));
  return out;
}

/**
 * 合计 = 基本支出 + 项目支出, row by row. Item rows often leave the 基本支出/项目支出 subtotal blank and fill only
 * the leaf columns (人员经费/…, 公用经费/…, 其他运转类, 特定目标类): then the leaves stand for the subtotal.
 */
function budgetRowParts(d: ReturnType<typeof def>, t: Table): CheckResult[] {
  const out: CheckResult[] = [];
  let passed = 0;
  const totalRe = /^(总计|合计)$/;
  const groups = ['基本支出', '项目支出'];
  for (const r of t.rows) {
    const tc = r.cells.find((c) => totalRe.test(c.column));
    if (!tc || tc.value === null) continue;
    const parts: Operand[] = [];
    let ok = true;
    for (const g of groups) {
      const sub = r.cells.find((c) => new RegExp(`^${g}(/(小计|合计))?$`).test(c.column));
      const leaves = r.cells.filter((c) => c.column.startsWith(`${g}/`) && !/\/(小计|合计)$/.test(c.column) && !t.columns.some((x) => x !== c.column && x.startsWith(`${c.column}/`)) && !/^(基本支出\/(人员经费|公用经费))$/.test(c.column));
      if (sub && sub.value !== null) parts.push(op(t, r, sub.column, sub.column));
      else if (leaves.some((c) => c.value !== null)) parts.push(...leaves.map((c) => op(t, r, c.column, c.column)));
      else if (!sub && leaves.length === 0) ok = false;
    }
    for (const extra of r.cells.filter((c) => /^(事业单位经营支出|上缴上级支出|对附属单位补助支出)$/.test(c.column))) parts.push(op(t, r, extra.column, extra.column));
    if (!ok || parts.length === 0) continue;
    const res = sumCheck(d, op(t, r, tc.column, `${r.code ?? ''}${norm(r.name)}·${tc.column}`), parts, '合计 = 基本支出 + 项目支出');
    if (res.status === 'pass' && !res.rounding) passed++;
    else out.push(res);
  }
  if (passed) out.push({ check_id: d.id, status: 'pass', rounding: false, title: d.title, message: `${t.title}：${passed} 行“合计 = 基本支出 + 项目支出”完全一致`, expected: null, actual: null, difference: '0', tolerance: null, refs: [t.kind], lines: [] });
  if (out.length === 0) out.push(skip(d, `${t.title}：没有可核对的行`, [t.kind]));
  return out;
}
