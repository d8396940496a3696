/**
 * Fuzzing the ingest with mutations of the seeds (issue 8): delete/duplicate/swap lines, drop or add cells, insert
 * garbage characters and markup, truncate anywhere, change units. Whatever the mutation, parsing never throws,
 * stays within the per-document time limit, yields a schema-valid DocumentModel, and its problems explain any
 * status other than ok (an error problem with a line inside the text).
 *
 * FUZZ_RUNS sets the number of mutated documents (default: a modest count for `npm test`; bench/nightly use more,
 * e.g. FUZZ_RUNS=2000). FUZZ_SEED replays a failure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../src/lib/model/document.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { RAW, SEEDS } from '../helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Per-document limit (issue 8: never more than 1 s per document). */
const LIMIT_MS = Number(process.env.FUZZ_LIMIT_MS ?? 1000);

const seeds = Object.fromEntries(Object.entries(SEEDS).map(([k, f]) => [k, readFileSync(path.join(RAW, f), 'utf8')])) as Record<keyof typeof SEEDS, string>;

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

type Mutation =
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
const garbage = fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), i: pos }),
  fc.record({ op: fc.constant('duplicate' as const), i: pos }),
  fc.record({ op: fc.constant('swap' as const), i: pos, j: pos }),
  fc.record({ op: fc.constant('dropCell' as const), i: pos, k: pos }),
  fc.record({ op: fc.constant('addCell' as const), i: pos, k: pos, s: garbage }),
  fc.record({ op: fc.constant('garbage' as const), i: pos, at: pos, s: garbage }),
  fc.record({ op: fc.constant('unit' as const), i: pos, s: fc.constantFrom(...UNITS) }),
  fc.record({ op: fc.constant('truncate' as const), at: pos }),
) as fc.Arbitrary<Mutation>;

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

/**
 * Parse and check one text. `ms` is the CPU time of the parse (user + system), not wall time: the limit is about
 * the parser's cost, and wall time on a shared 2-core CI machine running other suites measures the neighbours.
 */
function check(text: string): { ms: number; doc: DocumentModel } {
  const c0 = process.cpuUsage();
  const raw = ingestText({ text, sourceFile: 'fuzz.txt', docId: 'fuzz', sha256: '0' });
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  const doc = DocumentModel.parse(raw);
  const lineCount = text.split(/\r\n|\n|\r/).length;
  for (const p of doc.problems) {
    expect(p.line).toBeLessThanOrEqual(lineCount + 1);
    expect(p.message.length).toBeGreaterThan(0);
  }
  // A status other than ok is explained by at least one error problem; ok has none.
  const errors = doc.problems.filter((p) => p.severity === 'error');
  if (doc.status === 'ok') expect(errors).toEqual([]);
  else expect(errors.length).toBeGreaterThan(0);
  // Every table, row and cell points at a line of the text.
  for (const t of doc.tables) {
    expect(t.start_line).toBeLessThanOrEqual(lineCount);
    for (const r of t.rows) {
      expect(r.line).toBeLessThanOrEqual(lineCount);
      for (const c of r.cells) expect(c.line).toBeLessThanOrEqual(lineCount);
    }
  }
  return { ms, doc };
}

describe('fuzzing the seeds', () => {
  let slowest = { ms: 0, seed: '' };

  it('unmutated seeds parse within the limit (baseline)', () => {
    for (const [name, text] of Object.entries(seeds)) {
      check(text); // warm-up
      const { ms, doc } = check(text);
      expect(doc.status, name).not.toBe('failed');
      expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
    }
  });

  it(`${RUNS} mutated documents: never throw, within ${LIMIT_MS} ms, schema-valid, problems explain the status`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(seeds) as (keyof typeof SEEDS)[])), fc.array(mutation, { minLength: 1, maxLength: 8 }), (name, ms) => {
        const text = mutate(seeds[name], ms);
        const r = check(text);
        if (r.ms > slowest.ms) slowest = { ms: r.ms, seed: name };
        expect(r.ms, `${name} mutated took ${r.ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    if (process.env.FUZZ_REPORT) console.log(`slowest mutated document: ${slowest.ms.toFixed(0)} ms CPU (${slowest.seed})`);
  }, 60_000 + RUNS * 5000);

  it('mutations of the markup and garbage alphabet alone (no structure change) never throw', () => {
    fc.assert(
      fc.property(fc.array(garbage, { minLength: 1, maxLength: 200 }), (parts) => {
        check(parts.join(''));
        check(parts.join('\n'));
        check(parts.join('\t'));
      }),
      { numRuns: Math.max(20, RUNS) },
    );
  });
});

describe('mutate (the fuzzer itself)', () => {
  it('applies each operation as described', () => {
    const t = 'a\tb\tc\nd\ne';
    expect(mutate(t, [{ op: 'delete', i: 0 }])).toBe('d\ne');
    expect(mutate(t, [{ op: 'duplicate', i: 0.5 }])).toBe('a\tb\tc\nd\nd\ne');
    expect(mutate(t, [{ op: 'swap', i: 0, j: 0.9 }])).toBe('e\nd\na\tb\tc');
    expect(mutate(t, [{ op: 'dropCell', i: 0, k: 0.5 }])).toBe('a\tc\nd\ne');
    expect(mutate(t, [{ op: 'addCell', i: 0, k: 0, s: 'X' }])).toBe('X\ta\tb\tc\nd\ne');
    expect(mutate(t, [{ op: 'garbage', i: 0.4, at: 1, s: '<b>' }])).toBe('a\tb\tc\nd<b>\ne');
    expect(mutate('x\n单位：万元\ny', [{ op: 'unit', i: 0, s: '单位：元' }])).toBe('x\n单位：元\ny');
    expect(mutate(t, [{ op: 'truncate', at: 0.5 }])).toBe('a\tb\t');
  });
});
