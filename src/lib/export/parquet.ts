/**
 * The Parquet edition of the open data: which columns, which types, how the files are partitioned, and the DuckDB
 * SQL that turns the written facts.csv / checks.csv / index.json into Parquet. Pure: the script (scripts/parquet.ts)
 * runs the SQL and does the file I/O.
 *
 * Layout under `<out>/parquet/`:
 *   facts/fiscal_year=2022/data_0.parquet     one row per facts.csv row, hive-partitioned by fiscal year
 *   checks/fiscal_year=2022/data_0.parquet    one row per checks.csv row, same partitioning
 *   documents.parquet                         one row per index.json entry (small, not partitioned)
 * From PROVINCE_PARTITION_FROM documents on, facts and checks are partitioned by year and then province code
 * (`fiscal_year=2022/province_code=41/…`), so that a query about one province reads one directory.
 */
import type { IndexEntry } from '../model/document.ts';

/** Exact decimal type of `value_decimal` (next to the exact `value` string of the contract). */
export const DECIMAL_PRECISION = 38;
export const DECIMAL_SCALE = 6;
export const DECIMAL_TYPE = `DECIMAL(${DECIMAL_PRECISION},${DECIMAL_SCALE})`;

/**
 * A decimal string that fits DECIMAL(38,6) exactly: at most 32 integer digits and 6 fraction digits. DuckDB rounds
 * longer fractions when casting, so anything else gets a NULL `value_decimal` (the `value` string stays exact).
 */
export const DECIMAL_FITS_SQL = `^-?[0-9]{1,${DECIMAL_PRECISION - DECIMAL_SCALE}}(\\.[0-9]{1,${DECIMAL_SCALE}})?$`;

/** The same test in TypeScript (for reports and tests). */
export function fitsDecimal(value: string): boolean {
  const m = /^-?(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return false;
  return m[1]!.length <= DECIMAL_PRECISION - DECIMAL_SCALE && (m[2]?.length ?? 0) <= DECIMAL_SCALE;
}

/** Documents from which facts and checks are also partitioned by province (one directory per year and province). */
export const PROVINCE_PARTITION_FROM = 1000;

/** Hive partition columns for the facts and checks files of a corpus of `documentCount` documents. */
export function partitionColumns(documentCount: number): string[] {
  return documentCount >= PROVINCE_PARTITION_FROM ? ['fiscal_year', 'province_code'] : ['fiscal_year'];
}

/** Province part of a GB/T 2260 code (`410800` → `41`), `00` when the region is not identified. */
export function provinceCode(regionCode: string | null | undefined): string {
  return regionCode && /^\d{2}/.test(regionCode) ? regionCode.slice(0, 2) : '00';
}

/** Columns of documents.parquet (one row per index.json entry), with their DuckDB types. */
export const DOCUMENT_COLUMNS = [
  ['doc_id', 'VARCHAR'],
  ['department', 'VARCHAR'],
  ['fiscal_year', 'INTEGER'],
  ['doc_kind', 'VARCHAR'],
  ['status', 'VARCHAR'],
  ['status_reason', 'VARCHAR'],
  ['province', 'VARCHAR'],
  ['city', 'VARCHAR'],
  ['county', 'VARCHAR'],
  ['region_code', 'VARCHAR'],
  ['province_code', 'VARCHAR'],
  ['department_type', 'VARCHAR'],
  ['department_type_name', 'VARCHAR'],
  ['published', 'VARCHAR'],
  ['coverage_ratio', 'VARCHAR'],
  ['problems', 'INTEGER'],
  ['checks_pass', 'INTEGER'],
  ['checks_warn', 'INTEGER'],
  ['checks_fail', 'INTEGER'],
  ['checks_skip', 'INTEGER'],
  ['source_file', 'VARCHAR'],
  ['sha256', 'VARCHAR'],
] as const;

export type DocumentRow = Record<(typeof DOCUMENT_COLUMNS)[number][0], string | number | null>;

/** Flatten one index.json entry into a documents.parquet row. */
export function documentRow(d: IndexEntry): DocumentRow {
  return {
    doc_id: d.doc_id,
    department: d.department,
    fiscal_year: d.fiscal_year,
    doc_kind: d.doc_kind,
    status: d.status,
    status_reason: d.status_reason ?? null,
    province: d.region.province ?? null,
    city: d.region.city ?? null,
    county: d.region.county ?? null,
    region_code: d.region.code ?? null,
    province_code: provinceCode(d.region.code),
    department_type: d.department_type ?? null,
    department_type_name: d.department_type_name ?? null,
    published: d.published ?? null,
    coverage_ratio: d.coverage_ratio,
    problems: d.problems.length,
    checks_pass: d.check_summary.pass,
    checks_warn: d.check_summary.warn,
    checks_fail: d.check_summary.fail,
    checks_skip: d.check_summary.skip,
    source_file: d.source_file,
    sha256: d.sha256,
  };
}

/** Document columns copied onto every facts row (so that a query needs no join to filter by place or status). */
export const FACT_DOCUMENT_COLUMNS = ['status', 'province', 'city', 'county', 'region_code', 'province_code'] as const;
/** Document columns copied onto every checks row; the document's status is `doc_status` (checks.csv has its own `status`). */
export const CHECK_DOCUMENT_COLUMNS = ['department', 'fiscal_year', 'doc_kind', 'doc_status', 'province', 'city', 'county', 'region_code', 'province_code'] as const;

/** CSV columns stored as integers; every other CSV column stays a string (exactly as in the CSV; empty → NULL). */
const INTEGER_COLUMNS = new Set(['fiscal_year', 'source_line']);

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** DuckDB read_csv call for one of our CSV files: every field a string, header row, RFC 4180 quoting. */
export function readCsvSql(file: string): string {
  return `read_csv(${literal(file)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', auto_detect = true, sample_size = -1)`;
}

/**
 * The facts table as written to Parquet: the CSV's columns in the CSV's order (fiscal_year and source_line as
 * INTEGER), then the document's status and place, then `value_decimal`. `ord` keeps the CSV row order.
 */
export function factsSelectSql(csvFile: string, csvColumns: readonly string[]): string {
  const cols = csvColumns.map((c) => (INTEGER_COLUMNS.has(c) ? `CAST(f.${ident(c)} AS INTEGER) AS ${ident(c)}` : `f.${ident(c)}`));
  const docCols = FACT_DOCUMENT_COLUMNS.map((c) => `d.${ident(c)}`);
  const dec = `CASE WHEN regexp_full_match(f."value", ${literal(DECIMAL_FITS_SQL)}) THEN CAST(f."value" AS ${DECIMAL_TYPE}) END AS value_decimal`;
  return `SELECT ${[...cols, ...docCols, dec].join(', ')}, f.ord FROM (SELECT *, row_number() OVER () AS ord FROM ${readCsvSql(csvFile)}) f LEFT JOIN documents d ON d.doc_id = f.doc_id`;
}

/** The checks table as written to Parquet: the CSV's columns, then the document's kind, year, status and place. */
export function checksSelectSql(csvFile: string, csvColumns: readonly string[]): string {
  const cols = csvColumns.map((c) => (INTEGER_COLUMNS.has(c) ? `CAST(c.${ident(c)} AS INTEGER) AS ${ident(c)}` : `c.${ident(c)}`));
  const docCols = CHECK_DOCUMENT_COLUMNS.map((c) => (c === 'doc_status' ? `d."status" AS doc_status` : `d.${ident(c)}`));
  return `SELECT ${[...cols, ...docCols].join(', ')}, c.ord FROM (SELECT *, row_number() OVER () AS ord FROM ${readCsvSql(csvFile)}) c LEFT JOIN documents d ON d.doc_id = c.doc_id`;
}

/** Options of every COPY: Snappy (readable everywhere, including hyparquet and DuckDB-WASM), bounded row groups. */
const PARQUET_OPTIONS = `FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 100000`;

/** COPY a table (in its `ord` order, without `ord`) into hive partitions under `dir`. */
export function copyPartitionedSql(table: string, dir: string, partitionBy: readonly string[]): string {
  const keys = partitionBy.map(ident).join(', ');
  return `COPY (SELECT * EXCLUDE (ord) FROM ${ident(table)} ORDER BY ${keys}, ord) TO ${literal(dir)} (${PARQUET_OPTIONS}, PARTITION_BY (${keys}), FILENAME_PATTERN 'data_{i}')`;
}

/** COPY a small table into one file. */
export function copyFileSql(table: string, file: string, orderBy: string): string {
  return `COPY (SELECT * FROM ${ident(table)} ORDER BY ${ident(orderBy)}) TO ${literal(file)} (${PARQUET_OPTIONS})`;
}

/** Rows whose value cannot be stored in value_decimal without losing a digit (reported, the string is kept). */
export function unfitDecimalsSql(table: string): string {
  return `SELECT doc_id, source_line, "value" FROM ${ident(table)} WHERE value_decimal IS NULL ORDER BY ord`;
}

/** Rows whose document is missing from index.json (they still get written, with NULL status and place). */
export function orphanRowsSql(table: string): string {
  return `SELECT doc_id, count(*) AS n FROM ${ident(table)} WHERE doc_id NOT IN (SELECT doc_id FROM documents) GROUP BY doc_id ORDER BY doc_id`;
}
