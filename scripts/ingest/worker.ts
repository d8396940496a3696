/**
 * Worker thread of the ingest: parses the documents the main thread sends (one message per document) and returns
 * what will be written. Pure CPU work; the main thread keeps the cache, the order and the output.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { parseBytes, prepare } from './run.ts';

parentPort!.on('message', async (t: { i: number; file: string; docId: string; sha256: string } | null) => {
  if (t === null) {
    parentPort!.close();
    return;
  }
  const p = prepare(parseBytes(await readFile(t.file), t.file, t.docId, t.sha256));
  parentPort!.postMessage({ i: t.i, p });
});
