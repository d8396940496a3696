/**
 * Content layer: two collections read from the ingest output (src/data/out.ts). `docs` holds the whole document
 * model of each document whose pages this build renders (the department-year page); `summaries` holds the slim
 * projection (src/data/summary.ts) that index pages and the department page read. Each entry carries a digest of
 * its stored file, so an unchanged document is not parsed and stored again (src/data/loader.ts).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { codeFingerprint, loadDocuments, type LoadOptions } from './data/loader.ts';
import { OUT_DIR } from './data/out.ts';
import { needsSummary, rendersDocument, scopeFromEnv } from './data/scope.ts';
import { SUMMARY_VERSION, summarize } from './data/summary.ts';

export { OUT_DIR };

const scope = scopeFromEnv();
/** The reading and projecting code: a change to it re-reads every entry (Astro keeps its store between builds). */
const code = codeFingerprint(['src/data', 'src/lib']);

function documents(name: string, opts: Omit<LoadOptions, 'outDir'>): Loader {
  return {
    name,
    load: async ({ store, generateDigest, logger }) => {
      const s = await loadDocuments({ store, generateDigest, logger }, { ...opts, outDir: OUT_DIR });
      logger.info(`${s.parsed} parsed, ${s.unchanged} unchanged, ${s.removed} removed, ${s.skipped} skipped`);
    },
  };
}

const docs = defineCollection({
  loader: documents('mingzhang-docs', { select: (e) => rendersDocument(e, scope), project: (d) => d, version: `model-1-${code}` }),
});

const summaries = defineCollection({
  loader: documents('mingzhang-summaries', { select: (e) => needsSummary(e, scope), project: summarize, version: `${SUMMARY_VERSION}-${code}` }),
});

export const collections = { docs, summaries };
