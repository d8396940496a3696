import { ECONOMIC_CLASSES, SUMMARY_EXPENDITURE_LINES } from './classification.ts';
import { sideBySide, type Ctx, type Side } from './context.ts';
import type { Fen, SynthLeaf } from './generate.ts';
import { all, basicAll, fiscal, other, personnelAll, projectAll, threeCells } from './leaf.ts';
import { percent, type Printed } from './money.ts';
import { Rng } from './rng.ts';
import { hierarchy, sumF, type SheetFact, type SheetRow } from './sheet.ts';
import { threePublicTable } from './three-public.ts';

/** 决算 table titles in printed order (the 目录 lists them). */
export const FINAL_TITLES = [
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '财政拨款收入支出决算总表',
  '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算明细表',
  '政府性基金预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款支出决算表',
  '财政拨款“三公”经费支出决算表',
];


const THREE_NAMES = ['合计', '因公出国（境）费', '公务用车购置及运行维护费/小计', '公务用车购置及运行维护费/公务用车购置费', '公务用车购置及运行维护费/公务用车运行维护费', '公务接待费'];

/** The nine 决算 tables (公开01–09表) and the narrative figures they give. */
export function finalTables(ctx: Ctx): void {
  const { doc, o, P } = ctx;
  const totalAll = sumF(doc.leaves.map(all));
  const totalFiscal = sumF(doc.leaves.map(fiscal));
  const totalOther = sumF(doc.leaves.map(other));
  const byLei = (f: (l: SynthLeaf) => Fen, lei: string) => sumF(doc.leaves.filter((l) => l.lei.code === lei).map(f));
  const fiscalIncomeWord = o.fiscalWord === '财政拨款' ? '财政拨款收入' : `${o.fiscalWord}收入`;
  const h = (cols: string[]) => [cols, cols.map(() => '')];

  // 01 收入支出决算总表
  {
    const incomeLines: [string, Fen][] = [
      ['一、一般公共预算财政拨款收入', totalFiscal],
      ['二、政府性基金预算财政拨款收入', 0n],
      ['三、国有资本经营预算财政拨款收入', 0n],
      ['四、上级补助收入', 0n],
      ['五、事业收入', doc.otherIncome === '事业收入' ? totalOther : 0n],
      ['六、经营收入', 0n],
      ['七、附属单位上缴收入', 0n],
      ['八、其他收入', doc.otherIncome === '其他收入' ? totalOther : 0n],
    ];
    const left: Side[] = incomeLines.map(([label, v], i) => ({ label, no: i + 1, amounts: [v] }));
    for (let no = 9; no <= 26; no++) left.push({ label: '', no, amounts: null });
    left.push({ label: '本年收入合计', no: 27, amounts: [totalAll] });
    left.push({ label: o.balanceWord, no: 28, amounts: [0n] });
    left.push({ label: '年初结转和结余', no: 29, amounts: [doc.carry] });
    left.push({ label: '', no: 30, amounts: null });
    left.push({ label: '收入总计', no: 31, amounts: [totalAll + doc.carry] });
    const right: Side[] = SUMMARY_EXPENDITURE_LINES.map((s, i) => ({ label: s.label, no: 32 + i, amounts: [byLei(all, s.lei)] }));
    right.push({ label: '本年支出合计', no: 58, amounts: [totalAll] });
    right.push({ label: '结余分配', no: 59, amounts: [0n] });
    right.push({ label: ctx.rng.pick(['年末结转和结余', '年末结转与结余']), no: 60, amounts: [doc.carry] });
    right.push({ label: '', no: 61, amounts: null });
    right.push({ label: '支出总计', no: 62, amounts: [totalAll + doc.carry] });
    const header = [
      ['收入', '', '', '支出', '', ''],
      ['项目', '行次', '决算数', '项目', '行次', '决算数'],
    ];
    if (o.columnNumbers) header.push(['栏次', '', '1', '栏次', '', '2']);
    sideBySide(ctx, 'final_summary', FINAL_TITLES[0]!, header, ['收入/决算数'], ['支出/决算数'], left, right, '本表反映部门本年度的总收支和年末结转结余情况。', true);
  }

  // 02 收入决算表
  {
    const printedCols = ['本年收入合计', fiscalIncomeWord, '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
    const cols = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
    ctx.classified(
      'final_income',
      FINAL_TITLES[1]!,
      h(printedCols),
      cols,
      hierarchy(doc.leaves, (l) => [all(l), fiscal(l), 0n, doc.otherIncome === '事业收入' ? other(l) : 0n, 0n, 0n, doc.otherIncome === '其他收入' ? other(l) : 0n], () => true, o.totalLabel, o.totalRow),
      '本表反映部门本年度取得的各项收入情况。',
    );
  }

  // 03 支出决算表: 基本支出 as one column, or 其中：基本支出 with 人员经费 / 公用经费 under it
  {
    const rest = ['上缴上级支出', '经营支出', '对附属单位补助支出'];
    if (o.basicHeader === 'qizhong') {
      ctx.classified(
        'final_expenditure',
        FINAL_TITLES[2]!,
        [
          ['本年支出合计', '其中：基本支出', '', '', '项目支出', ...rest],
          ['', '小计', '人员经费', '公用经费', '', '', '', ''],
        ],
        ['本年支出合计', '基本支出', '基本支出/人员经费', '基本支出/公用经费', '项目支出', ...rest],
        hierarchy(doc.leaves, (l) => [all(l), basicAll(l), personnelAll(l), basicAll(l) - personnelAll(l), projectAll(l), 0n, 0n, 0n], () => true, o.totalLabel, o.totalRow),
        '本表反映部门本年度各项支出情况。',
      );
    } else {
      const cols = ['本年支出合计', '基本支出', '项目支出', ...rest];
      ctx.classified(
        'final_expenditure',
        FINAL_TITLES[2]!,
        h(cols),
        cols,
        hierarchy(doc.leaves, (l) => [all(l), basicAll(l), projectAll(l), 0n, 0n, 0n], () => true, o.totalLabel, o.totalRow),
        '本表反映部门本年度各项支出情况。',
      );
    }
  }

  // 04 财政拨款收入支出决算总表
  {
    const gp = o.fiscalWord === '一般公共预算拨款' ? '一般公共预算拨款' : '一般公共预算财政拨款';
    const left: Side[] = [
      { label: '一、一般公共预算财政拨款', no: 1, amounts: [totalFiscal] },
      { label: '二、政府性基金预算财政拨款', no: 2, amounts: [0n] },
      { label: '三、国有资本经营预算财政拨款', no: 3, amounts: [0n] },
    ];
    for (let no = 4; no <= 26; no++) left.push({ label: '', no, amounts: null });
    left.push({ label: '本年收入合计', no: 27, amounts: [totalFiscal] });
    left.push({ label: '年初财政拨款结转和结余', no: 28, amounts: [0n] });
    left.push({ label: '一般公共预算财政拨款', no: 29, amounts: [0n] });
    left.push({ label: '政府性基金预算财政拨款', no: 30, amounts: [0n] });
    left.push({ label: '国有资本经营预算财政拨款', no: 31, amounts: [0n] });
    left.push({ label: '总计', no: 32, amounts: [totalFiscal] });
    const right: Side[] = SUMMARY_EXPENDITURE_LINES.map((s, i) => {
      const v = byLei(fiscal, s.lei);
      return { label: s.label, no: 33 + i, amounts: [v, v, 0n, 0n] };
    });
    right.push({ label: '本年支出合计', no: 59, amounts: [totalFiscal, totalFiscal, 0n, 0n] });
    right.push({ label: '年末财政拨款结转和结余', no: 60, amounts: [0n, 0n, 0n, 0n] });
    for (let no = 61; no <= 63; no++) right.push({ label: '', no, amounts: null });
    right.push({ label: '总计', no: 64, amounts: [totalFiscal, totalFiscal, 0n, 0n] });
    const header = [
      ['收入', '', '', '支出', '', '', '', '', ''],
      ['项目', '行次', '金额', '项目', '行次', '合计', gp, '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
    ];
    if (o.columnNumbers) header.push(['栏次', '', '1', '栏次', '', '2', '3', '4', '5']);
    sideBySide(
      ctx,
      'final_fiscal_summary',
      FINAL_TITLES[3]!,
      header,
      ['收入/金额'],
      ['支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '支出/国有资本经营预算财政拨款'],
      left,
      right,
      '本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
      true,
    );
  }

  // 05 一般公共预算财政拨款支出决算表: 本年支出 (小计 | 基本支出 or 其中：基本支出 with 人员/公用经费 | 项目支出),
  // optionally after 年初预算数 and 全年预算数 columns (the actual columns then print under 决算数)
  {
    const keep = (l: SynthLeaf) => fiscal(l) > 0n;
    const qizhong = o.basicHeader === 'qizhong';
    const group = o.budgetColumns ? '决算数' : '本年支出';
    const actual = qizhong ? ['小计', '其中：基本支出', '', '', '项目支出'] : ['小计', '基本支出', '项目支出'];
    const under = qizhong ? ['', '小计', '人员经费', '公用经费', ''] : ['', '', ''];
    const columns = qizhong
      ? ['本年支出/小计', '本年支出/基本支出', '本年支出/基本支出/人员经费', '本年支出/基本支出/公用经费', '本年支出/项目支出']
      : ['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出'];
    const amounts = (l: SynthLeaf): Fen[] =>
      qizhong ? [fiscal(l), l.fiscalBasic, l.fiscalPersonnel, l.fiscalBasic - l.fiscalPersonnel, l.fiscalProject] : [fiscal(l), l.fiscalBasic, l.fiscalProject];
    const budgets = (l: SynthLeaf): Fen[] => {
      // 年初预算 within ±10% of the actual spending, 全年预算 (after adjustments) between the two
      const r = new Rng(doc.seed ^ Number(l.item.code));
      const initial = (fiscal(l) * BigInt(r.int(90, 110))) / 100n;
      return [initial, (initial + fiscal(l)) / 2n];
    };
    const header: string[][] = [[group, ...actual.slice(1).map(() => '')], actual, ...(qizhong ? [under] : [])];
    const pre = ['年初预算数', o.adjustedWord];
    ctx.classified(
      'final_general_expenditure',
      FINAL_TITLES[4]!,
      o.budgetColumns ? header.map((row, i) => [...(i === 0 ? pre : ['', '']), ...row]) : header,
      o.budgetColumns ? ['年初预算数', '全年预算数', ...columns] : columns,
      hierarchy(doc.leaves, (l) => (o.budgetColumns ? [...budgets(l), ...amounts(l)] : amounts(l)), keep, o.totalLabel, o.totalRow),
      '本表反映部门本年度一般公共预算财政拨款支出情况。',
    );
  }

  // 06 一般公共预算财政拨款基本支出决算明细表: three printed blocks side by side
  {
    const kind = 'final_general_basic' as const;
    ctx.titleBlock(kind, FINAL_TITLES[5]!);
    const header = [['经济分类 科目编码', '科目名称', '决算数', '经济分类 科目编码', '科目名称', '决算数', '经济分类 科目编码', '科目名称', '决算数']];
    // a group row over the blocks: 人员经费 over the first, 公用经费 over the other two; a block is then named by its
    // group and its column carries the group (as the seeds' 阳泉 06表 prints and reads), otherwise numbered 第N栏
    // (PDFs print the group row as merged cells: a centred header shows it too)
    const grouped = o.basicGroups || o.headerAlign === 'centre';
    if (grouped) header.unshift(['人员经费', '', '', '公用经费', '', '', '', '', '']);
    const groups = ['人员经费', '公用经费', '公用经费'];
    const blockName = (bi: number) => (grouped ? groups[bi]! : `第${bi + 1}栏`);
    const blockColumn = (bi: number) => (grouped ? `${groups[bi]}/决算数` : '决算数');
    const blockRows = (codes: string[]) =>
      ECONOMIC_CLASSES.filter((c) => codes.includes(c.code)).flatMap((c) => [
        { code: c.code, name: c.name, fen: sumF(c.items.map((it) => doc.econ.get(it.code) ?? 0n)) },
        ...c.items.map((it) => ({ code: it.code, name: it.name, fen: doc.econ.get(it.code) ?? 0n })),
      ]);
    const blocks = [blockRows(['301', '303']), blockRows(['302']), blockRows(['307', '310', '399'])];
    const rows: SheetRow[] = [];
    const n = Math.max(...blocks.map((b) => b.length));
    for (let i = 0; i < n; i++) {
      const cells: string[] = [];
      const facts: SheetFact[] = [];
      blocks.forEach((b, bi) => {
        const r = b[i];
        if (!r) {
          cells.push('', '', '');
          return;
        }
        const p = P.money(r.fen);
        cells.push(r.code, r.name, p.raw);
        facts.push({ block: blockName(bi), code: r.code, name: r.name, column: blockColumn(bi), value: p.value });
      });
      rows.push({ cells, facts });
    }
    const personnel = sumF(ECONOMIC_CLASSES.filter((c) => c.personnel).flatMap((c) => c.items.map((it) => doc.econ.get(it.code) ?? 0n)));
    const publicFunds = sumF(ECONOMIC_CLASSES.filter((c) => !c.personnel).flatMap((c) => c.items.map((it) => doc.econ.get(it.code) ?? 0n)));
    const pp = P.text(personnel);
    const pg = P.text(publicFunds);
    rows.push({
      cells: ['', '人员经费合计', pp.raw, '', '', '', '', '公用经费合计', pg.raw],
      facts: [
        { block: blockName(0), code: null, name: '人员经费合计', column: blockColumn(0), value: pp.value },
        { block: blockName(2), code: null, name: '公用经费合计', column: blockColumn(2), value: pg.value },
      ],
    });
    ctx.w.table(ctx.sheet(kind, header, [0, 1, 3, 4, 6, 7], 1, rows), kind);
    ctx.note('本表反映部门本年度一般公共预算财政拨款基本支出明细情况。');
  }

  // 07 政府性基金, 08 国有资本经营: this department has none (printed 合计 row and the statement)
  ctx.classified(
    'final_gov_fund',
    FINAL_TITLES[6]!,
    [
      ['年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
      ['', '', '小计', '基本支出', '项目支出', ''],
    ],
    ['年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余'],
    [{ code: null, name: '合计', amounts: [0n, 0n, 0n, 0n, 0n, 0n] }],
    '本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
    { emptyText: '我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。' },
  );
  ctx.classified(
    'final_state_capital',
    FINAL_TITLES[7]!,
    [
      ['本年支出', '', ''],
      ['小计', '基本支出', '项目支出'],
    ],
    ['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出'],
    [{ code: null, name: '合计', amounts: [0n, 0n, 0n] }],
    '本表反映部门本年度国有资本经营预算财政拨款支出情况。',
    { emptyText: '我部门没有使用国有资本经营预算安排的支出，故本表无数据。' },
  );

  // 09 三公
  const printed = threePublicTable(
    ctx,
    'final_three_public',
    FINAL_TITLES[8]!,
    [
      { label: '预算数', values: threeCells(doc.threeBudget) },
      { label: '决算数', values: threeCells(doc.threeActual) },
    ],
    THREE_NAMES,
    '公务用车购置及运行维护费',
    '本表反映部门本年度财政拨款“三公”经费支出预决算情况。',
  );
  if (printed.flat().every((v) => v.fen === 0n)) {
    ctx.push('说明：本部门本年度无“三公”经费支出，故本表无数据。');
    ctx.push();
  }
  finalNarrative(ctx, totalAll, totalFiscal, totalOther, [P.text(threeCells(doc.threeBudget)[0]!), P.text(threeCells(doc.threeActual)[0]!)]);
}

/** 第三部分 情况说明: figures computed from the printed tables, recorded as claims. */
function finalNarrative(ctx: Ctx, totalAll: Fen, totalFiscal: Fen, totalOther: Fen, three: [Printed, Printed]): void {
  const { doc, P } = ctx;
  const y = doc.year;
  const u = ctx.L.unit;
  ctx.w.newPage();
  ctx.heading(`第三部分 ${y}年度部门决算情况说明`);
  ctx.push();
  {
    ctx.heading('一、收入支出决算总体情况说明');
    ctx.push();
    const tot = P.text(totalAll + doc.carry);
    const phrase = `收、支总计均为${tot.raw}${u}`;
    ctx.claimMoney('total', tot, phrase, ctx.paragraph(`${y}年度${phrase}。`));
    ctx.push();
  }
  {
    ctx.heading('二、收入决算情况说明');
    ctx.push();
    const inc = P.text(totalAll);
    const fis = P.text(totalFiscal);
    const oth = P.text(totalOther);
    const fisPct = percent(fis.fen, inc.fen);
    const parts = [`收入合计${inc.raw}${u}`, `财政拨款收入${fis.raw}${u}`, `占${fisPct}%`];
    let text = `${y}年度${parts[0]}，其中：${parts[1]}，${parts[2]}`;
    let othPct: string | null = null;
    if (totalOther > 0n) {
      othPct = percent(oth.fen, inc.fen);
      text += `；${doc.otherIncome}${oth.raw}${u}，占${othPct}%`;
    }
    const n = ctx.paragraph(`${text}。`);
    ctx.claimMoney('income_total', inc, parts[0]!, n);
    ctx.claimMoney('income_fiscal', fis, parts[1]!, n);
    ctx.claimPct('income_fiscal_share', fisPct, parts[2]!, n);
    if (othPct !== null) {
      ctx.claimMoney('income_other', oth, `${doc.otherIncome}${oth.raw}${u}`, n);
      ctx.claimPct('income_other_share', othPct, `占${othPct}%`, n);
    }
    ctx.push();
  }
  {
    ctx.heading('三、支出决算情况说明');
    ctx.push();
    ctx.expenditureParagraph(`${y}年度`, '支出合计', totalAll, sumF(doc.leaves.map(basicAll)), sumF(doc.leaves.map(projectAll)), true);
    ctx.push();
  }
  {
    ctx.heading('九、财政拨款“三公”经费支出决算情况说明');
    ctx.push();
    const [bud, act] = three;
    let text = `${y}年度“三公”经费财政拨款支出预算为${bud.raw}${u}，支出决算为${act.raw}${u}`;
    let rate: string | null = null;
    if (bud.fen > 0n) {
      rate = percent(act.fen, bud.fen);
      text += `，完成预算的${rate}%`;
    }
    const n = ctx.paragraph(`${text}。`);
    ctx.claimMoney('three_public_budget', bud, `预算为${bud.raw}${u}`, n);
    ctx.claimMoney('three_public_actual', act, `支出决算为${act.raw}${u}`, n);
    if (rate !== null) ctx.claimPct('three_public_rate', rate, `完成预算的${rate}%`, n);
    ctx.push();
  }
}
