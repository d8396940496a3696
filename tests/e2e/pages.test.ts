/**
 * End-to-end tests of the reader-facing pages other than the department-year page: search, compare, quality,
 * methodology, the department page over years. Values read by hand from the seed documents in data/raw.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { openPage, serve, siteSession } from './harness.ts';
import { buildYearsSite, type YearsSite } from './years-site.ts';

const ZHENGZHOU = '/henan-zhengzhou/gongxinju/2022-budget/';

const site = siteSession();

const open = (path: string, c: BrowserContext = site.ctx) => openPage(c, site.server.url, path);

async function search(q: string): Promise<Page> {
  const { page, errors } = await open(`/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
  expect(errors).toEqual([]);
  return page;
}

const paths = (page: Page, sel: string) => page.locator(sel).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));

describe('search finds what is in the tables', () => {
  it('searching 矿山应急救援 lists the 郑州 page first, linking the 科目 row 2240405 矿山应急救援事务', async () => {
    // data/raw/henan-zhengzhou-gongxinju-2022-budget.txt line 448: 224 04 05 矿山应急救援事务 931.7
    const page = await search('矿山应急救援');
    const titles = await paths(page, '#search-results > li > h2 a');
    expect(titles[0]).toBe(ZHENGZHOU);
    const hit = page.locator('#search-results > li').first().locator('.hits a', { hasText: '2240405 矿山应急救援事务' }).first();
    expect(await hit.count()).toBe(1);
    const href = (await hit.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${ZHENGZHOU}#r-`));
    // The anchor exists on the page and is the row of that 科目.
    await page.goto(site.server.url + href);
    const row = page.locator(`[id="${href.split('#')[1]}"]`);
    expect(await row.count()).toBe(1);
    expect((await row.textContent())!.replace(/\s+/g, '')).toContain('矿山应急救援事务');
    await page.close();
  });

  it('searching 制造业高质量发展专项资金 finds the 郑州 page and names the project', async () => {
    // Line 1131: 特定目标类 郑州市制造业高质量发展专项资金 郑州市工业和信息化局 59,427.0
    const page = await search('制造业高质量发展专项资金');
    const titles = await paths(page, '#search-results > li > h2 a');
    expect(titles).toContain(ZHENGZHOU);
    const hits = await page.locator('#search-results > li').first().locator('.hits a').allTextContents();
    expect(hits.join('|')).toContain('郑州市制造业高质量发展专项资金');
    await page.close();
  });

  it('the 预算 filter keeps only budget pages', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('三公经费')}&kind=${encodeURIComponent('预算')}`);
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
    const titles = await paths(page, '#search-results > li > h2 a');
    expect(titles).toContain(ZHENGZHOU);
    for (const t of titles) expect(t).toMatch(/-budget\/$/);
    await page.close();
  });

  it('excerpts show no segmentation spaces between Chinese characters', async () => {
    const page = await search('郑州市工业和信息化局');
    const text = (await page.locator('#search-results').textContent()) ?? '';
    expect(text).toContain('郑州市工业和信息化局');
    expect(text).not.toMatch(/郑州 市|工业 和|信息 化/);
    await page.close();
  });
});

describe('quality page', () => {
  it('a filtered quality page shows only that document, counts what it shows and labels each value with its own unit', async () => {
    const doc = 'shanxi-yangquan-gongxinju-2022-final';
    const { page, errors } = await open(`/quality/?doc=${doc}`);
    const shown = page.locator('main tr[data-doc]:not([hidden]), main li[data-doc]:not([hidden])');
    const docs = await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.doc));
    expect(docs.length).toBeGreaterThan(0);
    expect(new Set(docs)).toEqual(new Set([doc]));
    // Every heading counts the rows shown under it; a list left empty says so.
    for (const sec of await page.locator('.q-section').all()) {
      const n = await sec.locator('tr[data-doc]:not([hidden]), li[data-doc]:not([hidden])').count();
      expect(await sec.locator('h2 .q-count').textContent()).toBe(String(n));
      if (n === 0) expect(await sec.locator('.q-empty').isVisible()).toBe(true);
    }
    // Line 361: 312 对企业补助 402101986.44 (a 元 document); items 31204 10000000.00 + 31299 302101986.44 (lines 364, 367).
    const econ = page.locator('#quality-table tr[data-doc]:not([hidden])', { hasText: '经济分类' });
    expect(await econ.textContent()).toContain('402,101,986.44元');
    expect(await econ.textContent()).toContain('312,101,986.44元');
    // Line 616: 执行率为189% — a percentage, not 元.
    const pct = page.locator('#quality-table tr[data-doc]:not([hidden])', { hasText: '完成预算百分比' });
    expect(await pct.locator('td.num').nth(1).textContent()).toBe('189%');
    expect(await page.locator('#quality-table caption').textContent()).not.toContain('金额单位：元');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scores are shown in 分, and the 位置 column names tables in Chinese', async () => {
    const { page } = await open('/quality/?doc=henan-pingdingshan-gongxinju-2023-final');
    const text = (await page.locator('#quality-table tbody').textContent()) ?? '';
    // 平顶山 2023 说明 line 604 states a 绩效 score of 83.7 while the 自评表 totals 93.7.
    expect(text).toMatch(/93\.7 分/);
    expect(text).not.toMatch(/93\.7元/);
    await page.goto(site.server.url + '/quality/');
    const places = await page.locator('#quality-table tbody tr td:last-child').allTextContents();
    for (const p of places) expect(p).not.toMatch(/[a-z]+_[a-z]+/);
    await page.close();
  });
});

describe('methodology page', () => {
  it('the 适用 column and the check families are in Chinese', async () => {
    const { page } = await open('/methodology/');
    const applies = await page.locator('#checks ~ div table tbody tr[id] td:last-child').allTextContents();
    expect(applies.length).toBeGreaterThan(50);
    for (const a of applies) expect(a).not.toMatch(/[A-Za-z_]{3,}/);
    expect(await page.locator('#check-hier-total_classes td:last-child').textContent()).toContain('收入决算表');
    expect(await page.locator('tr.group th').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('表内勾稽')]));
    await page.close();
  });
});

describe('compare page', () => {
  it('groups rows by department type, year and kind, with 决算 and 预算 never in one group', async () => {
    const { page } = await open('/compare/');
    const groups = await page.locator('#compare-table tbody').evaluateAll((tbs) =>
      tbs.map((tb) => ({
        title: tb.querySelector('tr.group th')?.textContent ?? '',
        kinds: [...new Set([...tb.querySelectorAll('tr[data-doc]')].map((r) => (r as HTMLElement).dataset.kind))],
        years: [...new Set([...tb.querySelectorAll('tr[data-doc]')].map((r) => (r as HTMLElement).dataset.year))],
        docs: [...tb.querySelectorAll('tr[data-doc]')].map((r) => (r as HTMLElement).dataset.doc),
      })),
    );
    for (const g of groups) {
      expect(g.kinds).toHaveLength(1);
      expect(g.years).toHaveLength(1);
      expect(g.title).toContain(g.kinds[0] === 'final' ? '决算' : '预算');
      expect(g.title).toContain(`${g.years[0]}年`);
    }
    const groupOf = (doc: string) => groups.findIndex((g) => g.docs.includes(doc));
    // 焦作 and 阳泉 are both 2022 决算: one group; 郑州 2022 预算 is apart from them.
    expect(groupOf('henan-jiaozuo-gongxinju-2022-final')).toBe(groupOf('shanxi-yangquan-gongxinju-2022-final'));
    expect(groupOf('henan-zhengzhou-gongxinju-2022-budget')).not.toBe(groupOf('henan-jiaozuo-gongxinju-2022-final'));
    await page.close();
  });

  it('marks 阳泉 人均支出 1,024.35 as pass-through driven and explains every normalisation', async () => {
    // 阳泉 line 93: 本年支出合计 706,804,492.61 元 ÷ line 659: 编制 69 人; line 498: 项目支出 占比96.79%
    const { page } = await open('/compare/?q=阳泉');
    const idx = await page.locator('#compare-table thead th').evaluateAll((ths) => ths.findIndex((t) => (t as HTMLElement).dataset.key === 'per_staff'));
    const cell = page.locator('#compare-table tr[data-doc="shanxi-yangquan-gongxinju-2022-final"] > *').nth(idx);
    expect(await cell.getAttribute('class')).toContain('flagged');
    expect(await cell.textContent()).toContain('1,024.35');
    expect(await cell.textContent()).toContain('96.8%');
    const explained = await page.locator('#measures-h ~ dl dt').allTextContents();
    for (const label of ['基本支出占比（%）', '项目支出占比（%）', '人员经费占基本支出（%）', '人均支出（万元）', '人均基本支出（万元）']) expect(explained).toContain(label);
    await page.close();
  });

  it('the chart follows the table: sorted as its caption says, filtered, missing values last and marked', async () => {
    const { page } = await open('/compare/');
    await page.click('#compare-table th[data-key="three_public"] button'); // descending
    expect(await page.locator('#chart-compare-t').textContent()).toBe('三公经费（万元）：各组内从高到低，无数据的排在最后');
    const bars = await page.locator('#chart-compare ol.bars > li').evaluateAll((lis) => lis.map((li) => ({ group: li.classList.contains('group'), label: li.querySelector('.label')?.textContent ?? li.textContent, value: li.querySelector('.value')?.textContent ?? '' })));
    // Within each group, values descend and 无数据 comes last.
    let current: string[] = [];
    const check = () => {
      const nums = current.filter((v) => v !== '无数据').map((v) => Number(v.replace(/,/g, '')));
      expect(nums).toEqual([...nums].sort((a, b) => b - a));
      const firstMissing = current.indexOf('无数据');
      if (firstMissing >= 0) expect(current.slice(firstMissing).every((v) => v === '无数据')).toBe(true);
    };
    for (const b of bars) {
      if (b.group) {
        check();
        current = [];
      } else current.push(b.value.trim());
    }
    check();
    // 焦作 2022 决算 三公 决算数 17.22 (line 485)
    expect(bars.find((b) => b.label === '焦作市工业和信息化局')?.value).toBe('17.22');
    await page.selectOption('#cmp-kind', 'budget');
    expect(await page.locator('#chart-compare ol.bars > li:not(.group)').count()).toBe(2);
    await page.close();
  });
});

describe('compare page on a phone', () => {
  it('at 390 px the page does not widen, and the department column stays in view when the table scrolls', async () => {
    const c = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const { page } = await openPage(c, site.server.url, '/compare/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const region = page.locator('.scroll.sticky-first');
    await region.evaluate((el) => (el.scrollLeft = 600));
    const th = page.locator('#compare-table tbody tr[data-doc="henan-jiaozuo-gongxinju-2022-final"] th[scope="row"]');
    const box = (await th.boundingBox())!;
    const regionBox = (await region.boundingBox())!;
    expect(Math.abs(box.x - regionBox.x)).toBeLessThan(2);
    await c.close();
  });
});

describe('navigation', () => {
  it('marks the section the reader is in, and nothing on the home page', async () => {
    const { page } = await open('/quality/?doc=x');
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual(['数据质量']);
    await page.goto(site.server.url + '/');
    expect(await page.locator('.site-nav a[aria-current="page"]').count()).toBe(0);
    await page.close();
  });
});

describe('no page has a duplicated id', () => {
  for (const path of ['/', '/search/?q=三公经费', '/compare/', '/quality/', '/methodology/', '/data/', '/henan-jiaozuo/gongxinju/']) {
    it(`${path}`, async () => {
      const { page } = await open(path);
      if (path.startsWith('/search/')) await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
      const dups = await page.evaluate(() => {
        const seen = new Map<string, number>();
        for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
        return [...seen.entries()].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
      });
      expect(dups).toEqual([]);
      await page.close();
    });
  }
});

describe('a department over three years (generated 决算 documents)', () => {
  let yearsSite: YearsSite;
  let yserver: { url: string; close: () => Promise<void> };
  const DEPT = '/henan-luoyang/synth-410300-gongxinju/';
  beforeAll(async () => {
    yearsSite = buildYearsSite([2022, 2023, 2024]);
    yserver = await serve(yearsSite.dist);
  }, 300_000);
  afterAll(async () => {
    await yserver?.close();
    yearsSite?.cleanup();
  });

  it('shows each year side by side with its own documents and a series chart of spending', async () => {
    const page = await site.ctx.newPage();
    expect((await page.goto(yserver.url + DEPT))?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('洛阳市工业和信息化局');
    const years = await page.locator('#years-table thead tr:first-child th.year').allTextContents();
    expect(years).toEqual(['2022年', '2023年', '2024年']);
    // The generator's truth: 本年支出合计 as printed in each year's 收入支出决算总表.
    const expected = yearsSite.truths.map((t) => {
      const f = t.facts.find((x) => x.table === 'final_summary' && x.name === '本年支出合计')!;
      // Exact: 元 with 分 → 万元 rounded to 0.01 (half up), grouped by thousands.
      const [i, d = ''] = f.value.split('.');
      const fen = BigInt(i! + d.padEnd(2, '0'));
      const hundredthsOfWan = (fen + 5000n) / 10000n;
      const whole = (hundredthsOfWan / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return { year: t.fiscal_year, wan: `${whole}.${(hundredthsOfWan % 100n).toString().padStart(2, '0')}` };
    });
    const row = page.locator('#years-table tbody tr', { has: page.locator('th', { hasText: /^本年支出合计$/ }) });
    const cells = await row.locator('td').allTextContents();
    expect(cells.map((c) => c.trim())).toEqual(expected.map((e) => e.wan));
    // Each column header links to its own document.
    const links = await page.locator('#years-table thead tr:nth-child(2) th a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual([`${DEPT}2022-final/`, `${DEPT}2023-final/`, `${DEPT}2024-final/`]);
    // The series chart: one point per year, named in its text alternative.
    const chart = page.locator('#chart-years');
    expect(await chart.locator('svg[role="img"] circle').count()).toBe(3);
    const alt = (await chart.locator('p.alt').textContent()) ?? '';
    for (const e of expected) expect(alt).toContain(`${e.year}年 ${e.wan}万元`);
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const dups = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(dups).toEqual([]);
    await page.close();
  }, 120_000);

  it('at 390 px the chart text renders at 12 px or more', async () => {
    const c = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await c.newPage();
    await page.goto(yserver.url + DEPT);
    const sizes = await page.locator('#chart-years svg text').evaluateAll((ts) => ts.map((t) => (t as SVGTextElement).getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(3);
    for (const h of sizes) expect(h).toBeGreaterThanOrEqual(12);
    await c.close();
  });
});
