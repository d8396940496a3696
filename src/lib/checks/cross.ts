import type { CheckResult, DocumentModel } from '../model/document.ts';
import type { Row, Table } from '../model/table.ts';
import { def } from './catalogue.ts';
import { classCode } from './classes.ts';
import { columnOfRole } from './column-roles.ts';
import { finalTables, norm, plain, rowByCode, skip, tableOf, fmt } from './types.ts';
import { constOp, leqCheck, op, sameCheck, sumCheck, valueOf } from './util.ts';
import { add, type Decimal } from '../decimal.ts';

const total = (t: Table | undefined): Row | undefined => t?.rows.find((r) => !r.code && /^(合计|总计)$/.test(norm(r.name)));
const className = (s: string) => norm(s).replace(/[（(]类[)）]/, '').replace(/支出$/, '');
const sameClass = (printed: Row, coded: Row) => (coded.code ? classCode(printed.name) === coded.code.slice(0, 3) : className(printed.name) === className(coded.name));

/**
 * The 类 rows of a table printed without codes (pdftotext keeps no indentation, so no level either): the first row
 * named as each 类 of the 总表 `byName` is (一般公共服务支出 …), in the table's order.
 */
function classesByName(t: Table, byName: Table): Row[] {
  const names = new Set(byName.rows.filter((x) => x.block === '支出' && !x.is_total).map((x) => className(x.name)));
  const seen = new Set<string>();
  return t.rows.filter((r) => {
    const n = className(r.name);
    if (r.is_total || !names.has(n) || seen.has(n)) return false;
    seen.add(n);
    return true;
  });
}

/** Across-table identities of a 决算. */
export function crossFinal(model: DocumentModel): CheckResult[] {
  if (model.metadata.doc_kind !== 'final') return [];
  const out: CheckResult[] = [];
  const { S, I, E, F, G, BAS, GF, SC, TP } = finalTables(model);
  const miss = (id: string, ...ts: [Table | undefined, string][]) => {
    const m = ts.filter(([t]) => !t).map(([, n]) => n);
    if (m.length) out.push(skip(def(id), `缺少${m.join('、')}`));
    return m.length === 0;
  };
  const sRow = (re: RegExp, block: string) => S?.rows.find((r) => r.block === block && re.test(norm(r.name)));
  const sc = (b: string) => new RegExp(`^${b}/`);

  if (miss('x.income_total', [S, '收入支出决算总表'], [I, '收入决算表'])) {
    out.push(sameCheck(def('x.income_total'), op(S!, sRow(/^本年收入合计$/, '收入'), sc('收入'), '本年收入合计'), op(I!, total(I), /^本年收入合计$/, '合计·本年收入合计'), '01 本年收入合计 = 02 合计'));
  }
  if (miss('x.income_sources', [S, '收入支出决算总表'], [I, '收入决算表'])) {
    const d = def('x.income_sources');
    const t = total(I);
    const fiscal = [/^一般公共预算财政拨款收入$/, /^政府性基金预算财政拨款收入$/, /^国有资本经营预算财政拨款收入$/].map((re) => sRow(re, '收入'));
    if (fiscal.every((r) => r)) out.push(sumCheck(d, op(I!, t, /^财政拨款收入$/, '合计·财政拨款收入'), fiscal.map((r) => op(S!, r, sc('收入'))), '02 财政拨款收入 = 01 三类财政拨款收入之和'));
    for (const [re, col] of [[/^上级补助收入$/, /^上级补助收入$/], [/^事业收入$/, /^事业收入$/], [/^经营收入$/, /^经营收入$/], [/^附属单位上缴收入$/, /^附属单位上缴收入$/], [/^其他收入$/, /^其他收入$/]] as const) {
      const r = sRow(re, '收入');
      if (r) out.push(sameCheck(d, op(S!, r, sc('收入')), op(I!, t, col, `合计·${norm(r.name)}`), `01 ${norm(r.name)} = 02 合计`));
    }
  }
  if (miss('x.expenditure_total', [S, '收入支出决算总表'], [E, '支出决算表'])) {
    out.push(sameCheck(def('x.expenditure_total'), op(S!, sRow(/^本年支出合计$/, '支出'), sc('支出'), '本年支出合计'), op(E!, total(E), /^本年支出合计$/, '合计·本年支出合计'), '01 本年支出合计 = 03 合计'));
  }
  if (miss('x.expenditure_classes', [S, '收入支出决算总表'], [E, '支出决算表'])) {
    const d = def('x.expenditure_classes');
    const n0 = out.length;
    for (const r of E!.rows.some((r) => r.code) ? E!.rows.filter((r) => r.code && r.code.length === 3) : classesByName(E!, S!)) {
      const s = S!.rows.find((x) => x.block === '支出' && !x.is_total && sameClass(x, r));
      if (s) out.push(sameCheck(d, op(S!, s, sc('支出')), op(E!, r, /^本年支出合计$/), `01 与 03「${className(r.name)}」`));
      else {
        const v = valueOf(op(E!, r, /^本年支出合计$/));
        if (v === null || v.units === 0n) out.push(skip(d, `03 表「${r.code} ${norm(r.name)}」为 0 或空白，01 表未列该类，无需核对`, [`${E!.kind}:${r.code}`]));
        else out.push(plain(d, 'fail', `03 表列有「${r.code} ${norm(r.name)}」${fmt(v, E)}，01 表中找不到该类`, [`${E!.kind}:${r.code}`], [r.line]));
      }
    }
    if (out.length === n0) out.push(skip(d, '支出决算表没有类级科目行'));
  }
  if (miss('x.fiscal_income', [I, '收入决算表'], [F, '财政拨款收入支出决算总表'])) {
    const r = F!.rows.find((r) => r.block === '收入' && /^本年收入合计$/.test(norm(r.name)));
    out.push(sameCheck(def('x.fiscal_income'), op(I!, total(I), columnOfRole(I!, 'fiscal_grant') ?? /^财政拨款收入$/, '合计·财政拨款收入'), op(F!, r, /^收入\//, '本年收入合计'), '02 财政拨款收入 = 04 本年收入合计'));
  }
  if (miss('x.fiscal_sources', [S, '收入支出决算总表'], [F, '财政拨款收入支出决算总表'])) {
    const d = def('x.fiscal_sources');
    const fTotal = F!.rows.find((r) => r.block === '收入' && /^本年收入合计$/.test(norm(r.name)));
    for (const [a, b] of [[/^一般公共预算财政拨款收入$/, /^一般公共预算财政拨款$/], [/^政府性基金预算财政拨款收入$/, /^政府性基金预算财政拨款$/], [/^国有资本经营预算财政拨款收入$/, /^国有资本经营预算财政拨款$/]] as const) {
      const fr = F!.rows.find((r) => r.block === '收入' && b.test(norm(r.name)) && r.line < (fTotal?.line ?? Infinity));
      out.push(sameCheck(d, op(S!, sRow(a, '收入'), sc('收入'), String(a.source).replace(/[\^$]/g, '')), op(F!, fr, /^收入\//, String(b.source).replace(/[\^$]/g, '')), '01 与 04 财政拨款收入'));
    }
  }
  if (miss('x.general_total', [F, '财政拨款收入支出决算总表'], [G, '一般公共预算财政拨款支出决算表'])) {
    const r = F!.rows.find((r) => r.block === '支出' && /^本年支出合计$/.test(norm(r.name)));
    out.push(sameCheck(def('x.general_total'), op(F!, r, /一般公共预算/, '本年支出合计·一般公共预算财政拨款'), op(G!, total(G), /(小计|合计)$/, '合计'), '04 一般公共预算支出 = 05 合计'));
  }
  if (miss('x.general_classes', [F, '财政拨款收入支出决算总表'], [G, '一般公共预算财政拨款支出决算表'])) {
    const d = def('x.general_classes');
    const n0 = out.length;
    const gClasses = G!.rows.some((r) => r.code) ? G!.rows.filter((r) => r.code && r.code.length === 3) : classesByName(G!, F!);
    for (const r of gClasses) {
      const f = F!.rows.find((x) => x.block === '支出' && !x.is_total && sameClass(x, r));
      if (f) out.push(sameCheck(d, op(F!, f, /一般公共预算/), op(G!, r, /(小计|合计)$/), `04 与 05「${className(r.name)}」`));
      else {
        const v = valueOf(op(G!, r, /(小计|合计)$/));
        if (v === null || v.units === 0n) out.push(skip(d, `05 表「${r.code} ${norm(r.name)}」为 0 或空白，04 表未列该类，无需核对`, [`${G!.kind}:${r.code}`]));
        else out.push(plain(d, 'fail', `05 表列有「${r.code} ${norm(r.name)}」${fmt(v, G)}，04 表中找不到该类`, [`${G!.kind}:${r.code}`], [r.line]));
      }
    }
    // Classes with a non-zero 一般公共预算 amount in 04 but absent from 05.
    for (const f of F!.rows.filter((x) => x.block === '支出' && !x.is_total && !/结转|结余/.test(x.name))) {
      const v = valueOf(op(F!, f, /一般公共预算/));
      if (v && v.units !== 0n && !gClasses.some((r) => sameClass(f, r))) {
        out.push(plain(d, 'fail', `04 表「${norm(f.name)}」一般公共预算支出 ${fmt(v, F)}，05 表中没有该类`, [`${F!.kind}:${norm(f.name)}`], [f.line]));
      }
    }
    if (out.length === n0) out.push(skip(d, '一般公共预算支出表没有类级科目行'));
  }
  if (miss('x.basic_total', [G, '一般公共预算财政拨款支出决算表'], [BAS, '一般公共预算财政拨款基本支出决算明细表'])) {
    const pers = BAS!.rows.find((r) => /^人员经费合计$/.test(norm(r.name)));
    const pub = BAS!.rows.find((r) => /^(公用经费合计|日常公用经费合计)$/.test(norm(r.name)));
    // Layouts with 金额 / 其中：基本支出 columns: take the 基本支出 column.
    const col = (r: Row | undefined) => (r?.cells.some((c) => /基本支出$/.test(c.column)) ? /基本支出$/ : /./);
    out.push(sumCheck(def('x.basic_total'), op(G!, total(G), /基本支出$/, '合计·基本支出'), [op(BAS!, pers, col(pers), '人员经费合计'), op(BAS!, pub, col(pub), '公用经费合计')], '05 基本支出 = 06 人员经费合计 + 公用经费合计'));
  }
  if (miss('x.general_within_total', [G, '一般公共预算财政拨款支出决算表'], [E, '支出决算表'])) {
    const d = def('x.general_within_total');
    for (const [g, e, l] of [[/(小计|合计)$/, /^本年支出合计$/, '合计'], [/基本支出$/, /^基本支出$/, '基本支出'], [/项目支出$/, /^项目支出$/, '项目支出']] as const) {
      out.push(leqCheck(d, op(G!, total(G), g, `合计·${l}`), op(E!, total(E), e, `合计·${l}`), `05 ${l} ≤ 03 ${l}`));
    }
  }
  for (const [id, T, col, name] of [['x.gov_fund', GF, /政府性基金/, '政府性基金预算财政拨款收入支出决算表'], ['x.state_capital', SC, /国有资本经营/, '国有资本经营预算财政拨款支出决算表']] as const) {
    if (!miss(id, [F, '财政拨款收入支出决算总表'], [T, name])) continue;
    const d = def(id);
    const r = F!.rows.find((r) => r.block === '支出' && /^本年支出合计$/.test(norm(r.name)));
    const fv = valueOf(op(F!, r, col));
    const tt = total(T) ?? T!.rows[0];
    if (fv !== null && fv.units === 0n) {
      const tv = tt ? valueOf(op(T!, tt, /本年支出\/(小计|合计)$/)) : null;
      const isEmpty = T!.empty || (tv !== null && tv.units === 0n) || T!.rows.length === 0;
      out.push(plain(d, isEmpty ? 'pass' : 'fail', isEmpty ? `04 表${name.slice(0, 6)}支出为 0，${T!.title}为空表` : `04 表${name.slice(0, 6)}支出为 0，但${T!.title}列有数据`, [`${F!.kind}:本年支出合计`, T!.kind], [r?.line ?? T!.start_line], { expected: '0', actual: tv ? tv.units === 0n ? '0' : String(tv.units) : null }));
    } else {
      out.push(sameCheck(d, op(F!, r, col, `本年支出合计·${name.slice(0, 6)}`), op(T!, tt, /本年支出\/(小计|合计)$/, '合计·本年支出'), `04 与 ${name.slice(0, 6)}表`));
    }
  }
  out.push(...threePublicVsBasic(model, BAS, TP, /决算数\//));
  return out;
}

/** 30212/31013/30231/30217 in the basic-expenditure detail ≤ the 三公 items (one-way). */
export function threePublicVsBasic(model: DocumentModel, BAS: Table | undefined, TP: Table | undefined, prefix: RegExp | null): CheckResult[] {
  const d = def('x.three_public_vs_basic');
  if (!BAS || !TP) return [skip(d, `缺少${!BAS ? '基本支出明细表' : '“三公”经费表'}`)];
  const tr = TP.rows.find((r) => r.cells.some((c) => c.value !== null));
  if (!tr) return [skip(d, '“三公”经费表没有数据（空表）')];
  const out: CheckResult[] = [];
  const pairs: [string, RegExp, string][] = [
    ['30212', /因公出国/, '因公出国（境）费'],
    ['31013', /购置费$/, '公务用车购置费'],
    ['30231', /运行(维护)?费$/, '公务用车运行维护费'],
    ['30217', /公务接待费$/, '公务接待费'],
  ];
  for (const [code, re, label] of pairs) {
    const rows = BAS.rows.filter((r) => r.code === code);
    if (rows.length === 0) continue;
    const col = tr.cells.find((c) => re.test(c.column) && (!prefix || prefix.test(c.column)));
    if (!col) continue;
    // Budget basic tables may list one code several times (by 政府经济分类): sum them.
    if (rows.length === 1) {
      const bcol = rows[0]!.cells.find((c) => c.measure === 'yuan' && (/基本支出$/.test(c.column) || !rows[0]!.cells.some((x) => /基本支出$/.test(x.column))));
      out.push(leqCheck(d, op(BAS, rows[0], bcol?.column ?? /./, `${code} ${norm(rows[0]!.name)}`), op(TP, tr, col.column, label), `基本支出 ${code} ≤ “三公” ${label}`));
    } else {
      const vals = rows.map((r) => valueOf(op(BAS, r, r.cells.find((c) => c.measure === 'yuan')?.column ?? /./)));
      if (vals.some((v) => v === null)) continue;
      const total = vals.reduce((x, y) => add(x!, y!), { units: 0n, scale: 0 } as Decimal)!;
      out.push(leqCheck(d, constOp(BAS, `${code} ${norm(rows[0]!.name)}（${rows.length} 行合计）`, total, rows[0]!.line, code), op(TP, tr, col.column, label), `基本支出 ${code} ≤ “三公” ${label}`));
    }
  }
  void rowByCode;
  if (out.length === 0) out.push(skip(d, '基本支出明细表中没有“三公”相关科目'));
  void model;
  return out;
}
