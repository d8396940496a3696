/**
 * A header word whose rest pdftotext wrote on the same line three spaces after it, in real `pdftotext -layout` output:
 * tests/fixtures/text-forms/word-rest-three-spaces-after.pdftotext.txt is the 部门收入总表 of
 * synth-410811-shangwuju-2016-budget-00034 (pdf4, source lines 75–83). Its squeezed header (lines 3–5, columns 14 on)
 * prints `合计 上年   结转 预算拨款` on line 4: `上年` at column 17 and its rest `结转` at column 22, three spaces after
 * it. Expected words are read by hand from those lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWords } from '../../../src/lib/parse/read/header-words.ts';
import { pieces, type Fragment } from '../../../src/lib/parse/read/piece.ts';

const lines = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/word-rest-three-spaces-after.pdftotext.txt'), 'utf8').split('\n');
const fragments: Fragment[] = lines.slice(2, 5).flatMap((l, row) => pieces(l).filter((p) => p.start >= 14).map((part) => ({ part, row })));

describe('a header word continues with its rest three spaces after it on the same line', () => {
  it('reads 上年结转 from 上年 and 结转 on line 4, and every other word of the header whole', () => {
    const words = readWords(fragments)?.map((w) => [w.text, w.at]);
    expect(words).toEqual([
      ['一般公共预算拨款收入', 25],
      ['事业收入', 30],
      ['其他收入', 33],
      ['合计', 14],
      ['上年结转', 17],
    ]);
  });
});
