/**
 * Search page client: Pagefind JS API. A department-year page is indexed twice — its text, and its row index
 * (row names with their anchors, see rowIndexHtml) — so results are grouped by page: the page title, one excerpt
 * (segmentation spaces removed) and links to the matched rows. Everything is rendered with textContent.
 */
import { ROWS_HASH, ROWS_META, excerptParts, matchedAnchors, type Anchor } from '../lib/site/search.ts';

type Fragment = { url: string; excerpt: string; meta: Record<string, string>; anchors?: Anchor[]; locations?: number[] };
type PagefindResult = { data: () => Promise<Fragment> };
type Pagefind = {
  options?: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] }>;
};

function appendExcerpt(el: HTMLElement, excerpt: string): void {
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      el.appendChild(m);
    } else el.appendChild(document.createTextNode(part.text));
  }
}

/** Results fetched per click: fragments are loaded only for what is shown, which keeps a query light. */
const PAGE = 4;

interface Group {
  li: HTMLLIElement;
  excerpt: HTMLParagraphElement;
  hasPageExcerpt: boolean;
  rows: HTMLUListElement;
  rowIds: Set<string>;
}

export async function initSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const year = document.getElementById('search-year') as HTMLSelectElement | null;
  const kind = document.getElementById('search-kind') as HTMLSelectElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const base = document.getElementById('search-base')?.dataset.base ?? '/';
  if (!form || !input || !status || !list || !year || !kind) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  year.value = params.get('year') ?? '';
  kind.value = ['决算', '预算'].includes(params.get('kind') ?? '') ? params.get('kind')! : '';
  status.textContent = '输入关键词后按「搜索」。';
  let pf: Pagefind | null = null;
  async function load(): Promise<Pagefind> {
    if (pf) return pf;
    const url = `${base}pagefind/pagefind.js`;
    pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // noWorker: the index is small enough to search on the main thread, which saves fetching pagefind-worker.js.
    await pf.options?.({ baseUrl: base, excerptLength: 24, noWorker: true });
    return pf;
  }

  function render(groups: Map<string, Group>, d: Fragment, q: string): void {
    const isRows = d.meta[ROWS_META] === '1';
    const path = isRows ? d.url.replace(new RegExp(`${ROWS_HASH}$`), '') : d.url;
    let g = groups.get(path);
    if (!g) {
      const li = document.createElement('li');
      const h = document.createElement('h2');
      const a = document.createElement('a');
      a.href = path;
      a.textContent = d.meta.title ?? path;
      h.appendChild(a);
      const excerpt = document.createElement('p');
      const rows = document.createElement('ul');
      rows.className = 'hits';
      rows.setAttribute('aria-label', '表格中的匹配行');
      li.append(h, excerpt, rows);
      list!.appendChild(li);
      g = { li, excerpt, hasPageExcerpt: false, rows, rowIds: new Set() };
      groups.set(path, g);
    }
    // The page's own excerpt; a row index contributes its matched rows instead (its excerpt would only list names).
    if (!isRows && !g.hasPageExcerpt) {
      appendExcerpt(g.excerpt, d.excerpt);
      g.hasPageExcerpt = true;
    }
    g.excerpt.hidden = !g.hasPageExcerpt;
    if (isRows) {
      for (const m of matchedAnchors(d.anchors ?? [], d.locations ?? [], q)) {
        if (g.rowIds.has(m.id)) continue;
        g.rowIds.add(m.id);
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `${path}#${m.id}`;
        a.textContent = m.text;
        li.appendChild(a);
        if (m.context) {
          const small = document.createElement('small');
          small.textContent = `（${m.context}）`;
          li.append(' ', small);
        }
        g.rows.appendChild(li);
      }
    }
  }

  async function run(): Promise<void> {
    const q = input!.value.trim();
    const y = year!.value;
    const k = kind!.value;
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (y) p.set('year', y);
    if (k) p.set('kind', k);
    history.replaceState(null, '', p.size ? `?${p}` : location.pathname);
    list!.replaceChildren();
    list!.parentElement?.querySelectorAll('#search-results + button').forEach((b) => b.remove());
    if (!q) {
      status!.textContent = '输入关键词后按「搜索」。';
      return;
    }
    status!.textContent = '正在搜索…';
    try {
      const api = await load();
      const filters: Record<string, string> = {};
      if (y) filters['年度'] = y;
      if (k) filters['类型'] = k;
      const res = await api.search(q, { filters });
      const groups = new Map<string, Group>();
      let shown = 0;
      const more = document.createElement('button');
      more.type = 'button';
      more.textContent = '显示更多结果';
      const page = async () => {
        // Each click shows at least one more page (a batch may only add rows to pages already listed).
        const before = groups.size;
        while (shown < res.results.length && groups.size === before) {
          const batch = res.results.slice(shown, shown + PAGE);
          shown += batch.length;
          for (const d of await Promise.all(batch.map((r) => r.data()))) render(groups, d, q);
        }
        more.hidden = shown >= res.results.length;
        status!.textContent = res.results.length
          ? `找到 ${res.results.length} 条匹配，已显示 ${groups.size} 个页面${more.hidden ? '' : '（还有更多）'}。`
          : '没有找到匹配的页面。';
      };
      more.addEventListener('click', () => void page());
      await page();
      list!.after(more);
    } catch (e) {
      status!.textContent = `搜索索引无法加载：${(e as Error).message}`;
    }
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  if (input.value) await run();
}
