import { budgetTables, BUDGET_TITLES } from './budget.ts';
import { Ctx } from './context.ts';
import { FINAL_TITLES, finalTables } from './final.ts';
import type { SynthDoc } from './generate.ts';
import type { HtmlWriter } from './html.ts';
import { CN_ORD, cnMonth, cnYear } from './money.ts';
import type { Truth } from './truth.ts';

export { Printer, type Printed } from './money.ts';

export const GENERATOR_VERSION = '5';

export interface Rendered {
  text: string;
  truth: Truth;
}

/**
 * Render a department-year into disclosure text — a 决算 or a 预算, in the text form and vocabulary its options
 * name (options.ts) — with the truth read off it: every printed figure as an exact 元 value with its line. With
 * `html` (the PDF path, pdf.ts) the document is printed by that writer instead, and the lines are placed later.
 */
export function renderDoc(doc: SynthDoc, html?: HtmlWriter): Rendered {
  const ctx = new Ctx(doc, html);
  const { o } = ctx;
  const y = doc.year;
  const dept = doc.department;
  const final = o.docKind === 'final';
  const titles = final ? FINAL_TITLES : BUDGET_TITLES(y, o);
  const docWord = final ? `${y}年度部门决算` : `${y}年度部门预算`;

  // ---- cover, 目录
  ctx.push();
  ctx.push(final ? `${y}年度` : `${dept}`);
  ctx.push(final ? `${dept}部门决算` : docWord);
  ctx.push();
  ctx.push(`${cnYear(doc.published.year)}年${cnMonth(doc.published.month)}月`);
  ctx.push();
  ctx.heading('目 录', 1);
  ctx.push();
  ctx.heading(`第一部分 ${dept}概况`, 2, true);
  ctx.push();
  ctx.heading(final ? `第二部分 ${y}年度部门决算表` : `第二部分 ${y}年度部门预算表`, 2, true);
  ctx.push();
  titles.forEach((t, i) => {
    ctx.push(`${CN_ORD[i + 1]}、${t}`);
    ctx.push();
  });
  ctx.heading(final ? `第三部分 ${y}年度部门决算情况说明` : `第三部分 ${y}年度部门预算情况说明`, 2, true);
  ctx.push();
  ctx.heading('第四部分 名词解释', 2, true);
  ctx.push();

  // ---- overview with budget units
  ctx.heading(`第一部分 ${dept}概况`);
  ctx.push();
  ctx.heading('一、部门职责');
  ctx.push();
  ctx.paragraph('（一）贯彻执行国家、省有关法律、法规和方针政策，拟订并组织实施本行业发展规划。');
  ctx.push();
  ctx.push('（二）完成市委、市政府交办的其他任务。');
  ctx.push();
  ctx.heading('二、机构设置');
  ctx.push();
  const word = final ? '决算' : '预算';
  if (final) {
    ctx.paragraph(`从${word}单位构成看，${dept}部门${word}包括：本级${word}、所属事业单位${word}。`);
    ctx.push();
  }
  ctx.push(`${y}年度，纳入本部门${word}编制范围的单位共${doc.budgetUnits.length}个，包括：`);
  ctx.push();
  doc.budgetUnits.forEach((u, i) => ctx.push(`${i + 1}. ${u}。`));
  ctx.push();

  // ---- tables and the narrative
  ctx.heading(final ? `第二部分 ${y}年度部门决算表` : `第二部分 ${y}年度部门预算表`);
  ctx.push();
  if (final) finalTables(ctx);
  else budgetTables(ctx);

  ctx.heading('第四部分 名词解释');
  ctx.push();
  ctx.push('一、财政拨款收入：单位从同级政府财政部门取得的财政预算资金。');
  ctx.push();
  ctx.push('二、基本支出：为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
  ctx.push();

  const text = ctx.w.text();
  const truth: Truth = {
    generator_version: GENERATOR_VERSION,
    seed: doc.seed,
    family: doc.family,
    options: doc.options,
    doc_id: doc.stem,
    department: dept,
    region: doc.region,
    fiscal_year: y,
    doc_kind: o.docKind,
    published: `${doc.published.year}-${String(doc.published.month).padStart(2, '0')}`,
    budget_units: doc.budgetUnits,
    layout: doc.layout,
    tables: ctx.tables,
    facts: ctx.w.facts,
    claims: ctx.claims,
  };
  return { text, truth };
}
