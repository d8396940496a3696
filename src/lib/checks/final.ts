import type { CheckResult, DocumentModel } from '../model/document.ts';
import type { Row, Table } from '../model/table.ts';
import { def } from './catalogue.ts';
import { compareRowSum, moneyColumns } from './hierarchy.ts';
import { finalTables, norm, rowByName, rowsByName, skip, tableOf, plain, type CheckDef, judged } from './types.ts';
import { op, sameCheck, sumCheck, valueOf, type Operand } from './util.ts';
import { judgeSum } from './rounding.ts';
import { add, type Decimal } from '../decimal.ts';
import { fmt, precisionOf } from './types.ts';
import { colName } from './util.ts';
import { splitByRole, type RoleSplit } from './column-roles.ts';
const neg = (d: Decimal): Decimal => ({ units: -d.units, scale: d.scale });

/** Row-wise identity (one total column = Σ part columns) over every row, columns named by pattern: failing rows individually, passing rows as one result. */
export function rowWise(d: CheckDef, t: Table, totalCol: RegExp, partCols: RegExp[], what: string, rows: Row[] = t.rows): CheckResult[] {
  return rowIdentity(d, t, what, rows, (cols) => ({
    total: cols.find((c) => totalCol.test(c)),
    parts: partCols.map((re) => cols.find((c) => re.test(c))).filter((c): c is string => !!c),
    unknown: [],
  }));
}

/** Row-wise identity with columns read by meaning (`column-roles.ts`): `totalRoles` and `partRoles` are vocabulary keys. */
export function rowWiseByRole(d: CheckDef, t: Table, totalRoles: readonly string[], partRoles: readonly string[], what: string, rows: Row[] = t.rows): CheckResult[] {
  return rowIdentity(d, t, what, rows, (cols) => splitByRole(cols, totalRoles, partRoles));
}

function rowIdentity(d: CheckDef, t: Table, what: string, rows: Row[], pick: (cols: string[]) => RoleSplit): CheckResult[] {
  const out: CheckResult[] = [];
  let passed = 0;
  let rounding = 0;
  let firstPass: CheckResult | null = null;
  const unread = new Set<string>();
  let unreadRows = 0;
  for (const r of rows) {
    const cols = r.cells.map((c) => c.column);
    const { total: tc, parts: pcs, unknown } = pick(cols);
    if (!tc) continue;
    if (pcs.length === 0) continue;
    const total = op(t, r, tc, `${r.code ?? ''}${norm(r.name)}·${tc}`);
    const parts = pcs.map((c) => op(t, r, c, c));
    if (valueOf(total) === null || parts.some((p) => valueOf(p) === null)) continue;
    if (!r.cells.some((c) => c.value !== null)) continue;
    const held = unknown.filter((c) => r.cells.some((x) => x.column === c && x.value !== null));
    if (held.length) {
      for (const c of held) unread.add(c);
      unreadRows++;
      continue;
    }
    const res = sumCheck(d, total, parts, what);
    if (res.status === 'pass') {
      passed++;
      if (res.rounding) rounding++;
      firstPass ??= res;
      if (res.rounding) out.push(res);
    } else out.push(res);
  }
  if (passed - rounding > 0 && firstPass) {
    out.push({ ...firstPass, rounding: false, message: `${what}：${passed - rounding} 行完全一致`, difference: '0', expected: null, actual: null, refs: [t.kind], lines: [] });
  }
  if (unreadRows) out.push(skip(d, `${what}：${t.title}有 ${unreadRows} 行的金额在未能识别的栏目（${[...unread].join('、')}）下，这些行无法核对`, [t.kind]));
  if (out.length === 0) out.push(skip(d, `${what}：${t.title}中没有可核对的行`, [t.kind]));
  return out;
}

function only<T>(x: T | undefined, d: CheckDef, why: string): x is T {
  return x !== undefined;
}

export function finalChecks(model: DocumentModel): CheckResult[] {
  if (model.metadata.doc_kind !== 'final') return [];
  const out: CheckResult[] = [];
  const { S, I, E, F, G, BAS, GF, SC, ST } = finalTables(model);
  const need = (t: Table | undefined, ids: string[], title: string) => {
    if (t) return true;
    for (const id of ids) out.push(skip(def(id), `缺少${title}`));
    return false;
  };

  // 02 收入决算表
  if (need(I, ['final.income.row_sources'], '收入决算表')) {
    out.push(...rowWiseByRole(def('final.income.row_sources'), I!, ['income_total', 'total'], ['fiscal_grant', 'general_budget', 'gov_fund', 'state_capital', 'superior_grant', 'business_income', 'operating_income', 'affiliated_income', 'other_income'], '本年收入合计 = 各来源之和'));
  }
  // 03 支出决算表
  if (need(E, ['final.expenditure.row_parts'], '支出决算表')) {
    out.push(...rowWiseByRole(def('final.expenditure.row_parts'), E!, ['expenditure_total', 'total'], ['basic', 'project', 'to_superior', 'operating_expenditure', 'to_affiliated'], '本年支出合计 = 基本 + 项目 + 上缴 + 经营 + 对附属单位补助'));
  }
  // 05 一般公共预算财政拨款支出决算表
  if (need(G, ['final.general.row_parts'], '一般公共预算财政拨款支出决算表')) {
    out.push(...rowWiseByRole(def('final.general.row_parts'), G!, ['total', 'expenditure_total'], ['basic', 'project'], '小计 = 基本支出 + 项目支出'));
  }
  // 08 国有资本经营
  if (need(SC, ['final.state_capital.row_parts'], '国有资本经营预算财政拨款支出决算表')) {
    out.push(...rowWiseByRole(def('final.state_capital.row_parts'), SC!, ['expenditure_total', 'total'], ['basic', 'project'], '小计 = 基本支出 + 项目支出'));
  }

  // 01 收入支出决算总表
  if (need(S, ['final.summary.income_sources', 'final.summary.expenditure_classes', 'final.summary.income_grand', 'final.summary.expenditure_grand', 'final.summary.balance'], '收入支出决算总表')) {
    const t = S!;
    const IN = /收入/;
    const OUT = /支出/;
    const col = (b: string) => new RegExp(`^${b}/`);
    const inc = t.rows.filter((r) => r.block === '收入');
    const exp = t.rows.filter((r) => r.block === '支出');
    const incTotal = inc.find((r) => /^本年收入合计$/.test(norm(r.name)));
    const expTotal = exp.find((r) => /^本年支出合计$/.test(norm(r.name)));
    const incItems = inc.filter((r) => r.line < (incTotal?.line ?? Infinity) && !r.is_total && /收入$/.test(norm(r.name)));
    const expItems = exp.filter((r) => r.line < (expTotal?.line ?? Infinity) && !r.is_total);
    const d1 = def('final.summary.income_sources');
    out.push(incTotal && incItems.length ? sumCheck(d1, op(t, incTotal, col('收入')), incItems.map((r) => op(t, r, col('收入'))), '本年收入合计 = 各项收入之和') : skip(d1, '收支总表中没有找到本年收入合计或收入项目'));
    const d2 = def('final.summary.expenditure_classes');
    out.push(expTotal && expItems.length ? sumCheck(d2, op(t, expTotal, col('支出')), expItems.map((r) => op(t, r, col('支出'))), '本年支出合计 = 各类支出之和') : skip(d2, '收支总表中没有找到本年支出合计或支出项目'));
    const incGrand = inc.find((r) => /^(收入总计|总计)$/.test(norm(r.name)));
    const expGrand = exp.find((r) => /^(支出总计|总计)$/.test(norm(r.name)));
    const useBal = inc.find((r) => /^使用非财政拨款结余/.test(norm(r.name)));
    const begin = inc.find((r) => /^年初结转和?结余$/.test(norm(r.name)));
    const dist = exp.find((r) => /^结余分配$/.test(norm(r.name)));
    const end = exp.find((r) => /^年末结转(和|与)结余$/.test(norm(r.name)));
    const d3 = def('final.summary.income_grand');
    out.push(incGrand && incTotal ? sumCheck(d3, op(t, incGrand, col('收入')), [incTotal, useBal, begin].filter((r): r is Row => !!r).map((r) => op(t, r, col('收入'))), '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余') : skip(d3, '收支总表中没有找到收入总计'));
    const d4 = def('final.summary.expenditure_grand');
    out.push(expGrand && expTotal ? sumCheck(d4, op(t, expGrand, col('支出')), [expTotal, dist, end].filter((r): r is Row => !!r).map((r) => op(t, r, col('支出'))), '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余') : skip(d4, '收支总表中没有找到支出总计'));
    const d5 = def('final.summary.balance');
    out.push(incGrand && expGrand ? sameCheck(d5, op(t, incGrand, col('收入'), '收入总计'), op(t, expGrand, col('支出'), '支出总计'), '收入总计 = 支出总计') : skip(d5, '收支总表中没有找到收入总计或支出总计'));
    void IN;
    void OUT;
  }

  // 04 财政拨款收入支出决算总表
  const fiscalIds = ['final.fiscal.income_sources', 'final.fiscal.carryover', 'final.fiscal.income_grand', 'final.fiscal.expenditure_grand', 'final.fiscal.balance', 'final.fiscal.row_columns', 'final.fiscal.expenditure_classes'];
  if (need(F, fiscalIds, '财政拨款收入支出决算总表')) {
    const t = F!;
    const inc = t.rows.filter((r) => r.block === '收入');
    const exp = t.rows.filter((r) => r.block === '支出');
    const ic = /^收入\//;
    const incTotal = inc.find((r) => /^本年收入合计$/.test(norm(r.name)));
    const begin = inc.find((r) => /^年初财政拨款结转和结余$/.test(norm(r.name)));
    const incGrand = inc.find((r) => /^(收入总计|总计)$/.test(norm(r.name)));
    const three = (after: number, before: number) =>
      [/^一般公共预算财政拨款/, /^政府性基金预算财政拨款/, /^国有资本经营预算财政拨款/].map((re) => inc.find((r) => re.test(norm(r.name)) && r.line > after && r.line < before));
    const srcs = three(0, incTotal?.line ?? Infinity);
    const subs = three(begin?.line ?? Infinity, incGrand?.line ?? Infinity);
    const d1 = def('final.fiscal.income_sources');
    out.push(incTotal && srcs.every((r) => r) ? sumCheck(d1, op(t, incTotal, ic), srcs.map((r) => op(t, r, ic)), '本年收入合计 = 三类财政拨款之和') : skip(d1, '财政拨款总表收入方行不全'));
    const d2 = def('final.fiscal.carryover');
    out.push(begin && subs.every((r) => r) ? sumCheck(d2, op(t, begin, ic), subs.map((r) => op(t, r, ic)), '年初财政拨款结转和结余 = 三类之和') : skip(d2, '财政拨款总表没有列出年初结转和结余的分项'));
    const d3 = def('final.fiscal.income_grand');
    out.push(incGrand && incTotal ? sumCheck(d3, op(t, incGrand, ic), [incTotal, begin].filter((r): r is Row => !!r).map((r) => op(t, r, ic)), '收入总计 = 本年收入合计 + 年初结转和结余') : skip(d3, '财政拨款总表没有收入总计'));
    const expTotal = exp.find((r) => /^本年支出合计$/.test(norm(r.name)));
    const end = exp.find((r) => /^年末财政拨款结转和结余$/.test(norm(r.name)));
    const expGrand = exp.find((r) => /^(支出总计|总计)$/.test(norm(r.name)));
    const d4 = def('final.fiscal.expenditure_grand');
    if (expGrand && expTotal) {
      const r = compareRowSum(d4, t, expGrand, [expTotal, end].filter((r): r is Row => !!r), '支出总计');
      out.push(r ?? skip(d4, '支出总计没有数值'));
    } else out.push(skip(d4, '财政拨款总表没有支出总计'));
    const d5 = def('final.fiscal.balance');
    out.push(incGrand && expGrand ? sameCheck(d5, op(t, incGrand, ic, '收入总计'), op(t, expGrand, /^支出\/合计$/, '支出总计'), '收入总计 = 支出总计') : skip(d5, '财政拨款总表缺少总计'));
    out.push(...rowWise(def('final.fiscal.row_columns'), t, /^支出\/合计$/, [/一般公共预算/, /政府性基金/, /国有资本经营/], '合计 = 一般公共预算 + 政府性基金 + 国有资本经营', exp));
    const classes = exp.filter((r) => r.line < (expTotal?.line ?? 0) && !r.is_total);
    const d7 = def('final.fiscal.expenditure_classes');
    if (expTotal && classes.length) {
      const r = compareRowSum(d7, t, expTotal, classes, '本年支出合计');
      out.push(r ?? skip(d7, '本年支出合计没有数值'));
    } else out.push(skip(d7, '财政拨款总表没有本年支出合计'));
  }

  // 06 基本支出明细
  if (need(BAS, ['final.basic.personnel', 'final.basic.public'], '一般公共预算财政拨款基本支出决算明细表')) {
    out.push(...basicTotals(BAS!));
  }

  // 07 政府性基金
  if (need(GF, ['final.gov_fund.balance'], '政府性基金预算财政拨款收入支出决算表')) {
    const t = GF!;
    const d = def('final.gov_fund.balance');
    const tot = t.rows.find((r) => /^合计$/.test(norm(r.name))) ?? t.rows[0];
    if (!tot) out.push(skip(d, '政府性基金表没有数据行'));
    else {
      const a = op(t, tot, /^年初结转和结余$/, '年初结转和结余');
      const b = op(t, tot, /^本年收入$/, '本年收入');
      const c = op(t, tot, /^本年支出\/(小计|合计)$/, '本年支出');
      const e = op(t, tot, /^年末结转和结余$/, '年末结转和结余');
      const va = valueOf(a), vb = valueOf(b), vc = valueOf(c), ve = valueOf(e);
      if (va && vb && vc && ve) {
        // 年初 + 本年收入 − 本年支出 − 年末 = 0
        const v = judgeSum({ units: 0n, scale: 0 }, [va, vb, neg(vc), neg(ve)], precisionOf(t));
        out.push(judged(d, v, {
          expected: add(va, vb),
          actual: add(vc, ve),
          message: `年初结转和结余 + 本年收入 = ${fmt(add(va, vb), t)}，本年支出 + 年末结转和结余 = ${fmt(add(vc, ve), t)}`,
          refs: [a, b, c, e].map((o) => `${t.kind}:${norm(tot.name)}:${colName(o)}`),
          lines: [tot.line],
        }));
      } else out.push(skip(d, '政府性基金表合计行缺少年初、收入、支出或年末数'));
      out.push(...rowWiseByRole(d, t, ['expenditure_total'], ['basic', 'project'], '本年支出小计 = 基本支出 + 项目支出'));
    }
  }

  // 10 公开统计表
  const dP = def('final.stats.procurement');
  const dV = def('final.stats.vehicles');
  if (!ST) {
    out.push(skip(dP, '没有部门决算公开相关信息统计表（该表仅部分地区公开）'), skip(dV, '没有部门决算公开相关信息统计表（该表仅部分地区公开）'));
  } else {
    const t = ST;
    const tot = rowByName(t, /^合计$/, /采购/);
    const parts = [/^货物$/, /^工程$/, /^服务$/].map((re) => rowByName(t, re, /采购/));
    out.push(tot && parts.every((p) => p) ? sumCheck(dP, op(t, tot, /采购金额/, '政府采购合计'), parts.map((r) => op(t, r!, /采购金额/)), '政府采购合计 = 货物 + 工程 + 服务') : skip(dP, '统计表中没有政府采购合计或分项'));
    const vt = rowByName(t, /车辆数合计/);
    const vparts = rowsByName(t, /用车$/).filter((r) => r !== vt);
    out.push(vt && vparts.length ? sumCheck(dV, op(t, vt, /统计数/, '车辆数合计'), vparts.map((r) => op(t, r, /统计数/)), '车辆数合计 = 各类用车之和') : skip(dV, '统计表中没有车辆数合计或分类'));
  }
  return out;
}


/** 06: 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 310 (+ 307 + 309 + 311 + 312 + 313 + 399). */
export function basicTotals(t: Table): CheckResult[] {
  const out: CheckResult[] = [];
  const dP = def('final.basic.personnel');
  const dU = def('final.basic.public');
  const pers = t.rows.find((r) => /^人员经费合计$/.test(norm(r.name)));
  const pub = t.rows.find((r) => /^(公用经费合计|日常公用经费合计)$/.test(norm(r.name)));
  const byCode = (c: string) => t.rows.find((r) => r.code === c);
  const colsOf = (r: Row) => r.cells.filter((c) => c.measure === 'yuan').map((c) => c.column);
  if (pers) {
    const parts = ['301', '303'].map(byCode).filter((r): r is Row => !!r);
    const rs = colsOf(pers).map((col) => sumCheck(dP, op(t, pers, col, `人员经费合计·${col}`), parts.map((r) => op(t, r, sameBlockCol(col, r), r.code!)), '人员经费合计 = 301 + 303'));
    out.push(...rs);
  } else out.push(skip(dP, '基本支出明细表中没有人员经费合计行'));
  if (pub) {
    const codes = ['302', '307', '309', '310', '311', '312', '313', '399'];
    const parts = codes.map(byCode).filter((r): r is Row => !!r);
    const rs = colsOf(pub).map((col) => sumCheck(dU, op(t, pub, col, `公用经费合计·${col}`), parts.map((r) => op(t, r, sameBlockCol(col, r), r.code!)), `公用经费合计 = ${parts.map((r) => r.code).join(' + ')}`));
    out.push(...rs);
  } else out.push(skip(dU, '基本支出明细表中没有公用经费合计行'));
  return out;
}

/** The column of row `r` that corresponds to `col` (side-by-side blocks name columns per block, e.g. 公用经费/金额). */
function sameBlockCol(col: string, r: Row): string | RegExp {
  if (r.cells.some((c) => c.column === col)) return col;
  const last = col.split('/').pop()!;
  const c = r.cells.find((c) => c.column.split('/').pop() === last) ?? r.cells.find((c) => c.measure === 'yuan');
  return c?.column ?? col;
}

export { only, type Operand, plain, judged };
