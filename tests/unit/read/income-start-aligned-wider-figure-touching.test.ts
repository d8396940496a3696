/**
 * A squeezed 收入决算表 whose figures pdftotext wrote from their column's start (`blankColumnsBeside` of
 * `figure-order.ts`: which figures show two columns touching). tests/fixtures/text-forms/income-start-aligned-wider-figure-touching.pdftotext.txt
 * is the 收入支出决算总表 and the 收入决算表 of synth-140300-shengtaiju-2018-final-00058 (a fresh corpus, its lines
 * 30–127; line n here is line n + 29 there), real `pdftotext -layout` output of the Chromium-printed generator
 * document. 一般公共预算拨款收入 starts at character 27 on every line: `84.80` ends at 32, `7.72` at 31, `22.43` at 32.
 * The third figure stands two spaces after `84.80` and `7.72` (lines 58, 66: `0.12`, `0.07`) and one space after the
 * wider `22.43` and `13.51` (lines 68 and 70: `0.05`): no figure pushed, the same column on every line, 事业收入 (the 总表
 * prints `五、事业收入 5 0.12` and leaves 上级补助收入 blank).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'income-start-aligned-wider-figure-touching.pdftotext.txt';

describe('a squeezed 收入决算表 written from its columns’ starts, a wider figure touching the next', () => {
  const { table } = ingestTextFormFixture(FILE, 'final_income');
  const third = (line: number) => table.rows.find((r) => r.line === line)!.cells.filter((c) => c.value !== null)[2]!;

  it('reads the third figure of lines 58, 66, 68 and 70 under 事业收入', () => {
    expect([58, 66, 68, 70].map((n) => [third(n).column, third(n).value])).toEqual([
      ['事业收入', '1200'], // 0.12
      ['事业收入', '700'], // 0.07
      ['事业收入', '500'], // 0.05
      ['事业收入', '500'], // 0.05
    ]);
  });
});
