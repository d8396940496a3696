/**
 * Property tests for the placement of dropped cells.
 * 1. On 郑州 2022 (seed 004): every unit row and every placed classification row of 部门支出总体情况表 and
 *    一般公共预算支出情况表 satisfies the table identities (合计 = 基本支出 + 项目支出, 基本支出 = 工资福利 + 对个人和家庭
 *    + 商品和服务 + 资本性, 项目支出 = 其他运转类 + 特定目标类) within the rounding of 0.1万元, and each unit row equals
 *    the column sums of its classification rows.
 * 2. Generated rows: values that satisfy the identities, with random blank cells dropped, are placed back exactly
 *    whenever the placement is unique, and a placement is never returned that breaks an identity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abs, add, cmp, fromString, sub, type Decimal } from '../../src/lib/decimal.ts';
import type { Row } from '../../src/lib/model/table.ts';
import { EXPENDITURE_9 } from '../../src/lib/parse/layouts/budget-expenditure/schema.ts';
import { identityDeviation, placedValues, rowCandidates, type Slot } from '../../src/lib/parse/layouts/budget-expenditure/placement.ts';
import { parseSeed, table } from '../helpers.ts';

const doc = parseSeed('zhengzhou2022');
const ZERO: Decimal = { units: 0n, scale: 0 };
const dec = (v: string | null | undefined): Decimal | null => (v === null || v === undefined ? null : fromString(v));

function vec(r: Row): (Decimal | null)[] {
  return r.cells.map((c) => dec(c.value));
}
function eff(v: (Decimal | null)[], i: number): Decimal | null {
  if (v[i] !== null) return v[i]!;
  const kids = EXPENDITURE_9.identities.find(([p]) => p === i)?.[1];
  if (!kids) return null;
  const parts = kids.map((k) => eff(v, k)).filter((x): x is Decimal => x !== null);
  return parts.length ? parts.reduce(add) : null;
}
const within = (a: Decimal, b: Decimal, tolYuan: bigint) => cmp(abs(sub(a, b)), { units: tolYuan, scale: 0 }) <= 0;

describe('郑州 2022: placed rows satisfy the identities', () => {
  for (const kind of ['budget_expenditure', 'budget_general_expenditure'] as const) {
    const t = table(doc, kind);
    it(`${kind}: every row with values`, () => {
      let checked = 0;
      for (const r of t.rows) {
        const v = vec(r);
        if (v.every((x) => x === null)) continue;
        for (const [p, kids] of EXPENDITURE_9.identities) {
          const parent = eff(v, p);
          const parts = kids.map((k) => eff(v, k)).filter((x): x is Decimal => x !== null);
          if (parent === null || parts.length === 0) continue;
          // 0.1万元 rounding: half a unit per part and for the parent, 1,000 元 per unit.
          expect(within(parent, parts.reduce(add), BigInt(500 * (kids.length + 1))), `line ${r.line} col ${p}`).toBe(true);
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(50);
    });
    it(`${kind}: each unit row equals the sums of its classification rows`, () => {
      const units = t.rows.filter((r) => r.extra_codes.unit_code);
      expect(units.map((u) => u.extra_codes.unit_code)).toEqual([
        '021001', '021006', '021011', '021012', '021013', '021014', '021015', '021016', '021017',
      ]);
      for (const u of units) {
        const members = t.rows.filter((r) => r.entity === u.entity && r !== u);
        const complete = members.every((m) => m.cells.some((c) => c.value !== null));
        if (!complete || u.cells.every((c) => c.value === null)) continue; // rows reported as ambiguous
        for (let col = 0; col < EXPENDITURE_9.columns.length; col++) {
          const total = eff(vec(u), col);
          const sum = members.map((m) => eff(vec(m), col)).filter((x): x is Decimal => x !== null).reduce(add, ZERO);
          expect(within(total ?? ZERO, sum, BigInt(500 * (members.length + 1))), `${u.entity} col ${col}`).toBe(true);
        }
      }
    });
  }
});

describe('placement of generated rows', () => {
  const { identities } = EXPENDITURE_9;
  const precision: Decimal = { units: 1n, scale: 1 };
  // Leaves: wages, family, goods, capital, running, specific (null = blank); parents computed exactly.
  const leaf = fc.option(fc.integer({ min: 1, max: 99999 }), { nil: null, freq: 2 });
  const rowArb = fc.tuple(leaf, leaf, leaf, leaf, leaf, leaf).map(([w, f, g, c, r, s]) => {
    const d = (n: number | null): Slot => (n === null ? null : { units: BigInt(n), scale: 1 });
    const sumOf = (xs: Slot[]) => (xs.some((x) => x !== null) ? xs.filter((x): x is Decimal => x !== null).reduce(add) : null);
    const basic = sumOf([d(w), d(f), d(g), d(c)]);
    const project = sumOf([d(r), d(s)]);
    const total = sumOf([basic, project]);
    return [total, basic, d(w), d(f), d(g), d(c), project, d(r), d(s)] as Slot[];
  });
  it('recovers the true columns whenever the placement is unique, and never breaks an identity', () => {
    fc.assert(
      fc.property(rowArb, fc.array(fc.nat(8), { maxLength: 3 }), (truth, dropAt) => {
        if (truth[0] === null) return;
        // Drop some blank cells (the conversion never drops printed values).
        const printed = [...truth];
        for (const k of dropAt) {
          const blanks = printed.map((v, i) => (v === null ? i : -1)).filter((i) => i >= 0);
          if (blanks.length === 0) break;
          printed.splice(blanks[k % blanks.length]!, 1);
        }
        const res = rowCandidates({ printed, width: 9, identities, required: [0], precision });
        if ('error' in res) return;
        for (const p of res.candidates) expect(identityDeviation(placedValues(p, res.cells), identities, precision)).not.toBeNull();
        const truthKey = truth.map((v) => (v === null ? '' : `${v.units}`)).join('|');
        const keys = res.candidates.map((p) => placedValues(p, res.cells).map((v) => (v === null ? '' : `${v.units}`)).join('|'));
        expect(keys).toContain(truthKey);
        if (keys.length === 1) expect(keys[0]).toBe(truthKey);
      }),
      { numRuns: 400 },
    );
  });
});

describe('budget units (预算单位构成 lines 155-163, codes from 部门收入总体情况表 lines 328-346)', () => {
  it('郑州: the 8 printed units with their codes, then the 本级 unit 021001', () => {
    expect(doc.metadata.budget_units).toEqual([
      { code: '021011', name: '郑州市工信局离退休干部服务中心' },
      { code: '021006', name: '郑州市经济干部培训中心' },
      { code: '021012', name: '郑州市节能中心' },
      { code: '021013', name: '郑州市信息化建设促进中心' },
      { code: '021014', name: '郑州市中小企业服务中心' },
      { code: '021015', name: '郑州市煤炭管理事务中心' },
      { code: '021016', name: '郑州市煤炭监察执法支队' },
      { code: '021017', name: '郑州市煤矿瓦斯水害防治技术指导中心' },
      { code: '021001', name: '郑州市工业和信息化局' },
    ]);
  });
  it('解放区: no printed list (一级预算单位, line 85); the one unit 566 from the tables', () => {
    expect(parseSeed('jiefang2024').metadata.budget_units).toEqual([{ code: '566', name: '焦作市解放区科技和工业信息化局' }]);
  });
});

describe('郑州 2022: 一般公共预算支出情况表 repeats 部门支出总体情况表', () => {
  // All of 郑州's spending is 一般公共预算 (部门收入总体情况表 lines 327-346: 总计 = 一般公共预算 for every unit), so the
  // two tables hold the same rows with the same values; only 基本支出 小计 is left blank by 部门支出总体情况表.
  it('agrees row by row and column by column after placement', () => {
    const a = table(doc, 'budget_expenditure');
    const b = table(doc, 'budget_general_expenditure');
    const key = (r: Row) => `${r.entity}|${r.code}|${r.name}`;
    expect(a.rows.map(key)).toEqual(b.rows.map(key));
    a.rows.forEach((r, i) => {
      const o = b.rows[i]!;
      r.cells.forEach((c, j) => expect(c.value, `line ${r.line}/${o.line} ${c.column}`).toBe(o.cells[j]!.value));
    });
  });
  it('takes the unprinted 基本支出 小计 from the sibling only as an inferred cell (干部教育, line 368 ← line 558)', () => {
    const r = table(doc, 'budget_expenditure').rows.find((x) => x.line === 368)!;
    const c = r.cells.find((x) => x.column === '基本支出/小计')!;
    expect(c.value).toBe('154000'); // 15.4 printed on line 558; 12.3 + 3.2 = 15.5 within rounding
    expect(c.raw).toBe('');
    expect(c.placement).toBe('inferred');
    expect(doc.problems.some((p) => p.code === 'subtotals_from_sibling')).toBe(true);
  });
});
