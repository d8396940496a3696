import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accuracyTable, measureFamily } from '../../bench/accuracy.ts';

const SYNTH = path.resolve(import.meta.dirname, '../../src/lib/synth');

describe('the generator and its measurement', () => {
  it('share no code with the parser: src/lib/synth imports only itself and the model types', () => {
    const imports: string[] = [];
    for (const f of readdirSync(SYNTH).filter((x) => x.endsWith('.ts'))) {
      for (const m of readFileSync(path.join(SYNTH, f), 'utf8').matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)) {
        const from = m[2]!;
        if (from.startsWith('./')) continue;
        imports.push(`${f}: ${m[1] ? 'type ' : ''}${from}`);
      }
    }
    expect(imports.length).toBeGreaterThan(0);
    for (const i of imports) expect(i, i).toMatch(/: type \.\.\/model\/(document|table)\.ts$/);
  });

  it('measure a family the parser reads at 100 %, value by value', () => {
    const [row] = measureFamily('seed-tab', 2, 1);
    expect(row!.documents).toBe(2);
    expect(row!.ok).toBe(2);
    expect(row!.expected).toBeGreaterThan(200);
    expect(row!.exact).toBe(row!.expected);
    expect(row!.missing + row!.wrong + row!.extra).toBe(0);
  });

  it('print one row per family and a total, accuracy = exact / (expected + extra): a value read that the document does not hold counts against it', () => {
    const a = { family: 'a', documents: 2, ok: 1, partial: 1, failed: 0, expected: 200, exact: 150, missing: 40, wrong: 10, extra: 5 };
    const b = { family: 'b', documents: 1, ok: 0, partial: 0, failed: 1, expected: 100, exact: 0, missing: 100, wrong: 0, extra: 0 };
    expect(accuracyTable([a, b]).split('\n').slice(2)).toEqual([
      '| a | 2 | 1 / 1 / 0 | 200 | 150 | 40 | 10 | 5 | 73.17% |',
      '| b | 1 | 0 / 0 / 1 | 100 | 0 | 100 | 0 | 0 | 0.00% |',
      '| **all** | 3 | 1 / 1 / 1 | 300 | 150 | 140 | 10 | 5 | 49.18% |',
    ]);
  });
});
