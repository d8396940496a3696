/**
 * Worker thread of the ingest: parses the documents the main thread sends (one message per document) and returns
 * what will be written. Pure CPU work; the main thread keeps the cache, the order and the output.
 */
import { parentPort } from 'node:worker_threads';
import type { Task } from './pool.ts';
import { parseTask } from './run.ts';

parentPort!.on('message', async (t: Task | null) => {
  if (t === null) {
    parentPort!.close();
    return;
  }
  parentPort!.postMessage({ i: t.i, p: await parseTask(t) });
});
