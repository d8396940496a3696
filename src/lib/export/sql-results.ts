/**
 * Pure helpers of the SQL page (/data/sql/): exact text for decimals (as Parquet and Arrow store them), the CSV of a
 * result, and the SQL that turns Parquet rows into DuckDB tables. No DOM, no DuckDB: the browser code in
 * src/components/sql-*.ts calls these.
 */
import { csvLine } from './csv.ts';
import { ident, literal } from './parquet.ts';

/**
 * A DECIMAL as Arrow stores it (two's-complement little-endian 32-bit words, 128 bits for DECIMAL(38,s)) → exact
 * decimal string without trailing zeros (`21827400.000000` → `21827400`, `-9.910000` → `-9.91`).
 */
export function decimalWordsToString(words: ArrayLike<number>, scale: number): string {
  let n = 0n;
  for (let i = words.length - 1; i >= 0; i--) n = (n << 32n) | BigInt(words[i]! >>> 0);
  const bits = BigInt(words.length * 32);
  if (words.length && (words[words.length - 1]! >>> 0) & 0x80000000) n -= 1n << bits;
  return scaledToString(n, scale);
}

/** A Parquet DECIMAL (two's-complement big-endian bytes) → exact decimal string without trailing zeros. */
export function decimalBytesToString(bytes: Uint8Array, scale: number): string {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if (bytes.length && bytes[0]! & 0x80) n -= 1n << BigInt(bytes.length * 8);
  return scaledToString(n, scale);
}

/** An unscaled integer and a scale → exact decimal string without trailing zeros. */
export function scaledToString(n: bigint, scale: number): string {
  const neg = n < 0n;
  const abs = (neg ? -n : n).toString();
  if (scale <= 0) return (neg ? '-' : '') + abs + '0'.repeat(-scale);
  const digits = abs.padStart(scale + 1, '0');
  let frac = digits.slice(-scale);
  let end = frac.length;
  while (end > 0 && frac[end - 1] === '0') end--;
  frac = frac.slice(0, end);
  return (neg ? '-' : '') + digits.slice(0, -scale) + (frac ? '.' + frac : '');
}

/** A query result reduced to text: column names and one string (or null) per cell. */
export interface TextResult {
  columns: string[];
  rows: (string | null)[][];
}

/** RFC 4180 CSV of a result (header row, CRLF), the same quoting as facts.csv; NULL is an empty field. */
export function resultCsv(r: TextResult): string {
  return [csvLine(r.columns), ...r.rows.map((row) => csvLine(row))].join('\r\n') + '\r\n';
}

/** One Parquet file of a table: its URL (relative to the site or absolute) and size in bytes. */
export interface SqlFile {
  url: string;
  bytes: number;
}

/** The tables the SQL page offers and the Parquet files behind each one. */
export interface SqlSources {
  facts: SqlFile[];
  checks: SqlFile[];
  documents: SqlFile[];
}

export const SQL_TABLES = ['facts', 'checks', 'documents'] as const;

/** Hive partition values in a file URL (`…/fiscal_year=2022/data_0.parquet` → { fiscal_year: '2022' }). */
export function hivePartitions(url: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of url.split(/[?#]/)[0]!.split('/').slice(0, -1)) {
    const eq = part.indexOf('=');
    if (eq > 0 && /^[a-z_]+$/.test(part.slice(0, eq))) out.push([part.slice(0, eq), decodeURIComponent(part.slice(eq + 1))]);
  }
  return out;
}

/** A column of a table as loaded in the browser, with the DuckDB type it gets. */
export interface LoadedColumn {
  name: string;
  type: string;
}

/** DuckDB type for a Parquet column (physical type + DECIMAL annotation); hive partition keys are typed by name. */
export function duckdbType(physical: string | undefined, decimal: { precision: number; scale: number } | null, name: string): string {
  if (decimal) return `DECIMAL(${decimal.precision},${decimal.scale})`;
  if (physical === 'INT32') return 'INTEGER';
  if (physical === 'INT64') return 'BIGINT';
  if (physical === 'BOOLEAN') return 'BOOLEAN';
  if (physical === 'DOUBLE' || physical === 'FLOAT') return 'DOUBLE';
  return name === 'fiscal_year' ? 'INTEGER' : 'VARCHAR';
}

/**
 * CREATE TABLE for a table whose rows were written to a registered CSV text (every field a string, empty = NULL):
 * each column cast to its type, hive partition columns last (as DuckDB's own hive reader puts them).
 */
export function createTableFromCsvSql(table: string, csvName: string, columns: readonly LoadedColumn[]): string {
  const cols = columns.map((c) => (c.type === 'VARCHAR' ? ident(c.name) : `CAST(${ident(c.name)} AS ${c.type}) AS ${ident(c.name)}`));
  return `CREATE OR REPLACE TABLE ${ident(table)} AS SELECT ${cols.join(', ')} FROM read_csv(${literal(csvName)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`;
}

/** The query kept in a shareable URL (?q=…); the default query when there is none. */
export function queryFromSearch(search: string, fallback: string): string {
  const q = new URLSearchParams(search).get('q');
  return q && q.trim() ? q : fallback;
}

export function searchForQuery(sql: string): string {
  return '?' + new URLSearchParams({ q: sql }).toString();
}
