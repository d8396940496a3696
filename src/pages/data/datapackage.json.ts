import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/site/datapackage.ts';
import { downloadFiles, parquetFiles } from '../../data/files.ts';

export const GET: APIRoute = () => {
  const pkg = dataPackage(downloadFiles(), { site: import.meta.env.SITE, parquet: parquetFiles() });
  return new Response(JSON.stringify(pkg, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
