/**
 * A row split over two lines on a page where no row fills every figure column (`split-rows.ts`):
 * tests/fixtures/text-forms/general-expenditure-split-row-no-whole-row-on-page.pdftotext.txt is 表5
 * 一般公共预算财政拨款支出决算表 of synth-410400-shengtaiju-2019-final-00075 (a fresh corpus, its lines 276–326; line n
 * here is line n + 275 there), real `pdftotext -layout` output of the Chromium-printed generator document. On its second
 * page (lines 37–49) line 43 prints `2110199 其他环境保护管理 2,072.21` and line 44 the rest of its figures alone,
 * `1,500.00 1,230.00 270.00 572.21`, the label's last line `事务支出` under them. The page's other rows leave 项目支出
 * blank (`221 住房保障支出 4,895.59 4,895.59 4,014.38 881.21`), so its fullest rows show four of the five columns.
 *
 * The two lines together print one figure in each of the five figure columns, the first line's from the first on,
 * and the header's totals hold (2,072.21 = 1,500.00 + 572.21; 1,500.00 = 1,230.00 + 270.00): one row. Left apart, the
 * line of figures was a second row without a label, and the table's unlabelled 合计 printed first (line 9) was then
 * not read as its 合计 either. Values read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';
import { readTextFormFixture } from './read-fixture.ts';

const FILE = 'general-expenditure-split-row-no-whole-row-on-page.pdftotext.txt';

describe('a row split over two lines on a page whose fullest rows leave 项目支出 blank (lines 43–45)', () => {
  const { at } = readTextFormFixture(FILE);

  it('joins line 44 into the row of line 43: 合计, 基本支出 小计, 人员经费, 公用经费, 项目支出', () => {
    expect(at(43).cells.slice(-5)).toEqual(['2,072.21', '1,500.00', '1,230.00', '270.00', '572.21']);
    expect(at(44).skip).toBe('joined');
  });

  it('reads the unlabelled first row (line 9) as the table’s 合计, and no row without a label is left', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', FILE), 'utf8');
    const doc = ingestText({ text, sourceFile: FILE, docId: 'split-row', sha256: '0' });
    const table = doc.tables.find((t) => t.kind === 'final_general_expenditure')!;
    const total = table.rows.find((r) => r.line === 9)!;
    expect(total.name).toBe('合计');
    expect(total.cells.map((c) => c.value)).toEqual(['224585000', '193035400', '158289000', '34746400', '31549600']);
    expect(doc.problems.filter((p) => p.code === 'row_without_label')).toEqual([]);
  });
});
