import { createHash } from 'node:crypto';
import path from 'node:path';
import { safeSlug } from '../slug.ts';

/** doc_id from the file name: an ASCII slug [a-z0-9-] (at most 120 characters), never a path; a hash when the name has nothing usable. */
export function docIdFor(file: string): string {
  const base = path.basename(file).replace(/\.txt$/i, '');
  const slug = safeSlug(base, '', 120);
  if (slug.length >= 3) return slug;
  return `doc-${createHash('sha256').update(base).digest('hex').slice(0, 12)}`;
}
