import type { CheckResult, DocumentModel } from '../model/document.ts';
import type { Row } from '../model/table.ts';
import { def } from './catalogue.ts';
import { compareRowSum } from './hierarchy.ts';
import { skip, tablesOf } from './types.ts';
import { op, sumCheck } from './util.ts';

/** 三公: 合计 = 出国 + 公车小计 + 接待; 小计 = 购置 + 运行, for 预算数 and 决算数 (or the single column set of a budget). */
export function threePublicChecks(model: DocumentModel): CheckResult[] {
  const dT = def('three_public.total');
  const dV = def('three_public.vehicles');
  const tables = tablesOf(model, 'final_three_public', 'budget_three_public');
  if (tables.length === 0) return [skip(dT, '缺少“三公”经费表'), skip(dV, '缺少“三公”经费表')];
  const out: CheckResult[] = [];
  for (const t of tables) {
    const rows = t.rows.filter((r) => r.cells.some((c) => c.value !== null));
    if (rows.length === 0) {
      const why = `${t.title}为空表${t.empty_statement ? `（${t.empty_statement.slice(0, 30)}）` : ''}`;
      out.push(skip(dT, why, [t.kind]), skip(dV, why, [t.kind]));
      continue;
    }
    for (const r of rows) {
      const prefixes = [...new Set(r.cells.map((c) => (/^(预算数|决算数)\//.exec(c.column)?.[1] ?? '')))];
      for (const pre of prefixes) {
        const P = pre ? `${pre}/` : '';
        const esc = P.replace(/\//g, '\\/');
        const col = (re: string) => new RegExp(`^${esc}${re}`);
        // (a column of the table the row has no cell in was not read: unknown, never nothing)
        const has = (re: RegExp) => r.cells.some((c) => re.test(c.column)) || t.columns.some((c) => re.test(c));
        const total = col('(“三公”经费)?合计$');
        const abroad = col('因公出国');
        const sub = col('公务用车购置及运行(维护)?费\\/小计$');
        const buy = col('公务用车购置及运行(维护)?费\\/公务用车购置费?$');
        const run = col('公务用车购置及运行(维护)?费\\/公务用车运行(维护)?费$');
        const recep = col('公务接待费$');
        const label = pre || '预算';
        if (has(total)) {
          const parts = [abroad, sub, recep].filter(has);
          const partsOrItems = has(sub) ? parts : [abroad, buy, run, recep].filter(has);
          out.push(sumCheck(dT, op(t, r, total, `${label}·合计`), partsOrItems.map((re) => op(t, r, re, `${label}·${re.source.split('\\/').pop()!.replace(/[$()?^]|维护|费\?/g, '')}`)), `${label}：合计 = 因公出国（境）费 + 公务用车小计 + 公务接待费`));
        } else out.push(skip(dT, `${t.title}没有合计列`, [t.kind]));
        if (has(sub)) {
          out.push(sumCheck(dV, op(t, r, sub, `${label}·公务用车小计`), [buy, run].filter(has).map((re) => op(t, r, re, re.test(`${P}公务用车购置及运行费/公务用车购置费`) ? `${label}·购置费` : `${label}·运行费`)), `${label}：公务用车小计 = 购置费 + 运行（维护）费`));
        } else out.push(skip(dV, `${t.title}没有公务用车小计列`, [t.kind]));
      }
    }
  }
  return out;
}

/** Each economic class (3 digits) = Σ its items (5 digits), in basic-expenditure tables. */
export function econClassChecks(model: DocumentModel): CheckResult[] {
  const d = def('econ.class_items');
  const tables = tablesOf(model, 'final_general_basic', 'budget_general_basic', 'budget_economic_summary');
  const out: CheckResult[] = [];
  for (const t of tables) {
    const classes = t.rows.filter((r) => r.code && /^3\d{2}$/.test(r.code));
    for (const c of classes) {
      const items = t.rows.filter((r): r is Row => !!r.code && r.code.length === 5 && r.code.startsWith(c.code!) && (r.entity ?? '') === (c.entity ?? ''));
      if (items.length === 0) continue;
      const res = compareRowSum(d, t, c, items, '经济分类');
      if (res) out.push(res);
    }
  }
  if (out.length === 0) out.push(skip(d, tables.length ? '表中没有同时列出经济分类“类”和“款”' : '缺少基本支出明细表'));
  return out;
}
