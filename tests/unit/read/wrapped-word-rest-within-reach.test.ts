/**
 * The rests of wrapped header words that two words could each take, in real `pdftotext -layout` output:
 * tests/fixtures/text-forms/wrapped-word-rest-within-reach.pdftotext.txt is the 收入决算表 of
 * synth-410803-nongyeju-2016-final-00027 (pdf3r, source lines 90–100). Its value header (lines 3–6, columns 17 on)
 * prints `附属 / 单位 / 上缴 / 收入` down column 58 and `其他 / 收入` down column 61; a `收入` also stands on line 6 at
 * column 43, fifteen columns left of `附属`. Expected words are read by hand from those lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWords } from '../../../src/lib/parse/read/header-words.ts';
import { pieces, type Fragment } from '../../../src/lib/parse/read/piece.ts';

const lines = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/wrapped-word-rest-within-reach.pdftotext.txt'), 'utf8').split('\n');
const fragments: Fragment[] = lines.slice(2, 6).flatMap((l, row) => pieces(l).filter((p) => p.start >= 17).map((part) => ({ part, row })));
const where = (text: string) => readWords(fragments, 2, 16)?.find((w) => w.text === text)?.parts.map((f) => `${f.row}:${f.part.start}`);

describe('a wrapped header word takes the rest under it before one beyond its reach', () => {
  it('reads 附属单位上缴收入 down column 58, its 收入 the one right under 上缴 (lines 3–6)', () => {
    expect(where('附属单位上缴收入')).toEqual(['0:58', '1:58', '2:58', '3:58']);
  });

  it('leaves 其他 the 收入 right under it (lines 4–5)', () => {
    expect(where('其他收入')).toEqual(['1:61', '2:61']);
  });
});
