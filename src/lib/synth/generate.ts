import { ECONOMIC_CLASSES, FUNCTION_CLASSES, SYNTH_DEPARTMENTS, SYNTH_PLACES, type FunctionItem } from './classification.ts';
import { chooseOptions, family, type RenderOptions } from './options.ts';
import { Rng } from './rng.ts';

/** 经济分类 items that are 三公 spending (因公出国（境）费用, 公务接待费, 公务用车运行维护费, 公务用车购置). */
const THREE_PUBLIC_ECON = ['30212', '30217', '30231', '31013'];

/** All amounts are exact bigint 分 (0.01 元); the renderer rounds them the way the printed unit requires. */
export type Fen = bigint;

export interface SynthLeaf {
  lei: { code: string; name: string };
  kuan: { code: string; name: string };
  item: FunctionItem;
  /** 一般公共预算财政拨款: basic and project expenditure. */
  fiscalBasic: Fen;
  fiscalProject: Fen;
  /** Spending from non-fiscal income (事业收入 or 其他收入). */
  otherBasic: Fen;
  otherProject: Fen;
  /** Of the basic expenditure: 人员经费 (the rest is 公用经费), fiscal and non-fiscal. */
  fiscalPersonnel: Fen;
  otherPersonnel: Fen;
  /** Of the project expenditure: 特定目标类 (the rest is 其他运转类), fiscal and non-fiscal. */
  fiscalSpecific: Fen;
  otherSpecific: Fen;
}

export interface ThreePublic {
  abroad: Fen;
  carPurchase: Fen;
  carRunning: Fen;
  reception: Fen;
}

export interface Layout {
  unit: '万元' | '元';
  /** Decimals of a 万元 figure: 2 (most documents) or 1 (`107,259.2`, as some budgets print); 元 always 2. */
  decimals?: 1 | 2;
  /** Data rows per printed page (a page break follows). */
  pageRows: number;
  /** A page break repeats the header rows (else only a blank line). */
  repeatHeader: boolean;
  /** How a zero amount is printed: always 0.00, always blank, or either per cell. */
  zeros: 'zero' | 'blank' | 'mixed';
  /** Thousands separators (2,182.74). */
  thousands: boolean;
  deptLabel: '部门' | '部门名称';
  unitLabel: '单位' | '金额单位';
}

export interface SynthDoc {
  seed: number;
  /** File stem (also the doc_id the ingest derives). */
  stem: string;
  department: string;
  region: { province: string; city: string; county: string | null; code: string };
  year: number;
  published: { year: number; month: number };
  budgetUnits: string[];
  leaves: SynthLeaf[];
  /** Which income line carries the non-fiscal money. */
  otherIncome: '事业收入' | '其他收入';
  /** 年初结转和结余 = 年末结转和结余 (non-fiscal). */
  carry: Fen;
  /** 基本支出 by 经济分类 款 code (sums to Σ fiscalBasic). */
  econ: Map<string, Fen>;
  threeBudget: ThreePublic;
  threeActual: ThreePublic;
  layout: Layout;
  /** Family the document belongs to and the printing options drawn for it (options.ts). */
  family: string;
  options: RenderOptions;
}

/** Split `total` into `n` non-negative random parts summing exactly to it. */
function split(rng: Rng, total: Fen, n: number): Fen[] {
  if (n <= 0) return [];
  const weights = Array.from({ length: n }, () => BigInt(rng.int(1, 1000)));
  const wsum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (total * w) / wsum);
  const rest = total - parts.reduce((a, b) => a + b, 0n);
  parts[rng.int(0, n - 1)]! += rest;
  return parts;
}

/** An amount in 分 of roughly `scale` 元, sometimes a round figure (as real budgets often are). */
function amount(rng: Rng, minYuan: number, maxYuan: number): Fen {
  const yuan = BigInt(Math.floor(minYuan + rng.next() * (maxYuan - minYuan)));
  if (rng.chance(0.15)) return (yuan / 10000n) * 10000n * 100n; // whole 万元
  return yuan * 100n + BigInt(rng.int(0, 99));
}

const YEARS = 10; // 2015–2024

/** Number of distinct department-years a corpus can hold (places × departments × years). */
export const DISTINCT_DEPARTMENT_YEARS = SYNTH_PLACES.length * SYNTH_DEPARTMENTS.length * YEARS;

/**
 * One consistent department-year: every total is the exact sum of its parts (in 分). With `index` (a corpus), the
 * place, department and year come from the index so that documents 0 … DISTINCT_DEPARTMENT_YEARS-1 are distinct
 * department-years (one site page each); without it, from the seed.
 */
export function generateDoc(seed: number, index?: number, familyName = 'seed-tab', overrides: Partial<RenderOptions> = {}): SynthDoc {
  const rng = new Rng(seed);
  let place = rng.pick(SYNTH_PLACES);
  let dept = rng.pick(SYNTH_DEPARTMENTS);
  let year = rng.int(2015, 2015 + YEARS - 1);
  if (index !== undefined) {
    const c = (index * 7) % DISTINCT_DEPARTMENT_YEARS; // 7 is coprime to the count: a permutation of the combinations
    place = SYNTH_PLACES[c % SYNTH_PLACES.length]!;
    dept = SYNTH_DEPARTMENTS[Math.floor(c / SYNTH_PLACES.length) % SYNTH_DEPARTMENTS.length]!;
    year = 2015 + Math.floor(c / (SYNTH_PLACES.length * SYNTH_DEPARTMENTS.length));
  }
  const department = `${place.prefix}${dept.name}`;
  const unitsCount = rng.int(1, 4);
  const budgetUnits = [`${department}本级`];
  const subUnits = ['信息中心', '事务服务中心', '综合行政执法支队', '发展研究中心', '离退休人员管理服务中心', '培训中心'];
  for (const s of rng.sample(subUnits, unitsCount - 1)) budgetUnits.push(`${place.prefix}${dept.name.replace(/局$/, '')}${s}`);

  const scale = rng.pick([2e5, 1e6, 5e6, 3e7]);
  const leaves: SynthLeaf[] = [];
  const hasOther = rng.chance(0.5);
  for (const lei of FUNCTION_CLASSES.filter((l) => dept.lei.includes(l.code))) {
    for (const kuan of rng.sample(lei.kuan, rng.int(1, lei.kuan.length))) {
      for (const item of rng.sample(kuan.items, rng.int(1, Math.min(3, kuan.items.length)))) {
        const basic = item.nature === 'project' ? 0n : amount(rng, scale * 0.02, scale);
        const project = item.nature === 'basic' ? 0n : amount(rng, scale * 0.01, scale * 0.6);
        const otherB = hasOther && basic > 0n && rng.chance(0.3) ? amount(rng, 100, scale * 0.01) : 0n;
        const otherP = hasOther && project > 0n && rng.chance(0.2) ? amount(rng, 100, scale * 0.01) : 0n;
        leaves.push({
          lei: { code: lei.code, name: lei.name },
          kuan: { code: kuan.code, name: kuan.name },
          item,
          fiscalBasic: basic,
          fiscalProject: project,
          otherBasic: otherB,
          otherProject: otherP,
          fiscalPersonnel: 0n,
          otherPersonnel: 0n,
          fiscalSpecific: 0n,
          otherSpecific: 0n,
        });
      }
    }
  }
  // A document always has some basic spending (the 明细表 is split from it).
  if (!leaves.some((l) => l.fiscalBasic > 0n)) {
    const l = leaves[0]!;
    l.fiscalBasic = amount(rng, scale * 0.1, scale);
  }

  const basicTotal = leaves.reduce((a, l) => a + l.fiscalBasic, 0n);
  const personnelShare = BigInt(rng.int(75, 95));
  for (const l of leaves) {
    l.fiscalPersonnel = (l.fiscalBasic * personnelShare) / 100n;
    l.otherPersonnel = (l.otherBasic * personnelShare) / 100n;
    const specificShare = BigInt(rng.int(0, 100));
    l.fiscalSpecific = (l.fiscalProject * specificShare) / 100n;
    l.otherSpecific = (l.otherProject * specificShare) / 100n;
  }
  const personnel = leaves.reduce((a, l) => a + l.fiscalPersonnel, 0n);
  const publicFunds = basicTotal - personnel;
  const econ = new Map<string, Fen>();
  const pick = (classes: typeof ECONOMIC_CLASSES, total: Fen) => {
    const items = classes.flatMap((c) => c.items).filter((it) => !THREE_PUBLIC_ECON.includes(it.code));
    const chosen = rng.sample(items, rng.int(Math.min(3, items.length), Math.min(12, items.length)));
    const parts = split(rng, total, chosen.length);
    chosen.forEach((it, i) => econ.set(it.code, parts[i]!));
  };
  // 三公 spending: the basic-expenditure items 30212/30217/30231/31013 never exceed the 三公 table's actual amounts.
  const three = (): ThreePublic => ({
    abroad: rng.chance(0.2) ? amount(rng, 1000, 80000) : 0n,
    carPurchase: rng.chance(0.15) ? amount(rng, 80000, 300000) : 0n,
    carRunning: rng.chance(0.8) ? amount(rng, 5000, 200000) : 0n,
    reception: rng.chance(0.8) ? amount(rng, 1000, 80000) : 0n,
  });
  const threeBudget = three();
  const shrink = (v: Fen) => (v === 0n ? 0n : (v * BigInt(rng.int(50, 100))) / 100n);
  const threeActual: ThreePublic = {
    abroad: shrink(threeBudget.abroad),
    carPurchase: shrink(threeBudget.carPurchase),
    carRunning: shrink(threeBudget.carRunning),
    reception: shrink(threeBudget.reception),
  };
  const threeInBasic: [string, Fen][] = [
    ['30212', shrink(threeActual.abroad)],
    ['30217', shrink(threeActual.reception)],
    ['30231', shrink(threeActual.carRunning)],
    ['31013', shrink(threeActual.carPurchase)],
  ];
  let rest = publicFunds;
  for (const [code, v] of threeInBasic) {
    if (v > 0n && v <= rest) {
      econ.set(code, v);
      rest -= v;
    }
  }
  pick(ECONOMIC_CLASSES.filter((c) => c.personnel), personnel);
  pick(ECONOMIC_CLASSES.filter((c) => !c.personnel && c.code !== '307'), rest);

  const unit = rng.chance(0.65) ? '万元' : '元';
  const layout: Layout = {
    unit,
    pageRows: rng.int(12, 40),
    repeatHeader: rng.chance(0.7),
    zeros: unit === '元' ? rng.pick(['blank', 'mixed', 'zero'] as const) : rng.pick(['zero', 'zero', 'mixed', 'blank'] as const),
    thousands: unit === '万元' ? rng.chance(0.8) : rng.chance(0.1),
    deptLabel: rng.pick(['部门', '部门名称'] as const),
    unitLabel: unit === '元' ? rng.pick(['单位', '金额单位'] as const) : '单位',
  };
  // drawn apart, so that the documents of earlier generator versions keep their other draws
  layout.decimals = unit === '万元' && new Rng(seed ^ 0xdec1).chance(0.2) ? 1 : 2;
  const fam = family(familyName);
  const options = chooseOptions(fam, new Rng(seed ^ 0x0f7105), overrides);
  // Budgets split 项目支出 into 特定目标类 and 其他运转类 from 2022 on.
  // (The seed-shaped budget family keeps the split, which its tables' fixed column set needs.)
  if (options.docKind === 'budget' && year < 2022 && !options.unitRows) options.projectSplit = false;
  const stem = `synth-${place.code}-${dept.slug}-${year}-${options.docKind}-${String(index ?? 0).padStart(5, '0')}`;
  return {
    seed,
    stem,
    department,
    region: { province: place.province, city: place.city, county: place.county, code: place.code },
    year,
    published: options.docKind === 'budget' ? { year, month: rng.int(1, 3) } : { year: year + 1, month: rng.int(6, 10) },
    budgetUnits,
    leaves,
    otherIncome: rng.pick(['事业收入', '其他收入'] as const),
    carry: rng.chance(0.5) ? amount(rng, 1000, scale * 0.05) : 0n,
    econ,
    threeBudget,
    threeActual,
    layout,
    family: fam.name,
    options,
  };
}
