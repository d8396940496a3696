import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import type { Evaluation, Indicator } from '../../src/lib/model/performance.ts';
import { splitLines } from '../../src/lib/text/lines.ts';
import { RAW, SEEDS } from '../helpers.ts';

export function evaluation(doc: DocumentModel, pred: (e: Evaluation) => boolean): Evaluation {
  const es = doc.performance.filter(pred);
  if (es.length !== 1) throw new Error(`expected one evaluation, found ${es.length}`);
  return es[0]!;
}

export const overall = (doc: DocumentModel) => evaluation(doc, (e) => e.kind === 'perf_overall_selfeval');
export const project = (doc: DocumentModel, name: string) => evaluation(doc, (e) => e.kind === 'perf_project_selfeval' && e.scope.name === name);

export function indicator(e: Evaluation, level3: string): Indicator {
  const is = e.indicators.filter((i) => i.level3 === level3);
  if (is.length !== 1) throw new Error(`expected one indicator ${level3}, found ${is.length}`);
  return is[0]!;
}

/** Compact view of an indicator for table-driven golden tests. */
export function row(i: Indicator) {
  return [i.line, i.level1, i.level2, i.level3, i.target.raw, i.actual?.raw ?? null, i.weight, i.score, i.outcome] as const;
}

export function seedLines(name: keyof typeof SEEDS) {
  return splitLines(readFileSync(path.join(RAW, SEEDS[name]), 'utf8'));
}
