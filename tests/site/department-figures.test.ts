/**
 * What the department-year page computes from a parsed seed: function tree, projects, headline, table blocks,
 * check ids and amounts, source-cell anchors. Values read by hand from data/raw (line numbers cited).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetAgainstFinal, budgetByProject, functionTree, headline, tableBlocks } from '../../src/lib/site/figures.ts';
import { checkAmount, checkRowIds, docMoneyUnit, resolveRef } from '../../src/lib/site/checks.ts';
import { readableAmount } from '../../src/lib/site/format.ts';
import { cellAnchors, tableRegions } from '../../src/lib/site/source.ts';
import { splitHeading } from '../../src/lib/parse/narrative.ts';
import { barChart } from '../../src/lib/site/charts.ts';
import { RAW, SEEDS, parseSeed, table } from '../helpers.ts';

const rawLines = (name: keyof typeof SEEDS) => readFileSync(path.join(RAW, SEEDS[name]), 'utf8').split(/\r?\n/);

describe('function tree', () => {
  it('sums a table printed unit by unit into 类 → 款 → 项 (郑州: 2240405 矿山应急救援事务 931.7 on line 448)', () => {
    const fn = functionTree(parseSeed('zhengzhou2022'));
    expect(fn.summed).toBe(true);
    const c224 = fn.items.find((i) => i.code === '224')!;
    expect(c224.label).toBe('灾害防治及应急管理支出');
    const k = c224.children!.find((i) => i.code === '22404')!;
    const x = k.children!.find((i) => i.code === '2240405')!;
    expect(x).toMatchObject({ label: '矿山应急救援事务', value: '9317000', line: 448 });
    // 2080502 事业单位离退休 is printed for six units: lines 383, 390, 425, 433, 450, 457 →
    // 0.9 + 19.3 + 14.1 + 13.3 + 0.8 + 1.8 = 50.2
    const k20805 = fn.items.find((i) => i.code === '208')!.children!.find((i) => i.code === '20805')!;
    expect(k20805.children!.find((i) => i.code === '2080502')).toMatchObject({ value: '502000', line: 383 });
  });

  it('keeps printed department-level 类 rows (焦作 line 253: 208 社会保障和就业支出 969.61)', () => {
    const fn = functionTree(parseSeed('jiaozuo2022'));
    expect(fn.summed).toBe(false);
    expect(fn.items.find((i) => i.code === '208')).toMatchObject({ label: '社会保障和就业支出', value: '9696100', line: 253 });
  });
});

describe('projects', () => {
  it('are named by project with the unit as secondary text, and unit subtotals are not projects (郑州 lines 1113–1131)', () => {
    const p = budgetByProject(parseSeed('zhengzhou2022'));
    expect(p.items[0]).toMatchObject({ label: '郑州市制造业高质量发展专项资金', secondary: '郑州市工业和信息化局', value: '594270000', line: 1131 });
    expect(p.items.some((i) => i.label === '郑州市工业和信息化局' || i.value === '975350000')).toBe(false);
  });
});

describe('headline', () => {
  it('leads with 本年支出合计 and the change the narrative states (解放区 line 93: 支出总计393.52万元，增加150.79万元，增长62.12%)', () => {
    const h = headline(parseSeed('jiefang2024'));
    expect(h.figure.value).toBe('3935200');
    expect(h.change).toMatchObject({ direction: '增加', value: '1507900', pct: '62.12', line: 93 });
  });
  it('shows 1亿 or more in 亿元 with the exact 万元 (郑州 line 316: 107,259.2万元)', () => {
    expect(readableAmount('1072592000')).toEqual({ text: '10.73亿元', exact: '107,259.20万元', yi: true });
    expect(readableAmount('21832000')).toEqual({ text: '2,183.20万元', exact: '2,183.20万元', yi: false });
    expect(readableAmount(null).text).toBe('—');
  });
});

describe('table blocks', () => {
  it('split 阳泉 06 (four blocks side by side on line 351) into four blocks in printed order', () => {
    const t = table(parseSeed('yangquan2022'), 'final_general_basic');
    const blocks = tableBlocks(t);
    expect(blocks.map((b) => b.rows[0]!.r.code)).toEqual(['301', '302', '307', '31011']);
    expect(blocks[0]!.label).toBe('人员经费：301 工资福利支出 等');
    // Every row is in exactly one block, with its table index kept for its anchor.
    expect(blocks.flatMap((b) => b.rows.map((r) => r.i)).sort((a, b) => a - b)).toEqual(t.rows.map((_, i) => i));
  });
  it('leave a table printed one row per line as one block (焦作 收入决算表)', () => {
    expect(tableBlocks(table(parseSeed('jiaozuo2022'), 'final_income'))).toHaveLength(1);
  });
});

describe('checks', () => {
  it('get unique row ids even when one check id repeats', () => {
    const doc = parseSeed('zhengzhou2022');
    const ids = checkRowIds(doc.checks);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((i) => i.startsWith('check-hier-total-classes-'))).toContain('check-hier-total-classes-1');
  });
  it('show amounts in the document unit (郑州 万元, 阳泉 元 per line 351 金额单位：元)', () => {
    expect(docMoneyUnit(parseSeed('zhengzhou2022'))).toBe('万元');
    expect(docMoneyUnit(parseSeed('yangquan2022'))).toBe('元');
    expect(checkAmount('1010332000', '万元')).toBe('101,033.20');
    expect(checkAmount('1000', '万元')).toBe('0.10');
    expect(checkAmount('50', '万元')).toBe('0.005');
    expect(checkAmount('706804492.61', '元')).toBe('706,804,492.61');
    expect(checkAmount('99.99', '万元', false)).toBe('99.99');
  });
  it('resolve a repeated code to the row on the check line (郑州 2080505 of 郑州市节能中心 is line 401, not 360)', () => {
    const doc = parseSeed('zhengzhou2022');
    const t = table(doc, 'budget_expenditure');
    const link = resolveRef(doc, 'budget_expenditure:2080505:合计', [389, 390, 401]);
    const idx = Number(link.anchor!.split('-').pop());
    expect(t.rows[idx]!.line).toBe(401);
  });
});

describe('source cells', () => {
  it('anchor a cell at its field on the line (郑州 line 1131: field 4 is 合计 59,427.0)', () => {
    const doc = parseSeed('zhengzhou2022');
    const t = table(doc, 'budget_projects');
    const lines = rawLines('zhengzhou2022');
    const anchors = cellAnchors(t, (n) => lines[n - 1]);
    const r = t.rows.find((x) => x.name === '郑州市制造业高质量发展专项资金')!;
    expect(anchors.get(r.cells.find((c) => c.column === '合计')!)).toBe('L1131-4');
    // The same text twice on one line: the second cell gets the second field (本年拨款/一般公共预算 59,427.0).
    expect(anchors.get(r.cells.find((c) => c.column === '本年拨款/一般公共预算')!)).toBe('L1131-5');
  });
  it('pin at most four header lines above the first row of each table, regions never overlapping', () => {
    const regions = tableRegions(parseSeed('zhengzhou2022').tables);
    const projects = regions.find((r) => r.title === '2022年项目支出预算表')!;
    // Line 1113 is the first row (the total); lines 1109–1112 are 单位, blank and the two column-header lines.
    expect(projects.head).toEqual([1109, 1112]);
    for (let i = 1; i < regions.length; i++) expect(regions[i]!.head[0]).toBeGreaterThan(regions[i - 1]!.body[1]);
  });
});

describe('narrative headings', () => {
  it('keep the section of a sub-heading (焦作 line 507 五、… then （一）总体情况。)', () => {
    const p = parseSeed('jiaozuo2022').narrative.paragraphs.find((x) => x.line === 511)!;
    expect(splitHeading(p.heading)).toEqual({ section: '五、一般公共预算财政拨款支出决算情况说明', sub: '（一）总体情况。' });
    expect(splitHeading('三、支出决算情况说明')).toEqual({ section: '三、支出决算情况说明', sub: null });
  });
});

describe('fluid bars', () => {
  it('use percentages of the width, leave room for the value, and shorten only long labels for narrow screens', () => {
    const c = barChart([
      { label: '国家（省级）中小企业公共服务示范平台和小型微型企业创业创新示范基地奖补资金', value: '21500000' },
      { label: '节能降耗专项经费', value: '1970000' },
    ]);
    expect(c.bars[0]!.widthPct).toBeLessThanOrEqual(78);
    expect(c.bars[0]!.widthPct).toBeGreaterThan(c.bars[1]!.widthPct);
    expect(c.bars[0]!.shortLabel).toMatch(/…$/);
    expect(c.bars[1]!.shortLabel).toBeNull();
    expect(c.bars[1]!.labelY).toBeGreaterThan(c.bars[0]!.y + c.bars[0]!.height);
  });
});

describe('budget against outturn', () => {
  it('pairs the 预算 figure with the 决算 figure row by row, never summing them (解放区 2024 预算 vs 焦作 2022 决算 as shapes)', () => {
    const rows = budgetAgainstFinal(parseSeed('jiefang2024'), parseSeed('jiaozuo2022'));
    expect(rows.map((r) => r.label)).toEqual(['本年支出合计', '基本支出', '项目支出', '三公经费', '机关运行经费']);
    // 解放区 line 240: 合计 393.52; 焦作 line 164: 本年支出合计 2,182.77
    expect(rows[0]!.budget?.value).toBe('3935200');
    expect(rows[0]!.final?.value).toBe('21827700');
    // 三公: the budget's 预算数 against the final account's 决算数 (焦作 line 485: 决算数合计 17.22)
    expect(rows[3]!.final?.value).toBe('172200');
  });
});
