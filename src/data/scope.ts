/**
 * Which pages a build renders. One unsharded build renders everything. A sharded build (`BUILD_SHARD=k/n`) renders
 * only the per-document pages (department-year, its source, department) of the documents of shard k — assigned by
 * region with the ingest's own `shardKey`/`shardOf`, so a department and its region stay in one shard. The assemble
 * step of a sharded build (`BUILD_SHELL=1`) renders only the shell pages (home, compare, quality, search,
 * methodology, downloads), from every document's summary.
 */
import { parseShard, shardKey, shardOf, type Shard } from '../lib/ingest/shard.ts';
import type { IndexEntry } from '../lib/model/document.ts';
import { deptPath } from '../lib/site/slug.ts';

export type BuildScope = { kind: 'all' } | { kind: 'shard'; shard: Shard } | { kind: 'shell' };

/** The scope from the environment (`BUILD_SHARD`, `BUILD_SHELL`); a malformed `BUILD_SHARD` stops the build. */
export function scopeFromEnv(env: Record<string, string | undefined> = process.env): BuildScope {
  if (env.BUILD_SHARD && env.BUILD_SHELL) throw new Error('BUILD_SHARD and BUILD_SHELL exclude each other');
  if (env.BUILD_SHARD) {
    const shard = parseShard(env.BUILD_SHARD);
    if (!shard) throw new Error(`BUILD_SHARD wants k/n with 1 ≤ k ≤ n, not ${env.BUILD_SHARD}`);
    return { kind: 'shard', shard };
  }
  return env.BUILD_SHELL ? { kind: 'shell' } : { kind: 'all' };
}

/** The shard (1..n) of an index entry: the same key the sharded ingest uses (prefecture code, else names, else doc_id). */
export function shardOfEntry(e: Pick<IndexEntry, 'region' | 'doc_id'>, n: number): number {
  return shardOf(shardKey(e.region, e.doc_id), n);
}

/** Whether this build renders the per-document pages of an entry. The one filter every per-document route goes through. */
export function rendersDocument(e: Pick<IndexEntry, 'region' | 'doc_id'>, scope: BuildScope): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'shell') return false;
  return shardOfEntry(e, scope.shard.n) === scope.shard.k;
}

/** Whether this build renders the shell pages and the downloads (everything that is O(collection)). */
export function rendersShell(scope: BuildScope): boolean {
  return scope.kind !== 'shard';
}

/** Whether this build needs an entry's summary: every summary for the shell, the shard's own for a shard. */
export function needsSummary(e: Pick<IndexEntry, 'region' | 'doc_id'>, scope: BuildScope): boolean {
  return scope.kind === 'shard' ? rendersDocument(e, scope) : true;
}

/**
 * The directories (below the site root, no leading slash) that hold the per-document pages of the entries a scope
 * renders: one per department (`<region>/<dept>/`, which holds its department-year and source pages). The assemble
 * step copies exactly these from each shard's build.
 */
export function documentDirs(entries: readonly IndexEntry[], scope: BuildScope): string[] {
  const dirs = new Set<string>();
  for (const e of entries) if (rendersDocument(e, scope)) dirs.add(deptPath(e).replace(/^\//, ''));
  return [...dirs].sort();
}
