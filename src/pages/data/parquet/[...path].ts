/** Copies the Parquet files (OUT_DIR/parquet, written by scripts/parquet.ts) to /data/parquet/. */
import type { APIRoute } from 'astro';
import { parquetFiles, readParquet } from '../../../data/files.ts';
import { buildsShell } from '../../../data/site.ts';

export function getStaticPaths() {
  return buildsShell() ? parquetFiles().map((f) => ({ params: { path: f.name.replace(/^parquet\//, '') } })) : [];
}

export const GET: APIRoute = ({ params }) => {
  const body = readParquet(String(params.path));
  if (!body) return new Response('not found', { status: 404 });
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'application/vnd.apache.parquet' } });
};
