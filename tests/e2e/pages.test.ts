/**
 * End-to-end tests of the reader-facing pages other than the department-year page: search, compare, quality,
 * methodology, the department page over years. Values read by hand from the seed documents in data/raw.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launch, serve } from './harness.ts';

const ZHENGZHOU = '/henan-zhengzhou/gongxinju/2022-budget/';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let ctx: BrowserContext;

beforeAll(async () => {
  ensureBuilt();
  server = await serve();
  browser = await launch();
  ctx = await browser.newContext();
}, 300_000);

afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string, c: BrowserContext = ctx): Promise<{ page: Page; errors: string[] }> {
  const page = await c.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(server.url + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return { page, errors };
}

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
    await page.goto(server.url + href);
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

  it('excerpts show no segmentation spaces between Chinese characters', async () => {
    const page = await search('郑州市工业和信息化局');
    const text = (await page.locator('#search-results').textContent()) ?? '';
    expect(text).toContain('郑州市工业和信息化局');
    expect(text).not.toMatch(/郑州 市|工业 和|信息 化/);
    await page.close();
  });
});
