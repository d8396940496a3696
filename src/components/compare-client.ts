/**
 * Progressive enhancement for the compare page: sort by any column (inside each group), filter by department
 * type, name, document kind and year, keep the state in the URL, redraw the chart in table order, and export
 * exactly the visible rows as CSV. Text is only ever set with textContent.
 */
function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const SVG = 'http://www.w3.org/2000/svg';
const norm = (s: string) => s.replaceAll('和', '');

export function initCompare(): void {
  const table = document.getElementById('compare-table') as HTMLTableElement | null;
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  if (!table || !form) return;
  const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  const field = <T extends HTMLElement>(id: string) => form.querySelector<T>(`#${id}`)!;
  const q = field<HTMLInputElement>('cmp-q');
  const kind = field<HTMLSelectElement>('cmp-kind');
  const type = field<HTMLSelectElement>('cmp-type');
  const year = field<HTMLSelectElement>('cmp-year');
  const csvBtn = document.getElementById('cmp-csv') as HTMLButtonElement;
  const link = document.getElementById('cmp-link') as HTMLAnchorElement;
  const status = document.getElementById('cmp-status')!;
  const chartList = document.querySelector<HTMLOListElement>('#chart-compare ol.bars');
  const chartCaption = document.getElementById('chart-compare-t');
  const params = new URLSearchParams(location.search);
  const pick = (el: HTMLSelectElement, v: string | null) => ([...el.options].some((o) => o.value === v) ? v! : '');
  const state = {
    type: params.has('type') || params.has('q') ? pick(type, params.get('type')) : type.value,
    q: params.get('q') ?? q.value,
    kind: pick(kind, params.get('kind')),
    year: pick(year, params.get('year')),
    sort: headers.some((h) => h.dataset.key === params.get('sort')) ? params.get('sort')! : 'expenditure_total',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
  };
  q.value = state.q;
  kind.value = state.kind;
  type.value = state.type;
  year.value = state.year;
  const labels = new Map(headers.map((h) => [h.dataset.key!, (h.textContent ?? '').trim()]));

  // Sort buttons inside the headers (keyboard accessible).
  headers.forEach((th) => {
    const key = th.dataset.key!;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = th.textContent ?? key;
    b.addEventListener('click', () => {
      if (state.sort === key) state.dir = state.dir === 'asc' ? 'desc' : 'asc';
      else {
        state.sort = key;
        state.dir = th.dataset.type === 'num' ? 'desc' : 'asc';
      }
      apply();
    });
    th.textContent = '';
    th.appendChild(b);
  });

  const dataRows = (tb: HTMLTableSectionElement) => [...tb.rows].filter((r) => r.dataset.doc);
  const cell = (tr: HTMLTableRowElement, idx: number) => tr.cells[idx] as HTMLElement;

  function drawChart(idx: number, measure: string, numericSort: boolean): void {
    if (!chartList) return;
    const items: { group?: string; label?: string; v?: string; text?: string }[] = [];
    for (const tb of table!.tBodies) {
      if (tb.hidden) continue;
      items.push({ group: (tb.rows[0]?.textContent ?? '').trim() });
      for (const tr of dataRows(tb)) {
        if (tr.hidden) continue;
        const c = cell(tr, idx);
        items.push({ label: tr.dataset.department ?? '', v: c.dataset.v ?? '', text: c.dataset.text ?? '' });
      }
    }
    // Bars are scaled within their group (one year, one kind of document).
    const maxes: number[] = [];
    let g = -1;
    for (const i of items) {
      if (i.group != null) maxes[++g] = 0;
      else if (i.v) maxes[g] = Math.max(maxes[g]!, Number(i.v));
    }
    g = -1;
    const lis = items.map((i) => {
      if (i.group != null) g++;
      const max = maxes[g] ?? 0;
      const li = document.createElement('li');
      if (i.group != null) {
        li.className = 'group';
        li.textContent = i.group;
        return li;
      }
      if (!i.v) li.className = 'missing';
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = i.label!;
      const svg = document.createElementNS(SVG, 'svg');
      for (const [k, v] of Object.entries({ viewBox: '0 0 100 10', preserveAspectRatio: 'none', width: '100%', height: '12', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
      const rect = document.createElementNS(SVG, 'rect');
      const w = i.v && max > 0 ? Math.max(0, (Number(i.v) / max) * 100) : 0;
      rect.setAttribute('width', w.toFixed(2));
      rect.setAttribute('height', '10');
      svg.appendChild(rect);
      const value = document.createElement('span');
      value.className = 'value';
      value.textContent = i.v ? i.text! : '无数据';
      li.append(label, svg, value);
      return li;
    });
    chartList.replaceChildren(...lis);
    if (chartCaption) {
      const order = numericSort ? (state.dir === 'asc' ? '从低到高' : '从高到低') : `按「${labels.get(state.sort)}」${state.dir === 'asc' ? '升序' : '降序'}`;
      chartCaption.textContent = `${labels.get(measure)}：各组内${order}，无数据的排在最后`;
    }
  }

  function apply(push = true): void {
    const idx = headers.findIndex((h) => h.dataset.key === state.sort);
    const numeric = headers[idx]?.dataset.type === 'num';
    let n = 0;
    for (const tb of table!.tBodies) {
      const rows = dataRows(tb);
      rows.sort((a, b) => {
        const x = cell(a, idx).dataset.v ?? '';
        const y = cell(b, idx).dataset.v ?? '';
        if (x === '' && y === '') return 0;
        if (x === '') return 1; // missing values always last
        if (y === '') return -1;
        const c = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN');
        return state.dir === 'asc' ? c : -c;
      });
      let shown = 0;
      for (const r of rows) {
        tb.appendChild(r);
        const show =
          (!state.q || norm(r.dataset.department ?? '').includes(norm(state.q))) &&
          (!state.type || r.dataset.type === state.type) &&
          (!state.kind || r.dataset.kind === state.kind) &&
          (!state.year || r.dataset.year === state.year);
        r.hidden = !show;
        if (show) shown++;
      }
      tb.hidden = shown === 0;
      n += shown;
    }
    const visibleDocs = new Set([...table!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-doc]:not([hidden])')].map((r) => r.dataset.doc));
    document.querySelectorAll<HTMLElement>('#cmp-flags li').forEach((li) => (li.hidden = !visibleDocs.has(li.dataset.doc)));
    headers.forEach((h, i) => {
      if (i === idx) h.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else h.removeAttribute('aria-sort');
    });
    const measure = numeric && state.sort !== 'fiscal_year' ? state.sort : 'expenditure_total';
    drawChart(headers.findIndex((h) => h.dataset.key === measure), measure, measure === state.sort);
    const label = labels.get(state.sort) ?? '';
    status.textContent = n ? `显示 ${n} 份文档，各组内按「${label}」${state.dir === 'asc' ? '从低到高' : '从高到低'}排列。` : '没有符合筛选条件的文档。';
    const p = new URLSearchParams();
    if (state.type) p.set('type', state.type);
    if (state.q) p.set('q', state.q);
    if (state.kind) p.set('kind', state.kind);
    if (state.year) p.set('year', state.year);
    p.set('sort', state.sort);
    p.set('dir', state.dir);
    const url = `${location.pathname}?${p.toString()}`;
    if (push) history.replaceState(null, '', url);
    link.href = url;
    link.hidden = false;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state.q = q.value.trim();
    state.kind = kind.value;
    state.type = type.value;
    state.year = year.value;
    apply();
  });
  for (const [el, key] of [
    [kind, 'kind'],
    [type, 'type'],
    [year, 'year'],
  ] as const) {
    el.addEventListener('change', () => {
      state[key] = el.value;
      apply();
    });
  }

  /** CSV of exactly what is shown: visible rows, every column; numbers without thousands separators. */
  function csv(): string {
    const head = headers.map((h) => (h.textContent ?? '').trim());
    const lines = [head.map(csvCell).join(',')];
    for (const tb of table!.tBodies) {
      if (tb.hidden) continue;
      for (const r of dataRows(tb)) {
        if (r.hidden) continue;
        lines.push([...r.cells].map((c) => csvCell((c as HTMLElement).dataset.csv ?? (c.textContent ?? '').trim())).join(','));
      }
    }
    return lines.join('\r\n') + '\r\n';
  }
  (window as unknown as { mingzhangCompareCsv: () => string }).mingzhangCompareCsv = csv;
  csvBtn.hidden = false;
  csvBtn.addEventListener('click', () => {
    const blob = new Blob(['\ufeff' + csv()], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'mingzhang-compare.csv';
    document.body.appendChild(a);
    a.click();
    setTimeout(() => {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  });
  apply(false);
}
