/**
 * Content layer: one collection entry per ingested document, read from the ingest output (data/out, or OUT_DIR)
 * and validated with the same zod schema the ingest writes with. An invalid document is skipped with a warning
 * (the data-quality page still lists it from index.json), never allowed to break the build.
 */
import { defineCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentModel, Index } from './lib/model/document.ts';
import { readDocument } from './lib/export/stored.ts';

export const OUT_DIR = process.env.OUT_DIR ?? 'data/out';

const docs = defineCollection({
  loader: async () => {
    const indexPath = path.join(OUT_DIR, 'index.json');
    if (!existsSync(indexPath)) return [];
    const index = Index.safeParse(JSON.parse(readFileSync(indexPath, 'utf8')));
    if (!index.success) {
      console.warn(`[content] ${indexPath} does not match the schema: ${index.error.message.slice(0, 300)}`);
      return [];
    }
    const out: (DocumentModel & { id: string })[] = [];
    for (const e of index.data.documents) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(e.doc_id)) continue;
      const file = path.join(OUT_DIR, `${e.doc_id}.json`);
      if (!existsSync(file)) continue;
      const parsed = DocumentModel.safeParse(readDocument(JSON.parse(readFileSync(file, 'utf8'))));
      if (!parsed.success) {
        console.warn(`[content] ${file} skipped: ${parsed.error.message.slice(0, 300)}`);
        continue;
      }
      out.push({ ...parsed.data, id: e.doc_id });
    }
    return out;
  },
  schema: DocumentModel,
});

export const collections = { docs };
