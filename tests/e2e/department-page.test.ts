/**
 * The department-year page and its source page as readers use them, in Chromium at 1280 and 390 px. Expected values
 * are read by hand from the seed documents (data/raw), with line numbers.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureBuilt, launch, serve } from './harness.ts';

const JIAOZUO = '/henan-jiaozuo/gongxinju/2022-final/';
const ZHENGZHOU = '/henan-zhengzhou/gongxinju/2022-budget/';
const YANGQUAN = '/shanxi-yangquan/gongxinju/2022-final/';
const JIEFANG = '/henan-jiaozuo-jiefang/kegongxinju/2024-budget/';
const PINGDINGSHAN = '/henan-pingdingshan/gongxinju/2023-final/';
const DOC_PAGES = [JIAOZUO, ZHENGZHOU, YANGQUAN, JIEFANG, PINGDINGSHAN];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let desktop: BrowserContext;
let phone: BrowserContext;

beforeAll(async () => {
  ensureBuilt();
  server = await serve();
  browser = await launch();
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
}, 300_000);

afterAll(async () => {
  await desktop?.close();
  await phone?.close();
  await browser?.close();
  await server?.close();
});

async function open(p: string, c: BrowserContext = desktop): Promise<Page> {
  const page = await c.newPage();
  const res = await page.goto(server.url + p, { waitUntil: 'load' });
  expect(res?.status(), p).toBe(200);
  return page;
}

/** Every HTML page of the built site, as a URL path. */
function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) {
        if (e !== 'pagefind' && e !== '_astro') walk(p);
      } else if (e === 'index.html') out.push('/' + path.relative(DIST, dir).split(path.sep).join('/') + (dir === DIST ? '' : '/'));
    }
  };
  walk(DIST);
  return out.map((p) => p.replace(/^\/\/$/, '/'));
}

describe('a budget page says what the money is for (郑州市工业和信息化局 2022 预算)', () => {
  it('names the largest project, 郑州市制造业高质量发展专项资金 59,427.00万元, with its unit as secondary text', async () => {
    const page = await open(ZHENGZHOU);
    const chart = page.locator('#chart-projects');
    // Line 1131: 特定目标类 ⇥ 郑州市制造业高质量发展专项资金 ⇥ 郑州市工业和信息化局 ⇥ 59,427.0
    const first = chart.locator('svg > g:not(.tick)').first();
    expect(await first.locator('text.lbl').first().textContent()).toBe('郑州市制造业高质量发展专项资金');
    expect(await first.locator('text.val').textContent()).toBe('59,427.00');
    const rows = chart.locator('table tbody tr');
    expect(await rows.first().textContent()).toContain('郑州市制造业高质量发展专项资金');
    expect(await rows.first().textContent()).toContain('郑州市工业和信息化局');
    expect(await rows.first().locator('a').getAttribute('href')).toBe('source/#L1131');
    await page.close();
  });

  it("never counts a unit's subtotal row (line 1114: 021001 郑州市工业和信息化局 97,535.0) as a project", async () => {
    const page = await open(ZHENGZHOU);
    const labels = await page.locator('#chart-projects table tbody th').allTextContents();
    expect(labels).not.toContain('郑州市工业和信息化局');
    expect(labels.some((l) => /^\d+$/.test(l.trim()))).toBe(false);
    const values = await page.locator('#chart-projects table tbody td.num').allTextContents();
    expect(values).not.toContain('97,535.00');
    expect(values).not.toContain('100,373.00'); // line 1113: the table's total
    await page.close();
  });

  it('shows spending by function down to 项: 224 → 22404 → 2240405 矿山应急救援事务 931.70万元 (line 448)', async () => {
    const page = await open(ZHENGZHOU);
    expect(await page.locator('main').textContent()).not.toContain('未找到按功能分类的支出表');
    const bars = await page.locator('#chart-function text.lbl').allTextContents();
    expect(bars).toContain('224 灾害防治及应急管理支出');
    const drill = page.locator('.drill details', { hasText: '224 灾害防治及应急管理支出' });
    await drill.locator('summary').click();
    const item = drill.locator('li li', { hasText: '2240405 矿山应急救援事务' });
    expect(await item.textContent()).toContain('931.70万元');
    expect(await item.locator('a').getAttribute('href')).toBe('source/#L448');
    await page.close();
  });

  it('shows spending by budget unit with unit names, and 三公 预算 (line 1075: 合计 85.4)', async () => {
    const page = await open(ZHENGZHOU);
    // Line 358: 021001 郑州市工业和信息化局 101,033.2 — the largest unit.
    expect(await page.locator('#chart-units text.lbl').first().textContent()).toBe('郑州市工业和信息化局');
    expect(await page.locator('#chart-units text.val').first().textContent()).toBe('101,033.20');
    expect(await page.locator('#chart-three-public figcaption').textContent()).toContain('三公经费 预算数');
    expect(await page.locator('#chart-three-public p.alt').textContent()).toContain('三公经费合计 预算数 85.40');
    await page.close();
  });
});

describe('one number first', () => {
  it('郑州 leads with 10.73亿元 (lines 314–316: 107,259.2万元), the exact 万元 in its title, and the change stated on line 171', async () => {
    const page = await open(ZHENGZHOU);
    const lead = page.locator('#headline .lead-value a');
    expect(await lead.textContent()).toBe('10.73亿元');
    expect(await lead.getAttribute('title')).toContain('107,259.20万元');
    const change = (await page.locator('#headline .change').textContent())!.replace(/\s+/g, '');
    // Line 171: 与2021年预算相比，收入减少7,270.8万元，下降6.3%
    expect(change).toContain('比上年减少7,270.80万元（下降6.3%）');
    expect(await page.locator('#headline .change a').getAttribute('href')).toBe('source/#L171');
    // The headline comes before the secondary figures.
    const order = await page.evaluate(() => {
      const h = document.getElementById('headline')!;
      const f = document.getElementById('figs-h')!;
      return h.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.close();
  });

  it('焦作 states 支出总计 2,183.20万元 fell by 2,153.27万元 (49.65%) as line 493 says', async () => {
    const page = await open(JIAOZUO);
    // Line 164 (支出决算表 合计): 本年支出合计 2,182.77
    expect(await page.locator('#headline .lead-value').textContent()).toContain('2,182.77万元');
    const change = (await page.locator('#headline .change').textContent())!.replace(/\s+/g, '');
    expect(change).toContain('支出总计2,183.20万元，比上年减少2,153.27万元（下降49.65%）');
    await page.close();
  });

  it("焦作's headline 机关运行经费 shows the 决算 104.09万元 (line 599), not the 年初预算 63.14", async () => {
    const page = await open(JIAOZUO);
    const text = await page.locator('#fig-operating_costs dd').textContent();
    expect(text).toContain('104.09万元');
    expect(text).not.toContain('63.14');
    await page.close();
  });
});

describe('readable on a phone', () => {
  it('at 390 px no chart text renders under 12 px, on every department-year page', async () => {
    for (const p of DOC_PAGES) {
      const page = await open(p, phone);
      const sizes = await page.locator('figure.chart svg text').evaluateAll((ts) =>
        ts
          .filter((t) => (t as SVGGraphicsElement).getBoundingClientRect().width > 0)
          .map((t) => {
            const svg = (t as SVGGraphicsElement).ownerSVGElement!;
            const scale = svg.getScreenCTM()?.a ?? 1;
            return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
          }),
      );
      expect(sizes.length, p).toBeGreaterThan(0);
      expect(sizes.filter((s) => s.px < 12), p).toEqual([]);
      await page.close();
    }
  });

  it('at 390 px chart labels and values stay inside the chart (no text cut off at the right edge)', async () => {
    const page = await open(ZHENGZHOU, phone);
    const overflow = await page.locator('figure.chart svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((t) => t.getBoundingClientRect().width > 0 && t.getBoundingClientRect().right > box.right + 1)
          .map((t) => t.textContent);
      }),
    );
    expect(overflow).toEqual([]);
    await page.close();
  });

  it('at 1280 px chart labels are not shortened', async () => {
    const page = await open(ZHENGZHOU);
    const shortened = await page.locator('figure.chart svg text.lbl').evaluateAll((ts) => ts.filter((t) => t.getBoundingClientRect().width > 0 && t.textContent!.endsWith('…')).length);
    expect(shortened).toBe(0);
    // 国家（省级）中小企业公共服务示范平台和小型微型企业创业创新示范基地奖补资金 (line 1159) is shown whole.
    expect(await page.locator('#chart-projects text.lbl.full').first().isVisible()).toBe(true);
    await page.close();
  });

  it('a table keeps its row names in view when scrolled sideways at 390 px', async () => {
    const page = await open(ZHENGZHOU, phone);
    const region = page.locator('#t-budget-expenditure .scroll').first();
    await region.scrollIntoViewIfNeeded();
    const th = region.locator('tbody th[scope="row"]').first();
    const before = (await th.boundingBox())!.x;
    await region.evaluate((el) => (el.scrollLeft = 300));
    const after = (await th.boundingBox())!.x;
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(Math.abs(after - before)).toBeLessThan(2);
    await page.close();
  });
});

describe('checks lead with what matters', () => {
  it('on 郑州 no 尾差 row is visible until its group is opened', async () => {
    const page = await open(ZHENGZHOU);
    const group = page.locator('#checks-rounding');
    expect(await group.getAttribute('open')).toBeNull();
    const summary = (await group.locator('summary').textContent())!;
    const n = Number(/尾差（(\d+)）/.exec(summary)?.[1]);
    expect(n).toBeGreaterThan(0);
    const visibleRounding = await page.locator('#checks tbody tr').evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).checkVisibility() && tr.querySelector('.status')?.textContent === '尾差').length);
    expect(visibleRounding).toBe(0);
    await group.locator('summary').click();
    expect(await group.locator('tbody tr').count()).toBe(n);
    expect(await group.locator('tbody tr').first().isVisible()).toBe(true);
    await page.close();
  });

  it('amounts are in the document unit: 万元 for 郑州, 元 for 阳泉 (金额单位：元, line 351)', async () => {
    const page = await open(ZHENGZHOU);
    expect(await page.locator('#checks > p').first().textContent()).toContain('金额单位：万元');
    // 郑州 line 358/359–366: unit 郑州市工业和信息化局 101,033.2 vs its rows 101,033.3 — shown in 万元, not 1010332000 元.
    await page.locator('#checks-rounding summary').click();
    const row = page.locator('#checks-rounding tbody tr', { hasText: '郑州市工业和信息化局」（合计）101033.2万元' }).first();
    expect(await row.locator('td.num').first().textContent()).toBe('101,033.20');
    await page.close();
    const y = await open(YANGQUAN);
    expect(await y.locator('#checks > p').first().textContent()).toContain('金额单位：元');
    await y.close();
  });

  it('internal check ids are small print and table names are Chinese', async () => {
    const page = await open(JIAOZUO);
    await page.locator('#checks details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const ids = page.locator('#checks small.cid[title="检查编号"]');
    expect(await ids.count()).toBeGreaterThan(0);
    expect(await ids.first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeLessThan(14);
    const refsText = (await page.locator('#checks .refs').allTextContents()).join(' ');
    expect(refsText).not.toMatch(/\b(final|budget)_[a-z_]+/);
    expect(refsText).toContain('收入决算表');
    await page.close();
  });

  it('no department-year page or source page has a duplicated id', async () => {
    // The other pages (home, compare, methodology …) are another lane's; this covers every page of this one.
    const pages = allPages().filter((p) => /\/\d{4}-(final|budget)(-[a-z0-9]+)?\/(source\/)?$/.test(p));
    expect(pages).toHaveLength(10);
    for (const p of pages) {
      const page = await open(p);
      const dups = await page.evaluate(() => {
        const seen = new Map<string, number>();
        for (const e of document.querySelectorAll('[id]')) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
        return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id}×${n}`);
      });
      expect(dups, p).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('a check row link lands on its row with the table header in view', async () => {
    const page = await open(JIAOZUO);
    await page.locator('#checks details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    // 收入决算表 合计 row (line 185) is the first row of its table.
    const link = page.locator('#checks a[href="#r-final-income-0"]').first();
    await link.click();
    const row = page.locator('#r-final-income-0');
    const head = page.locator('#t-final-income thead').first();
    const vh = page.viewportSize()!.height;
    const rb = (await row.boundingBox())!;
    const hb = (await head.boundingBox())!;
    expect(rb.y).toBeGreaterThanOrEqual(0);
    expect(rb.y + rb.height).toBeLessThanOrEqual(vh);
    expect(hb.y).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('a 绩效 check links to the indicator row or its evaluation, never to the table stub', async () => {
    const page = await open(JIAOZUO);
    await page.locator('#checks details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.locator('#checks a[href^="#t-perf"]').count()).toBe(0);
    const perfLinks = page.locator('#checks a[href^="#perf-"]');
    expect(await perfLinks.count()).toBeGreaterThan(0);
    for (const l of (await perfLinks.all()).slice(0, 10)) {
      const target = page.locator((await l.getAttribute('href'))!);
      expect(await target.count()).toBe(1);
      expect(await target.evaluate((e) => !!e.closest('#performance'))).toBe(true);
    }
    // perf.score_sum of 部门整体 「焦作市工业和信息化局」 (自评表 lines 711–759) lands on that evaluation.
    const overall = page.locator('#checks tr', { hasText: '部门整体「焦作市工业和信息化局」：总分 92.08' }).locator('a[href^="#perf-"]').first();
    const target = page.locator((await overall.getAttribute('href'))!);
    expect(await target.textContent()).toContain('焦作市工业和信息化局');
    await page.close();
  });

  it("阳泉's side-by-side 06 blocks (line 351: 301 | 302 | 307 | 31011) are shown as four separate blocks", async () => {
    const page = await open(YANGQUAN);
    const heads = await page.locator('#t-final-general-basic h4.block-h').allTextContents();
    expect(heads).toHaveLength(4);
    expect(heads[0]).toContain('人员经费：301 工资福利支出');
    expect(heads[1]).toContain('公用经费：302 商品和服务支出');
    expect(heads[2]).toContain('307 债务利息及费用支出');
    expect(heads[3]).toContain('31011 地上附着物和青苗补偿');
    // Line 352: 30101 基本工资 3785229.82 sits in the first block only.
    const firstBlock = page.locator('#t-final-general-basic .scroll').first();
    expect(await firstBlock.textContent()).toContain('基本工资');
    expect(await firstBlock.textContent()).not.toContain('办公费');
    await page.close();
  });
});

describe("a number's source in context", () => {
  it('a project amount links to its cell; the source page marks the cell and pins the column headers above it', async () => {
    const page = await open(ZHENGZHOU);
    const row = page.locator('#t-budget-projects tr', { hasText: '郑州市制造业高质量发展专项资金' }).first();
    const href = (await row.locator('td.num a').first().getAttribute('href'))!;
    // Line 1131: field 4 is 合计 59,427.0
    expect(href).toBe('source/#L1131-4');
    await page.goto(new URL(href, page.url()).href);
    const cell = page.locator('#L1131-4');
    expect(await cell.textContent()).toBe('59,427.0');
    expect(await cell.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // Line 1111: 类型 ⇥ 项目名称 ⇥ 项目单位 ⇥ 合计 … — pinned in view above the cell.
    const header = page.locator('#L1111');
    const hb = (await header.boundingBox())!;
    const cb = (await cell.boundingBox())!;
    expect(await header.textContent()).toContain('项目名称');
    expect(hb.y).toBeGreaterThanOrEqual(0);
    expect(hb.y + hb.height).toBeLessThanOrEqual(cb.y);
    expect(cb.y + cb.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.close();
  });
});

describe('the narrative keeps its section headings', () => {
  it('焦作: 五 (line 507) and 九 (line 573) head their sub-sections, so 三公 paragraphs are not under 八', async () => {
    const page = await open(JIAOZUO);
    const heads = await page.locator('#narrative h3, #narrative h4').allTextContents();
    const i5 = heads.indexOf('五、一般公共预算财政拨款支出决算情况说明');
    const i9 = heads.indexOf('九、财政拨款“三公”经费支出决算情况说明');
    expect(i5).toBeGreaterThanOrEqual(0);
    expect(heads[i5 + 1]).toBe('（一）总体情况。');
    expect(i9).toBeGreaterThan(heads.indexOf('八、国有资本经营预算财政拨款支出决算情况说明'));
    expect(heads[i9 + 1]).toBe('（一）“三公”经费财政拨款支出决算总体情况说明。');
    // Line 577, the 三公 paragraph, follows heading 九.
    const under = await page.locator('#p-577').evaluate((p) => {
      let e: Element | null = p.previousElementSibling;
      while (e && e.tagName !== 'H3') e = e.previousElementSibling;
      return e?.textContent;
    });
    expect(under).toBe('九、财政拨款“三公”经费支出决算情况说明');
    await page.close();
  });

  it('阳泉: heading 十、其他重要事项情况说明 is shown', async () => {
    const page = await open(YANGQUAN);
    expect(await page.locator('#narrative h3').allTextContents()).toContain('十、其他重要事项情况说明');
    await page.close();
  });
});

describe('lighter pages', () => {
  it('a long table shows its first rows and folds the rest in a closed <details> that opens without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await open(ZHENGZHOU, noJs);
    const table = page.locator('#t-budget-economic-summary');
    const more = table.locator('details.more').first();
    expect(await more.getAttribute('open')).toBeNull();
    expect(await table.locator('.scroll').first().locator('tbody tr').count()).toBe(12);
    const hidden = more.locator('tbody tr').first();
    expect(await hidden.isVisible()).toBe(false);
    await more.locator('summary').click();
    expect(await hidden.isVisible()).toBe(true);
    await noJs.close();
  });

  it('a link to a folded row opens its group', async () => {
    const page = await open(ZHENGZHOU);
    const id = await page.locator('#t-budget-economic-summary details.more tbody tr').last().getAttribute('id');
    await page.goto(`${server.url}${ZHENGZHOU}#${id}`);
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    await page.close();
  });
});

describe('search can land on table rows', () => {
  it('row names (科目, projects, 绩效 indicators) carry anchors and are not excluded from the index', async () => {
    const page = await open(ZHENGZHOU);
    expect(await page.locator('main[data-pagefind-body]').count()).toBe(1);
    for (const text of ['矿山应急救援事务', '郑州市制造业高质量发展专项资金']) {
      const rows = page.locator('section.data-table tr[id]', { hasText: text });
      expect(await rows.count(), text).toBeGreaterThan(0);
      expect(await rows.first().evaluate((tr) => tr.closest('[data-pagefind-ignore]') === null), text).toBe(true);
    }
    const indicator = page.locator('#performance tr[id]').first();
    expect(await indicator.evaluate((tr) => tr.closest('[data-pagefind-ignore]') === null)).toBe(true);
    await page.close();
  });
});

describe('accessibility of every department-year page (axe, WCAG 2 A/AA), at 390 px', () => {
  const SAMPLE = ['section.data-table tbody tr:nth-child(n+6)', 'figure.chart details tbody tr:nth-child(n+6)', '.drill details:nth-of-type(n+3)', 'table.checks tbody tr:nth-child(n+4)', '#performance tbody tr:nth-child(n+4)'];
  for (const p of [YANGQUAN, JIEFANG, PINGDINGSHAN, `${ZHENGZHOU}source/`]) {
    it(`${p}: 0 violations`, async () => {
      const page = await open(p, phone);
      let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
      for (const s of [...SAMPLE, 'ol.source li:nth-child(n+60)', 'ol.body li:nth-child(n+4)']) if ((await page.locator(s).count()) > 0) axe = axe.exclude(s);
      const r = await axe.analyze();
      await page.close();
      expect(r.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
    }, 180_000);
  }
});
