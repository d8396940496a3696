/**
 * Sharding the ingest by region: shard k of n (1-based) takes the documents whose province hashes to k. The key is
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

/** What a document is sharded by: `p:<GB/T 2260 province code>`, else `p:<province name>`, else `d:<doc_id>`. */
export function shardKey(region: Pick<Region, 'province' | 'code'> | null, docId: string): string {
  if (region?.code && /^\d{2}/.test(region.code)) return `p:${region.code.slice(0, 2)}`;
  if (region?.province) return `p:${region.province}`;
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
