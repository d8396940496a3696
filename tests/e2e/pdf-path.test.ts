/**
 * The maintainer's path from a PDF, as the README ("Add a disclosure") documents it: print a disclosure to PDF, convert
 * it with `pdftotext -layout` (Debian poppler-utils), ingest the text. The PDF is made here from
 * tests/fixtures/pdf/disclosure.html with headless Chromium, so every expected value below is read by hand from that
 * HTML file (its tables add up: 1,000.00 + 200.00 + 50.00 = 1,250.00; 800.00 + 200.00 = 1,000.00).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import type { Row, Table } from '../../src/lib/model/table.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { missingPdfTools, onlyRow, onlyTable, printAndConvert } from './pdf-convert.ts';

const HTML = path.resolve(import.meta.dirname, '../fixtures/pdf/disclosure.html');
const missing = missingPdfTools();
if (missing.length > 0) console.warn(`PDF path test skipped: ${missing.join(' and ')} not available`);

describe.skipIf(missing.length > 0)('a disclosure PDF converted with pdftotext -layout and ingested', () => {
  let dir: string;
  let text: string;
  let doc: DocumentModel;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mingzhang-pdf-'));
    // Named as data/raw names a disclosure, so the CLI below reads it as a maintainer would add it.
    const txt = path.join(dir, 'henan-zhengzhou-ceshiju-2023-final.txt');
    text = printAndConvert(HTML, dir, txt);
    doc = ingestText({ text, sourceFile: 'disclosure.txt', docId: 'pdf-path', sha256: '0' });
  }, 180_000);
  const cli = () => {
    const out = path.join(dir, 'out');
    // Through the npm script, exactly as the README says (whatever file the script runs).
    const r = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--out', out, '--no-cache', '--quiet', path.join(dir, 'henan-zhengzhou-ceshiju-2023-final.txt')], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: r.status, stderr: r.stderr, out };
  };
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const table = (kind: string): Table => onlyTable(doc, kind);
  const rowOf = onlyRow;
  const cell = (r: Row, label: string) => {
    const c = r.cells.filter((x) => x.column.includes(label));
    expect(c, label).toHaveLength(1);
    return c[0]!;
  };

  it('gives space-aligned text without tabs, with page numbers and form feeds (what the readers must handle)', () => {
    expect(text).not.toContain('\t');
    expect(text).toContain('\f');
    expect(text).toMatch(/—\s*2\s*—/);
  });
  it('reads the document as ok: 郑州市测试局, 2023 决算, no number left out', () => {
    expect(doc.status).toBe('ok');
    expect(doc.metadata.department).toBe('郑州市测试局');
    expect(doc.metadata.fiscal_year).toBe(2023);
    expect(doc.metadata.doc_kind).toBe('final');
    expect(doc.coverage.unaccounted).toEqual([]);
  });
  it('goes through the CLI as documented (npm run ingest -- --out <dir> <file>): exit 0, the document written as ok', () => {
    const r = cli();
    expect(r.status, r.stderr).toBe(0);
    const written = JSON.parse(readFileSync(path.join(r.out, 'henan-zhengzhou-ceshiju-2023-final.json'), 'utf8')) as DocumentModel;
    expect(written.status).toBe('ok');
    expect(written.tables.map((t) => t.kind).sort()).toEqual(['final_fiscal_summary', 'final_general_expenditure', 'final_summary', 'final_three_public']);
  }, 120_000);
  it('removes the four page numbers (— 1 — … — 4 —) and reports them', () => {
    expect(doc.problems.filter((p) => p.code === 'page_furniture').map((p) => p.raw.replace(/\s+/g, ''))).toEqual(['—1—', '—2—', '—3—', '—4—']);
  });
  it('reads the 收入支出决算总表 side by side: 一般公共预算财政拨款收入 1,234.56 万元, 其他收入 15.44, 总计 1,250.00', () => {
    const t = table('final_summary');
    expect(t.unit).toBe('万元');
    expect(cell(rowOf(t, '一、一般公共预算财政拨款收入'), '决算数').value).toBe('12345600');
    expect(cell(rowOf(t, '三、其他收入'), '决算数').value).toBe('154400');
    expect(cell(rowOf(t, '总计', '收入'), '决算数').value).toBe('12500000');
    expect(cell(rowOf(t, '三、住房保障支出'), '决算数').value).toBe('500000');
  });
  it('keeps the blank 政府性基金预算财政拨款收入 blank, not zero', () => {
    const c = cell(rowOf(table('final_summary'), '二、政府性基金预算财政拨款收入'), '决算数');
    expect(c.value).toBeNull();
    expect(c.blank).toBe(true);
  });
  it('reads the 一般公共预算财政拨款支出决算表 by code: 2011308 招商引资 项目支出 200.00, 基本支出 blank', () => {
    const r = rowOf(table('final_general_expenditure'), '2011308');
    expect(r.name).toBe('招商引资');
    expect(cell(r, '项目支出').value).toBe('2000000');
    expect(cell(r, '基本支出').blank).toBe(true);
  });
  it('reads the longest label whole: 2080505 机关事业单位基本养老保险缴费支出 184.56 万元 under 本年支出合计 and 基本支出', () => {
    const r = rowOf(table('final_general_expenditure'), '2080505');
    expect(r.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(cell(r, '本年支出合计').value).toBe('1845600');
    expect(cell(r, '基本支出').value).toBe('1845600');
  });
  it('reads the table across its page break, where Chromium repeats the header: 9 rows, the header not read as a row', () => {
    const t = table('final_general_expenditure');
    expect(text.match(/功能分类科目编码/g)).toHaveLength(2);
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['合计', '201', '20113', '2011301', '2011308', '208', '20805', '2080505', '221']);
    expect(cell(rowOf(t, '221'), '本年支出合计').value).toBe('500000');
  });
  it('reads the 财政拨款收入支出决算总表 under its nested header 支出 / 本年支出 / 一般公共预算: 社会保障和就业支出 184.56', () => {
    const t = table('final_fiscal_summary');
    const r = rowOf(t, '二、社会保障和就业支出');
    expect(cell(r, '支出/本年支出/一般公共预算').value).toBe('1845600');
    expect(cell(r, '支出/本年支出/政府性基金预算').blank).toBe(true);
    expect(cell(rowOf(t, '一、一般公共预算财政拨款'), '收入/金额').value).toBe('12345600');
  });
  it('reads the 三公 table under its three-level header: 决算数 公务接待费 3.25, 预算数 公务用车运行维护费 13.96', () => {
    const [r] = table('final_three_public').rows;
    expect(cell(r!, '决算数/公务接待费').value).toBe('32500');
    expect(cell(r!, '预算数/公务用车购置及运行维护费/公务用车运行维护费').value).toBe('139600');
    expect(cell(r!, '预算数/合计').value).toBe('181900');
    expect(cell(r!, '决算数/公务用车购置及运行维护费/公务用车购置费').blank).toBe(true);
  });
  it('reads the 合计 row: 1,234.56 = 1,034.56 基本支出 + 200.00 项目支出', () => {
    const t = table('final_general_expenditure');
    const total = t.rows.filter((x) => x.name === '合计');
    expect(total).toHaveLength(1);
    expect(cell(total[0]!, '本年支出合计').value).toBe('12345600');
    expect(cell(total[0]!, '基本支出').value).toBe('10345600');
    expect(cell(total[0]!, '项目支出').value).toBe('2000000');
  });
});
