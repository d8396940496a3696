/**
 * Sharding the ingest by region: shard k of n (1-based) takes the documents whose prefecture-level region (the first
 * four digits of the GB/T 2260 code: a city with its districts and counties, or a province's own departments) hashes
 * to k, so every region page of the site is built from one shard. The key is
 * read from the document's cover (the same metadata reader the parse uses), before parsing, so that a shard parses
 * only its own documents; a document whose region cannot be read is placed by its doc_id. Stable: the same
 * document always lands in the same shard, and a shard rebuilds only when one of its documents changes.
 */
import { createHash } from 'node:crypto';
import { decodeBytes, htmlLine } from '../input/decode.ts';
import { readMetadata } from '../metadata/metadata.ts';
import type { Region } from '../model/document.ts';
import { splitLinesBounded } from '../text/lines.ts';

export interface Shard {
  /** 1-based shard number. */
  k: number;
  n: number;
}

/** `k/n` (1 ≤ k ≤ n) → the shard, or null when malformed. */
export function parseShard(s: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && n >= 1 && k <= n ? { k, n } : null;
}

/** What a document is sharded by: `r:<first 4 digits of its GB/T 2260 code>`, else `r:<province>/<city>`, else `d:<doc_id>`. */
export function shardKey(region: Pick<Region, 'province' | 'city' | 'code'> | null, docId: string): string {
  if (region?.code && /^\d{4}/.test(region.code)) return `r:${region.code.slice(0, 4)}`;
  if (region?.province) return `r:${region.province}/${region.city ?? ''}`;
  return `d:${docId}`;
}

/** The shard (1..n) of a key: the first 32 bits of its sha256, modulo n. */
export function shardOf(key: string, n: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % n) + 1;
}

/** The shard key of a document's bytes, from its cover page (no table is parsed). */
export function shardKeyOfBytes(bytes: Uint8Array, docId: string): string {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok || htmlLine(decoded.text) !== null) return shardKey(null, docId);
  try {
    return shardKey(readMetadata(splitLinesBounded(decoded.text).lines, docId).metadata.region, docId);
  } catch {
    return shardKey(null, docId);
  }
}
