import { describe, expect, it } from 'vitest';
import { deptSlug, docPath, safeSlug, sourcePath, editionSlug } from '../../src/lib/site/slug.ts';
import { badgeText, summarize } from '../../src/lib/site/checks.ts';
import { toCsv } from '../../src/lib/site/compare.ts';
import { mergeGlossary } from '../../src/lib/site/datapackage.ts';

describe('slugs', () => {
  const jiaozuo = { doc_id: 'henan-jiaozuo-gongxinju-2022-final', region_slug: 'henan-jiaozuo', department_slug: 'henan-jiaozuo-gongxinju-2022-final', fiscal_year: 2022, doc_kind: 'final' as const };
  it('builds readable stable URLs', () => {
    expect(docPath(jiaozuo)).toBe('/henan-jiaozuo/gongxinju/2022-final/');
    expect(sourcePath(jiaozuo)).toBe('/henan-jiaozuo/gongxinju/2022-final/source/');
    expect(deptSlug({ ...jiaozuo, department_slug: 'gongxinju' })).toBe('gongxinju');
    expect(editionSlug({ fiscal_year: 2024, doc_kind: 'budget' })).toBe('2024-budget');
  });
  it('never lets a slug escape its directory', () => {
    expect(safeSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(safeSlug('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(safeSlug('焦作')).toBe('x');
    expect(safeSlug('javascript:alert(1)')).toBe('javascript-alert-1');
    const evil = { ...jiaozuo, region_slug: '../..', department_slug: '"><img src=x onerror=alert(1)>' };
    expect(docPath(evil)).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/2022-final\/$/);
  });
});

describe('badge text', () => {
  const c = (status: 'pass' | 'warn' | 'fail' | 'skip', rounding = false) => ({ check_id: 'x', status, rounding, title: '', message: '', expected: null, actual: null, difference: null, tolerance: null, refs: [], lines: [] });
  it('summarises like "31 checks · 28 ✓ · 2 尾差 · 1 ✗"', () => {
    const checks = [...Array(28)].map(() => c('pass')).concat([c('pass', true), c('pass', true), c('fail')]);
    expect(badgeText(summarize(checks))).toBe('31 项检查 · 28 ✓ · 2 尾差 · 1 ✗');
  });
  it('says 检查未运行 when nothing ran, never a fake green', () => {
    expect(badgeText(summarize([]))).toBe('检查未运行');
    expect(badgeText(summarize([c('skip')]))).toBe('检查未运行（1 项跳过）');
  });
});

describe('CSV and glossary', () => {
  it('quotes per RFC 4180 and neutralises formula injection', () => {
    expect(toCsv(['a', 'b'], [['1,2', 'x"y'], ['=1+1', '-3']])).toBe('a,b\r\n"1,2","x""y"\r\n"=1+1","-3"\r\n');
  });
  it('merges glossary terms across documents', () => {
    const g = mergeGlossary([
      { doc: 'A', entries: [{ term: '三公经费', definition: 'd1' }] },
      { doc: 'B', entries: [{ term: '三公经费', definition: 'd2' }, { term: '基本支出', definition: 'd3' }] },
    ]);
    expect(g).toHaveLength(2);
    expect(g.find((x) => x.term === '三公经费')).toMatchObject({ sources: ['A', 'B'], variants: 2, definition: 'd1' });
  });
});

describe('search terms', () => {
  it('segments names the way the browser segments queries', async () => {
    const { icuTerms } = await import('../../src/lib/site/search.ts');
    expect(icuTerms('郑州市中小企业服务中心').split(' ')).toContain('中小企业');
  });
});

describe('check refs', () => {
  it('resolve rows by code or name and narrative lines to paragraphs', async () => {
    const { resolveRef } = await import('../../src/lib/site/checks.ts');
    const row = (name: string, code: string | null, line: number) => ({ code, name, entity: null, block: null, extra_codes: {}, is_total: false, line, cells: [] });
    const doc = {
      tables: [{ id: 'final_income', kind: 'final_income', title: '收入决算表', start_line: 180, rows: [row('合计', null, 185), row('教育支出', '205', 189)] }],
      narrative: { paragraphs: [{ line: 497, text: '…', heading: null }], claims: [] },
    } as never;
    expect(resolveRef(doc, 'final_income:合计')).toMatchObject({ anchor: '#r-final-income-0', line: 185 });
    expect(resolveRef(doc, 'final_income:205')).toMatchObject({ anchor: '#r-final-income-1', line: 189 });
    expect(resolveRef(doc, 'final_income')).toMatchObject({ anchor: '#t-final-income' });
    expect(resolveRef(doc, 'narrative:L497').anchor).toBe('#p-497');
    expect(resolveRef(doc, 'narrative:L499').anchor).toBe('#p-497');
    expect(resolveRef(doc, 'narrative:L900').anchor).toBeNull();
    expect(resolveRef(doc, 'nope:x').anchor).toBeNull();
  });
});

describe('绩效 indicator anchors', () => {
  it('are unique when a target table prints several indicators on one line (解放区 2024 预算 line 464 holds three)', async () => {
    const { perfRowId } = await import('../../src/lib/site/slug.ts');
    const indicators = [{ line: 464 }, { line: 464 }, { line: 464 }, { line: 467 }];
    const ids = indicators.map((_, i) => perfRowId(1, indicators, i));
    expect(ids).toEqual(['perf-1-L464', 'perf-1-L464-2', 'perf-1-L464-3', 'perf-1-L467']);
  });
});
