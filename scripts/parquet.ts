/**
 * Write the Parquet edition of the open data next to the CSV (see src/lib/export/parquet.ts for the layout).
 *
 *   npx tsx scripts/parquet.ts [--out <dir>] [--quiet] [--by-province]
 *
 * Reads `<dir>/facts.csv`, `<dir>/checks.csv` and `<dir>/index.json` as the ingest wrote them (default `data/out`,
 * or $OUT_DIR) and writes `<dir>/parquet/` atomically (a temporary directory renamed into place). DuckDB runs with
 * one thread and an explicit row order, so two runs over the same input write byte-identical files.
 * --by-province partitions by year and province whatever the number of documents (automatic from
 * PROVINCE_PARTITION_FROM documents on).
 * Exit code 1 when an input is missing or unreadable; a value that does not fit value_decimal is reported on stderr
 * (file:line: message «raw text») and kept as the exact `value` string.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Index } from '../src/lib/model/document.ts';
import {
  DECIMAL_TYPE,
  DOCUMENT_COLUMNS,
  checksSelectSql,
  copyFileSql,
  copyPartitionedSql,
  documentRow,
  factsSelectSql,
  orphanRowsSql,
  partitionColumns,
  unfitDecimalsSql,
} from '../src/lib/export/parquet.ts';

const args = process.argv.slice(2);
let out = process.env.OUT_DIR ?? 'data/out';
let quiet = false;
let byProvince = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--out') out = args[++i] ?? out;
  else if (a.startsWith('--out=')) out = a.slice(6);
  else if (a === '--quiet') quiet = true;
  else if (a === '--by-province') byProvince = true;
  else {
    console.error(`usage: npx tsx scripts/parquet.ts [--out <dir>] [--quiet] [--by-province]   (unknown argument ${a})`);
    process.exit(2);
  }
}

/** The header row of a CSV file (our CSVs never quote header names). */
function csvHeader(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const end = text.search(/\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).split(',');
}

async function rows(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await c.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

async function main(): Promise<number> {
  const started = performance.now();
  const files = { facts: path.join(out, 'facts.csv'), checks: path.join(out, 'checks.csv'), index: path.join(out, 'index.json') };
  for (const f of Object.values(files)) {
    if (!existsSync(f)) {
      console.error(`${f}: missing — run the ingest first (npm run ingest)`);
      return 1;
    }
  }
  const index = Index.parse(JSON.parse(readFileSync(files.index, 'utf8')));
  const partitionBy = partitionColumns(byProvince ? Number.POSITIVE_INFINITY : index.documents.length);

  const final = path.join(out, 'parquet');
  const tmp = path.join(out, `.parquet.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });

  const db = await DuckDBInstance.create(':memory:', { threads: '1', preserve_insertion_order: 'true' });
  const c = await db.connect();
  try {
    await c.run(`CREATE TABLE documents (${DOCUMENT_COLUMNS.map(([n, t]) => `"${n}" ${t}`).join(', ')})`);
    const app = await c.createAppender('documents');
    for (const d of index.documents) {
      const r = documentRow(d);
      for (const [name, type] of DOCUMENT_COLUMNS) {
        const v = r[name];
        if (v === null) app.appendNull();
        else if (type === 'INTEGER') app.appendInteger(Number(v));
        else app.appendVarchar(String(v));
      }
      app.endRow();
    }
    app.flushSync();
    app.closeSync();

    await c.run(`CREATE TABLE facts AS ${factsSelectSql(files.facts, csvHeader(files.facts))}`);
    await c.run(`CREATE TABLE checks AS ${checksSelectSql(files.checks, csvHeader(files.checks))}`);

    let warnings = 0;
    for (const r of await rows(c, unfitDecimalsSql('facts'))) {
      warnings++;
      console.error(`${r.doc_id}:${r.source_line}: value does not fit ${DECIMAL_TYPE}, value_decimal left empty (the exact string is in "value") «${r.value}»`);
    }
    for (const t of ['facts', 'checks']) {
      for (const r of await rows(c, orphanRowsSql(t))) {
        warnings++;
        console.error(`${files.index}: ${r.n} ${t} rows of document ${r.doc_id} which is not in index.json (written without status and place)`);
      }
    }

    await c.run(copyPartitionedSql('facts', path.join(tmp, 'facts'), partitionBy));
    await c.run(copyPartitionedSql('checks', path.join(tmp, 'checks'), partitionBy));
    await c.run(copyFileSql('documents', path.join(tmp, 'documents.parquet'), 'doc_id'));

    const counts = (await rows(c, `SELECT (SELECT count(*) FROM facts) AS facts, (SELECT count(*) FROM checks) AS checks, (SELECT count(*) FROM documents) AS documents`))[0]!;
    c.closeSync();

    await rm(final, { recursive: true, force: true });
    await rename(tmp, final);
    if (!quiet) {
      const ms = Math.round(performance.now() - started);
      console.log(`parquet: ${counts.facts} facts, ${counts.checks} checks, ${counts.documents} documents → ${final} (partitioned by ${partitionBy.join(', ')}; ${warnings} warnings; ${ms} ms)`);
    }
    return 0;
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    console.error(`parquet: ${(e as Error).message}`);
    return 1;
  } finally {
    c.closeSync();
  }
}

process.exitCode = await main();
