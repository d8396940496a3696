/**
 * Publishes the top-level ingest output files under /data/: index.json, facts.csv, checks.csv, *.schema.json, and each
 * <doc_id>.json unless DOWNLOADS_URL says where they are published instead (src/data/files.ts). Shell only: a shard
 * build publishes no downloads (the assemble step does).
 */
import type { APIRoute } from 'astro';
import { buildsShell } from '../../data/site.ts';
import { publishedDataFileNames, readDataFile } from '../../data/files.ts';

export function getStaticPaths() {
  return buildsShell() ? publishedDataFileNames().map((file) => ({ params: { file } })) : [];
}

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const body = readDataFile(file);
  if (!body) return new Response('not found', { status: 404 });
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' } });
};
