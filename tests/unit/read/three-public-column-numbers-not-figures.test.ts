/**
 * A 栏次 row numbered 1 … 12 under a header whose words pdftotext scattered over many lines (the columns read from them
 * other than the numbers): the row is still the 栏次 row, its numbers never figures, and its numbers sharing cells say the
 * columns read are not the table's, so the row's figures are not read but reported (`placeNumbersApart`,
 * `numbersShareCells` of `src/lib/parse/read/column-numbers-apart.ts`, `isColumnNumbersRow` of
 * `src/lib/parse/tables/grid.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML (kept corpus pdf18):
 * - tests/fixtures/text-forms/three-public-column-numbers-drifted-header.pdftotext.txt: 财政拨款“三公”经费支出决算表
 *   of synth-410811-shengtaiju-2016-final-00024 (its lines 418–437): the HTML numbers its twelve value columns 1–12
 *   (预算数 and 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费) | 公务接待费)
 *   and prints one row, 76983.45 under both 预算数 合计 and 公务接待费, 73904.11 under both 决算数 ones.
 * Line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { isColumnNumbersRow } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

describe('a 栏次 row under a scattered 三公 header', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/three-public-column-numbers-drifted-header.pdftotext.txt'), 'utf8');
  const { lines, problems } = readTextForms(splitLines(text));
  const at = (n: number) => lines[n - 1]!;

  it('is read as the 栏次 row, its numbers 1 … 12 in order (line 18)', () => {
    expect(at(18).cells.join(' ').trim().split(/\s+/)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(isColumnNumbersRow(at(18).cells)).toBe(true);
  });

  it('reads none of the figures of the row below, and reports it (line 19)', () => {
    expect(at(19).cells.every((c) => c === '')).toBe(true);
    expect(problems.some((p) => p.line === 19 && p.code === 'spaced_columns_unnumbered')).toBe(true);
  });
});
