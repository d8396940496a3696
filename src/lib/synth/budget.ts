import { ECONOMIC_CLASSES, SUMMARY_EXPENDITURE_LINES } from './classification.ts';
import { unitBasicTable, unitExpenditureTable, unitIncomeTable, unitShape } from './budget-units.ts';
import { sideBySide, type Ctx, type Side } from './context.ts';
import type { Fen, SynthLeaf } from './generate.ts';
import { all, basicAll, fiscal, other, personnelAll, projectAll, specificAll, threeCells } from './leaf.ts';
import type { RenderOptions } from './options.ts';
import { hierarchy, sumF, type ClassifiedRow } from './sheet.ts';
import { threePublicTable } from './three-public.ts';

/**
 * 预算 table titles in printed order: the seeds' wording (`2024年部门收支预算表`) for unnumbered titles, the short
 * names (`部门收支总表`, `一般公共预算支出表` …) with the numbered styles.
 */
export function BUDGET_TITLES(y: number, o: RenderOptions): string[] {
  if (o.tableNames === 'district')
    return ['财务收支预算总表', '部门收入预算表', '部门支出预算表', '财政拨款收支预算总表', '一般公共预算支出功能分类预算表', '一般公共预算基本支出部门预算经济分类预算表', '一般公共预算“三公”经费支出预算表', '政府性基金预算支出功能分类预算表'];
  if (o.titleStyle === 'none')
    return ['部门收支预算表', '部门收入预算表', '部门支出预算表', '财政拨款收支预算表', '一般公共预算支出预算表', '一般公共预算基本支出预算表', '一般公共预算“三公”经费预算表', '政府性基金支出预算表'].map((t) => `${y}年${t}`);
  return ['部门收支总表', '部门收入总表', '部门支出总表', '财政拨款收支总表', '一般公共预算支出表', '一般公共预算基本支出表', '一般公共预算“三公”经费支出表', '政府性基金预算支出表'];
}


const THREE_NAMES = ['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费'];

/**
 * Money columns of a 支出 table split into 基本支出 and 项目支出: 基本支出 alone or `其中：基本支出` with 人员经费 and
 * 公用经费 under it; 项目支出 alone or (budgets from 2022) with 特定目标类 and 其他运转类 under it. Returns the
 * header rows, the columns (path as printed in the plain vocabulary) and a leaf's amounts.
 */
function basicProjectColumns(o: RenderOptions, first: string, basic: (l: SynthLeaf) => Fen, personnel: (l: SynthLeaf) => Fen, project: (l: SynthLeaf) => Fen, specific: (l: SynthLeaf) => Fen) {
  const top: string[] = [first];
  const sub: string[] = [''];
  const columns: string[] = [first];
  const parts: ((l: SynthLeaf) => Fen)[] = [(l) => basic(l) + project(l)];
  if (o.basicHeader === 'qizhong') {
    top.push('其中：基本支出', '', '');
    sub.push('小计', '人员经费', '公用经费');
    columns.push('基本支出/小计', '基本支出/人员经费', '基本支出/公用经费');
    parts.push(basic, personnel, (l) => basic(l) - personnel(l));
  } else {
    top.push('基本支出');
    sub.push('');
    columns.push('基本支出');
    parts.push(basic);
  }
  if (o.projectSplit) {
    top.push('项目支出', '', '');
    sub.push('小计', '特定目标类', '其他运转类');
    columns.push('项目支出/小计', '项目支出/特定目标类', '项目支出/其他运转类');
    parts.push(project, specific, (l) => project(l) - specific(l));
  } else {
    top.push('项目支出');
    sub.push('');
    columns.push('项目支出');
    parts.push(project);
  }
  return { header: [top, sub], columns, amounts: (l: SynthLeaf) => parts.map((f) => f(l)) };
}

/** The 预算 table set (收支总表 … 政府性基金) with consistent figures, and the narrative figures they give. */
export function budgetTables(ctx: Ctx): void {
  const { doc, o, P } = ctx;
  const y = doc.year;
  const titles = BUDGET_TITLES(y, o);
  // 上年结转: part of the fiscal money of the largest fiscal leaf was carried over from last year.
  const carrier = [...doc.leaves].sort((a, b) => (fiscal(b) > fiscal(a) ? 1 : fiscal(b) < fiscal(a) ? -1 : 0))[0]!;
  const carry = doc.carry < fiscal(carrier) / 2n ? doc.carry : 0n;
  const carryOf = (l: SynthLeaf) => (l === carrier ? carry : 0n);
  const totalAll = sumF(doc.leaves.map(all));
  const totalFiscal = sumF(doc.leaves.map(fiscal));
  const totalOther = sumF(doc.leaves.map(other));
  const byLei = (f: (l: SynthLeaf) => Fen, lei: string) => sumF(doc.leaves.filter((l) => l.lei.code === lei).map(f));
  const fiscalWord = o.fiscalWord === '财政拨款' ? '一般公共预算拨款' : o.fiscalWord;
  const expLines = SUMMARY_EXPENDITURE_LINES.map((s) => ({ ...s, label: s.label.replace(/支出$/, '') }));

  // 1 部门收支总表
  {
    const district = o.tableNames === 'district';
    const business = doc.otherIncome === '事业收入' ? totalOther : 0n;
    const otherIncome = doc.otherIncome === '其他收入' ? totalOther : 0n;
    const left: Side[] = district
      ? [
          { label: '一、一般公共预算拨款收入', no: 1, amounts: [totalFiscal - carry] },
          { label: '二、政府性基金预算拨款收入', no: 2, amounts: [0n] },
          { label: '三、国有资本经营预算拨款收入', no: 3, amounts: [0n] },
          { label: '四、财政专户管理资金收入', no: 4, amounts: [0n] },
          { label: '五、单位资金', no: 5, amounts: [totalOther] },
          { label: '（一）事业收入', no: 6, amounts: [business] },
          { label: '（二）事业单位经营收入', no: 7, amounts: [0n] },
          { label: '（三）上级补助收入', no: 8, amounts: [0n] },
          { label: '（四）附属单位上缴收入', no: 9, amounts: [0n] },
          { label: '（五）其他收入', no: 10, amounts: [otherIncome] },
        ]
      : [
          { label: `一、${fiscalWord}收入`, no: 1, amounts: [totalFiscal - carry] },
          { label: '二、政府性基金预算拨款收入', no: 2, amounts: [0n] },
          { label: '三、国有资本经营预算拨款收入', no: 3, amounts: [0n] },
          { label: '四、事业收入', no: 4, amounts: [business] },
          { label: '五、其他收入', no: 5, amounts: [otherIncome] },
        ];
    const right: Side[] = expLines.map((s, i) => ({ label: s.label, no: i + 1, amounts: [byLei(all, s.lei)] }));
    while (left.length < right.length) left.push({ label: '', no: 0, amounts: null });
    left.push({ label: '本年收入合计', no: 0, amounts: [totalAll - carry] });
    right.push({ label: '本年支出合计', no: 0, amounts: [totalAll] });
    left.push({ label: '上年结转结余', no: 0, amounts: [carry] });
    right.push({ label: '年终结转结余', no: 0, amounts: null });
    left.push({ label: '收入总计', no: 0, amounts: [totalAll] });
    right.push({ label: '支出总计', no: 0, amounts: [totalAll] });
    const amount = district ? '预算数' : '金额';
    const header = [
      ['收入', '', '支出', ''],
      ['项目', amount, '项目', amount],
    ];
    sideBySide(ctx, 'budget_summary', titles[0]!, header, [`收入/${amount}`], [`支出/${amount}`], left, right, '本表反映部门年度总体收支预算情况。', false);
  }

  const shape = o.unitRows ? unitShape(ctx) : null;

  // 2 部门收入总表 (by unit, or by 功能分类)
  if (shape) unitIncomeTable(ctx, titles[1]!, shape, carryOf);
  else if (o.tableNames === 'district') {
    // 单位资金 as a group over its six parts, 上年结转结余 last
    const parts = ['合计', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'];
    const top = ['合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '财政专户管理资金收入', '单位资金', '', '', '', '', '', '上年结转结余'];
    const sub = ['', '', '', '', '', ...parts, ''];
    const columns = [...top.slice(0, 5), ...parts.map((p) => `单位资金/${p}`), '上年结转结余'];
    const amounts = (l: SynthLeaf): Fen[] => {
      const business = doc.otherIncome === '事业收入' ? other(l) : 0n;
      const rest = doc.otherIncome === '其他收入' ? other(l) : 0n;
      return [all(l), fiscal(l) - carryOf(l), 0n, 0n, 0n, other(l), business, 0n, 0n, 0n, rest, carryOf(l)];
    };
    ctx.classified('budget_income', titles[1]!, [top, sub], columns, hierarchy(doc.leaves, amounts, () => true, o.totalLabel, o.totalRow), '本表反映部门年度总体收入预算情况。', { indentNames: o.indentNames });
  } else {
    const cols = ['合计', '上年结转', `${fiscalWord}收入`, '事业收入', '其他收入'];
    ctx.classified(
      'budget_income',
      titles[1]!,
      [cols, cols.map(() => '')],
      ['合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入'],
      hierarchy(doc.leaves, (l) => [all(l), carryOf(l), fiscal(l) - carryOf(l), doc.otherIncome === '事业收入' ? other(l) : 0n, doc.otherIncome === '其他收入' ? other(l) : 0n], () => true, o.totalLabel, o.totalRow),
      '本表反映部门年度总体收入预算情况。',
      { indentNames: o.indentNames },
    );
  }

  // 3 部门支出总表
  if (shape) unitExpenditureTable(ctx, 'budget_expenditure', titles[2]!, shape, false);
  else {
    const c = basicProjectColumns(o, '合计', basicAll, personnelAll, projectAll, specificAll);
    ctx.classified('budget_expenditure', titles[2]!, c.header, c.columns, hierarchy(doc.leaves, c.amounts, () => true, o.totalLabel, o.totalRow), '本表反映部门年度总体支出预算情况。', { indentNames: o.indentNames });
  }

  // 4 财政拨款收支总表
  {
    const left: Side[] = [
      { label: '一、本年收入', no: 0, amounts: [totalFiscal - carry] },
      { label: `（一）${fiscalWord}`, no: 0, amounts: [totalFiscal - carry] },
      { label: '（二）政府性基金预算拨款', no: 0, amounts: [0n] },
      { label: '（三）国有资本经营预算拨款', no: 0, amounts: [0n] },
      { label: '二、上年结转', no: 0, amounts: [carry] },
    ];
    const right: Side[] = [{ label: '一、本年支出', no: 0, amounts: [totalFiscal, totalFiscal, 0n, 0n] }];
    for (const s of expLines) {
      const v = byLei(fiscal, s.lei);
      right.push({ label: s.label.replace(/^[一二三四五六七八九十]+、/, ''), no: 0, amounts: [v, v, 0n, 0n] });
    }
    while (left.length < right.length) left.push({ label: '', no: 0, amounts: null });
    left.push({ label: '收入总计', no: 0, amounts: [totalFiscal] });
    right.push({ label: '二、年终结转结余', no: 0, amounts: null });
    left.push({ label: '', no: 0, amounts: null });
    right.push({ label: '支出总计', no: 0, amounts: [totalFiscal, totalFiscal, 0n, 0n] });
    const header = [
      ['收入', '', '支出', '', '', '', ''],
      // the general-budget column beside 政府性基金预算 names the general budget (财政拨款（补助） is every fiscal grant)
      ['项目', '金额', '项目', '合计', fiscalWord === '财政拨款（补助）' ? '一般公共预算拨款' : fiscalWord, '政府性基金预算', '国有资本经营预算'],
    ];
    sideBySide(
      ctx,
      'budget_fiscal_summary',
      titles[3]!,
      header,
      ['收入/金额'],
      ['支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算'],
      left,
      right,
      '本表反映部门年度财政拨款收支预算情况。',
      false,
    );
  }

  // 5 一般公共预算支出表: by unit, or 类/款/项 subtotal rows with names indented by level
  if (shape) unitExpenditureTable(ctx, 'budget_general_expenditure', titles[4]!, shape, true);
  else {
    const c = basicProjectColumns(o, '合计', (l) => l.fiscalBasic, (l) => l.fiscalPersonnel, (l) => l.fiscalProject, (l) => l.fiscalSpecific);
    ctx.classified(
      'budget_general_expenditure',
      titles[4]!,
      c.header,
      c.columns,
      hierarchy(doc.leaves, c.amounts, (l) => fiscal(l) > 0n, o.totalLabel, o.totalRow),
      '本表反映部门年度一般公共预算支出情况。',
      { indentNames: o.indentNames },
    );
  }

  // 6 一般公共预算基本支出表 (by 经济分类)
  if (o.unitRows) unitBasicTable(ctx, titles[5]!);
  else {
    const kind = 'budget_general_basic' as const;
    const rows: ClassifiedRow[] = [];
    for (const cls of ECONOMIC_CLASSES) {
      const items = cls.items.filter((it) => (doc.econ.get(it.code) ?? 0n) > 0n);
      if (items.length === 0) continue;
      const v = (x: Fen): Fen[] => [x, cls.personnel ? x : 0n, cls.personnel ? 0n : x];
      rows.push({ code: cls.code, name: cls.name, amounts: v(sumF(items.map((it) => doc.econ.get(it.code)!))) });
      for (const it of items) rows.push({ code: it.code, name: it.name, amounts: v(doc.econ.get(it.code)!) });
    }
    const total: ClassifiedRow = { code: null, name: o.totalLabel, amounts: [0, 1, 2].map((i) => sumF(rows.filter((r) => r.code!.length === 3).map((r) => r.amounts[i]!))) };
    const ordered = o.totalRow === 'first' ? [total, ...rows] : [...rows, total];
    ctx.titleBlock(kind, titles[5]!);
    const group = '本年一般公共预算基本支出';
    const header = [
      ['部门预算支出经济分类科目', '', group, '', ''],
      ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
    ];
    const cols = [`${group}/合计`, `${group}/人员经费`, `${group}/公用经费`];
    const sheetRows = ordered.map((r) => {
      const printed = r.amounts.map((a) => P.money(a));
      return {
        cells: [r.code ?? '', r.name, ...printed.map((p) => p.raw)],
        facts: printed.map((p, j) => ({ block: null, code: r.code, name: r.name, column: cols[j]!, value: p.value })),
        total: r.code === null,
      };
    });
    ctx.w.table(ctx.sheet(kind, header, [0, 1], 1, sheetRows), kind);
    ctx.note('本表反映部门年度一般公共预算基本支出情况。');
  }

  // 7 三公 (horizontal or vertical)
  threePublicTable(ctx, 'budget_three_public', titles[6]!, [{ label: '预算数', values: threeCells(doc.threeBudget) }], THREE_NAMES, '公务用车购置及运行费', '本表反映部门年度一般公共预算安排的“三公”经费预算情况。');

  // 8 政府性基金: none (header and the statement)
  ctx.classified('budget_gov_fund', titles[7]!, [['合计', '基本支出', '项目支出'], ['', '', '']], ['合计', '基本支出', '项目支出'], [], '本表反映部门年度政府性基金预算支出情况。', {
    emptyText: '本部门无政府性基金预算拨款安排的支出，故本表无数据。',
  });

  // 第三部分 情况说明
  const u = ctx.L.unit;
  ctx.w.newPage();
  ctx.heading(`第三部分 ${y}年度部门预算情况说明`);
  ctx.push();
  ctx.heading('一、收支预算总体情况说明');
  ctx.push();
  {
    const tot = P.text(totalAll);
    const phrase = `收、支总预算均为${tot.raw}${u}`;
    ctx.claimMoney('total', tot, phrase, ctx.paragraph(`${y}年${phrase}。`));
    ctx.push();
  }
  ctx.heading('二、支出预算情况说明');
  ctx.push();
  {
    ctx.expenditureParagraph(`${y}年`, '支出预算', totalAll, sumF(doc.leaves.map(basicAll)), sumF(doc.leaves.map(projectAll)), false);
    ctx.push();
  }
  ctx.heading('三、“三公”经费预算情况说明');
  ctx.push();
  {
    const t = P.text(threeCells(doc.threeBudget)[0]!);
    const phrase = `“三公”经费预算${t.raw}${u}`;
    ctx.claimMoney('three_public_budget', t, phrase, ctx.paragraph(`${y}年${phrase}。`));
    ctx.push();
  }
}
