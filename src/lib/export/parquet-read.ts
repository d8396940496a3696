/**
 * Read a whole Parquet file with hyparquet (pure JavaScript) from any AsyncBuffer — over HTTP range requests in the
 * browser, from a file in tests. DECIMAL columns come back as exact decimal strings (hyparquet itself would turn
 * them into floating-point numbers), with the DuckDB type each column maps to.
 */
import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer } from 'hyparquet';
import { decimalBytesToString, duckdbType, type LoadedColumn } from './sql-results.ts';

/** An unscaled INT32/INT64 decimal as 16 big-endian bytes (so that one conversion handles every physical type). */
function bigintBytes(n: bigint): Uint8Array {
  const out = new Uint8Array(16);
  let x = BigInt.asUintN(128, n);
  for (let i = 15; i >= 0; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

export async function readParquetExact(buffer: AsyncBuffer): Promise<{ columns: LoadedColumn[]; rows: Record<string, unknown>[] }> {
  const metadata = await parquetMetadataAsync(buffer);
  const columns: LoadedColumn[] = [];
  const decimals = new Map<string, number>();
  for (const el of metadata.schema.slice(1)) {
    const isDecimal = el.converted_type === 'DECIMAL' || el.logical_type?.type === 'DECIMAL';
    columns.push({ name: el.name, type: duckdbType(el.type, isDecimal ? { precision: el.precision ?? 38, scale: el.scale ?? 0 } : null, el.name) });
    if (isDecimal) {
      decimals.set(el.name, el.scale ?? 0);
      delete el.converted_type;
      delete el.logical_type;
    }
  }
  const rows = (await parquetReadObjects({ file: buffer, metadata })) as Record<string, unknown>[];
  for (const r of rows) {
    for (const [name, scale] of decimals) {
      const v = r[name];
      if (v instanceof Uint8Array) r[name] = decimalBytesToString(v, scale);
      else if (typeof v === 'bigint' || typeof v === 'number') r[name] = decimalBytesToString(bigintBytes(BigInt(v)), scale);
    }
  }
  return { columns, rows };
}
