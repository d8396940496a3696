/** Parsing on worker threads, one message per document so long and short documents balance. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Parsed } from '../../src/lib/ingest/prepare.ts';

/** A document to parse (already read, hashed and named by the main thread). */
export interface Task {
  i: number;
  file: string;
  docId: string;
  sha256: string;
}

/** Worker threads used for parsing: INGEST_JOBS, else one per core (at most 8); 1 parses in the main thread. */
export function defaultJobs(): number {
  const env = Number(process.env.INGEST_JOBS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Fewer documents than this per worker are parsed in the main thread (starting a worker costs more than it saves). */
export const MIN_PER_WORKER = 8;

export async function parseInWorkers(tasks: Task[], jobs: number, onResult: (i: number, p: Parsed) => Promise<void>): Promise<void> {
  const queue = [...tasks];
  const pending: Promise<void>[] = [];
  const done = new Set<number>();
  const url = new URL('./worker.ts', import.meta.url);
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      // The worker needs the TypeScript loader: inherited when run through tsx, added otherwise (vitest, plain node).
      const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
      const w = new Worker(url, { execArgv });
      try {
        await new Promise<void>((resolve, reject) => {
          const next = () => w.postMessage(queue.shift() ?? null);
          w.on('message', (m: { i: number; p: Parsed }) => {
            done.add(m.i);
            pending.push(onResult(m.i, m.p));
            next();
          });
          w.on('error', reject);
          w.on('exit', () => resolve());
          next();
        });
      } finally {
        await w.terminate();
      }
    }),
  );
  await Promise.all(pending);
  for (const t of tasks) if (!done.has(t.i)) throw new Error(`ingest worker lost ${t.file}`);
}
