/**
 * Quality page filters: status and document apply to every list on the page (checks, parsing problems, documents
 * without a page). Each heading counts the rows shown; a list left empty says so. State lives in the URL.
 */
export function initQualityFilters(): void {
  const form = document.getElementById('q-filters') as HTMLFormElement | null;
  const st = document.getElementById('q-status') as HTMLSelectElement | null;
  const doc = document.getElementById('q-doc') as HTMLSelectElement | null;
  const live = document.getElementById('q-status-text');
  if (!form || !st || !doc) return;
  form.hidden = false;
  const p = new URLSearchParams(location.search);
  const pick = (el: HTMLSelectElement, v: string | null) => ([...el.options].some((o) => o.value === v) ? v! : '');
  st.value = pick(st, p.get('status'));
  doc.value = pick(doc, p.get('doc'));
  const sections = [...document.querySelectorAll<HTMLElement>('.q-section')];
  const apply = (push = true) => {
    const parts: string[] = [];
    for (const sec of sections) {
      const items = [...sec.querySelectorAll<HTMLElement>('tbody tr[data-doc], li[data-doc]')];
      let n = 0;
      for (const el of items) {
        const show = (!st.value || el.dataset.status === st.value) && (!doc.value || el.dataset.doc === doc.value);
        el.hidden = !show;
        if (show) n++;
      }
      const count = sec.querySelector('.q-count');
      if (count) count.textContent = String(n);
      const table = sec.querySelector<HTMLElement>('.q-table');
      if (table) table.hidden = n === 0;
      const empty = sec.querySelector<HTMLElement>('.q-empty');
      if (empty) {
        empty.hidden = n > 0;
        if (n === 0 && items.length > 0) empty.textContent = doc.value || st.value ? '所选条件下没有记录。' : '没有记录。';
      }
      parts.push(`${(sec.querySelector('h2')?.textContent ?? '').trim()}`);
    }
    if (live) live.textContent = `当前显示：${parts.join('；')}。`;
    const q = new URLSearchParams();
    if (st.value) q.set('status', st.value);
    if (doc.value) q.set('doc', doc.value);
    if (push) history.replaceState(null, '', q.size ? `?${q}` : location.pathname);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  st.addEventListener('change', () => apply());
  doc.addEventListener('change', () => apply());
  apply(false);
}
