/**
 * A small extra site for tests of the department page over years: three generated 决算 department-years of one
 * department (src/lib/synth, the same generator as the bench corpus), ingested and built into a temporary
 * directory with its own OUT_DIR and Astro cache, so the seed site in dist/ is untouched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusDoc } from '../../src/lib/synth/corpus.ts';
import { DISTINCT_DEPARTMENT_YEARS } from '../../src/lib/synth/generate.ts';
import { SYNTH_DEPARTMENTS, SYNTH_PLACES } from '../../src/lib/synth/classification.ts';
import type { Truth } from '../../src/lib/synth/truth.ts';
import { ROOT } from './harness.ts';

const SEED = 7;

/** Corpus index of the document for (place, department, year): the generator walks combinations with step 7. */
function corpusIndex(place: number, dept: number, year: number): number {
  const c = place + dept * SYNTH_PLACES.length + (year - 2015) * SYNTH_PLACES.length * SYNTH_DEPARTMENTS.length;
  for (let i = 0; i < DISTINCT_DEPARTMENT_YEARS; i++) if ((i * 7) % DISTINCT_DEPARTMENT_YEARS === c) return i;
  throw new Error(`no corpus index for ${c}`);
}

export interface YearsSite {
  dist: string;
  truths: Truth[];
  cleanup: () => void;
}

export function buildYearsSite(years: readonly number[] = [2022, 2023, 2024], place = 1, dept = 0): YearsSite {
  const dir = path.join(os.tmpdir(), `mingzhang-years-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const raw = path.join(dir, 'raw');
  mkdirSync(raw, { recursive: true });
  const truths = years.map((y) => {
    const { stem, text, truth } = corpusDoc(SEED, corpusIndex(place, dept, y));
    writeFileSync(path.join(raw, `${stem}.txt`), text);
    return truth;
  });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', OUT_DIR: path.join(dir, 'out'), ASTRO_CACHE_DIR: path.join(dir, 'cache') };
  const dist = path.join(dir, 'dist');
  const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, env, stdio: 'pipe', timeout: 240_000 });
  run(['tsx', 'scripts/ingest/cli.ts', '--quiet', '--keep-going', '--no-cache', '--out', path.join(dir, 'out'), raw]);
  run(['astro', 'build', '--outDir', dist]);
  return { dist, truths, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
