/** Search page client: Pagefind JS API, results rendered with textContent only (excerpts' <mark> rebuilt safely). */
type PagefindResult = { data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }> };
type Pagefind = {
  options?: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] }>;
};

/** Append a Pagefind excerpt: only <mark> is kept, everything else as text. */
function appendExcerpt(el: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const p of parts) {
    if (p === '<mark>') marked = true;
    else if (p === '</mark>') marked = false;
    else if (p) {
      const text = p.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      if (marked) {
        const m = document.createElement('mark');
        m.textContent = text;
        el.appendChild(m);
      } else el.appendChild(document.createTextNode(text));
    }
  }
}

const PAGE = 5;

export async function initSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const year = document.getElementById('search-year') as HTMLSelectElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const base = document.getElementById('search-base')?.dataset.base ?? '/';
  if (!form || !input || !status || !list || !year) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  year.value = params.get('year') ?? '';
  status.textContent = '输入关键词后按「搜索」。';
  let pf: Pagefind | null = null;
  async function load(): Promise<Pagefind> {
    if (pf) return pf;
    const url = `${base}pagefind/pagefind.js`;
    pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options?.({ baseUrl: base });
    return pf;
  }
  async function run(): Promise<void> {
    const q = input!.value.trim();
    const y = year!.value;
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (y) p.set('year', y);
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
      const res = await api.search(q, y ? { filters: { 年度: y } } : {});
      // Fragments are fetched per shown result: 5 at a time keeps the first query light.
      let shown = 0;
      const more = document.createElement('button');
      more.type = 'button';
      more.textContent = '显示更多结果';
      const page = async () => {
        const batch = res.results.slice(shown, shown + PAGE);
        shown += batch.length;
        const data = await Promise.all(batch.map((r) => r.data()));
        for (const d of data) {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = d.url;
          a.textContent = d.meta.title ?? d.url;
          const h = document.createElement('h2');
          h.appendChild(a);
          const p = document.createElement('p');
          appendExcerpt(p, d.excerpt);
          li.append(h, p);
          list!.appendChild(li);
        }
        more.hidden = shown >= res.results.length;
      };
      more.addEventListener('click', () => void page());
      await page();
      list!.after(more);
      status!.textContent = res.results.length ? `找到 ${res.results.length} 个页面。` : '没有找到匹配的页面。';
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
