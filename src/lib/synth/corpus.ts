import { generateDoc } from './generate.ts';
import type { RenderOptions } from './options.ts';
import { renderDoc, type Rendered } from './render.ts';

/** Seed of the i-th document of a corpus: a pure function of (corpus seed, i). */
export function docSeed(corpusSeed: number, i: number): number {
  return (Math.imul(corpusSeed ^ 0x9e3779b9, 2654435761) + Math.imul(i + 1, 40503)) >>> 0;
}

/** The i-th document of a corpus of one family (options.ts): text + truth. */
export function corpusDoc(corpusSeed: number, i: number, family = 'seed-tab', overrides: Partial<RenderOptions> = {}): Rendered & { stem: string } {
  const doc = generateDoc(docSeed(corpusSeed, i), i, family, overrides);
  return { stem: doc.stem, ...renderDoc(doc) };
}
