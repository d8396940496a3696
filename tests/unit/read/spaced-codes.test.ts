/**
 * A classification code printed in one cell under a header that writes 类 款 项 one space apart, in real
 * `pdftotext -layout` output (Chromium printed the generator's HTML, /tmp/pdf40 seed 1):
 * - tests/fixtures/text-forms/code-one-cell.pdftotext.txt: 部门支出预算表 of synth-410800-nongyeju-2018-budget-00060
 *   (source lines 108–131). pdftotext writes the same code `201 01   01` (项 three spaces further) on some rows and
 *   `201 03 01` on others; by position they made a joined-code column overlapping three part columns, and no row had
 *   its name within the label cells.
 * - tests/fixtures/text-forms/code-squeezed-parts.pdftotext.txt: 一般公共预算财政拨款支出决算表 of
 *   synth-410400-wenlvju-2015-final-00005 (source lines 182–210): after the page break pdftotext writes 款 and 项 of a
 *   code without the space between them (`207 0101 行政运行`, the HTML cells 207 | 01 | 01).
 * Expected cells are read by hand from the HTML table the PDF was printed from; line numbers are the fixture's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCode } from '../../../src/lib/parse/tables/cells.ts';
import { readRowHead } from '../../../src/lib/parse/tables/budget-rows.ts';
import { readFixture, readTextFormFixture } from './read-fixture.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/code-one-cell.pdftotext.txt'), 'utf8');

describe('a code printed in parts on some rows and in one piece on others (code-one-cell)', () => {
  const { at } = readFixture(text);

  it('reads the code as one cell whether its 项 stands apart or not (行政运行 on lines 12 and 18)', () => {
    expect(at(12).cells).toEqual(['201 01 01', '', '行政运行', '239.1', '239.1', '115.6', '82.9', '26.3', '14.3', '0.0', '0.0', '0.0']);
    expect(at(18).cells).toEqual(['201 03 01', '', '行政运行', '326.4', '326.4', '157.7', '113.2', '35.9', '19.6', '0.0', '0.0', '0.0']);
  });

  it('keeps the budget unit’s code in a column of its own (410001 焦作市农业农村局本级, line 11)', () => {
    expect(at(11).cells).toEqual(['', '410001', '焦作市农业农村局本级', '1,034.1', '1,034.1', '499.7', '358.6', '113.8', '62.0', '0.0', '0.0', '0.0']);
  });

  it('gives each row its classification code and name within the label cells (208 05 02 事业单位离退休, line 13)', () => {
    const head = readRowHead(at(13), 5);
    expect(head.code).toBe('2080502');
    expect(head.name).toBe('事业单位离退休');
  });
});

describe('a code whose 款 and 项 pdftotext wrote as one piece (code-squeezed-parts)', () => {
  const { at } = readTextFormFixture('code-squeezed-parts.pdftotext.txt');

  it('keeps `207 0101` in the code cell and the name in the name cell (行政运行, line 20)', () => {
    expect(at(20).cells).toEqual(['207 0101', '行政运行', '2240841.13', '2240841.13', '']);
    expect(parseCode(at(20).cells[0]!)).toBe('2070101');
  });

  it('reads the rows around it as before (207 01 文化和旅游, 208 0501 行政单位离退休: lines 19 and 24)', () => {
    expect(at(19).cells).toEqual(['207 01', '文化和旅游', '30114010.98', '24564010.98', '5550000.00']);
    expect(at(24).cells).toEqual(['208 0501', '行政单位离退休', '3118060.00', '3118060.00', '']);
  });
});
