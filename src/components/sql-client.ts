/**
 * The SQL page in the browser: the reader's query (kept in ?q= so that it can be shared), run by DuckDB-WASM over
 * the Parquet files. DuckDB is imported here only, so no other page loads it. Text is only ever set with
 * textContent. Cancel kills the DuckDB worker; the next query starts a new one.
 */
import { queryFromSearch, resultCsv, searchForQuery, type SqlSources, type TextResult } from '../lib/export/sql-results.ts';
import type { SqlEngine } from './sql-engine.ts';

/** Rows shown in the page; the CSV download has every row. */
const SHOWN_ROWS = 1000;
const NUMERIC = /^-?\d+(\.\d+)?$/;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;

export function initSql(): void {
  const form = document.getElementById('sql-form') as HTMLFormElement | null;
  if (!form) return;
  const textarea = $<HTMLTextAreaElement>('sql-q');
  const runBtn = $<HTMLButtonElement>('sql-run');
  const cancelBtn = $<HTMLButtonElement>('sql-cancel');
  const csvBtn = $<HTMLButtonElement>('sql-csv');
  const link = $<HTMLAnchorElement>('sql-link');
  const status = $('sql-status');
  const progress = $<HTMLProgressElement>('sql-progress');
  const errorBox = $('sql-error');
  const errorText = $('sql-error-text');
  const region = $('sql-result');
  const table = region.querySelector('table')!;
  const caption = table.querySelector('caption')!;

  const base = form.dataset.base ?? '/';
  const files = JSON.parse(form.dataset.sources ?? '{}') as Partial<SqlSources>;
  const abs = (list: SqlSources['facts'] = []) => list.map((f) => ({ url: new URL(`${base}data/${f.url}`, location.href).href, bytes: f.bytes }));
  const sources: SqlSources = { facts: abs(files.facts), checks: abs(files.checks), documents: abs(files.documents) };

  textarea.value = queryFromSearch(location.search, textarea.value);
  link.href = searchForQuery(textarea.value);

  let engine: Promise<SqlEngine> | null = null;
  let live: SqlEngine | null = null;
  let runId = 0;
  let last: TextResult | null = null;
  let percent: number | null = null;
  let reading = '';

  const setStatus = (text: string) => {
    status.textContent = text;
  };
  const showProgress = (value: number | null) => {
    progress.hidden = false;
    if (value === null) progress.removeAttribute('value');
    else progress.value = value;
  };

  function load(): Promise<SqlEngine> {
    if (engine) return engine;
    setStatus('正在加载 DuckDB 查询引擎（约 34 MB，浏览器会缓存，之后打开更快）…');
    showProgress(null);
    const pending: Promise<SqlEngine> = import('./sql-engine.ts')
      .then(({ SqlEngine }) =>
        SqlEngine.open(
          sources,
          (p) => {
            if (p.total > 0) {
              showProgress((100 * p.loaded) / p.total);
              setStatus(`正在加载 DuckDB 查询引擎：${mb(p.loaded)} / ${mb(p.total)}`);
            }
          },
          (p) => {
            if (p.reading) {
              const r = p.reading;
              reading = r.files < r.of ? `正在读取 ${r.table} 表的 Parquet 文件（${r.files}/${r.of}，${mb(r.bytes)}）` : '';
              percent = r.of ? (100 * r.files) / r.of : null;
            }
            if (p.percentage !== undefined) {
              reading = '';
              percent = p.percentage;
            }
          },
        ),
      )
      .then((e) => {
        // Cancelled while loading: this engine is no longer wanted.
        if (engine !== pending) {
          e.terminate();
          throw new Error('已取消');
        }
        live = e;
        return e;
      });
    engine = pending;
    pending.catch(() => {
      if (engine === pending) engine = null;
    });
    return pending;
  }

  function render(r: TextResult): void {
    const numeric = r.columns.map((_, i) => r.rows.some((row) => row[i] !== null) && r.rows.every((row) => row[i] === null || NUMERIC.test(row[i]!)));
    const head = document.createElement('thead');
    const hr = head.insertRow();
    r.columns.forEach((c, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c;
      if (numeric[i]) th.className = 'num';
      hr.appendChild(th);
    });
    const body = document.createElement('tbody');
    for (const row of r.rows.slice(0, SHOWN_ROWS)) {
      const tr = body.insertRow();
      row.forEach((v, i) => {
        const td = tr.insertCell();
        if (v === null) {
          td.textContent = 'NULL';
          td.className = 'null';
        } else td.textContent = v;
        if (numeric[i]) td.classList.add('num');
      });
    }
    table.querySelector('thead')?.remove();
    table.querySelector('tbody')?.remove();
    table.append(head, body);
    caption.textContent = r.rows.length > SHOWN_ROWS ? `查询结果：共 ${r.rows.length} 行，显示前 ${SHOWN_ROWS} 行（CSV 含全部行）` : `查询结果：共 ${r.rows.length} 行`;
    region.hidden = false;
  }

  function finish(): void {
    runBtn.disabled = false;
    cancelBtn.hidden = true;
    progress.hidden = true;
  }

  async function run(sql: string): Promise<void> {
    const id = ++runId;
    errorBox.hidden = true;
    runBtn.disabled = true;
    cancelBtn.hidden = false;
    const url = searchForQuery(sql);
    history.replaceState(null, '', url);
    link.href = url;
    let started = performance.now();
    let timer: number | undefined;
    try {
      const e = await load();
      if (id !== runId) return;
      started = performance.now();
      percent = null;
      reading = '';
      showProgress(null);
      setStatus('正在查询…');
      timer = window.setInterval(() => {
        // (a cancelled run's query may never settle once its worker is gone: its clock stops here, not in `finally`)
        if (id !== runId) {
          clearInterval(timer);
          return;
        }
        setStatus(`正在查询… 已用 ${seconds(performance.now() - started)}${reading ? `，${reading}` : percent !== null ? `，约完成 ${Math.round(percent)}%` : ''}（可随时取消）`);
        showProgress(percent);
      }, 250);
      const r = await e.run(sql);
      if (id !== runId) return;
      last = r;
      render(r);
      csvBtn.disabled = false;
      setStatus(`完成：${r.rows.length} 行，用时 ${seconds(performance.now() - started)}。`);
    } catch (err) {
      if (id !== runId) return;
      errorText.textContent = err instanceof Error ? err.message : String(err);
      errorBox.hidden = false;
      setStatus('查询出错，DuckDB 的错误信息见下方。');
    } finally {
      if (timer !== undefined) clearInterval(timer);
      if (id === runId) finish();
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run(textarea.value);
  });
  textarea.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      void run(textarea.value);
    }
  });
  cancelBtn.addEventListener('click', () => {
    runId++;
    live?.terminate();
    live = null;
    engine = null;
    finish();
    setStatus('已取消。下次运行时会重新启动 DuckDB。');
  });
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-example]')) {
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      textarea.value = queryFromSearch(new URL(a.href).search, textarea.value);
      textarea.focus();
      void run(textarea.value);
    });
  }
  csvBtn.addEventListener('click', () => {
    if (!last) return;
    const blob = new Blob(['\uFEFF' + resultCsv(last)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'mingzhang-query.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });

  if (new URLSearchParams(location.search).get('q')) void run(textarea.value);
  else
    void load().then(
      () => {
        progress.hidden = true;
        setStatus('DuckDB 已就绪：选择示例或编写查询，然后点“运行”（Ctrl+Enter）。');
      },
      (err: unknown) => {
        if (err instanceof Error && err.message === '已取消') return;
        progress.hidden = true;
        setStatus('DuckDB 加载失败。');
        errorText.textContent = err instanceof Error ? err.message : String(err);
        errorBox.hidden = false;
      },
    );
}
