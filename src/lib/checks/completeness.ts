import type { CheckResult, DocumentModel } from '../model/document.ts';
import type { TableKind } from '../model/table.ts';
import { def } from './catalogue.ts';
import { plain, skip } from './types.ts';

const LABEL: Record<string, string> = {
  final_summary: '收入支出决算总表', final_income: '收入决算表', final_expenditure: '支出决算表', final_fiscal_summary: '财政拨款收入支出决算总表',
  final_general_expenditure: '一般公共预算财政拨款支出决算表', final_general_basic: '一般公共预算财政拨款基本支出决算明细表', final_gov_fund: '政府性基金预算财政拨款收入支出决算表',
  final_state_capital: '国有资本经营预算财政拨款支出决算表', final_three_public: '财政拨款“三公”经费支出决算表',
  budget_summary: '部门收支总表', budget_income: '部门收入表', budget_expenditure: '部门支出表', budget_fiscal_summary: '财政拨款收支总表',
  budget_general_expenditure: '一般公共预算支出表', budget_general_basic: '一般公共预算基本支出表', budget_three_public: '一般公共预算“三公”经费支出表',
  budget_gov_fund: '政府性基金预算支出表', budget_state_capital: '国有资本经营预算支出表',
};

/** The tables a 决算 / 预算 must publish (财政部 templates: 9 决算 tables; 8+ 预算 tables). */
export const REQUIRED: Record<'final' | 'budget', TableKind[]> = {
  final: ['final_summary', 'final_income', 'final_expenditure', 'final_fiscal_summary', 'final_general_expenditure', 'final_general_basic', 'final_gov_fund', 'final_state_capital', 'final_three_public'],
  budget: ['budget_summary', 'budget_income', 'budget_expenditure', 'budget_fiscal_summary', 'budget_general_expenditure', 'budget_general_basic', 'budget_three_public', 'budget_gov_fund', 'budget_state_capital'],
};

/** Empty-table statements as printed (本表无数据, 无…收支, 故本表为空 …). */
const EMPTY_RE = /本表无数据|无数据|本表为空|为空表|没有.{0,20}(收入|支出|经费)|无.{0,12}(收入|支出|经费|安排)/;

export function completenessChecks(model: DocumentModel): CheckResult[] {
  const out: CheckResult[] = [];
  const kind = model.metadata.doc_kind;
  const present = new Set(model.tables.map((t) => t.kind));

  const dR = def('comp.required_tables');
  const missing = REQUIRED[kind].filter((k) => !present.has(k));
  const parsedTables = model.tables.filter((t) => t.kind !== 'other').length;
  out.push(
    parsedTables === 0
      ? skip(dR, '没有解析出任何报表（文件可能不是部门预决算，或格式未能识别），不据此判定缺表')
      : missing.length === 0
      ? plain(dR, 'pass', `必须公开的 ${REQUIRED[kind].length} 张表均已找到`, REQUIRED[kind], [], { expected: String(REQUIRED[kind].length), actual: String(REQUIRED[kind].length), difference: '0' })
      : plain(dR, 'fail', `缺少 ${missing.length} 张必须公开的表：${missing.map((k) => LABEL[k] ?? k).join('、')}`, missing, [], { expected: String(REQUIRED[kind].length), actual: String(REQUIRED[kind].length - missing.length), difference: String(-missing.length) }),
  );

  const dT = def('comp.toc_in_body');
  const listed = model.toc.filter((e) => e.kind !== 'other');
  if (model.toc.length === 0) out.push(skip(dT, '文件没有目录（或目录未识别）'));
  else if (listed.length === 0) out.push(skip(dT, '目录中没有可识别的报表名称'));
  else {
    const absent = listed.filter((e) => !present.has(e.kind as TableKind));
    out.push(
      absent.length === 0
        ? plain(dT, 'pass', `目录所列 ${listed.length} 张表均在正文中`, listed.map((e) => e.kind), listed.map((e) => e.line), { expected: String(listed.length), actual: String(listed.length), difference: '0' })
        : plain(dT, 'fail', `目录列出但正文中没有的表（${absent.length} 张）：${absent.map((e) => e.title).join('、')}`, absent.map((e) => e.kind), absent.map((e) => e.line), { expected: String(listed.length), actual: String(listed.length - absent.length), difference: String(-absent.length) }),
    );
  }

  const dE = def('comp.empty_statement');
  const empties = model.tables.filter((t) => t.empty && t.kind !== 'other');
  if (empties.length === 0) out.push(skip(dE, '没有空表'));
  for (const t of empties) {
    const stmt = t.empty_statement ?? t.notes.find((n) => EMPTY_RE.test(n)) ?? null;
    out.push(stmt ? plain(dE, 'pass', `${t.title}为空表，并附说明：“${stmt.slice(0, 60)}”`, [t.kind], [t.start_line]) : plain(dE, 'fail', `${t.title}为空表，但没有“本表无数据”之类的说明`, [t.kind], [t.start_line]));
  }
  return out;
}
