/**
 * The spaced reader on real `pdftotext -layout` output of a district department's 决算 laid out by hand in the national
 * forms (merged header cells, narrow columns, serif CJK font, A4 landscape): tests/fixtures/text-forms/
 * district-final.pdftotext.txt is what pdftotext wrote for tests/fixtures/pdf/district-final.html printed by Chromium
 * (tests/e2e/pdf-district.test.ts makes it afresh). Expected cells are read by hand from the HTML tables; line numbers
 * are those of the .txt file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/district-final.pdftotext.txt'), 'utf8');
const { lines } = readTextForms(splitLines(text));
const at = (n: number) => lines[n - 1]!;
/** The flattened header whose first row is on line `n`. */
const header = (n: number) => {
  const rows = [at(n).cells];
  for (let k = n + 1; at(k).form === 'spaced' && at(k).cells.every((c) => !/\d/.test(c)) && !at(k).skip; k++) rows.push(at(k).cells);
  return flattenHeader(rows);
};

describe('收入决算表 (lines 32–51): `财政拨款收入 上级补助收  入` on one header line', () => {
  it('reads 财政拨款收入 and the wrapped 上级补助收 / 入 as two columns, not 财政拨款收入上级补助收 and 入 (line 33)', () => {
    expect(header(32)).toEqual([
      '项目/支出功能分类科目编码',
      '项目/科目名称',
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
  });
  it('puts the 合计 row 12,345,678.90 under 财政拨款收入 and leaves 上级补助收入 blank (line 37)', () => {
    expect(at(37).cells).toEqual(['', '合计', '13,000,000.00', '12,345,678.90', '', '500,000.00', '', '', '154,321.10']);
  });
});
