/**
 * Page weight and search payload of a built site (owned by the site; called by bench/run.ts with the dist path).
 *
 *   npx tsx bench/site-weight.ts [dist]
 *
 * - Page weight per department-year page: gzipped HTML + the CSS and JS it references (excluding the search index).
 *   Goal ≤ 50 KB.
 * - Search payload for a first query: every byte fetched under /pagefind/ by the search page in Chromium for
 *   "焦作 工业和信息化局" (text assets counted gzipped as a server would send them; Pagefind's index chunks and wasm
 *   are already compressed). Goal ≤ 150 KB.
 * - Page height (px, at 1280 and 390 px wide) and DOM size (elements) of every department-year page, in Chromium.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const DOC_PAGE = /^[a-z0-9-]+\/[a-z0-9-]+\/\d{4}-(final|budget)(-[a-z0-9]+)?\/index\.html$/;

function walk(dir: string, base = dir, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) walk(p, base, out);
    else out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out;
}

interface PageWeight {
  page: string;
  html_gz: number;
  css_gz: number;
  js_gz: number;
  total_gz: number;
}

function pageWeight(dist: string, rel: string, cache: Map<string, number>): PageWeight {
  const html = readFileSync(path.join(dist, rel));
  const text = html.toString('utf8');
  const asset = (href: string) => {
    const clean = href.split(/[?#]/)[0]!;
    if (!clean.startsWith('/') || clean.startsWith('//')) return 0;
    const file = path.join(dist, clean.replace(/^\/+/, ''));
    if (!cache.has(file)) cache.set(file, existsSync(file) ? gz(readFileSync(file)) : 0);
    return cache.get(file)!;
  };
  let css = 0;
  let js = 0;
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css += asset(m[1]!);
  for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) js += asset(m[1]!);
  const h = gz(html);
  return { page: '/' + rel.replace(/index\.html$/, ''), html_gz: h, css_gz: css, js_gz: js, total_gz: h + css + js };
}

async function searchPayload(dist: string, query: string): Promise<{ query: string; bytes: number; requests: number; results: number; files: { path: string; bytes: number }[] } | string> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return `not measured: no Chromium at ${chromiumPath}`;
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) return 'not measured: no pagefind index in dist';
  const root = path.resolve(dist);
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
  const server = http.createServer((req, res) => {
    let p = path.normalize(path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!p.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(p) && statSync(p).isDirectory()) p = path.join(p, 'index.html');
    if (!existsSync(p)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[path.extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await (await browser.newContext()).newPage();
    const files: { path: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      const u = new URL(r.url());
      if (!u.pathname.startsWith('/pagefind/')) return;
      try {
        const body = await r.body();
        const bytes = /\.(js|json|css)$/.test(u.pathname) ? gz(body) : body.length;
        files.push({ path: u.pathname, bytes });
      } catch {
        // body unavailable (e.g. aborted)
      }
    });
    await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const results = await page.locator('#search-results li').count();
    return { query, bytes: files.reduce((a, f) => a + f.bytes, 0), requests: files.length, results, files };
  } finally {
    await browser.close();
    server.close();
  }
}

export interface PageShape {
  page: string;
  height_1280: number;
  height_390: number;
  dom_elements: number;
}

/** Page height at 1280 and 390 px and DOM size of each page, in Chromium (a string when not measurable). */
async function pageShapes(dist: string, pages: string[]): Promise<PageShape[] | string> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return `not measured: no Chromium at ${chromiumPath}`;
  const root = path.resolve(dist);
  const server = http.createServer((req, res) => {
    let p = path.normalize(path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!p.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(p) && statSync(p).isDirectory()) p = path.join(p, 'index.html');
    if (!existsSync(p)) return void res.writeHead(404).end();
    const type = p.endsWith('.css') ? 'text/css' : p.endsWith('.js') ? 'text/javascript' : p.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const out: PageShape[] = [];
    for (const p of pages) {
      const shape: PageShape = { page: p, height_1280: 0, height_390: 0, dom_elements: 0 };
      for (const width of [1280, 390] as const) {
        const ctx = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await ctx.newPage();
        await page.goto(url + p, { waitUntil: 'load' });
        // content-visibility: auto sections are sized by their estimate until shown: render everything first.
        const m = await page.evaluate(() => {
          for (const e of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
          return { h: document.documentElement.scrollHeight, n: document.getElementsByTagName('*').length };
        });
        if (width === 1280) shape.height_1280 = m.h;
        else shape.height_390 = m.h;
        shape.dom_elements = m.n;
        await ctx.close();
      }
      out.push(shape);
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

/** Measure a built site. `dist` defaults to ./dist. */
export async function measureSiteWeight(dist = 'dist', query = '焦作 工业和信息化局') {
  const all = walk(dist);
  const cache = new Map<string, number>();
  const pages = all.filter((f) => DOC_PAGE.test(f)).map((f) => pageWeight(dist, f, cache));
  pages.sort((a, b) => b.total_gz - a.total_gz);
  const totals = pages.map((p) => p.total_gz).sort((a, b) => a - b);
  const median = totals.length ? totals[Math.floor(totals.length / 2)]! : 0;
  const other = ['index.html', 'compare/index.html', 'search/index.html', 'quality/index.html', 'data/index.html', 'methodology/index.html']
    .filter((f) => existsSync(path.join(dist, f)))
    .map((f) => pageWeight(dist, f, cache));
  const pagefindDir = path.join(dist, 'pagefind');
  const indexBytes = existsSync(pagefindDir) ? walk(pagefindDir).reduce((a, f) => a + statSync(path.join(pagefindDir, f)).size, 0) : 0;
  const shapes = await pageShapes(dist, pages.map((p) => p.page).sort());
  return {
    department_year_pages: pages.length,
    page_weights: [...pages].sort((a, b) => a.page.localeCompare(b.page)),
    page_shapes: shapes,
    page_weight_gz: { goal: 50 * 1024, min: totals[0] ?? 0, median, max: totals[totals.length - 1] ?? 0, worst: pages.slice(0, 3) },
    other_pages: other,
    search_index_bytes_on_disk: indexBytes,
    search_payload: await searchPayload(dist, query),
    search_payload_goal: 150 * 1024,
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('site-weight.ts')) {
  const dist = process.argv[2] ?? 'dist';
  const r = await measureSiteWeight(dist);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`department-year pages: ${r.department_year_pages}`);
  console.log(`page weight (gz HTML+CSS+JS): min ${kb(r.page_weight_gz.min)}, median ${kb(r.page_weight_gz.median)}, max ${kb(r.page_weight_gz.max)} (goal ≤ 50 KB)`);
  for (const p of r.page_weight_gz.worst) console.log(`  ${p.page}: html ${kb(p.html_gz)} + css ${kb(p.css_gz)} + js ${kb(p.js_gz)} = ${kb(p.total_gz)}`);
  for (const p of r.other_pages) console.log(`  ${p.page}: ${kb(p.total_gz)}`);
  if (typeof r.page_shapes === 'string') console.log(`page height and DOM size: ${r.page_shapes}`);
  else {
    console.log('| page | gzip (HTML+CSS+JS) | height at 1280 px | height at 390 px | DOM elements |');
    console.log('|---|---|---|---|---|');
    for (const sh of r.page_shapes) {
      const w = r.page_weights.find((p) => p.page === sh.page);
      console.log(`| ${sh.page} | ${w ? kb(w.total_gz) : 'n/a'} | ${sh.height_1280.toLocaleString('en-US')} px | ${sh.height_390.toLocaleString('en-US')} px | ${sh.dom_elements.toLocaleString('en-US')} |`);
    }
  }
  const s = r.search_payload;
  if (typeof s === 'string') console.log(`search payload: ${s}`);
  else console.log(`search payload for "${s.query}": ${kb(s.bytes)} in ${s.requests} requests, ${s.results} results (goal ≤ 150 KB)`);
  console.log(`search index on disk: ${kb(r.search_index_bytes_on_disk)}`);
}
