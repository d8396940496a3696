import { ECONOMIC_CLASSES } from './classification.ts';
import type { Ctx } from './context.ts';
import type { Fen, SynthLeaf } from './generate.ts';
import { fiscal, other } from './leaf.ts';
import { sumF, type SheetFact, type SheetRow } from './sheet.ts';

/**
 * 预算 tables by budget unit, as the seeds print them: the 部门收入 table one row per unit, the 支出 tables
 * `类 | 款 | 项 | 单位代码 | 单位（科目名称）` with each unit's row above its 项 rows and 基本支出 split by 经济分类
 * (工资福利支出, 对个人和家庭的补助 | 商品和服务支出, 资本性支出), the 基本支出表 with 部门 and 政府 经济分类 codes.
 */

/** 政府预算支出经济分类 (2018) of a 部门预算支出经济分类 款. */
function govEconomic(code: string): [string, string] {
  const cls = code.slice(0, 3);
  if (cls === '301') {
    if (code <= '30107') return ['50101', '工资奖金津补贴'];
    if (code <= '30112') return ['50102', '社会保障缴费'];
    if (code === '30113') return ['50103', '住房公积金'];
    return ['50199', '其他工资福利支出'];
  }
  if (cls === '302') {
    const known: Record<string, [string, string]> = {
      '30201': ['50201', '办公经费'],
      '30215': ['50202', '会议费'],
      '30216': ['50203', '培训费'],
      '30217': ['50206', '公务接待费'],
      '30212': ['50207', '因公出国（境）费用'],
      '30231': ['50208', '公务用车运行维护费'],
      '30213': ['50209', '维修（护）费'],
    };
    return known[code] ?? ['50299', '其他商品和服务支出'];
  }
  if (cls === '303') return code === '30301' || code === '30302' ? ['50905', '离退休费'] : ['50999', '其他对个人和家庭的补助'];
  if (cls === '310') return code === '31013' ? ['50303', '公务用车购置'] : ['50399', '其他资本性支出'];
  return ['59999', '其他支出'];
}

/** Split `total` over leaves in proportion to `weight`, exactly (the remainder goes to the heaviest leaf). */
function apportion(leaves: readonly SynthLeaf[], weight: (l: SynthLeaf) => Fen, total: Fen): Map<SynthLeaf, Fen> {
  const w = sumF(leaves.map(weight));
  const out = new Map<SynthLeaf, Fen>();
  if (w === 0n) {
    for (const l of leaves) out.set(l, 0n);
    return out;
  }
  let given = 0n;
  let heaviest = leaves[0]!;
  for (const l of leaves) {
    const v = (total * weight(l)) / w;
    out.set(l, v);
    given += v;
    if (weight(l) > weight(heaviest)) heaviest = l;
  }
  out.set(heaviest, out.get(heaviest)! + total - given);
  return out;
}

export interface UnitShape {
  /** Budget unit of each leaf, with its printed 单位代码. */
  unitOf: Map<SynthLeaf, { code: string; name: string }>;
  units: { code: string; name: string }[];
}

export function unitShape(ctx: Ctx): UnitShape {
  const { doc } = ctx;
  const units = doc.budgetUnits.map((name, k) => ({ code: `${doc.region.code.slice(0, 3)}${String(k + 1).padStart(3, '0')}`, name }));
  const unitOf = new Map<SynthLeaf, { code: string; name: string }>();
  doc.leaves.forEach((l, i) => unitOf.set(l, units[i % units.length]!));
  return { unitOf, units: units.filter((u) => [...unitOf.values()].includes(u)) };
}

const money = (ctx: Ctx, amounts: Fen[], columns: string[], name: string, code: string | null) => {
  const printed = amounts.map((a) => ctx.P.money(a));
  return { raw: printed.map((p) => p.raw), facts: printed.map((p, j): SheetFact => ({ block: null, code, name, column: columns[j]!, value: p.value })) };
};

/** 部门收入 table with one row per budget unit. */
export function unitIncomeTable(ctx: Ctx, title: string, shape: UnitShape, carryOf: (l: SynthLeaf) => Fen): void {
  const { doc } = ctx;
  const kind = 'budget_income' as const;
  ctx.titleBlock(kind, title);
  const header = [
    ['单位代码', '单位名称', '总计', '本年收入', '', '', '', '上年结转结余'],
    ['', '', '', '合计', '一般公共预算', '事业收入', '其他收入', ''],
  ];
  const columns = ['总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余'];
  const amounts = (ls: SynthLeaf[]): Fen[] => {
    const carry = sumF(ls.map(carryOf));
    const fis = sumF(ls.map(fiscal)) - carry;
    const oth = sumF(ls.map(other));
    const total = fis + carry + oth;
    return [total, total - carry, fis, doc.otherIncome === '事业收入' ? oth : 0n, doc.otherIncome === '其他收入' ? oth : 0n, carry];
  };
  const rows: SheetRow[] = [];
  const total = money(ctx, amounts(doc.leaves), columns, ctx.o.totalLabel, null);
  const totalRow: SheetRow = { cells: ['', ctx.o.totalLabel, ...total.raw], facts: total.facts, total: true };
  for (const u of shape.units) {
    const m = money(ctx, amounts(doc.leaves.filter((l) => shape.unitOf.get(l) === u)), columns, u.name, null);
    rows.push({ cells: [u.code, u.name, ...m.raw], facts: m.facts });
  }
  ctx.w.table(ctx.sheet(kind, header, [0, 1], 1, ctx.o.totalRow === 'first' ? [totalRow, ...rows] : [...rows, totalRow]), kind);
  ctx.note('本表反映部门年度总体收入预算情况。');
}

/** A 支出 table by unit: 合计, then per unit its row and its 项 rows; 9 value columns (schema of the seeds). */
export function unitExpenditureTable(ctx: Ctx, kind: 'budget_expenditure' | 'budget_general_expenditure', title: string, shape: UnitShape, fiscalOnly: boolean): void {
  const { doc } = ctx;
  const used = doc.leaves.filter((l) => (fiscalOnly ? fiscal(l) > 0n : true));
  // 经济分类 split of each leaf's basic expenditure, consistent with the 基本支出表 totals
  const econTotal = (codes: string[]) => sumF(ECONOMIC_CLASSES.filter((c) => codes.includes(c.code)).flatMap((c) => c.items.map((it) => doc.econ.get(it.code) ?? 0n)));
  const family = apportion(used, (l) => l.fiscalPersonnel, econTotal(['303']));
  const capital = apportion(used, (l) => l.fiscalBasic - l.fiscalPersonnel, econTotal(['310']));
  const cols = (l: SynthLeaf): Fen[] => {
    const basic = l.fiscalBasic + (fiscalOnly ? 0n : l.otherBasic);
    const personnel = l.fiscalPersonnel + (fiscalOnly ? 0n : l.otherPersonnel);
    const project = l.fiscalProject + (fiscalOnly ? 0n : l.otherProject);
    const specific = l.fiscalSpecific + (fiscalOnly ? 0n : l.otherSpecific);
    const fam = family.get(l)!;
    const cap = capital.get(l)!;
    return [basic + project, basic, personnel - fam, fam, basic - personnel - cap, cap, project, project - specific, specific];
  };
  const add = (ls: SynthLeaf[]) => Array.from({ length: 9 }, (_, i) => sumF(ls.map((l) => cols(l)[i]!)));
  const columns = [
    '合计',
    '基本支出/小计',
    '基本支出/人员经费/工资福利支出',
    '基本支出/人员经费/对个人和家庭的补助',
    '基本支出/公用经费/商品和服务支出',
    '基本支出/公用经费/资本性支出',
    '项目支出/小计',
    '项目支出/其他运转类',
    '项目支出/特定目标类',
  ];
  ctx.titleBlock(kind, title);
  const header = [
    ['科目编码', '', '', '单位代码', '单位（科目名称）', '合计', '基本支出', '', '', '', '', '项目支出', '', ''],
    ['', '', '', '', '', '', '小计', '人员经费', '', '公用经费', '', '小计', '其他运转类', '特定目标类'],
    ['类', '款', '项', '', '', '', '', '工资福利支出', '对个人和家庭的补助', '商品和服务支出', '资本性支出', '', '', ''],
  ];
  const rows: SheetRow[] = [];
  const t = money(ctx, add(used), columns, ctx.o.totalLabel, null);
  const totalRow: SheetRow = { cells: ['', '', '', '', ctx.o.totalLabel, ...t.raw], facts: t.facts, total: true };
  for (const u of shape.units) {
    const mine = used.filter((l) => shape.unitOf.get(l) === u);
    if (mine.length === 0) continue;
    const m = money(ctx, add(mine), columns, u.name, null);
    rows.push({ cells: ['', '', '', u.code, u.name, ...m.raw], facts: m.facts });
    for (const l of mine) {
      const c = l.item.code;
      const x = money(ctx, cols(l), columns, l.item.name, c);
      rows.push({ cells: [c.slice(0, 3), c.slice(3, 5), c.slice(5, 7), '', l.item.name, ...x.raw], facts: x.facts });
    }
  }
  ctx.w.table(ctx.sheet(kind, header, [0, 1, 2, 3, 4], 4, ctx.o.totalRow === 'first' ? [totalRow, ...rows] : [...rows, totalRow]), kind);
  ctx.note(kind === 'budget_expenditure' ? '本表反映部门年度总体支出预算情况。' : '本表反映部门年度一般公共预算支出情况。');
}

/** 一般公共预算基本支出表 with 部门 and 政府 经济分类 codes, one row per 款. */
export function unitBasicTable(ctx: Ctx, title: string): void {
  const { doc } = ctx;
  const kind = 'budget_general_basic' as const;
  const group = '本年一般公共预算基本支出';
  const columns = [`${group}/合计`, `${group}/人员经费`, `${group}/公用经费`];
  const rows: SheetRow[] = [];
  let personnel = 0n;
  let publicFunds = 0n;
  for (const cls of ECONOMIC_CLASSES)
    for (const it of cls.items) {
      const v = doc.econ.get(it.code) ?? 0n;
      if (v === 0n) continue;
      if (cls.personnel) personnel += v;
      else publicFunds += v;
      const [gc, gn] = govEconomic(it.code);
      const m = money(ctx, [v, cls.personnel ? v : 0n, cls.personnel ? 0n : v], columns, it.name, it.code);
      rows.push({ cells: [it.code, it.name, gc, gn, ...m.raw], facts: m.facts });
    }
  const t = money(ctx, [personnel + publicFunds, personnel, publicFunds], columns, ctx.o.totalLabel, null);
  const totalRow: SheetRow = { cells: [ctx.o.totalLabel, '', '', '', ...t.raw], facts: t.facts, total: true };
  ctx.titleBlock(kind, title);
  const header = [
    ['部门预算支出经济分类科目', '', '政府预算支出经济分类科目', '', group, '', ''],
    ['科目编码', '科目名称', '科目编码', '科目名称', '合计', '人员经费', '公用经费'],
  ];
  ctx.w.table(ctx.sheet(kind, header, [0, 1, 2, 3], 1, ctx.o.totalRow === 'first' ? [totalRow, ...rows] : [...rows, totalRow]), kind);
  ctx.note('本表反映部门年度一般公共预算基本支出情况。');
}
