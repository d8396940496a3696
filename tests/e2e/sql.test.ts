/**
 * The SQL page in real Chromium: DuckDB-WASM from our own origin reads the Parquet files of the seed build over
 * HTTP range requests. Values read by hand from data/raw/henan-jiaozuo-gongxinju-2022-final.txt line 485
 * (财政拨款“三公”经费支出决算表, 单位：万元): 预算数 合计 18.20, 决算数 合计 17.22, 公务接待费 预算 4.23 / 决算 3.25.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_EXAMPLES } from '../../src/components/sql-examples.ts';
import { ensureBuilt, launch, serve } from './harness.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let ctx: BrowserContext;

beforeAll(async () => {
  ensureBuilt(['data/sql/index.html', 'data/parquet/documents.parquet']);
  server = await serve();
  browser = await launch();
  ctx = await browser.newContext();
}, 300_000);

afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  ranges: string[];
}

async function open(path: string, c: BrowserContext = ctx): Promise<Opened> {
  const page = await c.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const ranges: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  c.on('request', (r) => {
    requests.push(r.url());
    const range = r.headers().range;
    if (range && r.url().includes('.parquet')) ranges.push(range);
  });
  const res = await page.goto(server.url + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return { page, errors, requests, ranges };
}

/** Result table as rows of cell texts (header first). */
async function resultRows(page: Page): Promise<string[][]> {
  await page.locator('#sql-result:not([hidden]) tbody').waitFor({ timeout: 120_000 });
  return page.$$eval('#sql-result tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
}

const q = (sql: string) => `/data/sql/?q=${encodeURIComponent(sql)}`;

describe('the SQL page', () => {
  it('runs the 三公 example from a shared link and shows 焦作 2022 决算 17.22万元 (line 485)', async () => {
    const { page, errors, ranges, requests } = await open(q(SQL_EXAMPLES.find((e) => e.id === 'three-public')!.sql));
    const rows = await resultRows(page);
    expect(rows[0]).toEqual(['部门', '年度', '类型', '三公经费（万元）', '原文行号']);
    expect(rows).toContainEqual(['焦作市工业和信息化局', '2022', '决算', '17.22', '485']);
    expect(await page.locator('#sql-status').textContent()).toMatch(/完成：\d+ 行/);
    expect(ranges.length, 'Parquet read with HTTP range requests').toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(server.url)), 'every request goes to our own origin').toEqual([]);
    expect(requests.filter((u) => u.endsWith('.wasm')).length, 'one wasm build').toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('compares 预算 and 决算 of one department: 公务接待费 4.23 → 3.25万元 (line 485)', async () => {
    const { page, errors } = await open('/data/sql/');
    await page.locator('#sql-status', { hasText: '已就绪' }).waitFor({ timeout: 120_000 });
    await page.click('a[data-example="final-vs-budget"]');
    const rows = await resultRows(page);
    expect(rows).toContainEqual(['公务接待费', '4.23', '3.25', '76.83']);
    expect(rows).toContainEqual(['合计', '18.2', '17.22', '94.62']);
    expect(new URL(page.url()).searchParams.get('q')).toContain('final_three_public');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('runs every example query on the seeds without an error', async () => {
    const { page } = await open('/data/sql/');
    for (const e of SQL_EXAMPLES) {
      await page.click(`a[data-example="${e.id}"]`);
      await page.locator('#sql-run:not([disabled])').waitFor({ timeout: 120_000 });
      expect(await page.locator('#sql-error').isHidden(), `${e.id}: ${await page.locator('#sql-error-text').textContent()}`).toBe(true);
      const rows = await page.$$eval('#sql-result tbody tr', (trs) => trs.length);
      expect(rows, e.id).toBeGreaterThan(0);
    }
    await page.close();
  }, 240_000);

  it('shows DuckDB’s error message for a malformed query', async () => {
    const { page } = await open(q('SELEC department FROM facts'));
    await page.locator('#sql-error:not([hidden])').waitFor({ timeout: 120_000 });
    expect(await page.locator('#sql-error-text').textContent()).toMatch(/Parser Error|syntax error/i);
    expect(await page.locator('#sql-status').textContent()).toContain('查询出错');
    // And an unknown column names the column.
    await page.fill('#sql-q', 'SELECT no_such_column FROM facts');
    await page.click('#sql-run');
    await page.locator('#sql-error-text', { hasText: 'no_such_column' }).waitFor({ timeout: 60_000 });
    await page.close();
  }, 180_000);

  it('shows progress for a long query and cancels it, then runs the next query', async () => {
    const { page } = await open('/data/sql/');
    await page.locator('#sql-status', { hasText: '已就绪' }).waitFor({ timeout: 120_000 });
    await page.fill('#sql-q', 'SELECT count(*) FROM range(100000000000) a');
    await page.click('#sql-run');
    await page.locator('#sql-status', { hasText: '正在查询… 已用' }).waitFor({ timeout: 30_000 });
    await page.locator('#sql-progress').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('#sql-cancel').isVisible()).toBe(true);
    await page.click('#sql-cancel');
    await page.locator('#sql-status', { hasText: '已取消' }).waitFor({ timeout: 30_000 });
    await page.fill('#sql-q', "SELECT count(*) AS n FROM documents WHERE status = 'ok'");
    await page.click('#sql-run');
    const rows = await resultRows(page);
    expect(rows).toEqual([['n'], ['5']]);
    await page.close();
  }, 180_000);

  it('offers the result as CSV with the exact values', async () => {
    const { page } = await open(q("SELECT value, value_decimal FROM facts WHERE doc_id = 'henan-jiaozuo-gongxinju-2022-final' AND source_line = 485 AND \"column\" = '决算数/合计'"));
    await resultRows(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#sql-csv')]);
    const chunks: Buffer[] = [];
    for await (const c of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(c);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('\uFEFFvalue,value_decimal\r\n172200,172200\r\n');
    await page.close();
  }, 180_000);

  it('has no axe violations and fits a 390 px wide phone with a result shown', async () => {
    const c = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await open(q(SQL_EXAMPLES[0]!.sql), c);
    await resultRows(page);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The downloads page with its Parquet section and code examples fits too.
    const data = await open('/data/', c);
    expect(await data.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await data.page.locator('#parquet').count()).toBe(1);
    await c.close();
  }, 180_000);
});

describe('pages other than the SQL page', () => {
  it('load no DuckDB code, worker or wasm (department-year page, data page)', async () => {
    for (const path of ['/henan-jiaozuo/gongxinju/2022-final/', '/data/']) {
      const { page, requests } = await open(path);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => /duckdb|sql-engine|\.wasm$|\.parquet$/.test(u)), path).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
