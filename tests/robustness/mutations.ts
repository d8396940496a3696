/**
 * The fuzzer's mutations of the seeds, shared by tests/robustness/fuzz.test.ts and bench/fuzz.ts (no vitest here):
 * delete/duplicate/swap lines, drop or add cells, insert garbage characters and markup, truncate anywhere, change
 * units. `violations` lists what a parsed mutation must never do (the test asserts it is empty, the bench counts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { DocumentModel } from '../../src/lib/model/document.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { RAW, SEEDS } from '../helpers.ts';

export const seeds = Object.fromEntries(Object.entries(SEEDS).map(([k, f]) => [k, readFileSync(path.join(RAW, f), 'utf8')])) as Record<keyof typeof SEEDS, string>;

/** Per-document limit (issue 8: never more than 1 s per document). */
export const LIMIT_MS = Number(process.env.FUZZ_LIMIT_MS ?? 1000);
/** The limit for a mutation of one seed: the same for every seed (the budget placement search is pruned, so 郑州 holds no exception). */
export const limitFor = (_name: keyof typeof SEEDS) => LIMIT_MS;

/**
 * Parse one text with the production pipeline and validate it against the schema. `ms` is the CPU time of the parse
 * (user + system), not wall time: the limit is about the parser's cost, and wall time on a shared 2-core machine
 * running other suites measures the neighbours.
 */
export function parseTimed(text: string): { ms: number; doc: DocumentModel } {
  const c0 = process.cpuUsage();
  const raw = ingestText({ text, sourceFile: 'fuzz.txt', docId: 'fuzz', sha256: '0' });
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, doc: DocumentModel.parse(raw) };
}

/** Garbage a converter (or an attacker) might leave in a line. */
const GARBAGE = [
  '\u0000',
  '\u0007',
  '\ufffd',
  '\ufeff',
  '\u200b',
  '\u3000',
  '\r',
  '\t\t\t',
  '<b>',
  '</b>',
  '<span style="x">',
  '**',
  '__',
  '## ',
  '$\\geq 90\\%$',
  '$',
  '\\times',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '..........',
  '……',
  '（续）',
  '单位：万元',
  '合计',
  '公开01表',
  '第三部分 名词解释',
  '目录',
  '-',
  'XXXX',
  '1,234.56',
  '-0.00',
  '1e308',
  '99999999999999999999999.999999',
  '%',
  '2022年度',
  '收入决算表',
  '𠀀𪚥',
  'Ω'.repeat(300),
  ' '.repeat(500),
];

const UNITS = ['单位：元', '单位：万元', '单位：亿元', '金额单位：千元', '单位：', '单位：美元', '单位：%', '单位：万元万元'];

export type Mutation =
  | { op: 'delete'; i: number }
  | { op: 'duplicate'; i: number }
  | { op: 'swap'; i: number; j: number }
  | { op: 'dropCell'; i: number; k: number }
  | { op: 'addCell'; i: number; k: number; s: string }
  | { op: 'garbage'; i: number; at: number; s: string }
  | { op: 'unit'; i: number; s: string }
  | { op: 'truncate'; at: number };

/** A position as a fraction of the length, uniform over [0, 1). */
const pos = fc.integer({ min: 0, max: 9999 }).map((x) => x / 10000);
export const garbage = fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), i: pos }),
  fc.record({ op: fc.constant('duplicate' as const), i: pos }),
  fc.record({ op: fc.constant('swap' as const), i: pos, j: pos }),
  fc.record({ op: fc.constant('dropCell' as const), i: pos, k: pos }),
  fc.record({ op: fc.constant('addCell' as const), i: pos, k: pos, s: garbage }),
  fc.record({ op: fc.constant('garbage' as const), i: pos, at: pos, s: garbage }),
  fc.record({ op: fc.constant('unit' as const), i: pos, s: fc.constantFrom(...UNITS) }),
  fc.record({ op: fc.constant('truncate' as const), at: pos }),
) as fc.Arbitrary<Mutation>;

/** One fuzz case: a seed and 1–8 mutations (the test and the bench draw the same stream for the same FUZZ_SEED). */
export const seedName = fc.constantFrom(...(Object.keys(SEEDS) as (keyof typeof SEEDS)[]));
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 8 });

/** Apply mutations to a text; positions are fractions so they fit any length. */
export function mutate(text: string, ms: Mutation[]): string {
  let lines = text.split('\n');
  const idx = (f: number) => Math.min(lines.length - 1, Math.floor(f * lines.length));
  for (const m of ms) {
    if (lines.length === 0) lines = [''];
    switch (m.op) {
      case 'delete':
        lines.splice(idx(m.i), 1);
        break;
      case 'duplicate': {
        const i = idx(m.i);
        lines.splice(i, 0, lines[i]!);
        break;
      }
      case 'swap': {
        const i = idx(m.i);
        const j = idx(m.j);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      }
      case 'dropCell': {
        const i = idx(m.i);
        const cells = lines[i]!.split('\t');
        cells.splice(Math.floor(m.k * cells.length), 1);
        lines[i] = cells.join('\t');
        break;
      }
      case 'addCell': {
        const i = idx(m.i);
        const cells = lines[i]!.split('\t');
        cells.splice(Math.floor(m.k * (cells.length + 1)), 0, m.s);
        lines[i] = cells.join('\t');
        break;
      }
      case 'garbage': {
        const i = idx(m.i);
        const l = lines[i]!;
        const at = Math.floor(m.at * (l.length + 1));
        lines[i] = l.slice(0, at) + m.s + l.slice(at);
        break;
      }
      case 'unit': {
        // Replace the unit statement nearest below the position (or insert one there).
        const i = idx(m.i);
        let j = i;
        while (j < lines.length && !/单位[：:]/.test(lines[j]!)) j++;
        if (j < lines.length) lines[j] = lines[j]!.replace(/(?:金额)?单位[：:][^\t]*/, m.s);
        else lines.splice(i, 0, m.s);
        break;
      }
      case 'truncate': {
        const joined = lines.join('\n');
        lines = joined.slice(0, Math.floor(m.at * joined.length)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

/** What a parsed (schema-valid) document must never do; empty when all is well. */
export function violations(text: string, doc: DocumentModel): string[] {
  const out: string[] = [];
  const lineCount = text.split(/\r\n|\n|\r/).length;
  for (const p of doc.problems) {
    if (p.line > lineCount + 1) out.push(`problem line ${p.line} > ${lineCount + 1}: ${p.message}`);
    if (p.message.length === 0) out.push(`problem without a message (${p.code})`);
  }
  // A status other than ok is explained by at least one error problem; ok has none.
  const errors = doc.problems.filter((p) => p.severity === 'error');
  if (doc.status === 'ok' && errors.length > 0) out.push(`status ok with ${errors.length} error problems: ${errors[0]!.message}`);
  if (doc.status !== 'ok' && errors.length === 0) out.push(`status ${doc.status} without an error problem`);
  if (doc.status !== 'ok' && !doc.status_reason) out.push(`status ${doc.status} without a status_reason`);
  // Every table, row and cell points at a line of the text.
  for (const t of doc.tables) {
    if (t.start_line > lineCount) out.push(`table ${t.id} starts at ${t.start_line} > ${lineCount}`);
    for (const r of t.rows) {
      if (r.line > lineCount) out.push(`row of ${t.id} at ${r.line} > ${lineCount}`);
      for (const c of r.cells) if (c.line > lineCount) out.push(`cell of ${t.id} at ${c.line} > ${lineCount}`);
    }
  }
  return out;
}
