import { describe, expect, it } from 'vitest';
import {
  createTableFromCsvSql,
  decimalBytesToString,
  decimalWordsToString,
  duckdbType,
  hivePartitions,
  queryFromSearch,
  resultCsv,
  scaledToString,
  searchForQuery,
} from '../../src/lib/export/sql-results.ts';

/** 128-bit two's complement of n as little-endian 32-bit words (how Arrow stores DECIMAL(38,s)). */
function words(n: bigint): Uint32Array {
  let x = BigInt.asUintN(128, n);
  const w = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    w[i] = Number(x & 0xffffffffn);
    x >>= 32n;
  }
  return w;
}
/** The same as big-endian bytes (how Parquet stores a FIXED_LEN_BYTE_ARRAY decimal). */
function bytes(n: bigint): Uint8Array {
  let x = BigInt.asUintN(128, n);
  const b = new Uint8Array(16);
  for (let i = 15; i >= 0; i--) {
    b[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return b;
}

describe('exact decimals of the SQL page', () => {
  it('turns 172200 元 at scale 6 (焦作 2022 三公 决算 17.22万元) into "172200", not a float', () => {
    expect(decimalWordsToString(words(172200_000000n), 6)).toBe('172200');
    expect(decimalBytesToString(bytes(172200_000000n), 6)).toBe('172200');
  });
  it('keeps fractions and signs and drops only trailing zeros', () => {
    expect(decimalWordsToString(words(-9_910000n), 6)).toBe('-9.91');
    expect(decimalBytesToString(bytes(-9_910000n), 6)).toBe('-9.91');
    expect(scaledToString(5n, 6)).toBe('0.000005');
    expect(scaledToString(0n, 2)).toBe('0');
    expect(scaledToString(1722n, -2)).toBe('172200');
  });
  it('is exact beyond 2^53 (32 integer digits)', () => {
    const big = 12345678901234567890123456789012_123456n;
    expect(decimalWordsToString(words(big), 6)).toBe('12345678901234567890123456789012.123456');
    expect(decimalBytesToString(bytes(-big), 6)).toBe('-12345678901234567890123456789012.123456');
  });
});

describe('results, URLs and loading SQL', () => {
  it('writes a result as RFC 4180 CSV with NULL as an empty field', () => {
    expect(resultCsv({ columns: ['部门', 'value'], rows: [['焦作市工业和信息化局', '172200'], ['a,"b"', null]] })).toBe('部门,value\r\n焦作市工业和信息化局,172200\r\n"a,""b""",\r\n');
  });
  it('round-trips a query with quotes, Chinese and newlines through ?q=', () => {
    const sql = `SELECT "column" FROM facts\nWHERE department = '焦作市工业和信息化局' AND value LIKE '%&%'`;
    expect(queryFromSearch(searchForQuery(sql), 'fallback')).toBe(sql);
    expect(queryFromSearch('', 'fallback')).toBe('fallback');
    expect(queryFromSearch('?q=%20%20', 'fallback')).toBe('fallback');
  });
  it('reads hive partition values from a file URL', () => {
    expect(hivePartitions('http://x/data/parquet/facts/fiscal_year=2022/province_code=41/data_0.parquet')).toEqual([
      ['fiscal_year', '2022'],
      ['province_code', '41'],
    ]);
    expect(hivePartitions('http://x/data/parquet/documents.parquet')).toEqual([]);
  });
  it('types Parquet columns for DuckDB and casts them when the table is created', () => {
    expect(duckdbType('FIXED_LEN_BYTE_ARRAY', { precision: 38, scale: 6 }, 'value_decimal')).toBe('DECIMAL(38,6)');
    expect(duckdbType('INT32', null, 'source_line')).toBe('INTEGER');
    expect(duckdbType('BYTE_ARRAY', null, 'value')).toBe('VARCHAR');
    expect(duckdbType(undefined, null, 'fiscal_year')).toBe('INTEGER');
    const sql = createTableFromCsvSql('facts', 'mz_facts.csv', [
      { name: 'column', type: 'VARCHAR' },
      { name: 'value_decimal', type: 'DECIMAL(38,6)' },
    ]);
    expect(sql).toBe(`CREATE OR REPLACE TABLE "facts" AS SELECT "column", CAST("value_decimal" AS DECIMAL(38,6)) AS "value_decimal" FROM read_csv('mz_facts.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`);
  });
});
