/** Copies every ingest output file (index.json, <doc_id>.json, facts.csv, checks.csv, *.schema.json) to /data/. */
import type { APIRoute } from 'astro';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { OUT_DIR } from '../../components/data.ts';

const SAFE = /^[a-z0-9][a-z0-9._-]*\.(json|csv)$/;

export function getStaticPaths() {
  if (!existsSync(OUT_DIR)) return [];
  return readdirSync(OUT_DIR)
    .filter((f) => SAFE.test(f) && f !== 'datapackage.json')
    .map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  if (!SAFE.test(file)) return new Response('not found', { status: 404 });
  const body = readFileSync(path.join(OUT_DIR, file));
  return new Response(body, { headers: { 'Content-Type': file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' } });
};
