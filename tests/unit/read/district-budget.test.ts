/**
 * The spaced reader on real `pdftotext -layout` output of a district department's 预算 laid out by hand in the national
 * forms: tests/fixtures/text-forms/district-budget.pdftotext.txt is what pdftotext wrote for
 * tests/fixtures/pdf/district-budget.html printed by Chromium. Expected cells are read by hand from the HTML tables
 * (万元); line numbers are those of the .txt file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/district-budget.pdftotext.txt'), 'utf8');
const { at, header } = readFixture(text);

describe('三公 预算 table without column numbers (lines 122–124): header words standing left of their right-aligned figures', () => {
  it('reads 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费 (lines 122–123)', () => {
    expect(header(122)).toEqual([
      '合计',
      '因公出国（境）费',
      '公务用车购置及运行费/小计',
      '公务用车购置及运行费/公务用车购置费',
      '公务用车购置及运行费/公务用车运行费',
      '公务接待费',
    ]);
  });
  it('leaves 因公出国（境）费 blank and puts 75.00 under 小计, 60.00 under 公务用车运行费 (line 124)', () => {
    expect(at(124).cells).toEqual(['95.00', '', '75.00', '15.00', '60.00', '20.00']);
  });
});
