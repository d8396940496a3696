/**
 * DuckDB-WASM for the SQL page, loaded only by that page (a dynamic import from sql-client.ts). The worker script
 * and ONE wasm build (the "eh" build: WebAssembly exceptions, supported by every current browser) are emitted by
 * the site build from node_modules into /_astro/ — served from our own origin, never from a CDN.
 *
 * Parquet: DuckDB-WASM does not contain its Parquet reader; it downloads it at run time from DuckDB's extension
 * server, which a site without third-party requests cannot use. The Parquet files are therefore read by hyparquet
 * (pure JavaScript, HTTP range requests: the footer, then the column chunks) and handed to DuckDB as tables, once
 * per table and page visit, only for the tables a query names (DuckDB's own parser tells which).
 * Cancelling terminates the worker; the next query starts a new one.
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';
import { asyncBufferFromUrl, cachedAsyncBuffer } from 'hyparquet';
import { readParquetExact } from '../lib/export/parquet-read.ts';
import { csvLine } from '../lib/export/csv.ts';
import {
  SQL_TABLES,
  createTableFromCsvSql,
  decimalWordsToString,
  duckdbType,
  hivePartitions,
  type LoadedColumn,
  type SqlFile,
  type SqlSources,
  type TextResult,
} from '../lib/export/sql-results.ts';

export interface LoadProgress {
  loaded: number;
  total: number;
}

/** What the engine is doing while a query runs (shown with the elapsed time). */
export interface ExecutionProgress {
  /** Reading Parquet: which table, files done / files, bytes of those files. */
  reading?: { table: string; files: number; of: number; bytes: number };
  /** DuckDB's own estimate, 0–100, when it gives one. */
  percentage?: number | null;
}

/** Arrow type ids (from the Arrow format, stable) of the types that need more than String(v). */
const Type = { Decimal: 7, Date: 8, Timestamp: 10 } as const;

/** Arrow value → exact text (decimals and 64-bit integers never pass through floating point). */
function cellText(v: unknown, type: { typeId: number; scale?: number }): string | null {
  if (v === null || v === undefined) return null;
  if (type.typeId === Type.Decimal && ArrayBuffer.isView(v)) return decimalWordsToString(v as unknown as Uint32Array, type.scale ?? 0);
  if (typeof v === 'bigint') return v.toString();
  if (type.typeId === Type.Date && typeof v === 'number') return new Date(v).toISOString().slice(0, 10);
  if (type.typeId === Type.Timestamp && typeof v === 'number') return new Date(v).toISOString().replace('T', ' ').replace('.000Z', '').replace('Z', '');
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof (v as { toJSON?: () => unknown }).toJSON === 'function') return JSON.stringify((v as { toJSON: () => unknown }).toJSON(), (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
  return String(v);
}

export function tableToText(t: Table): TextResult {
  const fields = t.schema.fields;
  const columns = fields.map((f) => f.name);
  const rows: (string | null)[][] = [];
  const vectors = fields.map((_, i) => t.getChildAt(i));
  for (let r = 0; r < t.numRows; r++) rows.push(vectors.map((vec, i) => cellText(vec?.get(r), fields[i]!.type as never)));
  return { columns, rows };
}

const fieldText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'bigint' ? v.toString() : String(v));

export class SqlEngine {
  private readonly loaded = new Set<string>();

  private constructor(
    private readonly worker: Worker,
    private readonly db: AsyncDuckDB,
    private readonly conn: AsyncDuckDBConnection,
    private readonly sources: SqlSources,
    private onProgress: (p: ExecutionProgress) => void,
  ) {}

  /** Start the worker, load the wasm (reporting bytes) and open an in-memory database. */
  static async open(sources: SqlSources, onLoad?: (p: LoadProgress) => void, onProgress: (p: ExecutionProgress) => void = () => undefined): Promise<SqlEngine> {
    const worker = new Worker(workerUrl);
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    try {
      await db.instantiate(wasmUrl, null, (p) => onLoad?.({ loaded: p.bytesLoaded, total: p.bytesTotal }));
      await db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: false } });
      // Never fetch an extension from a third-party server.
      const conn = await db.connect();
      await conn.query('SET autoinstall_known_extensions = false').catch(() => undefined);
      await conn.query('SET autoload_known_extensions = false').catch(() => undefined);
      await conn.query('SET enable_progress_bar = true').catch(() => undefined);
      const engine = new SqlEngine(worker, db, conn, sources, onProgress);
      // DuckDB reports query progress from inside the wasm; AsyncDuckDB keeps the listeners in a list it does not expose.
      const listeners = (db as unknown as { _onExecutionProgress?: ((p: { percentage: string }) => void)[] })._onExecutionProgress;
      listeners?.push((p) => {
        const n = Number(p.percentage);
        engine.onProgress({ percentage: Number.isFinite(n) && n >= 0 ? Math.min(100, n) : null });
      });
      return engine;
    } catch (e) {
      worker.terminate();
      throw e;
    }
  }

  /** Load one table from its Parquet files into DuckDB (once per engine). */
  private async load(table: (typeof SQL_TABLES)[number]): Promise<void> {
    const files = this.sources[table];
    let columns: LoadedColumn[] | null = null;
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; i < files.length; i++) {
      this.onProgress({ reading: { table, files: i, of: files.length, bytes } });
      const f = files[i]!;
      const part = hivePartitions(f.url);
      const read = await readParquetExact(cachedAsyncBuffer(await asyncBufferFromUrl({ url: f.url, byteLength: f.bytes })));
      const cols = [...read.columns, ...part.map(([name]) => ({ name, type: duckdbType(undefined, null, name) }))];
      if (!columns) {
        columns = cols;
        lines.push(csvLine(columns.map((c) => c.name)));
      }
      const names = columns.map((c) => c.name);
      const fromPath = Object.fromEntries(part);
      for (const r of read.rows) lines.push(csvLine(names.map((n) => fieldText(n in fromPath ? fromPath[n] : r[n]))));
      bytes += f.bytes;
    }
    this.onProgress({ reading: { table, files: files.length, of: files.length, bytes } });
    if (!columns) return;
    const name = `mz_${table}.csv`;
    await this.db.registerFileText(name, lines.join('\r\n') + '\r\n');
    await this.conn.query(createTableFromCsvSql(table, name, columns));
    await this.db.dropFile(name);
    this.loaded.add(table);
  }

  /** Run the reader's SQL: first load the tables it names (a parse error surfaces here, as DuckDB words it). */
  async run(sql: string): Promise<TextResult> {
    const names = (await this.conn.getTableNames(sql)).map((n) => n.split('.').pop()!.replace(/"/g, '').toLowerCase());
    for (const t of SQL_TABLES) if (names.includes(t) && !this.loaded.has(t)) await this.load(t);
    return tableToText(await this.conn.query(sql));
  }

  /** Stop at once, whatever runs (the worker is killed; open a new engine for the next query). */
  terminate(): void {
    this.onProgress = () => undefined;
    this.worker.terminate();
  }
}
