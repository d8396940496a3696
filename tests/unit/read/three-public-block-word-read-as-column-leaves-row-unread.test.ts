/**
 * A horizontal 三公 table whose header pdftotext scattered so that the columns by position read the block words 预算数
 * and 决算数 each as a column of its own, among 合计 | 因公出国（境）费 | … read twice: a block word heads one measure's
 * columns and is never a column's own word, so the columns read are not the table's; the row's figures are reported,
 * not read (`blockWordAsColumn`, `blockWordRow` of `src/lib/parse/read/block-word.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML (kept corpus pdf20):
 * - tests/fixtures/text-forms/three-public-block-words-among-columns.pdftotext.txt: 财政拨款“三公”经费支出决算表 of
 *   synth-410800-caizhengju-2016-final-00020 (its lines 313–325). The HTML prints one row of six 0.00 among twelve
 *   columns (预算数: 小计, 购置费, 运行维护费; 决算数: 因公出国（境）费, 小计, 运行维护费); read by position they fell
 *   under 小计, 购置费, 运行维护费, 因公出国（境）费, 小计 and 运行维护费 of wrong measures and under no block at all.
 * Line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

describe('a 三公 header read with its block words as columns', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/three-public-block-words-among-columns.pdftotext.txt'), 'utf8');
  const { lines, problems } = readTextForms(splitLines(text));
  const at = (n: number) => lines[n - 1]!;

  it('reads none of the row’s figures (line 11)', () => {
    expect(at(11).cells.every((c) => c === '')).toBe(true);
  });

  it('reports the row, its raw text kept (line 11)', () => {
    const p = problems.find((q) => q.line === 11 && q.code === 'spaced_block_word_column');
    expect(p?.raw).toContain('0.00 0.00 0.00');
  });
});
