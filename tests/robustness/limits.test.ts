/**
 * Size and time bounds (issue 8): a pathological file cannot hang or crash the ingest, every cut is reported with
 * its line, and a per-document time budget reports overruns instead of stalling.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capProblems, MAX_TABLE_LINES, timeBudget, truncationProblems } from '../../src/lib/input/limits.ts';
import { DocumentModel, type Problem } from '../../src/lib/model/document.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { MAX_CELLS, MAX_LINE, MAX_LINES, splitLines, splitLinesBounded } from '../../src/lib/text/lines.ts';
import { readDocument } from '../../src/lib/export/stored.ts';
import { RAW, SEEDS } from '../helpers.ts';

const seed = (name: keyof typeof SEEDS) => readFileSync(path.join(RAW, SEEDS[name]), 'utf8');

function ingest(text: string, budget?: ReturnType<typeof timeBudget>): DocumentModel {
  const d = ingestText({ text, sourceFile: 'mem.txt', docId: 'mem', sha256: '0', budget });
  return DocumentModel.parse(d);
}

/**
 * CPU time, not wall time: these bounds say "cannot hang or run away" (a linear pass takes a few seconds; a
 * quadratic one would take minutes), so they must not depend on how loaded the machine is. How fast the ingest is
 * gets measured in bench/, not here.
 */
function timed<T>(f: () => T): { value: T; ms: number } {
  const c0 = process.cpuUsage();
  const value = f();
  const c = process.cpuUsage(c0);
  return { value, ms: (c.user + c.system) / 1000 };
}

const codes = (d: DocumentModel) => d.problems.map((p) => `${p.line}:${p.code}`);

describe('splitLinesBounded', () => {
  it('splits exactly like String.split on CR, LF and CRLF', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\t', '\r', '\n', '中', ' '), maxLength: 60 }), (s) => {
        const got = splitLines(s);
        const want = s.split(/\r\n|\n|\r/);
        expect(got.map((l) => l.raw)).toEqual(want);
        expect(got.map((l) => l.n)).toEqual(want.map((_, i) => i + 1));
        expect(got.map((l) => l.cells)).toEqual(want.map((w) => w.split('\t')));
      }),
      { numRuns: 300 },
    );
  });

  it('stops at the line bound and names the first line not read', () => {
    const r = splitLinesBounded('a\nb\nc\nd', 2);
    expect(r.lines.map((l) => l.raw)).toEqual(['a', 'b']);
    expect(r.truncatedAt).toBe(3);
    expect(r.bound).toBe('lines');
    expect(splitLinesBounded('a\nb', 2).truncatedAt).toBeNull();
  });

  it('stops at the cell bound', () => {
    const r = splitLinesBounded('a\tb\tc\nd\te\nf', 100, 4);
    expect(r.lines.map((l) => l.raw)).toEqual(['a\tb\tc', 'd\te']);
    expect(r.truncatedAt).toBe(3);
    expect(r.bound).toBe('cells');
  });

  it('marks cut lines with their original size', () => {
    const [l] = splitLines('x'.repeat(MAX_LINE + 5));
    expect(l!.raw.length).toBe(MAX_LINE);
    expect(l!.cut).toEqual({ chars: MAX_LINE + 5 });
    const [m] = splitLines('1\t'.repeat(MAX_CELLS + 10));
    expect(m!.cells.length).toBe(MAX_CELLS);
    expect(m!.cut?.cells).toBe(MAX_CELLS + 11);
  });
});

describe('pathological files', () => {
  it('a 50 MB single line is cut, reported at line 1, and parsed in bounded time', () => {
    const { value: d, ms } = timed(() => ingest('收'.repeat(50_000_000)));
    expect(ms).toBeLessThan(15_000);
    expect(d.status).toBe('failed');
    const p = d.problems.find((x) => x.code === 'line_too_long')!;
    expect(p.line).toBe(1);
    expect(p.message).toContain('50000000');
  });

  it('a million tab cells on one line are cut and reported', () => {
    const { value: d, ms } = timed(() => ingest(seed('jiaozuo2022') + '\n' + '1.00\t'.repeat(1_000_000)));
    expect(ms).toBeLessThan(15_000);
    const last = splitLines(seed('jiaozuo2022')).length + 1;
    expect(codes(d)).toContain(`${last}:too_many_cells`);
    expect(d.tables.length).toBeGreaterThan(5);
  });

  it('a million tab cells over a thousand lines inside a table parse without crashing', () => {
    const row = '2010101\t项目\t' + Array.from({ length: 1000 }, () => '1.00').join('\t');
    const text = seed('jiaozuo2022').replace('二、收入决算表\n', `二、收入决算表\n${Array.from({ length: 1000 }, () => row).join('\n')}\n`);
    const { value: d, ms } = timed(() => ingest(text));
    expect(ms).toBeLessThan(30_000);
    expect(d.status).not.toBe('ok');
    expect(d.problems.length).toBeGreaterThan(0);
  });

  it('more lines than MAX_LINES: the rest is reported from the first line not read', () => {
    const d = ingest('\n'.repeat(MAX_LINES + 10));
    expect(codes(d)).toContain(`${MAX_LINES + 1}:too_many_lines`);
  });

  it('a table of 135 000 rows neither overflows the stack nor runs unbounded; the cut is reported', () => {
    const rows = Array.from({ length: 135_000 }, (_, i) => `2010101\t项目${i}\tabc\t1.00\t2.00`).join('\n');
    const text = seed('jiaozuo2022').replace('二、收入决算表\n', `二、收入决算表\n${rows}\n`);
    const { value: d, ms } = timed(() => ingest(text));
    expect(ms).toBeLessThan(45_000);
    const cut = d.problems.find((p) => p.code === 'table_too_large')!;
    expect(cut).toBeDefined();
    // The first line left out of the table: title line + MAX_TABLE_LINES lines kept.
    const title = splitLines(text).find((l) => l.raw === '二、收入决算表')!.n;
    expect(cut.line).toBe(title + 1 + MAX_TABLE_LINES);
    // Problems are capped and the rest summarised, not dropped.
    expect(d.problems.length).toBeLessThanOrEqual(5000);
    expect(d.problems.some((p) => p.code === 'too_many_problems' && /另有 \d+ 个问题/.test(p.message))).toBe(true);
  });
});

describe('narrative lines built to make the claim patterns backtrack', () => {
  // Runs of what the narrative patterns (NUM, MONEY, PCT, 类/款/项, 占…%) consume, with no unit or terminator after
  // them. Before the linear rewrites, 20 000 digits took 3.9 s of CPU (docs/security.md).
  const runs: Record<string, string> = {
    digits: '1'.repeat(20_000),
    'digits and commas': '1,'.repeat(10_000),
    'digits and spaces': ' 1'.repeat(10_000),
    'digits and dots': '1.'.repeat(10_000),
    hanzi: '支'.repeat(20_000),
    '类（类）': '类（类）'.repeat(5_000),
    '占1': '占1'.repeat(10_000),
    '增加1': '增加1'.repeat(6_000),
  };
  const lines = seed('jiaozuo2022').split('\n');
  for (const [name, run] of Object.entries(runs)) {
    it(`${name}: parsed in under 2 s of CPU`, () => {
      const l = [...lines];
      l[492] = `2022年度${run}`; // line 493: the first narrative paragraph (情况说明)
      l[496] = run;
      const c0 = process.cpuUsage();
      const d = ingest(l.join('\n'));
      const c = process.cpuUsage(c0);
      expect((c.user + c.system) / 1000).toBeLessThan(2000);
      expect(d.tables.length).toBeGreaterThan(5);
    });
  }
});

describe('per-document time budget', () => {
  it('an overrun skips the remaining tables and reports each one at its title line', () => {
    const text = seed('jiaozuo2022');
    const full = ingest(text);
    // A fake clock advancing 1 ms per reading; a budget of 3 readings lets a couple of tables through.
    let t = 0;
    const budget = timeBudget(3, () => t++);
    const d = ingest(text, budget);
    // Skipped tables are reported at their title lines; skipped stages (performance, claims, checks) at line 0.
    const skipped = d.problems.filter((p) => p.code === 'time_budget' && p.line > 0);
    expect(d.problems.filter((p) => p.code === 'time_budget' && p.line === 0).length).toBeGreaterThan(0);
    expect(d.tables.length).toBeGreaterThan(0);
    expect(d.tables.length).toBeLessThan(full.tables.length);
    expect(d.tables.length + skipped.length).toBe(full.tables.length);
    expect(skipped.map((p) => p.line)).toEqual(full.tables.slice(d.tables.length).map((t) => t.start_line));
    expect(skipped[0]!.message).toContain('3 ms');
    expect(d.status).toBe('partial');
  });

  it('through the ingest (INGEST_DOC_BUDGET_MS): the overrun is reported and the model is not cached', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mz-budget-'));
    const raw = path.join(dir, 'raw');
    await mkdir(raw);
    await copyFile(path.join(RAW, SEEDS.yangquan2022), path.join(raw, SEEDS.yangquan2022));
    const out = path.join(dir, 'out');
    const cache = path.join(dir, 'cache');
    process.env.INGEST_DOC_BUDGET_MS = '0.000001';
    let code: number;
    try {
      code = await runIngest({ out, inputs: [raw], quiet: true, cache, jobs: 1 });
    } finally {
      delete process.env.INGEST_DOC_BUDGET_MS;
    }
    expect(code).toBe(1);
    const d = DocumentModel.parse(readDocument(JSON.parse(await readFile(path.join(out, 'shanxi-yangquan-gongxinju-2022-final.json'), 'utf8'))));
    expect(d.status).toBe('failed');
    const skipped = d.problems.filter((p) => p.code === 'time_budget' && p.line > 0);
    expect(skipped.length).toBe(ingest(seed('yangquan2022')).tables.length);
    // No cache entry of any kind (the fingerprint directory may exist, empty).
    const cached = (await readdir(cache, { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).map((e) => e.name);
    expect(cached).toEqual([]);
  });

  it('a generous budget changes nothing', () => {
    const text = seed('yangquan2022');
    const a = ingest(text);
    const b = ingest(text, timeBudget(60_000));
    expect(b).toEqual(a);
  });
});

describe('truncation', () => {
  const text = seed('jiaozuo2022');
  const lines = text.split('\n');

  it('no seed is reported as truncated', () => {
    for (const name of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
      expect(ingest(seed(name)).problems.filter((p) => p.code === 'truncated')).toEqual([]);
    }
  });

  it('a text cut between tables names the tables the 目录 promised', () => {
    const cut = lines.slice(0, 254).join('\n'); // ends in 支出决算表, before 财政拨款收入支出决算总表
    const d = ingest(cut);
    expect(d.status).toBe('partial');
    const p = d.problems.find((x) => x.code === 'truncated')!;
    expect(p.line).toBe(254);
    expect(p.message).toContain('「财政拨款收入支出决算总表」(第 24 行)');
  });

  it('a text cut in the middle of a row is reported at that row', () => {
    const cut = lines.slice(0, 254).join('\n') + '\n2080502\t事业单位离退\t12.3';
    const d = ingest(cut);
    const p = d.problems.filter((x) => x.code === 'truncated');
    expect(p.map((x) => x.line)).toEqual([255, 255]);
    expect(p[0]!.message).toMatch(/一行中间结束（3 个单元格，其他行 8 个）/);
  });

  it('truncationProblems ignores a last line without tabs (footer)', () => {
    const ls = splitLines('表\n项目\t金额\n甲\t1\n乙\t2\n填报人：张三');
    const table = { kind: 'other', title: '表', start_line: 1, rows: [3, 4, 5].map((line) => ({ line })) };
    expect(truncationProblems(ls, [], [table])).toEqual([]);
    const cut = splitLines('表\n项目\t金额\t数\n甲\t1\t2\n乙\t2\t3\n丙\t4');
    expect(truncationProblems(cut, [], [table]).map((p) => p.code)).toEqual(['truncated']);
  });
});

describe('capProblems', () => {
  const mk = (line: number, severity: Problem['severity'], code = 'x'): Problem => ({ severity, line, message: `m${line}`, raw: '', code });
  it('keeps errors first and summarises the rest with counts and the first line', () => {
    const ps = [mk(1, 'warning', 'w'), mk(2, 'error', 'e'), mk(3, 'warning', 'w'), mk(4, 'info', 'i'), mk(5, 'error', 'e')];
    const out = capProblems(ps, 3);
    expect(out.length).toBe(3);
    expect(out.filter((p) => p.code === 'e').map((p) => p.line)).toEqual([2, 5]);
    const s = out.find((p) => p.code === 'too_many_problems')!;
    expect(s.line).toBe(1);
    expect(s.severity).toBe('warning');
    expect(s.message).toBe('另有 3 个问题未逐条列出（w×2，i×1），第一个在第 1 行：m1');
  });
  it('leaves a short list alone', () => {
    const ps = [mk(1, 'warning')];
    expect(capProblems(ps, 3)).toBe(ps);
  });
});
