/**
 * Progressive enhancement for the compare page: sort by any column, filter, keep the state in the URL,
 * export exactly the visible rows and columns as CSV. Text is only ever set with textContent.
 */
function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function initCompare(): void {
  const table = document.getElementById('compare-table') as HTMLTableElement | null;
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  if (!table || !form) return;
  const tbody = table.tBodies[0]!;
  const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  const q = form.querySelector<HTMLInputElement>('#cmp-q')!;
  const kind = form.querySelector<HTMLSelectElement>('#cmp-kind')!;
  const csvBtn = document.getElementById('cmp-csv') as HTMLButtonElement;
  const link = document.getElementById('cmp-link') as HTMLAnchorElement;
  const status = document.getElementById('cmp-status')!;
  const params = new URLSearchParams(location.search);
  const state = {
    q: params.get('q') ?? q.value,
    kind: params.get('kind') ?? '',
    sort: params.get('sort') ?? 'expenditure_total',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
  };
  q.value = state.q;
  kind.value = state.kind === 'final' || state.kind === 'budget' ? state.kind : '';

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

  function value(tr: HTMLTableRowElement, idx: number): string {
    return (tr.cells[idx] as HTMLElement).dataset.v ?? '';
  }

  function apply(push = true): void {
    const idx = headers.findIndex((h) => h.dataset.key === state.sort);
    const numeric = headers[idx]?.dataset.type === 'num';
    const rows = [...tbody.rows];
    rows.sort((a, b) => {
      const x = value(a, idx);
      const y = value(b, idx);
      if (x === '' && y === '') return 0;
      if (x === '') return 1; // missing values always last
      if (y === '') return -1;
      const c = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN');
      return state.dir === 'asc' ? c : -c;
    });
    for (const r of rows) tbody.appendChild(r);
    let n = 0;
    for (const r of rows) {
      const show = (!state.q || (r.dataset.department ?? '').replaceAll('和', '').includes(state.q.replaceAll('和', ''))) && (!state.kind || r.dataset.kind === state.kind);
      r.hidden = !show;
      if (show) n++;
    }
    headers.forEach((h, i) => {
      if (i === idx) h.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else h.removeAttribute('aria-sort');
    });
    const label = headers[idx]?.textContent ?? '';
    status.textContent = `显示 ${n} 份文档，按「${label}」${state.dir === 'asc' ? '从低到高' : '从高到低'}排列。`;
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    if (state.kind) p.set('kind', state.kind);
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
    apply();
  });
  kind.addEventListener('change', () => {
    state.kind = kind.value;
    apply();
  });

  /** CSV of exactly what is shown: visible rows, all visible columns, cell text as displayed. */
  function csv(): string {
    const head = headers.map((h) => (h.textContent ?? '').trim());
    const lines = [head.map(csvCell).join(',')];
    for (const r of tbody.rows) {
      if (r.hidden) continue;
      lines.push([...r.cells].map((c) => csvCell((c.textContent ?? '').trim())).join(','));
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
