/**
 * 郑州市工业和信息化局 2022 部门预算 (seed 004): 部门支出总体情况表 (预算03表) and 一般公共预算支出情况表.
 * Expected values read by hand from data/raw/henan-zhengzhou-gongxinju-2022-budget.txt (lines cited), 万元 × 10,000.
 */
import { describe, expect, it } from 'vitest';
import type { Row, Table } from '../../src/lib/model/table.ts';
import { parseSeed, table } from '../helpers.ts';

const doc = parseSeed('zhengzhou2022');
const exp = table(doc, 'budget_expenditure');
const gen = table(doc, 'budget_general_expenditure');

function unitRow(t: Table, entityCode: string, code: string | null): Row {
  const rows = t.rows.filter((r) => (r.entity ?? '').startsWith(`${entityCode} `) && r.code === code && (code !== null || r.extra_codes.unit_code === entityCode));
  if (rows.length !== 1) throw new Error(`expected one row ${entityCode}/${code}, found ${rows.length}`);
  return rows[0]!;
}
function vals(r: Row): Record<string, string | null> {
  return Object.fromEntries(r.cells.map((c) => [c.column, c.value]));
}

const C = {
  total: '合计',
  basic: '基本支出/小计',
  wages: '基本支出/人员经费/工资福利支出',
  goods: '基本支出/公用经费/商品和服务支出',
  capital: '基本支出/公用经费/资本性支出',
  project: '项目支出/小计',
  running: '项目支出/其他运转类',
  specific: '项目支出/特定目标类',
};

describe('郑州 2022 部门支出总体情况表: schema, units, split codes', () => {
  it('uses the 9-column schema despite the mangled header (lines 354-356: `工资福利支 出`)', () => {
    expect(exp.columns).toEqual([
      '合计',
      '基本支出/小计',
      '基本支出/人员经费/工资福利支出',
      '基本支出/人员经费/对个人和家庭的补助',
      '基本支出/公用经费/商品和服务支出',
      '基本支出/公用经费/资本性支出',
      '项目支出/小计',
      '项目支出/其他运转类',
      '项目支出/特定目标类',
    ]);
  });
  it('reads the department total row (line 357) without entity', () => {
    const r = exp.rows.find((x) => x.line === 357)!;
    expect(r.entity).toBeNull();
    expect(r.is_total).toBe(true);
    expect(vals(r)[C.total]).toBe('1072592000'); // 107,259.2
    expect(vals(r)[C.specific]).toBe('991700000'); // 99,170.0
  });
  it('joins 215 05 17 into 2150517 under unit 021001 (line 365)', () => {
    const r = unitRow(exp, '021001', '2150517');
    expect(r.name).toBe('产业发展');
    expect(r.entity).toBe('021001 郑州市工业和信息化局');
    expect(vals(r)[C.total]).toBe('965350000'); // 96,535.0
    expect(vals(r)[C.running]).toBe('5950000'); // 595.0
    expect(vals(r)[C.specific]).toBe('959400000'); // 95,940.0
  });
  it('keeps the unit code of unit rows and cleans wrapped names (line 456)', () => {
    const r = unitRow(exp, '021017', null);
    expect(r.name).toBe('郑州市煤矿瓦斯水害防治技术指导中心');
    expect(r.extra_codes).toEqual({ unit_code: '021017' });
    expect(vals(r)[C.total]).toBe('2681000'); // 268.1
    expect(vals(r)[C.basic]).toBe('2331000'); // 233.1
    expect(vals(r)[C.running]).toBe('350000'); // 35.0
    expect(vals(r)[C.specific]).toBeNull();
  });
});

describe('郑州 2022: rows whose blank cells were dropped', () => {
  it('places 021015 224 04 05 矿山应急救援事务 (line 448) exactly', () => {
    const r = unitRow(exp, '021015', '2240405');
    expect(r.line).toBe(448);
    expect(vals(r)).toEqual({
      合计: '9317000', // 931.7
      '基本支出/小计': '6417000', // 641.7 (printed in the sibling table, line 628)
      '基本支出/人员经费/工资福利支出': '3543000', // 354.3
      '基本支出/人员经费/对个人和家庭的补助': '21000', // 2.1
      '基本支出/公用经费/商品和服务支出': '2743000', // 274.3
      '基本支出/公用经费/资本性支出': '110000', // 11.0
      '项目支出/小计': '2900000', // 290.0
      '项目支出/其他运转类': '2900000', // 290.0
      '项目支出/特定目标类': null,
    });
    const wages = r.cells.find((c) => c.column === C.wages)!;
    expect(wages.placement).toBe('inferred');
    expect(wages.raw).toBe('354.3');
    expect(r.cells[0]!.placement).toBe('printed');
    expect(doc.problems.some((p) => p.line === 448 && p.code === 'cells_placed')).toBe(true);
  });
  it('places 221 02 01 住房公积金 65.5 65.5 (line 447) as 合计 and 工资福利支出', () => {
    const r = unitRow(exp, '021015', '2210201');
    expect(vals(r)[C.total]).toBe('655000');
    expect(vals(r)[C.wages]).toBe('655000');
    expect(vals(r)['基本支出/人员经费/对个人和家庭的补助']).toBeNull();
  });
  it('places 021016 208 05 02 事业单位离退休 0.8 (line 450) under 对个人和家庭的补助 (unit sums, sibling line 640)', () => {
    const r = unitRow(exp, '021016', '2080502');
    expect(vals(r)['基本支出/人员经费/对个人和家庭的补助']).toBe('8000');
    expect(vals(r)[C.wages]).toBeNull();
  });
  it('places 021017 224 04 04 矿山安全监察事务 (line 472) in 项目支出', () => {
    const r = unitRow(exp, '021017', '2240404');
    expect(vals(r)[C.total]).toBe('350000');
    expect(vals(r)[C.project]).toBe('350000');
    expect(vals(r)[C.running]).toBe('350000');
    expect(vals(r)[C.capital]).toBeNull();
  });
  it('places 021012 215 05 50 事业运行 (line 405): 91.9 is 商品和服务支出 (unit row 389 sums)', () => {
    const r = unitRow(exp, '021012', '2150550');
    expect(vals(r)[C.wages]).toBe('2179000');
    expect(vals(r)[C.goods]).toBe('919000');
    expect(vals(r)['基本支出/人员经费/对个人和家庭的补助']).toBeNull();
  });
  it('repairs the same row in 一般公共预算支出情况表 (line 662, padded with a trailing blank)', () => {
    const r = unitRow(gen, '021017', '2240404');
    expect(vals(r)[C.project]).toBe('350000');
    expect(vals(r)[C.running]).toBe('350000');
    expect(vals(r)[C.capital]).toBeNull();
  });
  it('moves a row padded with trailing blanks when the unit sums reject its printed positions (line 663)', () => {
    // 179.7 179.7 130.7 47.0 2.0 + four blanks: the printed positions put 47.0 under 对个人和家庭补助, but unit
    // 021017 (line 646) has 1.8 there, all of it from 208 05 02 (line 647); 47.0 and 2.0 are 商品和服务 and 资本性
    // (as in 部门支出总体情况表 line 473).
    const r = unitRow(gen, '021017', '2240450');
    expect(vals(r)[C.wages]).toBe('1307000');
    expect(vals(r)['基本支出/人员经费/对个人和家庭补助']).toBeNull();
    expect(vals(r)[C.goods]).toBe('470000');
    expect(vals(r)[C.capital]).toBe('20000');
  });
  it('places unit 021013 (line 407) by its economic-class totals (支出经济分类汇总表 lines 875-905)', () => {
    // 116.3 116.3 56.0 58.4 1.8 with two cells dropped: 58.4 fits 对个人和家庭 or 商品和服务. The unit's economic rows
    // hold no 303 (对个人和家庭), 302 rows summing to 58.5 and 309 02 办公设备购置 1.8, so 58.4 is 商品和服务支出.
    const u = unitRow(exp, '021013', null);
    expect(vals(u)[C.wages]).toBe('560000');
    expect(vals(u)['基本支出/人员经费/对个人和家庭的补助']).toBeNull();
    expect(vals(u)[C.goods]).toBe('584000');
    expect(vals(u)[C.capital]).toBe('18000');
    const r = unitRow(exp, '021013', '2150501'); // line 412
    expect(vals(r)[C.wages]).toBe('397000');
    expect(vals(r)[C.goods]).toBe('584000');
    expect(vals(r)[C.capital]).toBe('18000');
    // 5.4 (line 408) and 0.0 (line 409) cannot be 对个人和家庭: the unit prints no value there.
    expect(vals(unitRow(exp, '021013', '2080505'))[C.wages]).toBe('54000');
    expect(vals(unitRow(exp, '021013', '2089999'))[C.wages]).toBe('0');
  });
  it('places a printed 0.0 where the unit row has a value (021006 208 99 99, line 380)', () => {
    const r = unitRow(exp, '021006', '2089999');
    expect(vals(r)[C.total]).toBe('0');
    expect(vals(r)[C.wages]).toBe('0');
    expect(vals(r)['基本支出/人员经费/对个人和家庭的补助']).toBeNull();
  });
  it('leaves no row unplaced: 100% numeric coverage', () => {
    expect(doc.problems.filter((p) => p.code === 'ambiguous_placement' || p.code === 'placement_failed')).toEqual([]);
    expect(doc.coverage.ratio).toBe('100.00');
  });
});
