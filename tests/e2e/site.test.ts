/**
 * End-to-end tests of the built site in real Chromium. Expected values are read by hand from the seed documents
 * (data/raw), e.g. 焦作市工业和信息化局 2022 决算 line 168: 收入总计 2,183.20 / 支出总计 2,183.20 (万元).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, siteSession, type SiteSession } from './harness.ts';

const JIAOZUO = '/henan-jiaozuo/gongxinju/2022-final/';
const ZHENGZHOU = '/henan-zhengzhou/gongxinju/2022-budget/';
const PAGES: Record<string, string> = {
  home: '/',
  'department-year': JIAOZUO,
  'department-year (budget)': ZHENGZHOU,
  department: '/henan-jiaozuo/gongxinju/',
  source: `${JIAOZUO}source/`,
  compare: '/compare/',
  quality: '/quality/',
  data: '/data/',
  methodology: '/methodology/',
  search: '/search/',
};

const session = siteSession();
let browser: Browser;
let server: SiteSession['server'];
let ctx: BrowserContext;
beforeAll(() => ({ browser, server, ctx } = session));

/** Open a page, collecting console errors (CSP violations show up there) and page errors. */
const open = (path: string, c: BrowserContext = ctx) => openPage(c, server.url, path);

describe('every page type', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    it(`${name} loads with lang=zh-CN, a CSP, an h1 and no errors`, async () => {
      const { page, errors } = await open(path);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toContain("'unsafe-inline'");
      expect((await page.textContent('h1'))?.trim().length).toBeGreaterThan(0);
      await page.waitForTimeout(50);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('department-year page (焦作市工业和信息化局 2022 决算)', () => {
  it('shows the totals, 三公 and the split, each linked to its source line', async () => {
    const { page } = await open(JIAOZUO);
    // Line 168: 收入总计 2,183.20 … 支出总计 2,183.20
    const exp = page.locator('#fig-expenditure_grand_total dd a');
    expect(await exp.textContent()).toBe('2,183.20万元');
    expect(await exp.getAttribute('href')).toBe('source/#L168');
    expect(await page.locator('#fig-income_grand_total dd').textContent()).toContain('2,183.20万元');
    // Line 485: 三公 预算数合计 18.20, 决算数合计 17.22
    expect(await page.locator('#fig-three_public_budget dd').textContent()).toContain('18.20万元');
    expect(await page.locator('#fig-three_public_actual dd').textContent()).toContain('17.22万元');
    // Line 501: 基本支出1,861.78万元 / 项目支出320.99万元
    expect(await page.locator('#fig-basic dd').textContent()).toContain('1,861.78万元');
    expect(await page.locator('#fig-project dd').textContent()).toContain('320.99万元');
    // Every chart has a title, a text alternative and a data table
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(4);
    for (const f of await charts.all()) {
      expect(await f.locator('figcaption').count()).toBe(1);
      expect(await f.locator('p.alt').count()).toBe(1);
      expect(await f.locator('svg[role="img"]').count()).toBe(1);
      expect(await f.locator('table').count()).toBe(1);
    }
    // The 三公 chart compares 预算数 with 决算数: 公务接待费 4.23 vs 3.25
    const tp = page.locator('#chart-three-public');
    expect(await tp.locator('p.alt').textContent()).toContain('公务接待费 预算数 4.23、决算数 3.25');
    // Tables are real tables with captions and units
    expect(await page.locator('section.data-table table caption').first().textContent()).toContain('单位：万元');
    await page.close();
  });

  it('the source line anchor holds the number', async () => {
    const { page } = await open(`${JIAOZUO}source/#L168`);
    const line = await page.locator('#L168').textContent();
    expect(line).toContain('支出总计');
    expect(line).toContain('2,183.20');
    await page.close();
  });

  it('the badge summary never fakes green, and check links land on the compared row', async () => {
    const { page } = await open(JIAOZUO);
    const badge = page.locator('main .badge').first();
    const text = (await badge.textContent()) ?? '';
    await page.locator('#checks details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const rowLinks = page.locator('#checks a[href^="#r-"]');
    const n = await rowLinks.count();
    if (n === 0) {
      expect(text).toContain('检查未运行');
    } else {
      expect(text).toMatch(/^\d+ 项检查 · \d+ ✓/);
      for (const link of (await rowLinks.all()).slice(0, 15)) {
        const href = (await link.getAttribute('href'))!;
        const rowName = (await link.textContent())!.replace(/\s+/g, '');
        const row = page.locator(href);
        expect(await row.count(), href).toBe(1);
        // The link text is the row's code or printed label.
        expect((await row.textContent())!.replace(/\s+/g, '')).toContain(rowName);
      }
      // Hand-read: 收入决算表 合计 row (line 185) prints 2,182.91 / 2,182.74 … 0.17.
      const income = page.locator('#checks .refs li', { hasText: /^\s*收入决算表「/ }).locator('a[href^="#r-final-income-"]', { hasText: /^合计$/ }).first();
      expect(await income.count()).toBe(1);
      const incomeRow = page.locator((await income.getAttribute('href'))!);
      expect((await incomeRow.locator('th').textContent())?.trim()).toBe('合计');
      expect(await incomeRow.textContent()).toContain('2,182.91');
      expect(await incomeRow.locator('a').first().getAttribute('href')).toMatch(/^source\/#L185(-\d+)?$/);
      // Clicking follows the anchor
      const first = rowLinks.first();
      const href = (await first.getAttribute('href'))!;
      await first.click();
      expect(new URL(page.url()).hash).toBe(href);
    }
    await page.close();
  });
});

describe('no page needs JavaScript to show its numbers', () => {
  it('department-year, department and compare pages render numbers with JS disabled', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(JIAOZUO, noJs);
    expect(await page.locator('#fig-expenditure_grand_total dd').textContent()).toContain('2,183.20万元');
    expect(await page.locator('#chart-function svg rect').count()).toBeGreaterThan(0);
    await page.goto(server.url + ZHENGZHOU);
    // 郑州 2022 预算 line 1075: 三公 合计 85.4 万元
    expect(await page.locator('#fig-three_public_budget dd').textContent()).toContain('85.40万元');
    await page.goto(server.url + '/henan-jiaozuo/gongxinju/');
    expect(await page.locator('main table').first().textContent()).toContain('2,183.20');
    await page.goto(server.url + '/compare/');
    const row = page.locator('#compare-table tbody tr[data-doc="henan-jiaozuo-gongxinju-2022-final"]');
    expect(await row.isVisible()).toBe(true);
    // 本年支出合计 2,182.77万元 (line 164), with thousands separators in the compare table
    expect(await row.textContent()).toContain('2,182.77');
    await noJs.close();
  });
});

describe('search (Pagefind, Chinese)', () => {
  async function search(q: string): Promise<string[]> {
    const { page, errors } = await open(`/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
    // Results come 5 at a time: load them all.
    const more = page.locator('#search-results + button');
    for (let i = 0; i < 10 && (await more.count()) > 0 && (await more.isVisible()); i++) {
      const n = await page.locator('#search-results li').count();
      await more.click();
      await page.waitForFunction((k) => document.querySelectorAll('#search-results li').length > k, n);
    }
    const hrefs = await page.locator('#search-results > li > h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(errors).toEqual([]);
    await page.close();
    return hrefs;
  }
  it('"焦作 工业和信息化局" finds the 焦作 bureau', async () => {
    const hrefs = await search('焦作 工业和信息化局');
    expect(hrefs.slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/henan-jiaozuo\/gongxinju\//)]));
  });
  it('"三公经费" finds department-year pages', async () => {
    const hrefs = await search('三公经费');
    expect(hrefs).toContain(JIAOZUO);
    expect(hrefs).toContain(ZHENGZHOU);
  });
  it('"郑州市中小企业服务中心" finds the 郑州 2022 budget', async () => {
    const hrefs = await search('郑州市中小企业服务中心');
    expect(hrefs[0]).toBe(ZHENGZHOU);
  });
  it('the header search box submits to the search page', async () => {
    const { page } = await open('/');
    await page.fill('#site-q', '三公经费');
    await page.click('.site-search button');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('compare page', () => {
  it('sorts by a column, keeps the state in the URL and exports exactly what is shown', async () => {
    const c = await browser.newContext({ acceptDownloads: true });
    const { page, errors } = await open('/compare/', c);
    // Default: all 工业和信息化 bureaus (the five seeds)
    const visible = () => page.locator('#compare-table tbody tr[data-doc]:not([hidden])');
    expect(await visible().count()).toBe(5);
    await page.click('#compare-table th[data-key="three_public"] button');
    await page.click('#compare-table th[data-key="three_public"] button'); // second click: ascending
    expect(await page.getAttribute('#compare-table th[data-key="three_public"]', 'aria-sort')).toBe('ascending');
    expect(page.url()).toContain('sort=three_public');
    expect(page.url()).toContain('dir=asc');
    const idx = await page.locator('#compare-table thead th').evaluateAll((ths) => ths.findIndex((t) => (t as HTMLElement).dataset.key === 'three_public'));
    const values = await visible().evaluateAll((trs, i) => trs.map((tr) => (tr as HTMLTableRowElement).cells[i as number]!.textContent!.trim()), idx);
    // Rows are sorted inside each group (department type × year × 决算/预算).
    for (const tb of await page.locator('#compare-table tbody:not([hidden])').all()) {
      const inGroup = await tb.locator('tr[data-doc]:not([hidden])').evaluateAll((trs, i) => trs.map((tr) => (tr as HTMLTableRowElement).cells[i as number]!.textContent!.trim()), idx);
      const nums = inGroup.filter((v) => /^[\d,.]+$/.test(v)).map((v) => Number(v.replace(/,/g, '')));
      expect(nums).toEqual([...nums].sort((a, b) => a - b));
    }
    // 焦作 2022 决算 三公 决算数 17.22, 郑州 2022 预算 85.4 (hand-read)
    expect(values).toContain('17.22');
    expect(values).toContain('85.40');
    // Filter to budgets only, then export
    await page.selectOption('#cmp-kind', 'budget');
    expect(await visible().count()).toBe(2);
    expect(page.url()).toContain('kind=budget');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#cmp-csv')]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const ch of stream) chunks.push(ch as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8').replace(/^\ufeff/, '');
    const lines = csv.trim().split(/\r\n/);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('三公经费（万元）');
    expect(csv).toContain('郑州市工业和信息化局');
    expect(csv).not.toContain('焦作市工业和信息化局');
    // Reloading the shared URL restores the state
    await page.goto(page.url());
    expect(await visible().count()).toBe(2);
    expect(await page.getAttribute('#compare-table th[data-key="three_public"]', 'aria-sort')).toBe('ascending');
    expect(errors).toEqual([]);
    await c.close();
  });
});

describe('accessibility (axe, WCAG 2 A/AA)', () => {
  // Rows of long tables and source lines repeat one structure: axe checks the first rows of each (a full
  // department-year page has thousands of linked cells and takes minutes under axe's colour-contrast rule).
  const SAMPLE = ['section.data-table tbody tr:nth-child(n+6)', 'ol.source li:nth-child(n+60)', 'figure.chart details tbody tr:nth-child(n+6)', '.drill details:nth-of-type(n+3)'];
  for (const [name, path] of Object.entries(PAGES)) {
    it(`${name}: 0 violations`, async () => {
      const page = await ctx.newPage();
      await page.goto(server.url + path);
      let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
      for (const s of SAMPLE) if ((await page.locator(s).count()) > 0) axe = axe.exclude(s);
      const r = await axe.analyze();
      await page.close();
      expect(r.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
    }, 120_000);
  }
});

describe('data downloads', () => {
  it('serves facts.csv, checks.csv, document JSON, schema and a datapackage with sha256 hashes', async () => {
    const get = (p: string) => fetch(server.url + p);
    const pkg = (await (await get('/data/datapackage.json')).json()) as { resources: { path: string; hash: string; bytes: number }[] };
    const paths = pkg.resources.map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['facts.csv', 'checks.csv', 'index.json', 'document.schema.json', 'henan-jiaozuo-gongxinju-2022-final.json']));
    const { createHash } = await import('node:crypto');
    for (const r of pkg.resources.slice(0, 4)) {
      const body = Buffer.from(await (await get(`/data/${r.path}`)).arrayBuffer());
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(body).digest('hex')}`);
      expect(r.bytes).toBe(body.length);
    }
    const facts = await (await get('/data/facts.csv')).text();
    // 焦作 2022 支出总计 2,183.20万元 → 21832000 元 on line 168
    expect(facts).toMatch(/henan-jiaozuo-gongxinju-2022-final,.*支出总计,.*,21832000,yuan,万元,168/);
  });
});
